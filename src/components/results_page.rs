use super::app::{use_i18n, use_state_handle};
use super::citations::Citations;
use crate::i18n::key;
use crate::state::Action;
use entitle_engine::{assess, Finding, FindingId};
use yew::prelude::*;

/// The results: first what to do in danger, then each sign the engine found,
/// with the answers that led to it, what is still unknown, and its sources.
///
/// The wording always says "your answers show signs of", never "you are":
/// only the competent authorities identify a victim. The results are computed
/// here, on the device, from the engine.
#[component]
pub fn ResultsPage() -> Html {
    let i18n = use_i18n();
    let state = use_state_handle();
    let assessment = assess(&state.answers, crate::today());
    let back = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Back))
    };
    let again = Callback::from(move |_: MouseEvent| state.dispatch(Action::StartAgain));
    html! {
        <>
            <button type="button" class="back-link" onclick={back}>{ i18n.t("back") }</button>
            <h1 tabindex="-1">{ i18n.t("results-heading") }</h1>
            <div class="warning" role="note">
                <h2>{ i18n.t("start-danger-heading") }</h2>
                <p>{ i18n.t("start-danger-body") }</p>
            </div>
            <h2>{ i18n.t("results-signs-heading") }</h2>
            // Until the full questionnaire (issue 4), show the findings the questions asked can reach.
            { for assessment.findings.iter().filter(|f| f.id == FindingId::LabourExploitation).map(|f| html! { <FindingCard finding={f.clone()} /> }) }
            <h2>{ i18n.t("results-limits-heading") }</h2>
            <p>{ i18n.t("results-limits-body") }</p>
            <button type="button" class="button button--secondary" onclick={again}>{ i18n.t("start-again") }</button>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct FindingProps {
    finding: Finding,
}

/// One finding: its level in words, the answers behind it, the questions that
/// could change it, and its sources.
#[component]
fn FindingCard(props: &FindingProps) -> Html {
    let i18n = use_i18n();
    let f = &props.finding;
    let id = key(f.id.id());
    html! {
        <section class={classes!("finding", format!("finding--{}", f.level.id()))} data-finding={f.id.id()} data-level={f.level.id()}>
            <h3>{ i18n.t(&format!("finding-{id}-title")) }</h3>
            <p class="finding__level">{ i18n.t(&format!("finding-{id}-{}", key(f.level.id()))) }</p>
            if !f.because.is_empty() {
                <h4>{ i18n.t("because-heading") }</h4>
                <ul>
                    { for f.because.iter().map(|b| html! {
                        <li>{ i18n.t(&format!("because-{}-{}", key(b.question.id()), key(&b.answer))) }</li>
                    }) }
                </ul>
            }
            if f.missing.iter().any(|q| crate::state::FLOW.contains(q)) {
                <h4>{ i18n.t("missing-heading") }</h4>
                <ul>
                    { for f.missing.iter().filter(|q| crate::state::FLOW.contains(q)).map(|q| html! {
                        <li>{ i18n.t(&format!("question-{}", key(q.id()))) }</li>
                    }) }
                </ul>
            }
            <Citations citations={f.citations.clone()} />
        </section>
    }
}
