//! Evidence: whether something is shown by the answers, with the answers that
//! show it and the questions still open. Rules build larger evidence from
//! smaller with `any` and `all`, so reasons travel with every outcome.
//!
//! "I don't know", "I'd rather not say" and unanswered all count as unknown,
//! never as "no".

use crate::answers::{Answers, QuestionId, Reply};
use serde::Serialize;
use std::borrow::Cow;

/// Whether something is present in the answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Presence {
    Present,
    Absent,
    Unknown,
}

/// One answer that led to an outcome: the question and its answer as written in JSON.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Because {
    pub question: QuestionId,
    /// Borrowed for the replies (`yes`, `dont_know`), which are most of them.
    pub answer: Cow<'static, str>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Evidence {
    pub presence: Presence,
    /// Answers that support the presence (for `Present`) or the absence (for `Absent`).
    pub because: Vec<Because>,
    /// Questions whose answers could change the presence.
    pub missing: Vec<QuestionId>,
}

impl Evidence {
    fn new(presence: Presence, because: Vec<Because>, missing: Vec<QuestionId>) -> Evidence {
        let mut e = Evidence {
            presence,
            because,
            missing,
        };
        crate::small_sort::sort_dedup(&mut e.because);
        crate::small_sort::sort_dedup(&mut e.missing);
        e
    }

    /// A yes/no question read directly: yes is present, no absent, else unknown.
    /// A follow-up never asked because its gate closed reads as its gate
    /// implies (see `flow::implied`), with the gate's answer as the reason.
    pub fn yes(answers: &Answers, q: QuestionId) -> Evidence {
        if let Some((reply, by)) = crate::flow::implied(answers, q) {
            let presence = if reply == Reply::Yes {
                Presence::Present
            } else {
                Presence::Absent
            };
            return Evidence::new(presence, vec![by], vec![]);
        }
        match answers.reply(q) {
            Some(Reply::Yes) => Evidence::new(Presence::Present, vec![because(q, "yes")], vec![]),
            Some(Reply::No) => Evidence::new(Presence::Absent, vec![because(q, "no")], vec![]),
            Some(other) => Evidence::new(Presence::Unknown, vec![because(q, other.id())], vec![q]),
            None => Evidence::new(Presence::Unknown, vec![], vec![q]),
        }
    }

    /// A fact read from a non-yes/no answer by a test: `Some(true)` present,
    /// `Some(false)` absent, `None` unknown. `shown` is the answer as written.
    pub fn fact(
        q: QuestionId,
        value: Option<(bool, String)>,
        answered_unknown: Option<String>,
    ) -> Evidence {
        match (value, answered_unknown) {
            (Some((true, shown)), _) => Evidence::new(
                Presence::Present,
                vec![Because {
                    question: q,
                    answer: Cow::Owned(shown),
                }],
                vec![],
            ),
            (Some((false, shown)), _) => Evidence::new(
                Presence::Absent,
                vec![Because {
                    question: q,
                    answer: Cow::Owned(shown),
                }],
                vec![],
            ),
            (None, Some(shown)) => Evidence::new(
                Presence::Unknown,
                vec![Because {
                    question: q,
                    answer: Cow::Owned(shown),
                }],
                vec![q],
            ),
            (None, None) => Evidence::new(Presence::Unknown, vec![], vec![q]),
        }
    }

    /// Present if any part is present; absent if every part is absent; else unknown.
    pub fn any(parts: impl IntoIterator<Item = Evidence>) -> Evidence {
        combine(parts, Presence::Present, Presence::Absent)
    }

    /// Present if every part is present; absent if any part is absent; else unknown.
    pub fn all(parts: impl IntoIterator<Item = Evidence>) -> Evidence {
        combine(parts, Presence::Absent, Presence::Present)
    }

    /// Any of several yes/no questions.
    pub fn any_yes(answers: &Answers, qs: &[QuestionId]) -> Evidence {
        Evidence::any(qs.iter().map(|q| Evidence::yes(answers, *q)))
    }

    pub fn is_present(&self) -> bool {
        self.presence == Presence::Present
    }

    /// The questions whose answers show this evidence.
    fn support(&self) -> Vec<QuestionId> {
        let mut qs: Vec<QuestionId> = self.because.iter().map(|b| b.question).collect();
        crate::small_sort::sort_dedup(&mut qs);
        qs
    }

    /// `parts` (read with `any`) as a second element of a definition whose
    /// first element is `first`: the two must not rest on the same answers.
    /// When everything showing the second also shows the first (unpaid pay as
    /// both the menace and the involuntary work), the parts resting only on
    /// those answers are set aside and the second is read from the rest.
    pub fn apart_from(first: &Evidence, parts: Vec<Evidence>) -> Evidence {
        let second = Evidence::any(parts.clone());
        if !(first.is_present() && second.is_present()) || first.support() != second.support() {
            return second;
        }
        let shared = first.support();
        Evidence::any(parts.into_iter().map(|p| {
            if p.is_present() && p.support().iter().all(|q| shared.contains(q)) {
                Evidence::new(Presence::Absent, vec![], vec![])
            } else {
                p
            }
        }))
    }
}

fn because(q: QuestionId, answer: &'static str) -> Because {
    Because {
        question: q,
        answer: Cow::Borrowed(answer),
    }
}

/// `any` (`decisive` = present, `otherwise` = absent) and `all` (the other
/// way round): one decisive part decides, with its reasons; every part the
/// other way decides the other way, with all their reasons; else unknown,
/// with every reason and what is missing. The parts are moved, not copied:
/// this runs dozens of times in every assessment.
fn combine(
    parts: impl IntoIterator<Item = Evidence>,
    decisive: Presence,
    otherwise: Presence,
) -> Evidence {
    let parts: Vec<Evidence> = parts.into_iter().collect();
    if parts.iter().any(|p| p.presence == decisive) {
        let because = parts
            .into_iter()
            .filter(|p| p.presence == decisive)
            .flat_map(|p| p.because)
            .collect();
        Evidence::new(decisive, because, vec![])
    } else if !parts.is_empty() && parts.iter().all(|p| p.presence == otherwise) {
        Evidence::new(
            otherwise,
            parts.into_iter().flat_map(|p| p.because).collect(),
            vec![],
        )
    } else {
        let mut because = Vec::new();
        let mut missing = Vec::new();
        for p in parts {
            because.extend(p.because);
            if p.presence == Presence::Unknown {
                missing.extend(p.missing);
            }
        }
        Evidence::new(Presence::Unknown, because, missing)
    }
}
