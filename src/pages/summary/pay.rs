use crate::components::citations::citation_list;
use crate::i18n::{Arg, I18n};
use entitle_engine::claim::{Claim, Formula, Term};
use entitle_engine::Verification;
use yew::prelude::*;

fn checked(i18n: &I18n, v: Option<Verification>) -> String {
    match v {
        Some(Verification::Verified) => i18n.t("value-verified"),
        Some(Verification::Secondary) => i18n.t("source-secondary"),
        Some(Verification::Unverified) => i18n.t("source-unverified"),
        None => String::new(),
    }
}

/// A line's arithmetic in the reader's language: figures and signs as they
/// are, each count of hours, days, weeks or months and each rate per one in
/// its words (`formula-<unit>`, `answer-pay`).
fn formula(i18n: &I18n, f: &Formula) -> String {
    f.0.iter()
        .map(|term| match term {
            Term::Text(text) => text.clone(),
            Term::Count { count, unit } => {
                // A whole number chooses its plural form; a fraction (`13/3`) the general one.
                let n = count
                    .parse::<u32>()
                    .map_or_else(|_| Arg::from(count.clone()), Arg::from);
                i18n.t_with(&format!("formula-{}", unit.id()), &[("count", n)])
            }
            Term::Rate { amount, per } => i18n.t_with(
                "answer-pay",
                &[
                    ("amount", Arg::from(amount.to_string())),
                    ("per", Arg::from(i18n.t(&format!("per-{}", per.id())))),
                ],
            ),
        })
        .collect()
}

/// The pay claim: each figure with its working, line by line (what was done,
/// the months, the formula, the amount, the value used with the day it took
/// effect and where it was read); what could not be counted; what a lawyer
/// should know; and each route's time limit.
pub fn claim(i18n: &I18n, c: &Claim) -> Html {
    html! {
        <section class="summary-claim" data-claim="true">
            <h2>{ i18n.t("summary-claim") }</h2>
            if let (Some(b), Some(e)) = (c.began, c.ended) {
                if c.still_working {
                    <p class="para">{ i18n.t_with("summary-claim-period-ongoing", &[
                        ("began", Arg::from(i18n.month(b))),
                        ("months", Arg::from(c.months)),
                    ]) }</p>
                } else {
                    <p class="para">{ i18n.t_with("summary-claim-period", &[
                        ("began", Arg::from(i18n.month(b))),
                        ("ended", Arg::from(i18n.month(e))),
                        ("months", Arg::from(c.months)),
                    ]) }</p>
                }
            }
            { for c.figures.iter().map(|f| html! {
                <section class="summary-figure" data-figure={f.id.id()}>
                    <h3>{ i18n.t(&format!("figure-{}", f.id.id())) }{ ": " }<span data-amount={f.amount.to_string()}>{ i18n.money(f.amount) }</span></h3>
                    // Scrolls sideways on a phone; focusable so the keyboard can scroll it.
                    <div class="table-scroll" tabindex="0" role="region" aria-label={i18n.t(&format!("figure-{}", f.id.id()))}>
                    <table class="summary-table working">
                        <thead><tr>
                            <th scope="col">{ i18n.t("working-step") }</th>
                            <th scope="col">{ i18n.t("working-formula") }</th>
                            <th scope="col">{ i18n.t("working-amount") }</th>
                            <th scope="col">{ i18n.t("working-value") }</th>
                        </tr></thead>
                        <tbody>
                            { for f.lines.iter().map(|l| html! {
                                <tr>
                                    <th scope="row" data-label={i18n.t("working-step")}>
                                        { i18n.t(&format!("step-{}", l.step)) }
                                        if let (Some(a), Some(b)) = (l.from, l.to) {
                                            <br />{ if a == b { i18n.month(a) } else { format!("{} – {}", i18n.month(a), i18n.month(b)) } }
                                        }
                                    </th>
                                    <td class="formula" data-label={i18n.t("working-formula")}><span dir="ltr">{ formula(i18n, &l.formula) }</span></td>
                                    <td data-label={i18n.t("working-amount")}><span dir="ltr">{ l.amount.to_string() }</span></td>
                                    <td data-label={i18n.t("working-value")}>
                                        if let Some(from) = l.value_from {
                                            { i18n.t_with("working-value-from", &[("date", Arg::from(from.to_string()))]) }{ " " }
                                        }
                                        if let Some(src) = &l.source {
                                            <a href={src.clone()} rel="noreferrer" target="_blank">{ src.clone() }</a>
                                        }
                                        { " " }{ checked(i18n, l.verification) }
                                    </td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                    </div>
                    { citation_list(i18n, &f.citations) }
                </section>
            }) }
            if !c.not_counted.is_empty() {
                <h3>{ i18n.t("summary-not-counted") }</h3>
                { for c.not_counted.iter().map(|n| html! {
                    <p class="para" data-not-counted={n.id()}>{ i18n.t(&format!("not-counted-{}", n.id())) }</p>
                }) }
            }
            if !c.caveats.is_empty() {
                <h3>{ i18n.t("summary-caveats") }</h3>
                { for c.caveats.iter().map(|k| html! { <p class="para">{ i18n.t(&format!("caveat-{k}")) }</p> }) }
            }
            <h3>{ i18n.t("summary-deadlines") }</h3>
            if c.deadlines.is_empty() {
                <p class="para">{ i18n.t("summary-no-deadlines") }</p>
            }
            { for c.deadlines.iter().map(|d| html! {
                <section class="summary-deadline" data-deadline={d.id.clone()} data-status={d.status.id()}>
                    <p class="para">
                        <strong>{ i18n.t(&format!("route-{}", d.route.id())) }</strong>{ ": " }
                        { i18n.t_with("deadline-length", &[
                            ("months", Arg::from(u32::from(d.months))),
                            ("from", Arg::from(i18n.t(&format!("runs-from-{}", d.runs_from.id())))),
                        ]) }
                        { " " }
                        { match d.runs_out {
                            Some(day) => i18n.t_with(&format!("deadline-{}", d.status.id()), &[("date", Arg::from(i18n.date(day)))]),
                            None => i18n.t(&format!("deadline-{}", d.status.id())),
                        } }
                        { " " }{ checked(i18n, Some(d.verification)) }
                    </p>
                    if let Some(k) = &d.caveat { <p class="para card__note">{ i18n.t(&format!("caveat-{k}")) }</p> }
                    { citation_list(i18n, &d.citations) }
                </section>
            }) }
        </section>
    }
}
