use super::help::call_button;
use crate::components::listen::Listen;
use crate::i18n::{Arg, I18n};
use entitle_engine::law::law;
use entitle_engine::next_steps::{NextStep, StepReason};
use yew::prelude::*;

/// "What you can do now": the engine's two or three next steps, each with what
/// to do, why (the signs or needs behind it), a tap-to-call button for the
/// service (its website where it has no phone; the full entry is in the help
/// list), and words the person can use when they call. Shown
/// right after "if you are in danger", before the signs.
pub fn next_steps(i18n: &I18n, steps: &[NextStep]) -> Html {
    if steps.is_empty() {
        return html! {};
    }
    let law = law();
    html! {
        <section class="next-steps" aria-labelledby="next-steps-heading">
            <h2 id="next-steps-heading">{ i18n.t("next-steps-heading") }</h2>
            <ol class="next-steps__list">
                { for steps.iter().filter_map(|step| {
                    let h = law.help.iter().find(|h| h.id == step.help)?;
                    let id = step.id.id();
                    let why: Vec<String> = step.because.iter().map(|r| match r {
                        StepReason::Finding { finding, .. } => i18n.t(&format!("finding-{finding}-title")),
                        StepReason::Need { need } => i18n.t(&format!("need-{need}")),
                    }).collect();
                    Some(html! {
                        <li class="card next-step" data-step={id} data-step-help={h.id.clone()}>
                            <h3 id={format!("next-step-{id}-heading")}>{ i18n.t(&format!("next-step-{id}")) }</h3>
                            <Listen about={format!("next-step-{id}-heading")} />
                            <p class="next-step__service">{ &h.name }</p>
                            <p class="call-buttons">{ call_button(i18n, h) }</p>
                            if h.phone.is_none() {
                                if let Some(web) = &h.web {
                                    <p><a href={web.clone()} rel="noreferrer" target="_blank" class="help__web">{ web.clone() }</a></p>
                                }
                            }
                            <p class="next-step__say">{ i18n.t(&format!("next-step-{id}-say")) }</p>
                            <p class="card__note">{ i18n.t_with("next-step-why", &[("why", Arg::from(why.join(", ")))]) }</p>
                        </li>
                    })
                }) }
            </ol>
        </section>
    }
}
