use crate::i18n::I18n;
use crate::state::{Action, State};
use yew::prelude::*;

/// The opening page: what this is and is not, that nothing leaves the phone,
/// how to leave quickly, and what to do in danger. The language picker sits
/// above the heading; one Start button below.
///
/// The heading takes focus when the page opens (`tabindex="-1"`).
pub fn start_page(i18n: &I18n, state: &UseReducerHandle<State>) -> Html {
    let state = state.clone();
    let picker = language_picker(i18n, &state);
    let onclick = Callback::from(move |_| state.dispatch(Action::Begin));
    html! {
        <>
            { picker }
            <h1 tabindex="-1">{ i18n.t("start-heading") }</h1>
            <p class="lead">{ i18n.t("start-what-this-is") }</p>
            <div class="warning" role="note">
                <h2>{ i18n.t("start-danger-heading") }</h2>
                <p>{ i18n.t("start-danger-body") }</p>
            </div>
            <h2>{ i18n.t("start-privacy-heading") }</h2>
            <p>{ i18n.t("start-privacy-body") }</p>
            <h2>{ i18n.t("start-leave-heading") }</h2>
            <p>{ i18n.t("start-leave-body") }</p>
            <h2>{ i18n.t("start-not-heading") }</h2>
            <p>{ i18n.t("start-not-body") }</p>
            <button type="button" class="button button--start" {onclick}>{ i18n.t("start-button") }</button>
        </>
    }
}

/// The language picker: one button per language, each named in its own script
/// and marked with its `lang`, the current one pressed (`aria-pressed`).
/// Switching keeps every answer. Tab moves between the buttons; Enter or Space picks.
pub fn language_picker(i18n: &I18n, state: &UseReducerHandle<State>) -> Html {
    html! {
        <nav class="languages" aria-label={i18n.t("language-picker-label")}>
            <ul>
                { for crate::i18n::LANGUAGES.iter().map(|(tag, name)| {
                    let current = i18n.lang() == *tag;
                    let onclick = {
                        let state = state.clone();
                        let tag = tag.to_string();
                        Callback::from(move |_: MouseEvent| state.dispatch(Action::SetLanguage(tag.clone())))
                    };
                    html! {
                        <li><button type="button" class="link-button" lang={*tag} aria-pressed={current.to_string()} {onclick}>{ *name }</button></li>
                    }
                }) }
            </ul>
        </nav>
    }
}
