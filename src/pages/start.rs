use crate::i18n::I18n;
use crate::state::{Action, State};
use yew::prelude::*;

/// The opening page: what this is and is not, that nothing leaves the phone,
/// how to leave quickly, and what to do in danger; one Start button below.
/// (The language picker is above every page: `crate::components::app`.)
///
/// The heading takes focus when the page opens (`tabindex="-1"`).
pub fn start_page(i18n: &I18n, state: &UseReducerHandle<State>) -> Html {
    let state = state.clone();
    let open = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::ShowOpen))
    };
    let onclick = Callback::from(move |_| state.dispatch(Action::Begin));
    html! {
        <>
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
            <p><button type="button" class="link-button" data-action="open" onclick={open}>{ i18n.t("open-link") }</button></p>
        </>
    }
}
