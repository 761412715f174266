use crate::i18n::I18n;
use crate::state::{Action, State};
use yew::prelude::*;

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
