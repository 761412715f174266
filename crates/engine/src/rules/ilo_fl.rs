//! The ILO's 11 indicators of forced labour (ILO Indicators of Forced Labour,
//! 2012), each read from the answers. One indicator may point to forced labour;
//! usually several are looked for together.

use crate::answers::{Answers, QuestionId as Q};
use crate::evidence::Evidence;
use crate::facts;

/// A rule that reads one indicator from the answers.
pub type IndicatorRule = fn(&Answers) -> Evidence;

/// The indicators in the booklet's order, with the rule that reads each.
pub const INDICATORS: [(&str, IndicatorRule); 11] = [
    ("ilo.fl.abuse_of_vulnerability", abuse_of_vulnerability),
    ("ilo.fl.deception", deception),
    ("ilo.fl.restriction_of_movement", restriction_of_movement),
    ("ilo.fl.isolation", isolation),
    (
        "ilo.fl.physical_and_sexual_violence",
        physical_and_sexual_violence,
    ),
    ("ilo.fl.intimidation_and_threats", intimidation_and_threats),
    (
        "ilo.fl.retention_of_identity_documents",
        retention_of_identity_documents,
    ),
    ("ilo.fl.withholding_of_wages", withholding_of_wages),
    ("ilo.fl.debt_bondage", debt_bondage),
    (
        "ilo.fl.abusive_working_and_living_conditions",
        abusive_working_and_living_conditions,
    ),
    ("ilo.fl.excessive_overtime", excessive_overtime),
];

/// Indicator 1, abuse of vulnerability: someone uses the person's weak position
/// (no papers, a visa tied to the employer) against them.
// Modelling choice: read as a threat of denunciation, or an irregular or tied
// status together with being unable to leave. Unpaid wages are not used here:
// they are indicator 8, and counting them twice made an unpaid undocumented
// worker look like a strong forced-labour case on one fact.
pub fn abuse_of_vulnerability(a: &Answers) -> Evidence {
    let weak_position = Evidence::any([
        facts::irregular_status(a),
        Evidence::yes(a, Q::TiedToEmployer),
    ]);
    let used_against_them = Evidence::yes(a, Q::CannotLeave);
    Evidence::any([
        Evidence::yes(a, Q::ThreatenedWithAuthorities),
        Evidence::all([weak_position, used_against_them]),
    ])
}

/// Indicator 2, deception: the work, pay, conditions or papers are not what was promised.
pub fn deception(a: &Answers) -> Evidence {
    Evidence::any_yes(
        a,
        &[
            Q::DeceivedAboutWork,
            Q::DeceivedAboutPay,
            Q::DeceivedAboutConditions,
            Q::DeceivedAboutPapers,
        ],
    )
}

/// Indicator 3, restriction of movement: locked in, watched, or unable to leave.
pub fn restriction_of_movement(a: &Answers) -> Evidence {
    Evidence::any_yes(a, &[Q::LockedIn, Q::Watched, Q::CannotLeave])
}

/// Indicator 4, isolation: cut off from family and others.
pub fn isolation(a: &Answers) -> Evidence {
    Evidence::yes(a, Q::Isolated)
}

/// Indicator 5, physical and sexual violence.
pub fn physical_and_sexual_violence(a: &Answers) -> Evidence {
    Evidence::any_yes(a, &[Q::PhysicalViolence, Q::SexualViolence])
}

/// Indicator 6, intimidation and threats, including threats to report the person to the authorities.
pub fn intimidation_and_threats(a: &Answers) -> Evidence {
    Evidence::any_yes(
        a,
        &[
            Q::Threatened,
            Q::FamilyThreatened,
            Q::ThreatenedWithAuthorities,
        ],
    )
}

/// Indicator 7, retention of identity documents (also ICRMW art. 21; ILO C189 art. 9(c)):
/// kept by an employer, agent, smuggler or anyone else who is not a public
/// official (ICRMW art. 21 allows officials authorised by law).
pub fn retention_of_identity_documents(a: &Answers) -> Evidence {
    let kept = Evidence::yes(a, Q::DocumentsKept);
    // Who holds them is a follow-up: left unasked, the yes/no answer decides.
    if a.documents_held_by.is_none() {
        return kept;
    }
    Evidence::any([kept, facts::documents_held_by_private_person(a)])
}

/// Indicator 8, withholding of wages.
pub fn withholding_of_wages(a: &Answers) -> Evidence {
    Evidence::yes(a, Q::WagesWithheld)
}

/// Indicator 9, debt bondage: a debt they must work off, or one that keeps growing.
pub fn debt_bondage(a: &Answers) -> Evidence {
    Evidence::all([
        Evidence::yes(a, Q::OwesDebt),
        Evidence::any_yes(a, &[Q::DebtGrows, Q::MustWorkOffDebt]),
    ])
}

/// Indicator 10, abusive working and living conditions.
pub fn abusive_working_and_living_conditions(a: &Answers) -> Evidence {
    Evidence::any_yes(a, &[Q::UnsafeWork, Q::DegradingLiving])
}

/// Indicator 11, excessive overtime: very long days or no day off.
pub fn excessive_overtime(a: &Answers) -> Evidence {
    Evidence::any([facts::long_days(a), facts::no_day_off(a)])
}
