//! What the engine returns: IDs, levels, reasons and citations. No sentences:
//! the app turns these into words through Fluent.

use crate::answers::{QuestionId, Reply};
use crate::law::schema::{Date, Law, Verification};
use serde::Serialize;

/// How strongly the answers point to a finding. Never a determination: only
/// the competent authorities identify a victim.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    NotEnoughInformation,
    NoneFound,
    Some,
    Strong,
}

impl Level {
    pub fn id(self) -> &'static str {
        match self {
            Level::NotEnoughInformation => "not_enough_information",
            Level::NoneFound => "none_found",
            Level::Some => "some",
            Level::Strong => "strong",
        }
    }
}

/// The findings the engine can make, by stable ID.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingId {
    /// Work on worse terms than promised or than the law allows.
    LabourExploitation,
}

impl FindingId {
    pub fn id(self) -> &'static str {
        match self {
            FindingId::LabourExploitation => "labour_exploitation",
        }
    }
}

/// Whether an indicator is present in the answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Presence {
    Present,
    Absent,
    /// Not answered, "I don't know" or "I'd rather not say".
    Unknown,
}

/// One answer that led to an outcome.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Because {
    pub question: QuestionId,
    pub reply: Reply,
}

/// A provision cited by an outcome, resolved from the law data.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Citation {
    /// Provision ID, e.g. `un.icrmw.art_21`.
    pub provision: String,
    /// Instrument ID, e.g. `un.icrmw`.
    pub instrument: String,
    pub article: String,
    pub url: String,
    pub holds_from: Date,
    pub verification: Verification,
}

impl Citation {
    /// Resolves provision IDs that hold on `as_of`. The build has checked every
    /// ID resolves; an ID that does not is skipped rather than invented.
    pub fn resolve(law: &Law, ids: &[String], as_of: Date) -> Vec<Citation> {
        ids.iter()
            .filter_map(|id| law.provision(id))
            .filter(|p| p.holds_from <= as_of)
            .map(|p| Citation {
                provision: p.id.clone(),
                instrument: p.instrument.clone(),
                article: p.article.clone(),
                url: p.url.clone(),
                holds_from: p.holds_from,
                verification: p.verification,
            })
            .collect()
    }
}

/// An indicator, as seen in these answers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct IndicatorOutcome {
    /// Indicator ID from the law data, e.g. `ilo.fl.retention_of_identity_documents`.
    pub id: String,
    pub presence: Presence,
    pub because: Vec<Because>,
    /// Questions whose answers could change this outcome.
    pub missing: Vec<QuestionId>,
    pub citations: Vec<Citation>,
}

/// A sign found (or not) in the answers, with everything behind it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub id: FindingId,
    pub level: Level,
    /// IDs of the indicators present.
    pub indicators: Vec<String>,
    pub because: Vec<Because>,
    pub missing: Vec<QuestionId>,
    pub citations: Vec<Citation>,
}

/// The whole result for one set of answers on one legal date.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Assessment {
    pub as_of: Date,
    pub indicators: Vec<IndicatorOutcome>,
    pub findings: Vec<Finding>,
}
