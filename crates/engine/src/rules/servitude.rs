//! `servitude`: ECHR art. 4(1) as the European Court of Human Rights reads it
//! (Siliadin v. France, 2005; C.N. and V. v. France, 2012): forced labour, plus
//! living on the other person's premises and feeling unable to change one's
//! situation.

use super::Signs;
use crate::answers::{Answers, QuestionId as Q};
use crate::assessment::{Citation, Element, Finding, FindingId, Level};
use crate::evidence::Evidence;
use crate::law::schema::{Date, Law};

pub fn assess(a: &Answers, signs: &Signs, law: &'static Law, as_of: Date) -> Finding {
    let coercion = Evidence::any(
        [
            "physical_and_sexual_violence",
            "intimidation_and_threats",
            "retention_of_identity_documents",
            "debt_bondage",
        ]
        .iter()
        .map(|m| signs.ilo(m)),
    );
    let lives_there = Evidence::yes(a, Q::LivesAtWorkplace);
    let cannot_change = Evidence::any_yes(a, &[Q::CannotLeave, Q::LockedIn, Q::Isolated]);
    let elements = vec![
        Element::new("coercion", coercion),
        Element::new("lives_at_workplace", lives_there),
        Element::new("cannot_change_situation", cannot_change),
    ];
    let level = Level::of_elements(&elements);
    let cites = ["coe.echr.art_4_1", "echr.siliadin.para_123"];
    Finding::from_elements(
        FindingId::Servitude,
        elements,
        level,
        Citation::resolve(law, &cites, as_of),
    )
}
