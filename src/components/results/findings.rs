use crate::components::citations::citations;
use crate::i18n::I18n;
use entitle_engine::{Finding, FindingId, Level, QuestionId};
use yew::prelude::*;

/// One finding: its level in one plain sentence (never colour alone); the
/// answers that led to it, the questions that could change it and the Delphi
/// comparison for trafficking in a disclosure ("Why we say this"); its sources
/// in another.
pub fn finding_card(i18n: &I18n, f: &Finding) -> Html {
    let id = f.id.id();
    // Say what is unknown: an adult unsure whether they were under 18 when it
    // began is not told their age is unknown.
    let lead = if f.id == FindingId::PossibleChild
        && f.level == Level::NotEnoughInformation
        && !f.missing.contains(&QuestionId::Age)
    {
        "finding-possible_child-not_enough_information-when_it_began".to_string()
    } else {
        format!("finding-{id}-{}", f.level.id())
    };
    html! {
        <section class={classes!("card", "finding", format!("finding--{}", f.level.id()))} data-finding={id} data-level={f.level.id()}>
            <h3>{ i18n.t(&format!("finding-{id}-title")) }</h3>
            <p class="card__lead">{ i18n.t(&lead) }</p>
            if !f.because.is_empty() || !f.missing.is_empty() || f.delphi.is_some() {
                <details class="more finding__why">
                    <summary>{ i18n.t("because-heading") }</summary>
                    if !f.because.is_empty() {
                        <ul class="because">
                            { for f.because.iter().map(|b| html! {
                                <li>
                                    <span class="because__q">{ i18n.question(b.question) }</span>
                                    { " " }
                                    <strong class="because__a">{ i18n.answer_label(b.question, &b.answer) }</strong>
                                </li>
                            }) }
                        </ul>
                    }
                    if !f.missing.is_empty() {
                        <h4>{ i18n.t("missing-heading") }</h4>
                        <ul>{ for f.missing.iter().map(|q| html! { <li>{ i18n.question(*q) }</li> }) }</ul>
                    }
                    if let Some(d) = &f.delphi {
                        <p class="card__note">{ i18n.t(match d.met {
                            Some(true) => "delphi-met",
                            Some(false) => "delphi-not-met",
                            None => "delphi-not-applicable",
                        }) }</p>
                    }
                </details>
            }
            { citations(i18n, &f.citations) }
        </section>
    }
}
