//! `possible_child`: the person is, or may be, under 18. Where age is uncertain
//! and there are reasons to believe the person is a child, they are presumed to
//! be one and get special protection until their age is verified (ECAT art.
//! 10(3); Directive 2011/36 art. 13(2)).

use crate::answers::{Age, Answers, QuestionId as Q};
use crate::assessment::{Citation, Element, Finding, FindingId, Level};
use crate::evidence::Presence;
use crate::facts;
use crate::law::schema::{Date, Law};

pub fn assess(a: &Answers, law: &'static Law, as_of: Date) -> Finding {
    let child = facts::child(a);
    let level = match (a.age, child.presence) {
        (Some(Age::Years(y)), _) if y < 18 => Level::Strong,
        (_, Presence::Present) => Level::Some,
        (_, Presence::Absent) => Level::NoneFound,
        (_, Presence::Unknown) => Level::NotEnoughInformation,
    };
    let elements = vec![Element::new("under_18", child)];
    let cites = [
        "coe.ecat.art_10_3",
        "un.palermo_tip.art_3_d",
        "un.crc.art_1",
    ];
    let mut f = Finding::from_elements(
        FindingId::PossibleChild,
        elements,
        level,
        Citation::resolve(law, &cites, as_of),
    );
    if level == Level::Some {
        f.missing = [Q::Age]
            .into_iter()
            .filter(|q| {
                !matches!(a.age, Some(Age::Years(_)))
                    && (a.is_unknown(*q) || !a.is_answered(*q) || a.age == Some(Age::MaybeUnder18))
            })
            .collect();
    }
    f
}
