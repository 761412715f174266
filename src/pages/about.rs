use crate::i18n::I18n;
use crate::state::{Action, State};
use yew::prelude::*;

/// About this tool: what it is, how each translation was made and whether a
/// native speaker reviewed it, where the legal facts come from, which
/// languages this device can read aloud, and privacy.
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
            <h2>{ i18n.t("about-listen-heading") }</h2>
            { reading_aloud(i18n) }
            <h2>{ i18n.t("start-privacy-heading") }</h2>
            <p>{ i18n.t("start-privacy-body") }</p>
        </>
    }
}

/// Which of the app's languages this device has a voice on it for (the
/// Listen buttons, `crate::speech`), each named in its own language; the
/// tags are on `data-listen-languages` for the tests.
fn reading_aloud(i18n: &I18n) -> Html {
    let tags = crate::speech::languages_with_voice();
    let text = if tags.is_empty() {
        i18n.t("about-listen-none")
    } else {
        let names: Vec<String> = tags.iter().map(|t| endonym(t)).collect();
        i18n.t_with(
            "about-listen-some",
            &[("languages", crate::i18n::Arg::from(names.join(", ")))],
        )
    };
    html! { <p data-listen-languages={tags.join(" ")}>{ text }</p> }
}

/// A language's name in itself ("Français"), as the language picker names it.
fn endonym(tag: &str) -> String {
    crate::i18n::LANGUAGES
        .iter()
        .find(|(t, _)| *t == tag)
        .map_or_else(|| tag.to_string(), |(_, name)| name.to_string())
}
