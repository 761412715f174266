//! `international_protection`: a fear of return that may engage non-refoulement
//! (Refugee Convention art. 33; CAT art. 3) or refugee status for victims of
//! trafficking (UNHCR Guidelines on International Protection No. 7, 2006).
//! Some signs: a fear of return. Strong: fear for a reason those instruments
//! protect against (persecution, torture, the traffickers or re-trafficking).

use crate::answers::{Answers, QuestionId as Q};
use crate::assessment::{Citation, Element, Finding, FindingId, Level};
use crate::evidence::{Evidence, Presence};
use crate::facts;
use crate::law::schema::{Date, Law};

pub fn assess(a: &Answers, law: &'static Law, as_of: Date) -> Finding {
    let fear = Evidence::yes(a, Q::FearOfReturn);
    let reason = facts::grave_fear_reason(a);
    let level = match (fear.presence, reason.presence) {
        (Presence::Absent, _) => Level::NoneFound,
        (Presence::Present, Presence::Present) => Level::Strong,
        (Presence::Present, _) => Level::Some,
        (Presence::Unknown, _) => Level::NotEnoughInformation,
    };
    let elements = vec![
        Element::new("fear_of_return", fear),
        Element::new("protected_reason", reason),
    ];
    let cites = [
        "un.refugee_convention.art_33",
        "un.cat.art_3",
        "unhcr.gip_7.para_12",
    ];
    let mut f = Finding::from_elements(
        FindingId::InternationalProtection,
        elements,
        level,
        Citation::resolve(law, &cites, as_of),
    );
    if level == Level::Some {
        f.missing = vec![Q::FearReason]
            .into_iter()
            .filter(|q| a.is_unknown(*q) || !a.is_answered(*q))
            .collect();
    }
    f
}
