//! Rights grouped by what they give the person, not by instrument: one group
//! for time to recover, one for permission to stay, and so on. In each group
//! the most concrete rule comes first (the national one, then regional, then
//! international), and the others stand behind it as its legal bases. Nothing
//! is dropped: every protection that is not `does_not_apply` is in one group.

use crate::assessment::{Finding, FindingId, Level};
use crate::law::schema::{Jurisdiction, ProtectionKind};
use crate::protections::{ProtectionOutcome, Status};
use serde::Serialize;

/// What a group of rights gives, in the order the results show them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Benefit {
    TimeToRecover,
    PermissionToStay,
    MoneyOwed,
    NoPunishment,
    NoSendingBack,
    GoingHome,
    ChildrensRights,
    SupportAndAdvice,
}

impl Benefit {
    pub const ALL: [Benefit; 8] = [
        Benefit::TimeToRecover,
        Benefit::PermissionToStay,
        Benefit::MoneyOwed,
        Benefit::NoPunishment,
        Benefit::NoSendingBack,
        Benefit::GoingHome,
        Benefit::ChildrensRights,
        Benefit::SupportAndAdvice,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Benefit::TimeToRecover => "time_to_recover",
            Benefit::PermissionToStay => "permission_to_stay",
            Benefit::MoneyOwed => "money_owed",
            Benefit::NoPunishment => "no_punishment",
            Benefit::NoSendingBack => "no_sending_back",
            Benefit::GoingHome => "going_home",
            Benefit::ChildrensRights => "childrens_rights",
            Benefit::SupportAndAdvice => "support_and_advice",
        }
    }

    /// The group a kind of protection belongs to.
    pub fn of(kind: ProtectionKind) -> Benefit {
        use ProtectionKind as K;
        match kind {
            K::RecoveryReflection => Benefit::TimeToRecover,
            K::ResidencePermit => Benefit::PermissionToStay,
            K::Compensation | K::UnpaidWages => Benefit::MoneyOwed,
            K::NonPunishment => Benefit::NoPunishment,
            K::NonRefoulement | K::Asylum => Benefit::NoSendingBack,
            K::SafeReturn => Benefit::GoingHome,
            K::ChildProtection => Benefit::ChildrensRights,
            K::Assistance | K::Identification | K::LegalAid | K::Confidentiality => {
                Benefit::SupportAndAdvice
            }
        }
    }
}

/// One group: what it gives, the best status in it, and its protections (IDs),
/// the most concrete first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RightsGroup {
    pub benefit: Benefit,
    pub status: Status,
    pub protections: Vec<&'static str>,
}

fn rank(s: Status) -> u8 {
    match s {
        Status::Applies => 0,
        Status::MayApply => 1,
        Status::NeedsInformation => 2,
        Status::DoesNotApply => 3,
    }
}

/// National rules first, then the EU, the Council of Europe, international.
fn layer(applies_in: &str, j: &Jurisdiction) -> u8 {
    if applies_in == j.code {
        0
    } else if applies_in.starts_with("eu.") {
        1
    } else if applies_in.starts_with("coe.") {
        2
    } else {
        3
    }
}

/// The groups for these outcomes. Children's rights are shown only to a person
/// who is or may be a child.
pub fn group(
    protections: &[ProtectionOutcome],
    findings: &[Finding],
    j: &Jurisdiction,
) -> Vec<RightsGroup> {
    let may_be_child = findings
        .iter()
        .any(|f| f.id == FindingId::PossibleChild && f.level >= Level::NotEnoughInformation);
    Benefit::ALL
        .into_iter()
        .filter(|b| *b != Benefit::ChildrensRights || may_be_child)
        .filter_map(|benefit| {
            // The sort key is worked out once per protection, not per comparison.
            let mut list: Vec<((u8, u8), &ProtectionOutcome)> = protections
                .iter()
                .filter(|p| p.status != Status::DoesNotApply && Benefit::of(p.kind) == benefit)
                .map(|p| ((layer(p.applies_in, j), rank(p.status)), p))
                .collect();
            crate::small_sort::sort_by(&mut list, |a, b| a.0 < b.0);
            let status = list
                .iter()
                .map(|(_, p)| p.status)
                .min_by_key(|s| rank(*s))?;
            Some(RightsGroup {
                benefit,
                status,
                protections: list.iter().map(|(_, p)| p.id).collect(),
            })
        })
        .collect()
}
