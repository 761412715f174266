use crate::i18n::I18n;
use crate::state::{Action, State};
use yew::prelude::*;

/// About this tool: what it is, how each translation was made and whether a
/// native speaker reviewed it, where the legal facts come from, and privacy.
pub fn about_page(i18n: &I18n, state: &UseReducerHandle<State>) -> Html {
    let state = state.clone();
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
