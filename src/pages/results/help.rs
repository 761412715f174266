use crate::components::listen::Listen;
use crate::i18n::{Arg, I18n};
use entitle_engine::help::Emergency;
use entitle_engine::law::law;
use entitle_engine::Verification;
use yew::prelude::*;

/// What to do right now if in danger: a tap-to-call (`tel:`) button for each
/// emergency number, or "your local emergency number" where we hold none.
/// Its Listen button reads it aloud like a card's (`.danger`).
pub fn danger(i18n: &I18n, emergency: &Emergency) -> Html {
    html! {
        <section class="warning danger" aria-labelledby="danger-heading">
            <h2 id="danger-heading">{ i18n.t("start-danger-heading") }</h2>
            <Listen about="danger-heading" />
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
    call_link(i18n, h.phone.as_deref(), h.phone_display.as_deref())
}

/// The tap-to-call button for `phone`, labelled with `display` if given.
fn call_link(i18n: &I18n, phone: Option<&str>, display: Option<&str>) -> Html {
    match phone {
        Some(phone) => html! {
            <a class="button button--call" href={format!("tel:{phone}")}>
                { i18n.t_with("call-number", &[("number", Arg::from(display.unwrap_or(phone).to_string()))]) }
            </a>
        },
        None => html! {},
    }
}

/// One service as the help list shows it, from the law data or from the
/// site's settings.
struct Entry {
    id: String,
    name: String,
    kind: String,
    call: Html,
    has_phone: bool,
    sms: Option<String>,
    web: Option<String>,
    hours: Option<String>,
    languages: Option<String>,
    needs: Option<String>,
    free: bool,
    /// Where the details come from; `at_once` shows it above the buttons.
    note: String,
    at_once: bool,
    from_site: bool,
}

fn hours_text(i18n: &I18n, always: bool, days: &str, opens: &str, closes: &str) -> String {
    if always {
        i18n.t("hours-always")
    } else {
        i18n.t_with(
            "hours-days",
            &[
                ("days", Arg::from(i18n.t(&format!("days-{days}")))),
                ("opens", Arg::from(opens.to_string())),
                ("closes", Arg::from(closes.to_string())),
            ],
        )
    }
}

fn languages_text(i18n: &I18n, languages: &[String]) -> Option<String> {
    if languages.iter().any(|l| l == "interpreters") {
        Some(i18n.t("help-interpreters"))
    } else if languages.is_empty() {
        None
    } else {
        Some(i18n.t_with(
            "help-languages",
            &[("languages", Arg::from(languages.join(", ").to_uppercase()))],
        ))
    }
}

/// A service from the law data's help directory.
fn from_law(i18n: &I18n, h: &entitle_engine::law::schema::Help) -> Entry {
    let hours = h.hours.as_ref().map(|x| {
        hours_text(
            i18n,
            x.always,
            x.days.as_deref().unwrap_or_default(),
            x.opens.as_deref().unwrap_or_default(),
            x.closes.as_deref().unwrap_or_default(),
        )
    });
    // Only details confirmed in a source count as checked; an
    // entry looked for but not confirmed is shown as not checked.
    let note = match (h.checked, h.verification) {
        (Some(date), Verification::Verified | Verification::Secondary) => {
            i18n.t_with("help-checked", &[("date", Arg::from(i18n.date(date)))])
        }
        _ => i18n.t("help-not-checked"),
    };
    Entry {
        id: h.id.clone(),
        name: h.name.clone(),
        kind: i18n.t(&format!("help-kind-{}", h.kind.id())),
        call: call_button(i18n, h),
        has_phone: h.phone.is_some(),
        sms: h.sms.clone(),
        web: h.web.clone(),
        hours,
        languages: languages_text(i18n, &h.languages),
        needs: None,
        free: h.free == Some(true),
        note,
        at_once: h.verification == Verification::Unverified,
        from_site: false,
    }
}

/// One of the contacts the site's owner gave in `site.json` (`crate::site`).
fn from_site(i18n: &I18n, i: usize, c: &entitle_site::Contact) -> Entry {
    let call = call_link(i18n, c.phone.as_deref(), c.phone_display.as_deref());
    let hours = c.hours.as_ref().map(|h| match h {
        entitle_site::Hours::Always => hours_text(i18n, true, "", "", ""),
        entitle_site::Hours::Days {
            days,
            opens,
            closes,
        } => hours_text(i18n, false, days, opens, closes),
    });
    let needs = (!c.needs.is_empty()).then(|| {
        let names: Vec<String> = c
            .needs
            .iter()
            .map(|n| i18n.t(&format!("need-{n}")))
            .collect();
        i18n.t_with("help-meets", &[("needs", Arg::from(names.join(", ")))])
    });
    let note = match &crate::site::get().site.name {
        Some(name) => i18n.t_with("help-from-site", &[("name", Arg::from(name.clone()))]),
        None => i18n.t("help-from-this-site"),
    };
    Entry {
        id: format!("site.{i}"),
        name: c.name.clone(),
        kind: i18n.t("help-kind-ngo"),
        call,
        has_phone: c.phone.is_some(),
        sms: c.sms.clone(),
        web: c.web.clone(),
        hours,
        languages: languages_text(i18n, &c.languages),
        needs,
        free: c.free == Some(true),
        note,
        at_once: true,
        from_site: true,
    }
}

/// Where to get help: first the contacts of the organisation that runs this
/// copy (its `site.json`), then each service the engine chose, with
/// tap-to-call (`tel:`) and text (`sms:`) links at once; its website, hours,
/// languages and when its details were checked behind a disclosure, to keep
/// the page short. A service with no phone shows its website at once, and
/// unchecked entries say so at once.
pub fn help_list(i18n: &I18n, ids: &[&str]) -> Html {
    let law = law();
    let site = crate::site::get()
        .site
        .contacts
        .iter()
        .enumerate()
        .map(|(i, c)| from_site(i18n, i, c));
    let entries = ids
        .iter()
        .filter_map(|id| law.help.iter().find(|h| &h.id == id))
        .map(|h| from_law(i18n, h));
    html! {
        <>
            <h2>{ i18n.t("results-help-heading") }</h2>
            <ul class="help-list">
                { for site.chain(entries).map(|e| entry(i18n, e)) }
            </ul>
        </>
    }
}

fn entry(i18n: &I18n, e: Entry) -> Html {
    let has_phone = e.has_phone;
    let heading = format!("help-{}-name", e.id);
    html! {
        <li class="help" data-help={e.id} data-site={e.from_site.then_some("true")} data-checked={(!e.at_once).to_string()}>
            <h3 id={heading.clone()}>{ e.name }{ " " }<span class="card__kind">{ e.kind }</span></h3>
            <Listen about={heading} />
            if e.at_once { <p class="card__note">{ e.note.clone() }</p> }
            if let Some(needs) = &e.needs { <p>{ needs.clone() }</p> }
            // The ways to reach it and the disclosure share one
            // row; an opened disclosure takes the full width below.
            <div class="help__row">
                { e.call }
                if let Some(sms) = &e.sms {
                    <a class="button button--secondary" href={format!("sms:{sms}")}>
                        { i18n.t_with("text-number", &[("number", Arg::from(sms.clone()))]) }
                    </a>
                }
                // With no phone, the website is how to reach it: shown at once.
                if !has_phone {
                    if let Some(web) = &e.web {
                        <a href={web.clone()} rel="noreferrer" target="_blank" class="help__web">{ web.clone() }</a>
                    }
                }
                <details class="more help__more">
                    <summary>{ i18n.t("help-more") }</summary>
                    if has_phone {
                        if let Some(web) = &e.web {
                            <p><a href={web.clone()} rel="noreferrer" target="_blank" class="help__web">{ web.clone() }</a></p>
                        }
                    }
                    if let Some(hours) = e.hours { <p>{ hours }</p> }
                    if let Some(languages) = e.languages { <p>{ languages }</p> }
                    if e.free { <p>{ i18n.t("help-free") }</p> }
                    if !e.at_once { <p class="card__note">{ e.note }</p> }
                </details>
            </div>
        </li>
    }
}
