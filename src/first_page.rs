//! The first page before the WebAssembly: at build time `src/bin/prerender.rs`
//! draws the opening page in every language with the app's own components
//! (Yew's server renderer, the same Fluent words), and scripts/postbuild.mjs
//! puts them in `index.html` inside `#first-page`. The start-up script shows
//! the one in the person's language and drops the others, so the page is
//! readable, and its Exit this page link works, while the WebAssembly
//! downloads. When the app has drawn the same page, hidden, in `#app`,
//! `take_over` swaps the two in one step: the same words in the same place,
//! so nothing flashes or moves, and the person's keyboard focus stays on the
//! same link or button.

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
    let shown = first.first_element_child();
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

/// Draws the first page in `tag` at build time, as the app draws it.
#[cfg(feature = "prerender")]
pub fn render(tag: &str) -> String {
    let props = Props {
        tag: tag.to_string(),
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
}

/// The opening page as `App` draws it: its layout with a fresh state.
#[cfg(feature = "prerender")]
#[yew::component]
fn FirstPage(props: &Props) -> yew::Html {
    // The opening page shows no date; the engine's date is read when the app starts.
    let state = yew::use_reducer(|| {
        crate::state::State::new(entitle_engine::Date {
            year: 2026,
            month: 1,
            day: 1,
        })
    });
    crate::components::app::layout(crate::i18n::I18n::new(&props.tag), state)
}
