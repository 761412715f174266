//! Which question to ask next. Follow-up questions are asked only when the
//! answer they follow opens them, and a few questions are asked only when some
//! answer to them would change the result, so a short path stays short. The
//! count of questions left is an upper bound that never grows.

use crate::answers::{
    Age, Answers, Journey, QuestionId as Q, QuestionKind, Reply, Residence, WorkKind,
};
use crate::evidence::Because;
use crate::law::schema::Date;

/// The order questions are asked in. The country the person is in is asked
/// on the first page, with the language.
pub const ORDER: &[Q] = &[
    Q::CountryNow,
    Q::InDangerNow,
    Q::Nationality,
    Q::Age,
    Q::Under18WhenItBegan,
    Q::WorkKind,
    Q::Recruited,
    Q::RecruitedBy,
    Q::ForcedToGo,
    Q::MovedByOthers,
    Q::DeceivedAboutWork,
    Q::DeceivedAboutPay,
    Q::DeceivedAboutConditions,
    Q::DeceivedAboutPapers,
    Q::PaidRecruitmentFee,
    Q::OwesDebt,
    Q::DebtGrows,
    Q::MustWorkOffDebt,
    Q::Journey,
    Q::HarmedOnJourney,
    Q::HeldOnJourney,
    Q::DocumentsKept,
    Q::DocumentsHeldBy,
    Q::Threatened,
    Q::FamilyThreatened,
    Q::ThreatenedWithAuthorities,
    Q::PhysicalViolence,
    Q::SexualViolence,
    Q::LockedIn,
    Q::Watched,
    Q::Isolated,
    Q::CannotLeave,
    Q::LivesAtWorkplace,
    Q::ResidenceStatus,
    Q::TiedToEmployer,
    Q::WagesWithheld,
    Q::LargeDeductions,
    Q::HoursPerDay,
    Q::DaysOffPerWeek,
    Q::UnsafeWork,
    Q::DegradingLiving,
    Q::SexualExploitation,
    Q::MadeToBreakLaw,
    Q::ForcedMarriage,
    Q::OrganRemoval,
    Q::FearOfReturn,
    Q::FearReason,
    Q::WantsToGoHome,
    Q::ChildrenWithThem,
    Q::HealthNeeds,
    Q::SpeaksLocalLanguage,
    Q::StillThere,
    Q::ReportedToPolice,
    Q::WillingToHelpPolice,
];

/// Whether a question's gate is open, closed, or waits on an earlier answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gate {
    Open,
    Closed,
    Pending,
}

fn on_reply(a: &Answers, q: Q, opens: &[Reply]) -> Gate {
    match a.reply(q) {
        None => Gate::Pending,
        Some(r) if opens.contains(&r) => Gate::Open,
        Some(_) => Gate::Closed,
    }
}

const YES_OR_UNSURE: &[Reply] = &[Reply::Yes, Reply::DontKnow, Reply::PreferNotToSay];

/// The gate of each follow-up question; every other question is always open.
pub fn gate(a: &Answers, q: Q) -> Gate {
    match q {
        Q::Under18WhenItBegan => match a.age {
            None => Gate::Pending,
            Some(Age::Years(y)) if y < 18 => Gate::Closed,
            Some(Age::MaybeUnder18) => Gate::Closed,
            Some(_) => Gate::Open,
        },
        Q::RecruitedBy => on_reply(a, Q::Recruited, &[Reply::Yes]),
        Q::DebtGrows | Q::MustWorkOffDebt => on_reply(a, Q::OwesDebt, YES_OR_UNSURE),
        Q::HarmedOnJourney | Q::HeldOnJourney => match a.journey {
            None => Gate::Pending,
            Some(Journey::Regular | Journey::NoBorder) => Gate::Closed,
            Some(_) => Gate::Open,
        },
        Q::DocumentsHeldBy => on_reply(a, Q::DocumentsKept, YES_OR_UNSURE),
        Q::FamilyThreatened | Q::ThreatenedWithAuthorities => {
            on_reply(a, Q::Threatened, YES_OR_UNSURE)
        }
        Q::TiedToEmployer => match a.residence_status {
            None => Gate::Pending,
            Some(Residence::WorkPermit | Residence::DontKnow | Residence::PreferNotToSay) => {
                Gate::Open
            }
            Some(_) => Gate::Closed,
        },
        Q::SexualExploitation => match (a.work_kind, a.reply(Q::SexualViolence)) {
            (_, Some(Reply::Yes)) => Gate::Open,
            (
                Some(
                    WorkKind::SexWork
                    | WorkKind::Other
                    | WorkKind::DontKnow
                    | WorkKind::PreferNotToSay,
                ),
                _,
            ) => Gate::Open,
            (None, _) | (_, None) => Gate::Pending,
            _ => Gate::Closed,
        },
        Q::FearReason => on_reply(a, Q::FearOfReturn, &[Reply::Yes]),
        _ => Gate::Open,
    }
}

/// What a yes/no follow-up means when its gate is closed and it is never
/// asked: "no", because of the answer that closed it (not threatened at all,
/// so not threatened with the authorities; no debt, so no growing debt).
/// `None` for questions that are open, waiting, answered or not follow-ups.
pub fn implied_no(a: &Answers, q: Q) -> Option<Because> {
    if a.is_answered(q) || gate(a, q) != Gate::Closed {
        return None;
    }
    let by = |g: Q| Because {
        question: g,
        answer: a.text(g).unwrap_or_default(),
    };
    match q {
        Q::DebtGrows | Q::MustWorkOffDebt => Some(by(Q::OwesDebt)),
        Q::HarmedOnJourney | Q::HeldOnJourney => Some(by(Q::Journey)),
        Q::FamilyThreatened | Q::ThreatenedWithAuthorities => Some(by(Q::Threatened)),
        Q::TiedToEmployer => Some(by(Q::ResidenceStatus)),
        Q::SexualExploitation => Some(by(Q::WorkKind)),
        _ => None,
    }
}

/// The question whose answer opens a follow-up.
fn gate_question(q: Q) -> Option<Q> {
    Some(match q {
        Q::Under18WhenItBegan => Q::Age,
        Q::RecruitedBy => Q::Recruited,
        Q::DebtGrows | Q::MustWorkOffDebt => Q::OwesDebt,
        Q::HarmedOnJourney | Q::HeldOnJourney => Q::Journey,
        Q::DocumentsHeldBy => Q::DocumentsKept,
        Q::FamilyThreatened | Q::ThreatenedWithAuthorities => Q::Threatened,
        Q::TiedToEmployer => Q::ResidenceStatus,
        Q::SexualExploitation => Q::WorkKind,
        Q::FearReason => Q::FearOfReturn,
        _ => return None,
    })
}

/// The question to ask so that `q` could be answered: `q` itself, or, for a
/// follow-up whose gate is closed, the question that opens it ("why are you
/// afraid" is asked only after "yes" to "are you afraid to go back").
pub fn ask_instead(a: &Answers, q: Q) -> Q {
    match gate_question(q) {
        Some(g) if !a.is_answered(q) && gate(a, q) == Gate::Closed => ask_instead(a, g),
        _ => q,
    }
}

/// Questions asked only if some answer to them would change the result.
const ONLY_IF_IT_MATTERS: &[Q] = &[
    Q::StillThere,
    Q::ReportedToPolice,
    Q::WillingToHelpPolice,
    Q::TiedToEmployer,
];

/// Sample answers used to test whether a question matters.
fn samples(q: Q) -> Vec<&'static str> {
    match q.kind() {
        QuestionKind::YesNo => vec!["yes", "no", "dont_know"],
        QuestionKind::Choice(ids) => ids.to_vec(),
        QuestionKind::Country => vec!["GB", "ZZ", "dont_know"],
        QuestionKind::Age => vec!["10", "30", "dont_know"],
        QuestionKind::Count(most) if most >= 14 => vec!["0", "14", "dont_know"],
        QuestionKind::Count(_) => vec!["0", "2", "dont_know"],
    }
}

/// What a result shows: finding levels, indicators, protection statuses and needs.
fn outline(r: &crate::Assessment) -> Vec<String> {
    let mut out: Vec<String> = r
        .findings
        .iter()
        .map(|f| format!("{}={}", f.id.id(), f.level.id()))
        .collect();
    out.extend(
        r.protections
            .iter()
            .map(|p| format!("{}={:?}", p.id, p.status)),
    );
    out.extend(r.needs.iter().map(|n| n.id.id().to_string()));
    out.extend(
        r.indicators
            .iter()
            .map(|i| format!("{}={:?}", i.id, i.presence)),
    );
    out
}

/// Whether a result names `q` among the questions that could change it.
fn listed_as_missing(r: &crate::Assessment, q: Q) -> bool {
    r.findings.iter().any(|f| f.missing.contains(&q))
        || r.protections.iter().any(|p| p.missing.contains(&q))
        || r.indicators.iter().any(|i| i.missing.contains(&q))
}

/// Whether `q` should be asked: some answer to it would change what the
/// person sees, or the result names it as a question that could change it
/// (together with others), so it is never listed and left unasked.
pub fn matters(a: &Answers, q: Q, as_of: Date) -> bool {
    let mut base = a.clone();
    base.clear(q);
    let r = crate::assess(&base, as_of);
    if listed_as_missing(&r, q) {
        return true;
    }
    let before = outline(&r);
    samples(q).into_iter().any(|text| {
        let mut with = base.clone();
        with.set_text(q, text) && outline(&crate::assess(&with, as_of)) != before
    })
}

/// The next question to ask: the first in `ORDER` not yet `done` (asked or
/// skipped) whose gate is open and which, where checked, matters.
pub fn next_question(a: &Answers, done: &[Q], as_of: Date) -> Option<Q> {
    ORDER
        .iter()
        .copied()
        .filter(|q| !done.contains(q))
        .find(|q| {
            gate(a, *q) == Gate::Open && (!ONLY_IF_IT_MATTERS.contains(q) || matters(a, *q, as_of))
        })
}

/// Questions skipped so far as not mattering, to be counted as done.
pub fn skipped_before(a: &Answers, done: &[Q], next: Option<Q>, as_of: Date) -> Vec<Q> {
    let stop = next
        .and_then(|n| ORDER.iter().position(|q| *q == n))
        .unwrap_or(ORDER.len());
    ORDER[..stop]
        .iter()
        .copied()
        .filter(|q| {
            !done.contains(q) && gate(a, *q) == Gate::Open && ONLY_IF_IT_MATTERS.contains(q)
        })
        .filter(|q| !matters(a, *q, as_of))
        .collect()
}

/// At most how many questions are left: those not done whose gate is not closed.
pub fn at_most_left(a: &Answers, done: &[Q]) -> usize {
    ORDER
        .iter()
        .filter(|q| !done.contains(q) && gate(a, **q) != Gate::Closed)
        .count()
}

/// Questions answered earlier whose gate has since closed: their answers no
/// longer apply and should be forgotten.
pub fn closed_but_answered(a: &Answers) -> Vec<Q> {
    ORDER
        .iter()
        .copied()
        .filter(|q| a.is_answered(*q) && gate(a, *q) == Gate::Closed)
        .collect()
}
