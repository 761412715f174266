use crate::components::listen::Listen;
use crate::i18n::{Arg, I18n};
use crate::state::{Action, State};
use entitle_engine::claim::{Claim, DeadlineStatus, FigureId};
use yew::prelude::*;

/// "Pay you may be owed": the figure against the legal minimum (or, where
/// there is none, against the promise), for how many months, the nearest time
/// limit still open (and a warning when one runs out within three months or
/// has passed), and a button to the case summary with the full working.
/// Shown only when the person chose to work out their pay.
pub fn claim_section(i18n: &I18n, claim: &Claim, state: &UseReducerHandle<State>) -> Html {
    let lead = claim
        .figures
        .iter()
        .find(|f| f.id == FigureId::OwedAgainstMinimum)
        .or_else(|| {
            claim
                .figures
                .iter()
                .find(|f| f.id == FigureId::OwedAgainstPromise)
        });
    let next = claim
        .deadlines
        .iter()
        .filter(|d| matches!(d.status, DeadlineStatus::Open | DeadlineStatus::Soon))
        .min_by_key(|d| d.runs_out);
    let soon = claim
        .deadlines
        .iter()
        .any(|d| d.status == DeadlineStatus::Soon);
    let summary = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::ShowSummary))
    };
    html! {
        <section class="card claim" aria-labelledby="claim-heading" data-claim="true">
            <h2 id="claim-heading">{ i18n.t("claim-heading") }</h2>
            <Listen about="claim-heading" />
            if let Some(f) = lead {
                <p class="claim__figure" data-figure={f.id.id()}>
                    { i18n.t_with(&format!("claim-lead-{}", f.id.id()), &[
                        ("amount", Arg::from(i18n.money(f.amount))),
                        ("months", Arg::from(claim.months)),
                    ]) }
                </p>
            } else {
                <p>{ i18n.t("claim-no-figure") }</p>
            }
            if let Some(d) = next.and_then(|d| d.runs_out.map(|day| (d, day))) {
                <p class={classes!("claim__deadline", soon.then_some("claim__deadline--soon"))}>
                    { i18n.t_with(if soon { "claim-deadline-soon" } else { "claim-deadline-next" }, &[
                        ("date", Arg::from(i18n.date(d.1))),
                        ("route", Arg::from(i18n.t(&format!("route-{}", d.0.route.id())))),
                    ]) }
                </p>
            }
            if claim.deadlines.iter().any(|d| d.status == DeadlineStatus::Passed) {
                <p class="card__note">{ i18n.t("claim-deadline-passed") }</p>
            }
            <button type="button" class="button" data-action="summary" onclick={summary}>{ i18n.t("summary-open") }</button>
        </section>
    }
}
