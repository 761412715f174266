//! `forced_labour`: ILO Forced Labour Convention 1930 (No. 29), art. 2(1): work
//! exacted under the menace of a penalty, for which the person has not offered
//! themselves voluntarily. Both tests must be met; the ILO's 11 indicators show each.

use super::Signs;
use crate::answers::{Answers, QuestionId as Q};
use crate::assessment::{Citation, Element, Finding, FindingId, Level};
use crate::evidence::Evidence;
use crate::law::schema::{Date, Law};

/// Indicators that show a menace of penalty.
const MENACE: &[&str] = &[
    "physical_and_sexual_violence",
    "intimidation_and_threats",
    "retention_of_identity_documents",
    "withholding_of_wages",
    "debt_bondage",
    "isolation",
];

/// Indicators that show the work is not voluntary.
const INVOLUNTARY: &[&str] = &[
    "deception",
    "restriction_of_movement",
    "debt_bondage",
    "abuse_of_vulnerability",
];

pub fn assess(a: &Answers, signs: &Signs, law: &Law, as_of: Date) -> Finding {
    let menace = Evidence::any(MENACE.iter().map(|m| signs.ilo(m)));
    let involuntary = Evidence::any(
        std::iter::once(Evidence::yes(a, Q::ForcedToGo))
            .chain(INVOLUNTARY.iter().map(|m| signs.ilo(m))),
    );
    let elements = vec![
        Element::new("menace_of_penalty", menace),
        Element::new("involuntary", involuntary),
    ];
    let level = Level::of_elements(&elements);
    let cites = ["ilo.c29.art_2_1", "ilo.fl_indicators.no_1"];
    let mut f = Finding::from_elements(
        FindingId::ForcedLabour,
        elements,
        level,
        Citation::resolve(law, &cites, as_of),
    );
    let mut indicators = signs.present(MENACE);
    indicators.extend(signs.present(INVOLUNTARY));
    crate::small_sort::sort_dedup(&mut indicators);
    f.indicators = indicators;
    f
}
