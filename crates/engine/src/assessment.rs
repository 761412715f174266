//! What the engine returns: IDs, levels, reasons and citations. No sentences:
//! the app turns these into words through Fluent.

use crate::answers::QuestionId;
use crate::evidence::{Because, Evidence, Presence};
use crate::law::schema::{Date, Law, Verification};
use serde::Serialize;

/// How strongly the answers point to a finding, lowest first. Never a
/// determination: only the competent authorities identify a victim.
///
/// `NotEnoughInformation` ranks above `NoneFound`: an open question can still
/// show a sign, a "no" cannot.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    NoneFound,
    NotEnoughInformation,
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

    /// The level of a definition whose elements must all be present:
    /// all present → strong; any absent → none found; any present → some;
    /// otherwise not enough information.
    pub fn of_elements(elements: &[Element]) -> Level {
        if !elements.is_empty() && elements.iter().all(|e| e.presence == Presence::Present) {
            Level::Strong
        } else if elements.iter().any(|e| e.presence == Presence::Absent) {
            Level::NoneFound
        } else if elements.iter().any(|e| e.presence == Presence::Present) {
            Level::Some
        } else {
            Level::NotEnoughInformation
        }
    }
}

/// The findings the engine can make, by stable ID.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingId {
    Trafficking,
    ForcedLabour,
    Servitude,
    LabourExploitation,
    SmugglingAbuse,
    InternationalProtection,
    PossibleChild,
}

impl FindingId {
    pub const ALL: [FindingId; 7] = [
        FindingId::Trafficking,
        FindingId::ForcedLabour,
        FindingId::Servitude,
        FindingId::LabourExploitation,
        FindingId::SmugglingAbuse,
        FindingId::InternationalProtection,
        FindingId::PossibleChild,
    ];

    pub fn id(self) -> &'static str {
        match self {
            FindingId::Trafficking => "trafficking",
            FindingId::ForcedLabour => "forced_labour",
            FindingId::Servitude => "servitude",
            FindingId::LabourExploitation => "labour_exploitation",
            FindingId::SmugglingAbuse => "smuggling_abuse",
            FindingId::InternationalProtection => "international_protection",
            FindingId::PossibleChild => "possible_child",
        }
    }
}

/// A provision cited by an outcome, resolved from the law data.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Citation {
    /// Provision ID, e.g. `un.icrmw.art_21`. Borrowed from the law data,
    /// which lives as long as the program: no copy per assessment.
    pub provision: &'static str,
    /// Instrument ID, e.g. `un.icrmw`.
    pub instrument: &'static str,
    pub article: &'static str,
    pub url: &'static str,
    pub holds_from: Date,
    pub verification: Verification,
}

impl Citation {
    /// Resolves provision IDs that hold on `as_of` (from `holds_from` to `holds_until`). The build has checked every
    /// ID resolves; an ID that does not is skipped rather than invented.
    pub fn resolve<S: AsRef<str>>(law: &'static Law, ids: &[S], as_of: Date) -> Vec<Citation> {
        ids.iter()
            .filter_map(|id| law.provision(id.as_ref()))
            .filter(|p| p.holds_from <= as_of && p.holds_until.is_none_or(|u| as_of <= u))
            .map(|p| Citation {
                provision: &p.id,
                instrument: &p.instrument,
                article: &p.article,
                url: &p.url,
                holds_from: p.holds_from,
                verification: p.verification,
            })
            .collect()
    }

    /// Resolves a citation list held in the law data (a protection's, an
    /// indicator's). The result depends only on the list and the date, so it
    /// is resolved once per list and date and then copied: the app
    /// re-assesses on every answer, and each assessment would otherwise look
    /// up some seventy provisions.
    pub fn resolve_listed(law: &'static Law, ids: &'static [String], as_of: Date) -> Vec<Citation> {
        type Key = (usize, usize, usize, Date);
        /// The lists resolved so far, and where to look first.
        type Kept = (Vec<(Key, Vec<Citation>)>, usize);
        thread_local! {
            static KEPT: std::cell::RefCell<Kept> = const { std::cell::RefCell::new((Vec::new(), 0)) };
        }
        let key: Key = (
            std::ptr::from_ref(law) as usize,
            ids.as_ptr() as usize,
            ids.len(),
            as_of,
        );
        // The lists are asked for in the same order every time: look where
        // the last one was found first.
        let found = KEPT.with_borrow_mut(|(kept, next)| {
            let n = kept.len();
            let at = (0..n)
                .map(|k| (*next + k) % n)
                .find(|&i| kept[i].0 == key)?;
            *next = at + 1;
            Some(kept[at].1.clone())
        });
        if let Some(list) = found {
            return list;
        }
        let list = Self::resolve(law, ids, as_of);
        KEPT.with_borrow_mut(|(kept, next)| {
            // Every list of the law on a few dates; beyond that, start again.
            if kept.len() >= 4096 {
                kept.clear();
            }
            kept.push((key, list.clone()));
            *next = kept.len();
        });
        list
    }
}

/// An indicator, as seen in these answers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct IndicatorOutcome {
    /// Indicator ID from the law data, e.g. `ilo.fl.retention_of_identity_documents`.
    pub id: &'static str,
    pub presence: Presence,
    pub because: Vec<Because>,
    /// Questions whose answers could change this outcome.
    pub missing: Vec<QuestionId>,
    pub citations: Vec<Citation>,
}

/// Every element ID the rules use, for their words.
pub const ELEMENTS: &[&str] = &[
    "act",
    "means",
    "purpose",
    "child",
    "menace_of_penalty",
    "involuntary",
    "coercion",
    "cannot_change_situation",
    "lives_at_workplace",
    "wages_withheld",
    "pay_below_promise",
    "large_deductions",
    "excessive_hours",
    "recruitment_fees",
    "smuggled",
    "fear_of_return",
    "protected_reason",
    "documents_kept",
    "unsafe_or_degrading",
    "violence_at_work",
    "harmed_or_held",
    "under_18",
];

/// One element of a legal definition (e.g. the "means" of trafficking).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Element {
    /// `act`, `means`, `purpose`, `menace_of_penalty`, ...
    pub id: &'static str,
    pub presence: Presence,
    pub because: Vec<Because>,
    pub missing: Vec<QuestionId>,
}

impl Element {
    pub fn new(id: &'static str, evidence: Evidence) -> Element {
        Element {
            id,
            presence: evidence.presence,
            because: evidence.because,
            missing: evidence.missing,
        }
    }
}

/// A sign found (or not) in the answers, with everything behind it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub id: FindingId,
    pub level: Level,
    /// The definition's elements and whether each is shown.
    pub elements: Vec<Element>,
    /// IDs of the indicators present that support it.
    pub indicators: Vec<&'static str>,
    /// Answers behind the level.
    pub because: Vec<Because>,
    /// Unanswered questions that could change the level.
    pub missing: Vec<QuestionId>,
    pub citations: Vec<Citation>,
    /// For `trafficking`: the ILO–EU (Delphi) rule's own verdict, to compare.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delphi: Option<crate::rules::delphi::Verdict>,
}

impl Finding {
    /// A finding from its elements, with reasons and open questions gathered from them.
    pub fn from_elements(
        id: FindingId,
        elements: Vec<Element>,
        level: Level,
        citations: Vec<Citation>,
    ) -> Finding {
        // The answers that explain the level: the elements present for a sign,
        // the elements absent for none found, everything for an open result.
        let explains = |e: &&Element| match level {
            Level::Strong | Level::Some => e.presence == Presence::Present,
            Level::NoneFound => e.presence == Presence::Absent,
            Level::NotEnoughInformation => true,
        };
        let mut because: Vec<Because> = elements
            .iter()
            .filter(explains)
            .flat_map(|e| e.because.clone())
            .collect();
        crate::small_sort::sort_dedup(&mut because);
        let mut missing: Vec<QuestionId> = if level == Level::Strong || level == Level::NoneFound {
            Vec::new()
        } else {
            elements.iter().flat_map(|e| e.missing.clone()).collect()
        };
        crate::small_sort::sort_dedup(&mut missing);
        Finding {
            id,
            level,
            elements,
            indicators: Vec::new(),
            because,
            missing,
            citations,
            delphi: None,
        }
    }
}
