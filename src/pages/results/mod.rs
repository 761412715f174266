//! The results page, in the order a person needs it: what to do in danger,
//! the signs in their answers (one sentence each, the reasons in a
//! disclosure), what they can do now (two or three steps with a service to
//! call), what they may need, the protections that may
//! apply, where to get help, and what this tool cannot tell them.

pub mod claim;
pub mod findings;
mod help;
mod next_steps;
pub mod protections;

use crate::hooks::{use_i18n, use_state_handle};
use crate::i18n::Arg;
use crate::state::Action;
use entitle_engine::{assess, Level};
use yew::prelude::*;

/// The results. Computed here, on the device, by the engine. The wording
/// always says "your answers show signs of", never "you are": only the
/// competent authorities identify a victim. "Print or save as PDF" uses the
/// browser's own print dialog with the print stylesheet.
#[component]
pub fn ResultsPage() -> Html {
    let i18n = use_i18n();
    let state = use_state_handle();
    // Timed as a performance measure (`entitle-assess`), which stays in the
    // page: scripts/bench.mjs reads it to print the engine's time in the browser.
    let performance = gloo::utils::window().performance();
    if let Some(p) = &performance {
        let _ = p.mark("entitle-assess-start");
    }
    let result = assess(&state.answers, state.as_of);
    if let Some(p) = &performance {
        let _ = p.measure_with_start_mark("entitle-assess", "entitle-assess-start");
    }
    let back = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Back))
    };
    let summary = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::ShowSummary))
    };
    let save = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::ShowSave))
    };
    let again = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::StartAgain))
    };
    let print = Callback::from(|_: MouseEvent| {
        let _ = gloo::utils::window().print();
    });
    let (shown, not_found): (Vec<_>, Vec<_>) = result
        .findings
        .iter()
        .partition(|f| f.level != Level::NoneFound);
    let mut shown = shown;
    entitle_engine::small_sort::sort_by_key(&mut shown, |f| std::cmp::Reverse(f.level));
    html! {
        <>
            <button type="button" class="back-link" onclick={back}>{ i18n.t("back") }</button>
            <h1 tabindex="-1" data-page="results">{ i18n.t("results-heading") }</h1>
            <p class="results__meta" data-as-of={result.as_of.to_string()}>{ {
                let [country, code] = i18n.country_args(&result.jurisdiction);
                i18n.t_with("results-meta", &[("date", Arg::from(i18n.date(result.as_of))), country, code])
            } }</p>
            { help::danger(&i18n, &result.emergency) }

            <h2 id="signs-heading">{ i18n.t("results-signs-heading") }</h2>
            <p>{ i18n.t("results-signs-intro") }</p>
            { findings::signs(&i18n, &shown, &not_found) }

            { next_steps::next_steps(&i18n, &result.next_steps) }
            if let Some(c) = &result.claim { { claim::claim_section(&i18n, c, &state) } }
            if !result.needs.is_empty() {
                <h2>{ i18n.t("results-needs-heading") }</h2>
                <ul class="needs">
                    { for result.needs.iter().map(|n| html! { <li data-need={n.id.id()}>{ i18n.t(&format!("need-{}", n.id.id())) }</li> }) }
                </ul>
            }

            { protections::protections(&i18n, &result.rights, &result.protections) }
            { help::help_list(&i18n, &result.help) }

            <h2>{ i18n.t("results-limits-heading") }</h2>
            <p>{ i18n.t("results-limits-body") }</p>
            <div class="actions">
                <button type="button" class="button button--secondary" onclick={print}>{ i18n.t("results-print") }</button>
                <button type="button" class="button button--secondary" data-action="summary" onclick={summary}>{ i18n.t("summary-open") }</button>
                <button type="button" class="button button--secondary" data-action="save" onclick={save}>{ i18n.t("save-link") }</button>
                <button type="button" class="button button--secondary" onclick={again}>{ i18n.t("start-again") }</button>
            </div>
        </>
    }
}
