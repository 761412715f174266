//! Needs first: what the person needs now, read from the answers whether or
//! not any finding is made. Each need is met by protections and help entries
//! that list it in their `meets`.

use crate::answers::{Answers, QuestionId as Q};
use crate::assessment::{Finding, Level};
use crate::evidence::{Evidence, Presence};
use crate::facts;
use serde::Serialize;

/// A need, by stable ID (the list in `law::schema::NEED_IDS`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NeedId {
    ImmediateSafety,
    MedicalCare,
    SafeHousing,
    Interpretation,
    LegalAdvice,
    Children,
    GoingHome,
    FearOfReturn,
    UnpaidWages,
}

impl NeedId {
    pub const ALL: [NeedId; 9] = [
        NeedId::ImmediateSafety,
        NeedId::MedicalCare,
        NeedId::SafeHousing,
        NeedId::Interpretation,
        NeedId::LegalAdvice,
        NeedId::Children,
        NeedId::GoingHome,
        NeedId::FearOfReturn,
        NeedId::UnpaidWages,
    ];

    pub fn id(self) -> &'static str {
        match self {
            NeedId::ImmediateSafety => "immediate_safety",
            NeedId::MedicalCare => "medical_care",
            NeedId::SafeHousing => "safe_housing",
            NeedId::Interpretation => "interpretation",
            NeedId::LegalAdvice => "legal_advice",
            NeedId::Children => "children",
            NeedId::GoingHome => "going_home",
            NeedId::FearOfReturn => "fear_of_return",
            NeedId::UnpaidWages => "unpaid_wages",
        }
    }
}

/// A need the answers show, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Need {
    pub id: NeedId,
    pub because: Vec<crate::evidence::Because>,
    /// IDs of the protections (for this jurisdiction) that meet it.
    pub protections: Vec<&'static str>,
    /// IDs of the help entries that meet it.
    pub help: Vec<&'static str>,
}

/// The needs shown by the answers. Immediate safety comes first.
pub fn read(a: &Answers, findings: &[Finding]) -> Vec<Need> {
    let any_sign = findings.iter().any(|f| f.level >= Level::Some);
    let sign_because: Vec<_> = findings
        .iter()
        .filter(|f| f.level >= Level::Some)
        .flat_map(|f| f.because.clone())
        .take(3)
        .collect();
    let rules: [(NeedId, Evidence); 9] = [
        (
            NeedId::ImmediateSafety,
            Evidence::any_yes(a, &[Q::InDangerNow]),
        ),
        (
            NeedId::MedicalCare,
            Evidence::any_yes(
                a,
                &[
                    Q::HealthNeeds,
                    Q::PhysicalViolence,
                    Q::SexualViolence,
                    Q::HarmedOnJourney,
                ],
            ),
        ),
        (
            NeedId::SafeHousing,
            Evidence::any_yes(
                a,
                &[
                    Q::LivesAtWorkplace,
                    Q::LockedIn,
                    Q::DegradingLiving,
                    Q::InDangerNow,
                ],
            ),
        ),
        (NeedId::Interpretation, facts::no_local_language(a)),
        (
            NeedId::LegalAdvice,
            Evidence {
                presence: if any_sign {
                    Presence::Present
                } else {
                    Presence::Unknown
                },
                because: sign_because,
                missing: vec![],
            },
        ),
        (
            NeedId::Children,
            Evidence::any([Evidence::yes(a, Q::ChildrenWithThem), facts::child(a)]),
        ),
        (NeedId::GoingHome, Evidence::yes(a, Q::WantsToGoHome)),
        (NeedId::FearOfReturn, Evidence::yes(a, Q::FearOfReturn)),
        (
            NeedId::UnpaidWages,
            Evidence::any_yes(
                a,
                &[Q::WagesWithheld, Q::DeceivedAboutPay, Q::LargeDeductions],
            ),
        ),
    ];
    rules
        .into_iter()
        .filter(|(_, e)| e.presence == Presence::Present)
        .map(|(id, e)| Need {
            id,
            because: e.because,
            protections: vec![],
            help: vec![],
        })
        .collect()
}
