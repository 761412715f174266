//! `forced_labour`: ILO Forced Labour Convention 1930 (No. 29), art. 2(1): work
//! exacted under the menace of a penalty, for which the person has not offered
//! themselves voluntarily. Measured as the ILO's statistical guidelines do
//! (Guidelines concerning the measurement of forced labour, 20th ICLS, 2018):
//! both dimensions, involuntary work and the threat or menace of a penalty,
//! must be present, each shown by its own answers.

use super::Signs;
use crate::answers::{Answers, QuestionId as Q};
use crate::assessment::{Citation, Element, Finding, FindingId, Level};
use crate::evidence::Evidence;
use crate::law::schema::{Date, Law};

/// Involuntary work: the circumstances the 2018 Guidelines list, as the
/// questionnaire asks them.
// Modelling choices: "a job of a different nature than agreed" is deception
// about the work; "conditions not agreed" (overtime, on-call) is deception
// about conditions; bonded labour is a debt that must be worked off (its
// growth is the menace, below); "no or limited freedom to end the work" is
// being unable to leave or locked in (locked in is also a restriction of
// movement, a menace: alone it shows only one dimension). Work for other
// employers or for longer than agreed is not asked.
fn involuntary(a: &Answers, signs: &Signs) -> Vec<Evidence> {
    vec![
        Evidence::yes(a, Q::ForcedToGo),
        Evidence::yes(a, Q::DeceivedAboutWork),
        Evidence::yes(a, Q::DeceivedAboutConditions),
        signs.ilo("excessive_overtime"),
        Evidence::yes(a, Q::UnsafeWork),
        Evidence::yes(a, Q::WagesWithheld),
        Evidence::yes(a, Q::DegradingLiving),
        Evidence::any_yes(a, &[Q::CannotLeave, Q::LockedIn]),
        Evidence::all([
            Evidence::yes(a, Q::OwesDebt),
            Evidence::yes(a, Q::MustWorkOffDebt),
        ]),
    ]
}

/// The threat or menace of a penalty: the means of coercion the 2018
/// Guidelines list, as the questionnaire asks them. (Isolation, an ILO
/// indicator of 2012, is not on this list; it is listed as an indicator only.)
fn menace(a: &Answers, signs: &Signs) -> Vec<Evidence> {
    vec![
        signs.ilo("physical_and_sexual_violence"),
        signs.ilo("intimidation_and_threats"),
        Evidence::any_yes(a, &[Q::LockedIn, Q::Watched]),
        Evidence::all([
            Evidence::yes(a, Q::OwesDebt),
            Evidence::yes(a, Q::DebtGrows),
        ]),
        signs.ilo("withholding_of_wages"),
        signs.ilo("retention_of_identity_documents"),
        signs.ilo("abuse_of_vulnerability"),
    ]
}

/// The ILO indicators that show either dimension, listed with the finding.
const INDICATORS: &[&str] = &[
    "abuse_of_vulnerability",
    "deception",
    "restriction_of_movement",
    "isolation",
    "physical_and_sexual_violence",
    "intimidation_and_threats",
    "retention_of_identity_documents",
    "withholding_of_wages",
    "debt_bondage",
    "abusive_working_and_living_conditions",
    "excessive_overtime",
];

pub fn assess(a: &Answers, signs: &Signs, law: &'static Law, as_of: Date) -> Finding {
    let menace = Evidence::any(menace(a, signs));
    // One answer never fills both dimensions by itself.
    let involuntary = Evidence::apart_from(&menace, involuntary(a, signs));
    let elements = vec![
        Element::new("involuntary", involuntary),
        Element::new("menace_of_penalty", menace),
    ];
    let level = Level::of_elements(&elements);
    let cites = [
        "ilo.c29.art_2_1",
        "ilo.icls_2018_fl.involuntary_work",
        "ilo.icls_2018_fl.menace_of_penalty",
        "ilo.fl_indicators.no_1",
    ];
    let mut f = Finding::from_elements(
        FindingId::ForcedLabour,
        elements,
        level,
        Citation::resolve(law, &cites, as_of),
    );
    f.indicators = signs.present(INDICATORS);
    f
}
