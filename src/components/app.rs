use super::exit_this_page::ExitThisPage;
use super::language_picker::LanguagePicker;
use crate::i18n::I18n;
use crate::pages::setup::SetupPage;
use crate::state::{Page, State};
use yew::prelude::*;

/// The whole app: the Exit this page button, then the current page.
///
/// Holds the one reducer and provides it and the words of the chosen language
/// to every page. Sets `lang` and `dir` on `<html>` and the page title, and moves
/// keyboard focus to each new page's heading (which has `tabindex="-1"`).
#[component]
pub fn App() -> Html {
    // Start may have been tapped on the first page from the HTML, which then
    // shows the country question: the app starts there too.
    let state = use_reducer(|| {
        let state = State::new(crate::today());
        if crate::first_page::shown().as_deref() == Some("setup") {
            state.began()
        } else {
            state
        }
    });
    let first_tag = use_memo((), |_| crate::site::first_language().to_string());
    let tag = state.lang.clone().unwrap_or_else(|| (*first_tag).clone());
    // Bumped each time a language or the law data arrives, to redraw.
    let loaded = use_state(|| 0u32);
    {
        let (loaded, first) = (loaded.clone(), (*first_tag).clone());
        use_effect_with((), move |_| {
            let count = std::cell::Cell::new(0);
            crate::i18n::load::on_arrival(std::rc::Rc::new(move || {
                count.set(count.get() + 1);
                loaded.set(count.get());
            }));
            wasm_bindgen_futures::spawn_local(async move {
                crate::i18n::load::the_rest(&first).await;
            })
        });
    }
    // Bumped each time the device's voices change (they arrive late), to
    // redraw the Listen buttons and the About page (`crate::speech`).
    let voices = use_state(|| 0u32);
    {
        let voices = voices.clone();
        use_effect_with((), move |_| {
            let count = std::cell::Cell::new(0);
            let listener = crate::speech::watch_voices(move || {
                count.set(count.get() + 1);
                voices.set(count.get());
            });
            move || drop(listener)
        });
    }
    let i18n = use_memo((tag.clone(), *loaded, *voices), |(tag, _, _)| {
        I18n::new(tag)
    });
    let i18n: I18n = (*i18n).clone();
    let ready = crate::i18n::has_locale(&tag) || crate::i18n::has_locale(crate::i18n::FALLBACK);

    {
        let i18n = i18n.clone();
        use_effect_with((i18n.lang(), ready), move |_| {
            let document = gloo::utils::document();
            if let Some(html) = document.document_element() {
                let _ = html.set_attribute("lang", i18n.lang());
                let _ = html.set_attribute("dir", i18n.dir());
            }
            document.set_title(&i18n.t("page-title"));
        });
    }
    // Printing opens every disclosure, so a PDF of the results has the
    // sources in full. Here rather than on the results page: the listener is
    // a JavaScript closure, which the later file cannot make (`crate::later`).
    use_effect_with((), |_| {
        let listener =
            gloo::events::EventListener::new(&gloo::utils::window(), "beforeprint", |_| {
                if let Ok(all) = gloo::utils::document().query_selector_all("details") {
                    for i in 0..all.length() {
                        if let Some(el) = all.item(i).and_then(|n| {
                            wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok()
                        }) {
                            let _ = el.set_attribute("open", "");
                        }
                    }
                }
            });
        move || drop(listener)
    });
    use_effect_with((state.page, ready), |_| {
        // While the first page from the HTML is shown, `take_over` decides.
        if gloo::utils::document()
            .get_element_by_id("first-page")
            .is_none()
        {
            crate::first_page::focus_heading(&gloo::utils::document());
        }
    });

    // The first page shown by the HTML (`crate::first_page`) makes way for
    // this one, once it is drawn (after the focus effect above, which it may
    // override to keep the person's place).
    // If the person tapped Start (or Back) there after the app had begun,
    // the app first goes to the same page.
    {
        let state = state.clone();
        use_effect_with((ready, state.page), move |(ready, page)| {
            if !*ready {
                return;
            }
            match (crate::first_page::shown().as_deref(), page) {
                (Some("setup"), Page::Start) => state.dispatch(crate::state::Action::Begin),
                (Some("start"), Page::Setup) => state.dispatch(crate::state::Action::Back),
                _ => crate::first_page::take_over(),
            }
        });
    }

    if !ready {
        return html! { <main class="page" id="main" aria-busy="true"></main> };
    }
    layout(i18n, state)
}

/// What the app shows for its state: the Exit this page button, the language
/// picker above the current page (one tap away on every page), and the footer, with the words and the state provided to every
/// page. Also drawn at build time for the first page (`crate::first_page`).
pub fn layout(i18n: I18n, state: UseReducerHandle<State>) -> Html {
    let page = match state.page {
        Page::Start => crate::pages::start::start_page(&i18n, &state),
        Page::Setup => html! { <SetupPage /> },
        Page::Question(q) => later(&i18n, |l| (l.question)(q)),
        Page::Check => later(&i18n, |l| (l.check)(&i18n, &state)),
        Page::Results => later(&i18n, |l| (l.results)()),
        Page::Summary => later(&i18n, |l| (l.summary)()),
        Page::Save => later(&i18n, |l| (l.save)()),
        Page::Open => later(&i18n, |l| (l.open)()),
        Page::About => crate::pages::about::about_page(&i18n, &state),
    };
    let footer = footer(&i18n, &state);
    html! {
        <ContextProvider<I18n> context={i18n}>
            <ContextProvider<UseReducerHandle<State>> context={state}>
                <ExitThisPage />
                <main class="page" id="main"><LanguagePicker />{ page }</main>
                { footer }
            </ContextProvider<UseReducerHandle<State>>>
        </ContextProvider<I18n>>
    }
}

/// A page from the later file (`crate::later`): every page after the country
/// question. The later file follows the first page and comes before the law
/// data, which the country question waits for, so a person cannot reach these
/// pages before it: the wait is only a safeguard.
fn later(i18n: &I18n, page: impl Fn(&'static crate::later::Later) -> Html) -> Html {
    match crate::later::now() {
        Some(l) => page(l),
        None => html! { <p role="status" class="loading">{ i18n.t("loading-wait") }</p> },
    }
}

/// The footer: what this tool is, who offers this copy (the site's settings), a link to the About
/// page (translations and sources), and, when the site's settings file was
/// refused, a note for the site's owner naming the field to fix.
fn footer(i18n: &I18n, state: &UseReducerHandle<State>) -> Html {
    let settings = crate::site::get();
    let about = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(crate::state::Action::About))
    };
    html! {
        <footer class="footer">
            <p>{ i18n.t("footer-not-advice") }</p>
            if let Some(name) = &settings.site.name {
                <p class="footer__site">{ i18n.t_with("footer-site-name", &[("name", crate::i18n::Arg::from(name.clone()))]) }</p>
            }
            <button type="button" class="link-button" onclick={about}>{ i18n.t("about-link") }</button>
            if let Some(error) = &settings.error {
                <p class="site-error" role="note" data-field={error.field.clone()}>
                    { i18n.t_with("site-error", &[
                        ("field", crate::i18n::Arg::from(error.field.clone())),
                        ("problem", crate::i18n::Arg::from(i18n.t_with("site-problem", &[("problem", crate::i18n::Arg::from(error.problem.id().to_string()))]))),
                    ]) }
                </p>
            }
        </footer>
    }
}
