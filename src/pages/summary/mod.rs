//! The case summary for a lawyer or caseworker: the same engine outcome as
//! the results, in a lawyer's order, as numbered paragraphs with every source
//! in full. What happened (the answers, stage by stage); each sign with its
//! legal elements and the answers behind them; the ILO indicators and the
//! ILO–EU (Delphi) dimensions; the protections with their legal bases and
//! what is still unknown; the pay claim with its working and time limits.
//! In the person's language, then an English copy for the lawyer when the
//! language is another. "Print or save as PDF" is the browser's own.

mod pay;

use crate::components::citations::citation_list;
use crate::hooks::{use_i18n, use_state_handle};
use crate::i18n::{key, Arg, I18n};
use crate::state::Action;
use entitle_engine::evidence::Presence;
use entitle_engine::{assess, Assessment, Level};
use yew::prelude::*;

/// The whole summary, in one language.
fn body(i18n: &I18n, r: &Assessment, answers: &entitle_engine::Answers) -> Html {
    let shown: Vec<_> = r
        .findings
        .iter()
        .filter(|f| f.level != Level::NoneFound)
        .collect();
    let present: Vec<_> = r
        .indicators
        .iter()
        .filter(|i| i.presence == Presence::Present)
        .collect();
    let fit: Vec<_> = r
        .protections
        .iter()
        .filter(|p| p.status != entitle_engine::protections::Status::DoesNotApply)
        .collect();
    html! {
        <div class="summary-doc">
            <p class="para">{ {
                let [country, code] = i18n.country_args(&r.jurisdiction);
                i18n.t_with("summary-intro", &[("date", Arg::from(i18n.date(r.as_of))), country, code])
            } }</p>

            <h2>{ i18n.t("summary-chronology") }</h2>
            { for entitle_engine::summary::chronology(answers).iter().map(|c| html! {
                <section class="summary-stage" data-stage={c.stage.id()}>
                    <h3>{ i18n.t(&format!("stage-{}", c.stage.id())) }</h3>
                    { for c.answers.iter().map(|b| html! {
                        <p class="para">{ i18n.question(b.question) }{ " " }<strong>{ i18n.answer_label(b.question, &b.answer) }</strong></p>
                    }) }
                </section>
            }) }

            <h2>{ i18n.t("summary-signs") }</h2>
            if shown.is_empty() {
                <p class="para">{ i18n.t("summary-no-signs") }</p>
            }
            { for shown.iter().map(|f| html! {
                <section class="summary-finding" data-finding={f.id.id()}>
                    <h3>{ i18n.t(&format!("finding-{}-title", f.id.id())) }</h3>
                    <p class="para">{ i18n.t(&format!("finding-{}-{}", f.id.id(), f.level.id())) }</p>
                    { for f.elements.iter().map(|e| html! {
                        <p class="para">
                            { i18n.t(&format!("element-{}", e.id)) }{ ": " }
                            <strong>{ i18n.t(presence(e.presence)) }</strong>
                            if !e.because.is_empty() {
                                { " — " }{ e.because.iter().map(|b| format!("{} {}", i18n.question(b.question), i18n.answer_label(b.question, &b.answer))).collect::<Vec<_>>().join("; ") }
                            }
                        </p>
                    }) }
                    if !f.missing.is_empty() {
                        <p class="para">{ i18n.t("missing-heading") }{ ": " }{ f.missing.iter().map(|q| i18n.question(*q)).collect::<Vec<_>>().join("; ") }</p>
                    }
                    { citation_list(i18n, &f.citations) }
                </section>
            }) }

            <h2>{ i18n.t("summary-indicators") }</h2>
            if present.is_empty() {
                <p class="para">{ i18n.t("summary-no-indicators") }</p>
            }
            { for present.iter().map(|ind| html! {
                <p class="para" data-indicator={ind.id}>
                    <strong>{ i18n.t(&format!("indicator-{}", key(ind.id))) }</strong>
                    if !ind.because.is_empty() {
                        { " — " }{ ind.because.iter().map(|b| format!("{} {}", i18n.question(b.question), i18n.answer_label(b.question, &b.answer))).collect::<Vec<_>>().join("; ") }
                    }
                </p>
            }) }
            if let Some(v) = r.findings.iter().find_map(|f| f.delphi.as_ref()) {
                <p class="para">{ i18n.t(match v.met {
                    Some(true) => "delphi-met",
                    Some(false) => "delphi-not-met",
                    None => "delphi-not-applicable",
                }) }</p>
                <table class="summary-table">
                    <thead><tr>
                        <th scope="col">{ i18n.t("summary-dimension") }</th>
                        <th scope="col">{ i18n.t("summary-strong-medium-weak") }</th>
                        <th scope="col">{ i18n.t("summary-positive") }</th>
                    </tr></thead>
                    <tbody>
                        { for v.dimensions.iter().map(|d| html! {
                            <tr>
                                <th scope="row">{ i18n.t(&format!("dimension-{}", d.dimension.id())) }</th>
                                <td>{ format!("{} / {} / {}", d.strong, d.medium, d.weak) }</td>
                                <td>{ i18n.t(if d.positive { "reply-yes" } else { "reply-no" }) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            }

            <h2>{ i18n.t("summary-protections") }</h2>
            if fit.is_empty() {
                <p class="para">{ i18n.t("results-protections-none") }</p>
            }
            { for fit.iter().map(|p| html! {
                <section class="summary-protection" data-protection={p.id}>
                    <h3>{ i18n.t(&format!("protection-{}", key(p.id))) }</h3>
                    <p class="para">{ i18n.t(&format!("status-{}", p.status.id())) }{ " " }{ i18n.t(&format!("protection-{}-gives", key(p.id))) }</p>
                    if !p.missing.is_empty() {
                        <p class="para">{ i18n.t("protection-unknown") }{ ": " }{ p.missing.iter().map(|q| i18n.question(*q)).collect::<Vec<_>>().join("; ") }</p>
                    }
                    { citation_list(i18n, &p.citations) }
                </section>
            }) }

            if let Some(c) = &r.claim { { pay::claim(i18n, c) } }

            <h2>{ i18n.t("results-limits-heading") }</h2>
            <p class="para">{ i18n.t("results-signs-intro") }{ " " }{ i18n.t("results-limits-body") }</p>
        </div>
    }
}

fn presence(p: Presence) -> &'static str {
    match p {
        Presence::Present => "presence-present",
        Presence::Absent => "presence-absent",
        Presence::Unknown => "presence-unknown",
    }
}

/// The case summary page. Back returns to the results; print opens the
/// browser's dialog with the print stylesheet (no disclosures here: every
/// paragraph is shown).
#[component]
pub fn SummaryPage() -> Html {
    let i18n = use_i18n();
    let state = use_state_handle();
    let result = assess(&state.answers, state.as_of);
    let back = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Back))
    };
    let print = Callback::from(|_: MouseEvent| {
        let _ = gloo::utils::window().print();
    });
    let english = (i18n.lang() != "en").then(|| I18n::new("en"));
    html! {
        <>
            <button type="button" class="back-link" onclick={back}>{ i18n.t("back") }</button>
            <h1 tabindex="-1" data-page="summary">{ i18n.t("summary-heading") }</h1>
            { body(&i18n, &result, &state.answers) }
            if let Some(en) = english {
                <section class="summary-english" lang="en" dir="ltr" data-copy="en">
                    <h2>{ en.t("summary-english-copy") }</h2>
                    { body(&en, &result, &state.answers) }
                </section>
            }
            <div class="actions">
                <button type="button" class="button button--secondary" onclick={print}>{ i18n.t("results-print") }</button>
            </div>
        </>
    }
}
