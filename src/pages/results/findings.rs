use crate::components::citations::citations;
use crate::components::listen::Listen;
use crate::i18n::I18n;
use entitle_engine::{Finding, FindingId, Level, QuestionId};
use yew::prelude::*;

/// The sentence that says what the answers show for one finding, at its level
/// (never colour alone). An adult unsure whether they were under 18 when it
/// began is told that, not that their age is unknown.
fn lead(f: &Finding) -> String {
    if f.id == FindingId::PossibleChild
        && f.level == Level::NotEnoughInformation
        && !f.missing.contains(&QuestionId::Age)
    {
        "finding-possible_child-not_enough_information-when_it_began".to_string()
    } else {
        format!("finding-{}-{}", f.id.id(), f.level.id())
    }
}

/// What the answers show: one plain sentence per sign, in one short card, and
/// behind one disclosure ("Why we say this") for each sign the answers that
/// led to it, the questions that could change it, the Delphi comparison for
/// trafficking and its legal sources, then the signs not found. With no sign
/// at all, only the signs not found, in their own disclosure.
///
/// Keyboard: Enter or Space on a summary opens and closes it.
pub fn signs(i18n: &I18n, shown: &[&Finding], not_found: &[&Finding]) -> Html {
    let absent = |heading: Html| {
        html! {
            <>
                { heading }
                <ul>{ for not_found.iter().map(|f| html! { <li>{ i18n.t(&format!("finding-{}-title", f.id.id())) }</li> }) }</ul>
            </>
        }
    };
    if shown.is_empty() {
        return html! {
            <details class="not-found">
                { absent(html! { <summary>{ i18n.t("results-not-found") }</summary> }) }
            </details>
        };
    }
    html! {
        <section class="card signs">
            <Listen about="signs-heading" />
            <ul class="signs__list">
                { for shown.iter().map(|f| {
                    let id = f.id.id();
                    html! {
                        <li class={classes!("sign", format!("sign--{}", f.level.id()))} data-finding={id} data-level={f.level.id()}>
                            { i18n.t(&lead(f)) }
                        </li>
                    }
                }) }
            </ul>
            <details class="more signs__why">
                <summary>{ i18n.t("because-heading") }</summary>
                { for shown.iter().map(|f| reasons(i18n, f)) }
                if !not_found.is_empty() {
                    <section class="finding-detail not-found">
                        { absent(html! { <h3>{ i18n.t("results-not-found") }</h3> }) }
                    </section>
                }
            </details>
        </section>
    }
}

/// One sign's reasons and sources, inside the disclosure.
fn reasons(i18n: &I18n, f: &Finding) -> Html {
    let id = f.id.id();
    html! {
        <section class="finding-detail" data-finding-detail={id}>
            <h3>{ i18n.t(&format!("finding-{id}-title")) }</h3>
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
            { citations(i18n, &f.citations) }
        </section>
    }
}
