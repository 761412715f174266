use super::app::use_i18n;
use crate::i18n::key;
use crate::i18n::Arg;
use entitle_engine::{Citation, Verification};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub citations: Vec<Citation>,
}

/// The legal sources behind an outcome, in a `<details>` disclosure: each with
/// its instrument, article, link, the date it holds from, and a note when the
/// fact is not yet checked against the official text.
///
/// Keyboard: Enter or Space on the summary opens and closes it.
#[component]
pub fn Citations(props: &Props) -> Html {
    let i18n = use_i18n();
    if props.citations.is_empty() {
        return Html::default();
    }
    html! {
        <details class="sources">
            <summary>{ i18n.t("sources-heading") }</summary>
            <ul>
                { for props.citations.iter().map(|c| {
                    let name = i18n.t(&format!("instrument-{}", key(&c.instrument)));
                    let line = i18n.t_with("source-line", &[
                        ("instrument", Arg::from(name)),
                        ("article", Arg::from(c.article.clone())),
                        ("from", Arg::from(c.holds_from.to_string())),
                    ]);
                    let note = match c.verification {
                        Verification::Verified => None,
                        Verification::Secondary => Some(i18n.t("source-secondary")),
                        Verification::Unverified => Some(i18n.t("source-unverified")),
                    };
                    html! {
                        <li class="source" data-provision={c.provision.clone()}>
                            <a href={c.url.clone()} rel="noreferrer" target="_blank">{ line }</a>
                            if let Some(note) = note { <span class="source__note">{ note }</span> }
                        </li>
                    }
                }) }
            </ul>
        </details>
    }
}
