use super::app::{use_i18n, use_state_handle};
use crate::state::Action;
use yew::prelude::*;

/// About this tool: what it is, how each translation was made and whether a
/// native speaker reviewed it, where the legal facts come from, and privacy.
#[component]
pub fn AboutPage() -> Html {
    let i18n = use_i18n();
    let state = use_state_handle();
    let back = Callback::from(move |_: MouseEvent| state.dispatch(Action::Back));
    html! {
        <>
            <button type="button" class="back-link" onclick={back}>{ i18n.t("back") }</button>
            <h1 tabindex="-1">{ i18n.t("about-heading") }</h1>
            <p>{ i18n.t("about-what") }</p>
            <h2>{ i18n.t("about-translation-heading") }</h2>
            <p>{ i18n.t("locale-translation-note") }</p>
            <p>{ i18n.t("locale-review-note") }</p>
            <h2>{ i18n.t("about-sources-heading") }</h2>
            <p>{ i18n.t("about-sources") }</p>
            <h2>{ i18n.t("start-privacy-heading") }</h2>
            <p>{ i18n.t("start-privacy-body") }</p>
        </>
    }
}
