use crate::i18n::{Arg, I18n};
use entitle_engine::help::Emergency;
use entitle_engine::law::law;
use entitle_engine::Verification;
use yew::prelude::*;

/// What to do right now if in danger: a tap-to-call (`tel:`) button for each
/// emergency number, or "your local emergency number" where we hold none.
pub fn danger(i18n: &I18n, emergency: &Emergency) -> Html {
    html! {
        <section class="warning danger" aria-labelledby="danger-heading">
            <h2 id="danger-heading">{ i18n.t("start-danger-heading") }</h2>
            if emergency.numbers.is_empty() {
                <p>{ i18n.t("danger-local-number") }</p>
            } else {
                <p>{ i18n.t("danger-call") }</p>
                <p class="call-buttons">
                    { for emergency.numbers.iter().map(|n| html! {
                        <a class="button button--call" href={format!("tel:{n}")}>
                            { i18n.t_with("call-number", &[("number", Arg::from(n.clone()))]) }
                        </a>
                    }) }
                </p>
            }
        </section>
    }
}

/// A tap-to-call (`tel:`) button for a service with a phone number, showing
/// the number as people write it there.
pub fn call_button(i18n: &I18n, h: &entitle_engine::law::schema::Help) -> Html {
    match &h.phone {
        Some(phone) => html! {
            <a class="button button--call" href={format!("tel:{phone}")}>
                { i18n.t_with("call-number", &[("number", Arg::from(h.phone_display.clone().unwrap_or_else(|| phone.clone())))]) }
            </a>
        },
        None => html! {},
    }
}

/// Where to get help: each service with tap-to-call (`tel:`) and text
/// (`sms:`) links at once; its website, hours, languages and when its details
/// were checked behind a disclosure, to keep the page short. A service with no
/// phone shows its website at once, and unchecked entries say so at once.
pub fn help_list(i18n: &I18n, ids: &[&str]) -> Html {
    let law = law();
    let entries = ids
        .iter()
        .filter_map(|id| law.help.iter().find(|h| &h.id == id));
    html! {
        <>
            <h2>{ i18n.t("results-help-heading") }</h2>
            <ul class="help-list">
                { for entries.map(|h| {
                    let hours = h.hours.as_ref().map(|x| if x.always {
                        i18n.t("hours-always")
                    } else {
                        i18n.t_with("hours-days", &[
                            ("days", Arg::from(i18n.t(&format!("days-{}", x.days.clone().unwrap_or_default())))),
                            ("opens", Arg::from(x.opens.clone().unwrap_or_default())),
                            ("closes", Arg::from(x.closes.clone().unwrap_or_default())),
                        ])
                    });
                    let languages = if h.languages.iter().any(|l| l == "interpreters") {
                        Some(i18n.t("help-interpreters"))
                    } else if h.languages.is_empty() {
                        None
                    } else {
                        Some(i18n.t_with("help-languages", &[("languages", Arg::from(h.languages.join(", ").to_uppercase()))]))
                    };
                    // Only details confirmed in a source count as checked; an
                    // entry looked for but not confirmed is shown as not checked.
                    let checked = match (h.checked, h.verification) {
                        (Some(date), Verification::Verified | Verification::Secondary) => {
                            i18n.t_with("help-checked", &[("date", Arg::from(i18n.date(date)))])
                        }
                        _ => i18n.t("help-not-checked"),
                    };
                    html! {
                        <li class="help" data-help={h.id.clone()} data-checked={(h.verification != Verification::Unverified).to_string()}>
                            <h3>{ &h.name }{ " " }<span class="card__kind">{ i18n.t(&format!("help-kind-{}", h.kind.id())) }</span></h3>
                            if h.verification == Verification::Unverified {
                                <p class="card__note">{ checked.clone() }</p>
                            }
                            // The ways to reach it and the disclosure share one
                            // row; an opened disclosure takes the full width below.
                            <div class="help__row">
                                { call_button(i18n, h) }
                                if let Some(sms) = &h.sms {
                                    <a class="button button--secondary" href={format!("sms:{sms}")}>
                                        { i18n.t_with("text-number", &[("number", Arg::from(sms.clone()))]) }
                                    </a>
                                }
                                // With no phone, the website is how to reach it: shown at once.
                                if h.phone.is_none() {
                                    if let Some(web) = &h.web {
                                        <a href={web.clone()} rel="noreferrer" target="_blank" class="help__web">{ web.clone() }</a>
                                    }
                                }
                                <details class="more help__more">
                                    <summary>{ i18n.t("help-more") }</summary>
                                    if h.phone.is_some() {
                                        if let Some(web) = &h.web {
                                            <p><a href={web.clone()} rel="noreferrer" target="_blank" class="help__web">{ web.clone() }</a></p>
                                        }
                                    }
                                    if let Some(hours) = hours { <p>{ hours }</p> }
                                    if let Some(languages) = languages { <p>{ languages }</p> }
                                    if h.free == Some(true) { <p>{ i18n.t("help-free") }</p> }
                                    if h.verification != Verification::Unverified {
                                        <p class="card__note">{ checked }</p>
                                    }
                                </details>
                            </div>
                        </li>
                    }
                }) }
            </ul>
        </>
    }
}
