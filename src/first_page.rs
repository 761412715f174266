//! The first page before the WebAssembly: at build time `src/bin/prerender.rs`
//! draws the opening page in every language with the app's own components
//! (Yew's server renderer, the same Fluent words), and scripts/postbuild.mjs
//! puts them in `index.html` inside `#first-page`. The start-up script shows
//! the one in the person's language and drops the others, so the page is
//! readable, and its Exit this page link works, while the WebAssembly
//! downloads. When the app has drawn the same page, hidden, in `#app`,
//! `take_over` swaps the two in one step: the same words in the same place,
//! so nothing flashes or moves, and the person's keyboard focus stays on the
//! same link or button. Start works before the app is here too: the script
//! shows the country question, drawn the same way, and the app then starts
//! on it, with the country the person chose there.

use wasm_bindgen::JsCast;

/// Replaces the first page from the HTML with the app's own, if it is still
/// there, keeping the person's focus on the same element.
pub fn take_over() {
    let document = gloo::utils::document();
    let Some(app) = document.get_element_by_id("app") else {
        return;
    };
    let Some(first) = document.get_element_by_id("first-page") else {
        let _ = app.remove_attribute("hidden");
        return;
    };
    // The page the person sees (the opening page, or the country question).
    let shown = shown_page();
    // The person's focus, if they moved it into the first page (Tab, a tap).
    let focus = shown.as_ref().and_then(|shown| {
        let active = document.active_element()?;
        path_to(shown, &active)
    });
    first.remove();
    let _ = app.remove_attribute("hidden");
    // Where the person was, or else the heading, as on every new page.
    match focus.and_then(|path| follow(&app, &path)) {
        Some(el) => {
            if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
        None => focus_heading(&document),
    }
}

/// The page from the HTML that the person sees, while it is there.
fn shown_page() -> Option<web_sys::Element> {
    // At build time (Yew's server renderer) there is no document.
    if !cfg!(target_arch = "wasm32") {
        return None;
    }
    gloo::utils::document()
        .query_selector("#first-page > [data-first-page]:not([hidden])")
        .ok()?
}

/// The first page from the HTML that the person sees, while it is there:
/// its language's opening page (`"start"`) or its country question (`"setup"`),
/// which the first page's script (scripts/postbuild.mjs) shows when Start is
/// tapped before the app is here.
pub fn shown() -> Option<String> {
    shown_page()?.get_attribute("data-page")
}

/// The country the person chose on the first page's country question, if
/// they chose one there (the script marks the list `data-chosen`).
pub fn chosen_country() -> Option<String> {
    let select = shown_page()?
        .query_selector("select[data-chosen]")
        .ok()??
        .dyn_into::<web_sys::HtmlSelectElement>()
        .ok()?;
    Some(select.value()).filter(|v| !v.is_empty())
}

/// Whether the person asked for the language list on the first page (its
/// button left expanded: the first page's script says to wait, as the list
/// needs the app), so that the app opens it.
pub fn picker_asked() -> bool {
    shown_page()
        .and_then(|page| {
            page.query_selector(".languages__toggle[aria-expanded=\"true\"]")
                .ok()?
        })
        .is_some()
}

/// Moves keyboard focus to the page's heading (it has `tabindex="-1"`).
pub fn focus_heading(document: &web_sys::Document) {
    if let Some(heading) = document.query_selector("main h1").ok().flatten() {
        if let Ok(heading) = heading.dyn_into::<web_sys::HtmlElement>() {
            let _ = heading.focus();
        }
    }
}

/// The element-child indexes from `root` down to `target`, if it is inside.
fn path_to(root: &web_sys::Element, target: &web_sys::Element) -> Option<Vec<u32>> {
    let mut path = Vec::new();
    let mut at = target.clone();
    while !at.is_same_node(Some(root)) {
        let parent = at.parent_element()?;
        let siblings = parent.children();
        let index = (0..siblings.length())
            .find(|i| siblings.item(*i).is_some_and(|s| s.is_same_node(Some(&at))))?;
        path.push(index);
        at = parent;
    }
    path.reverse();
    Some(path)
}

fn follow(root: &web_sys::Element, path: &[u32]) -> Option<web_sys::Element> {
    path.iter()
        .try_fold(root.clone(), |at, i| at.children().item(*i))
}

/// Draws the first page in `tag` at build time, as the app draws it: the
/// opening page, or with `setup` the country question that Start leads to.
#[cfg(feature = "prerender")]
pub fn render(tag: &str, setup: bool) -> String {
    let props = Props {
        tag: tag.to_string(),
        setup,
    };
    let renderer = yew::LocalServerRenderer::<FirstPage>::with_props(props).hydratable(false);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a single-thread runtime starts");
    runtime.block_on(tokio::task::LocalSet::new().run_until(renderer.render()))
}

#[cfg(feature = "prerender")]
#[derive(yew::Properties, PartialEq)]
struct Props {
    tag: String,
    setup: bool,
}

/// The opening page (or the country question) as `App` draws it: its layout
/// with a fresh state.
#[cfg(feature = "prerender")]
#[yew::component]
fn FirstPage(props: &Props) -> yew::Html {
    // Neither page shows a date; the engine's date is read when the app starts.
    let setup = props.setup;
    let state = yew::use_reducer(move || {
        let state = crate::state::State::new(entitle_engine::Date {
            year: 2026,
            month: 1,
            day: 1,
        });
        if setup {
            state.began()
        } else {
            state
        }
    });
    crate::components::app::layout(crate::i18n::I18n::new(&props.tag), state)
}
