use crate::i18n::{key, Arg, I18n};
use entitle_engine::{Citation, Verification};
use yew::prelude::*;

/// The legal sources behind an outcome, in a `<details>` disclosure: each with
/// its instrument, article, link, the date it holds from, and a note when the
/// fact is not yet checked against the official text.
///
/// Keyboard: Enter or Space on the summary opens and closes it. A plain
/// function, not a component: it keeps no state, and each component adds
/// code to the download.
pub fn citations(i18n: &I18n, list: &[Citation]) -> Html {
    if list.is_empty() {
        return Html::default();
    }
    html! {
        <details class="sources">
            <summary>{ i18n.t("sources-heading") }</summary>
            { citation_list(i18n, list) }
        </details>
    }
}

/// The same sources as a plain list, in full, with their links written out:
/// for the case summary, where a lawyer reads every one.
pub fn citation_list(i18n: &I18n, list: &[Citation]) -> Html {
    html! {
        <ul class="source-list">
            { for list.iter().map(|c| {
                let name = i18n.t(&format!("instrument-{}", key(c.instrument)));
                let line = i18n.t_with("source-line", &[
                    ("instrument", Arg::from(name)),
                    ("article", Arg::from(c.article)),
                    ("from", Arg::from(c.holds_from.to_string())),
                ]);
                let note = match c.verification {
                    Verification::Verified => None,
                    Verification::Secondary => Some(i18n.t("source-secondary")),
                    Verification::Unverified => Some(i18n.t("source-unverified")),
                };
                html! {
                    <li class="source" data-provision={c.provision}>
                        <a href={c.url} rel="noreferrer" target="_blank">{ line }</a>
                        if let Some(note) = note { <span class="source__note">{ note }</span> }
                    </li>
                }
            }) }
        </ul>
    }
}
