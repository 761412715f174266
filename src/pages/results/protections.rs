use crate::components::citations::citations;
use crate::components::listen::Listen;
use crate::i18n::{key, Arg, I18n};
use entitle_engine::evidence::Presence;
use entitle_engine::law::schema::Condition;
use entitle_engine::protections::{ProtectionOutcome, Reason, Status, Value};
use entitle_engine::rights::RightsGroup;
use entitle_engine::Verification;
use yew::prelude::*;

fn mark(presence: Presence) -> &'static str {
    match presence {
        Presence::Present => "condition-met",
        Presence::Absent => "condition-not-met",
        Presence::Unknown => "condition-unknown",
    }
}

/// The protections in force where the person is, grouped by what they give
/// (the engine's rights groups): one card per group, led by its most concrete
/// rule (what it gives, how long, who decides, how to ask), with every rule of
/// the group, its conditions and its sources in a disclosure. Those that do
/// not apply are in a disclosure at the end, each in full (which condition is
/// not met, and its sources), so nothing the engine says is lost.
pub fn protections(i18n: &I18n, groups: &[RightsGroup], list: &[ProtectionOutcome]) -> Html {
    let closed: Vec<&ProtectionOutcome> = list
        .iter()
        .filter(|p| p.status == Status::DoesNotApply)
        .collect();
    let by_id = |id: &&str| list.iter().find(|p| p.id == *id);
    html! {
        <>
            <h2>{ i18n.t("results-protections-heading") }</h2>
            if groups.is_empty() {
                <p>{ i18n.t("results-protections-none") }</p>
            }
            { for groups.iter().map(|g| {
                let members: Vec<&ProtectionOutcome> = g.protections.iter().filter_map(by_id).collect();
                group_card(i18n, g, &members)
            }) }
            if !closed.is_empty() {
                <details class="not-found">
                    <summary>{ i18n.t("results-protections-not") }</summary>
                    { for closed.iter().map(|p| protection_card(i18n, p, "h3")) }
                </details>
            }
        </>
    }
}

/// One group: its benefit, the best status in it, the lead rule's gift, how
/// long, and how to ask; then every rule of the group in full (who decides
/// is there, in each rule).
fn group_card(i18n: &I18n, g: &RightsGroup, members: &[&ProtectionOutcome]) -> Html {
    let Some(lead) = members.first() else {
        return html! {};
    };
    let benefit = g.benefit.id();
    html! {
        <section class={classes!("card", "rights", format!("protection--{}", g.status.id()))} data-benefit={benefit} data-status={g.status.id()}>
            <h3 id={format!("rights-{benefit}-heading")}>{ i18n.t(&format!("rights-{benefit}")) }</h3>
            <Listen about={format!("rights-{benefit}-heading")} />
            <p class="card__lead">{ i18n.t(&format!("status-{}", g.status.id())) }</p>
            <p>{ i18n.t(&format!("protection-{}-gives", key(lead.id))) }</p>
            if !lead.values.is_empty() {
                <dl class="facts">
                    <dt>{ i18n.t("protection-values") }</dt>
                    <dd><ul>{ for lead.values.iter().map(|v| html! { <li>{ value_text(i18n, v) }</li> }) }</ul></dd>
                </dl>
            }
            <p class="rights__ask">{ i18n.t(&format!("referrer-{}", lead.referred_by.id())) }</p>
            <details class="more rights__rules">
                <summary>{ i18n.t_with("rights-rules", &[("count", Arg::from(members.len() as u32))]) }</summary>
                { for members.iter().map(|p| protection_card(i18n, p, "h4")) }
            </details>
        </section>
    }
}

fn value_text(i18n: &crate::i18n::I18n, v: &Value) -> String {
    match &v.currency {
        Some(currency) => {
            let amount = format!("{}.{:02}", v.value / 100, v.value % 100);
            i18n.t_with(
                &format!("value-{}", v.name),
                &[
                    ("value", Arg::from(amount)),
                    ("currency", Arg::from(currency.clone())),
                ],
            )
        }
        None => i18n.t_with(
            &format!("value-{}", v.name),
            &[("value", Arg::from(v.value))],
        ),
    }
}

/// One protection: what it gives, its status in words, its conditions and
/// whether each is met, its durations or amounts, who decides and how to ask,
/// whether it needs cooperation with the police, what is still unknown, any
/// caveat, and its sources.
/// `heading` is the card's heading element: `h4` inside a group, `h3` on its own.
fn protection_card(i18n: &I18n, p: &ProtectionOutcome, heading: &'static str) -> Html {
    let k = key(p.id);
    let status = p.status.id();
    let condition = |c: Condition, presence: Presence| {
        html! { <li>{ i18n.t(&format!("condition-{}", c.id())) }{ " " }<strong>{ i18n.t(mark(presence)) }</strong></li> }
    };
    let conditions: Vec<Html> = p
        .reasons
        .iter()
        .filter_map(|r| match r {
            Reason::Condition { condition: c, presence, .. } => Some(condition(*c, *presence)),
            Reason::AnyOf { any_of, presence } => Some(html! {
                <li>
                    { i18n.t("condition-any-of") }{ " " }<strong>{ i18n.t(mark(*presence)) }</strong>
                    <ul>{ for any_of.iter().map(|x| condition(x.condition, x.presence)) }</ul>
                </li>
            }),
            _ => None,
        })
        .collect();
    let outside_scope = p.reasons.iter().find_map(|r| match r {
        Reason::OutsideScope { findings } if p.status != Status::DoesNotApply => {
            let signs: Vec<String> = findings
                .iter()
                .map(|f| i18n.t(&format!("finding-{f}-title")))
                .collect();
            Some(i18n.t_with(
                "protection-outside-scope",
                &[("signs", Arg::from(signs.join(", ")))],
            ))
        }
        _ => None,
    });
    html! {
        <section class={classes!("card", "protection", format!("protection--{status}"))} data-protection={p.id} data-status={status}>
            <@{heading} id={format!("protection-{}-heading", p.id)}>{ i18n.t(&format!("protection-{k}")) }</@>
            <Listen about={format!("protection-{}-heading", p.id)} />
            <p class="card__lead">{ i18n.t(&format!("status-{status}")) }</p>
            <p>{ i18n.t(&format!("protection-{k}-gives")) }</p>
            if let Some(text) = outside_scope { <p class="card__note" data-outside-scope="true">{ text }</p> }
            <details class="more">
            <summary>{ i18n.t("protection-more") }</summary>
            <dl class="facts">
                if !conditions.is_empty() {
                    <dt>{ i18n.t("protection-conditions") }</dt>
                    <dd><ul>{ for conditions }</ul></dd>
                }
                if !p.requires.is_empty() {
                    <dt>{ i18n.t("protection-requires") }</dt>
                    <dd><ul>{ for p.requires.iter().map(|r| html! { <li>{ i18n.t(&format!("requires-{}", r.id())) }</li> }) }</ul></dd>
                }
                if !p.values.is_empty() {
                    <dt>{ i18n.t("protection-values") }</dt>
                    <dd><ul>{ for p.values.iter().map(|v| html! { <li>{ value_text(i18n, v) }</li> }) }</ul></dd>
                }
                <dt>{ i18n.t("protection-decided-by") }</dt>
                <dd>{ i18n.t(&format!("decider-{}", p.decided_by.id())) }</dd>
                <dt>{ i18n.t("protection-how-to-ask") }</dt>
                <dd>{ i18n.t(&format!("referrer-{}", p.referred_by.id())) }</dd>
                <dt>{ i18n.t("protection-cooperation") }</dt>
                <dd>{ i18n.t(if p.cooperation_required { "cooperation-required" } else { "cooperation-not-required" }) }</dd>
                if !p.missing.is_empty() {
                    <dt>{ i18n.t("protection-unknown") }</dt>
                    <dd><ul>{ for p.missing.iter().map(|q| html! { <li>{ i18n.question(*q) }</li> }) }</ul></dd>
                }
            </dl>
            </details>
            if let Some(c) = &p.caveat {
                <p class="card__note">{ i18n.t(&format!("caveat-{c}")) }</p>
            }
            if p.verification == Verification::Unverified {
                <p class="card__note">{ i18n.t("protection-unverified") }</p>
            }
            { citations(i18n, &p.citations) }
        </section>
    }
}
