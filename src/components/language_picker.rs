use crate::hooks::{use_i18n, use_state_handle};
use crate::i18n::load::{every_language, Others};
use crate::i18n::{has_locale, Arg, LANGUAGES};
use crate::state::Action;
use yew::prelude::*;

/// The language picker, above every page: one button, "Language: English",
/// opens the list of all seventeen, each named in its own script and marked
/// with its `lang`, the current one pressed (`aria-pressed`). Switching keeps
/// every answer. A real disclosure button and real buttons, so Tab, Enter and
/// Space work and a screen reader says "expanded" and "pressed".
///
/// Opening the list is what fetches the other languages' page words, all of
/// them in one file, and picking any language fetches all their law words
/// (`crate::i18n::load`): the server learns the picker was used, not which
/// language. Until a language's words are here its button says so
/// (`aria-disabled`) and picks nothing; with no network, the status says that
/// the other languages need a connection once.
#[component]
pub fn LanguagePicker() -> Html {
    let i18n = use_i18n();
    let state = use_state_handle();
    // Open from the start if the person asked for it on the first page.
    let open = use_state(crate::first_page::picker_asked);
    let others = use_state(|| Others::Waiting);
    let fetch = |part: &'static str, others: UseStateHandle<Others>| {
        wasm_bindgen_futures::spawn_local(async move {
            let got = every_language(part).await;
            if part == "ui" && got != Others::Waiting {
                others.set(got);
            }
        });
    };
    {
        // Opened from the start: fetch as the button would have.
        let (open, others) = (*open, others.clone());
        use_effect_with((), move |_| {
            if open {
                fetch("ui", others);
            }
        });
    }
    let toggle = {
        let (open, others) = (open.clone(), others.clone());
        Callback::from(move |_: MouseEvent| {
            if !*open && *others != Others::Here {
                others.set(Others::Waiting);
                fetch("ui", others.clone());
            }
            open.set(!*open);
        })
    };
    let current = LANGUAGES
        .iter()
        .find(|(tag, _)| *tag == i18n.lang())
        .map_or("English", |(_, name)| *name);
    let status = match *others {
        _ if !*open => None,
        Others::Failed => Some(i18n.t("language-picker-offline")),
        _ if LANGUAGES.iter().all(|(tag, _)| has_locale(tag)) => None,
        _ => Some(i18n.t("language-picker-loading")),
    };
    html! {
        <nav class="languages" aria-label={i18n.t("language-picker-label")}>
            <button type="button" class="languages__toggle link-button" aria-expanded={open.to_string()}
                aria-controls="languages-list" onclick={toggle}>
                { i18n.t_with("language-picker-toggle", &[("language", Arg::from(current.to_string()))]) }
            </button>
            <ul id="languages-list" class="languages__list" hidden={!*open}>
                { for LANGUAGES.iter().map(|(tag, name)| {
                    let here = has_locale(tag);
                    let onclick = {
                        let (state, open, others) = (state.clone(), open.clone(), others.clone());
                        let tag = tag.to_string();
                        Callback::from(move |_: MouseEvent| {
                            // Any pick, even of the language shown, fetches every
                            // language's law words, so the request is the same.
                            fetch("law", others.clone());
                            if has_locale(&tag) {
                                state.dispatch(Action::SetLanguage(tag.clone()));
                                open.set(false);
                            }
                        })
                    };
                    html! {
                        <li><button type="button" class="link-button" lang={*tag} dir="auto"
                            aria-pressed={(i18n.lang() == *tag).to_string()}
                            aria-disabled={(!here).to_string()} {onclick}>{ *name }</button></li>
                    }
                }) }
            </ul>
            <p class="languages__status" role="status">{ status.unwrap_or_default() }</p>
        </nav>
    }
}
