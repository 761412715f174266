//! "What you can do now": the two or three best next steps for this person
//! where they are, each with the service to call and the reason, chosen from
//! the findings and needs. Danger comes before this, on its own; every help
//! entry is still listed after it.

use crate::assessment::{Finding, FindingId, Level};
use crate::law::schema::{Help, HelpKind, Verification};
use crate::needs::{Need, NeedId};
use serde::Serialize;

/// At most this many steps, so that a frightened person can act on them.
pub const MOST: usize = 3;

/// What a step asks the person to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum StepId {
    /// Call the child helpline: children have their own protection.
    CallChildHelpline,
    /// Call the national trafficking or modern slavery helpline, which can refer for support.
    CallTraffickingHelpline,
    /// Ask for protection from being sent back: an asylum or refugee service.
    AskForProtection,
    /// Claim unpaid pay at the labour inspectorate.
    ClaimUnpaidPay,
    /// Call a helpline for exploited workers.
    CallExploitationHelpline,
    /// Get free legal advice.
    GetLegalAdvice,
}

impl StepId {
    pub fn id(self) -> &'static str {
        match self {
            StepId::CallChildHelpline => "call_child_helpline",
            StepId::CallTraffickingHelpline => "call_trafficking_helpline",
            StepId::AskForProtection => "ask_for_protection",
            StepId::ClaimUnpaidPay => "claim_unpaid_pay",
            StepId::CallExploitationHelpline => "call_exploitation_helpline",
            StepId::GetLegalAdvice => "get_legal_advice",
        }
    }
}

/// Why a step was chosen: a finding at a level, or a need.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "reason", rename_all = "snake_case")]
pub enum StepReason {
    Finding { finding: String, level: Level },
    Need { need: String },
}

/// One next step: what to do, whom to call (a help entry ID), and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct NextStep {
    pub id: StepId,
    pub help: String,
    pub because: Vec<StepReason>,
}

fn at_least_some(findings: &[Finding], ids: &[FindingId]) -> Vec<StepReason> {
    findings
        .iter()
        .filter(|f| ids.contains(&f.id) && f.level >= Level::Some)
        .map(|f| StepReason::Finding {
            finding: f.id.id().to_string(),
            level: f.level,
        })
        .collect()
}

fn need(needs: &[Need], id: NeedId) -> Vec<StepReason> {
    needs
        .iter()
        .filter(|n| n.id == id)
        .map(|n| StepReason::Need {
            need: n.id.id().to_string(),
        })
        .collect()
}

/// The steps for these findings and needs, most urgent first, each with the
/// first checked service of its kind in `directory` (the country's own before
/// the international ones); a step with no such service there is left out.
pub fn choose(findings: &[Finding], needs: &[Need], directory: &[&Help]) -> Vec<NextStep> {
    use FindingId as F;
    let candidates: [(StepId, &[HelpKind], Vec<StepReason>); 6] = [
        (
            StepId::CallChildHelpline,
            &[HelpKind::ChildHelpline],
            at_least_some(findings, &[F::PossibleChild]),
        ),
        (
            StepId::CallTraffickingHelpline,
            &[HelpKind::TraffickingHelpline, HelpKind::International],
            at_least_some(findings, &[F::Trafficking, F::ForcedLabour, F::Servitude]),
        ),
        (
            StepId::AskForProtection,
            &[HelpKind::Asylum],
            at_least_some(findings, &[F::InternationalProtection]),
        ),
        (
            StepId::ClaimUnpaidPay,
            &[HelpKind::LabourInspectorate],
            need(needs, NeedId::UnpaidWages),
        ),
        (
            StepId::CallExploitationHelpline,
            &[HelpKind::ExploitationHelpline],
            at_least_some(findings, &[F::LabourExploitation, F::SmugglingAbuse]),
        ),
        (
            StepId::GetLegalAdvice,
            &[HelpKind::LegalAid],
            need(needs, NeedId::LegalAdvice),
        ),
    ];
    let mut steps: Vec<NextStep> = Vec::new();
    for (id, kinds, because) in candidates {
        if because.is_empty() || steps.len() == MOST {
            continue;
        }
        // Only a service whose details were confirmed in a source is put forward
        // as a next step; an unchecked one stays in the full help list.
        let service = kinds
            .iter()
            .find_map(|k| {
                directory
                    .iter()
                    .find(|h| h.kind == *k && h.verification != Verification::Unverified)
            })
            .filter(|h| !steps.iter().any(|s| s.help == h.id));
        if let Some(h) = service {
            steps.push(NextStep {
                id,
                help: h.id.clone(),
                because,
            });
        }
    }
    steps
}
