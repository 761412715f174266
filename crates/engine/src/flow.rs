//! Which question to ask next: screening first. About a dozen plain screening
//! questions cover the Palermo elements and the ILO indicators broadly; each
//! opens its detailed follow-ups only when answered yes, "I don't know" or
//! "I'd rather not say". A few more questions are asked only when some answer
//! to them would change the result. A follow-up left unasked because its
//! screening answer was "no" reads as that "no" implies. The count of
//! questions left is an upper bound that never grows.

use crate::answers::{Age, Answers, Journey, QuestionId as Q, QuestionKind, Reply, Residence};
use crate::evidence::Because;
use crate::law::schema::Date;

/// The screening questions, in the order asked.
pub const SCREENING: &[Q] = &[
    Q::Recruited,
    Q::PromiseBroken,
    Q::PayProblem,
    Q::OwesDebt,
    Q::DocumentsKept,
    Q::CannotLeave,
    Q::HurtOrThreatened,
    Q::HardConditions,
    Q::MadeToDoThings,
    Q::Journey,
    Q::FearOfReturn,
    Q::NeedsHelpNow,
];

/// The order questions are asked in: the country (on the first page, with the
/// language), danger now and age; then each screening question with its
/// follow-ups right after it; then the questions asked only if they matter.
pub const ORDER: &[Q] = &[
    Q::CountryNow,
    Q::InDangerNow,
    Q::Age,
    Q::Recruited,
    Q::RecruitedBy,
    Q::ForcedToGo,
    Q::MovedByOthers,
    Q::PaidRecruitmentFee,
    Q::PromiseBroken,
    Q::DeceivedAboutWork,
    Q::DeceivedAboutPay,
    Q::DeceivedAboutConditions,
    Q::DeceivedAboutPapers,
    Q::PayProblem,
    Q::WagesWithheld,
    Q::LargeDeductions,
    Q::WorkOutPay,
    Q::WorkBegan,
    Q::WorkEnded,
    Q::PayPromised,
    Q::PayReceived,
    Q::DeductionsTotal,
    Q::RecruitmentFeesPaid,
    Q::PaidToSomeoneElse,
    Q::OwesDebt,
    Q::DebtGrows,
    Q::MustWorkOffDebt,
    Q::DocumentsKept,
    Q::DocumentsHeldBy,
    Q::CannotLeave,
    Q::LockedIn,
    Q::Watched,
    Q::Isolated,
    Q::HurtOrThreatened,
    Q::Threatened,
    Q::FamilyThreatened,
    Q::ThreatenedWithAuthorities,
    Q::PhysicalViolence,
    Q::SexualViolence,
    Q::HardConditions,
    Q::HoursPerDay,
    Q::DaysOffPerWeek,
    Q::UnsafeWork,
    Q::DegradingLiving,
    Q::MadeToDoThings,
    Q::SexualExploitation,
    Q::MadeToBreakLaw,
    Q::ForcedMarriage,
    Q::OrganRemoval,
    Q::Journey,
    Q::HarmedOnJourney,
    Q::HeldOnJourney,
    Q::FearOfReturn,
    Q::FearReason,
    Q::NeedsHelpNow,
    Q::HealthNeeds,
    Q::SpeaksLocalLanguage,
    Q::ChildrenWithThem,
    Q::WantsToGoHome,
    Q::Under18WhenItBegan,
    Q::Nationality,
    Q::WorkKind,
    Q::LivesAtWorkplace,
    Q::ResidenceStatus,
    Q::TiedToEmployer,
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

/// The reply to `q`, as answered or as its own closed gate implies.
fn effective(a: &Answers, q: Q) -> Option<Reply> {
    a.reply(q).or_else(|| implied(a, q).map(|(r, _)| r))
}

fn on_reply(a: &Answers, q: Q, opens: &[Reply]) -> Gate {
    match effective(a, q) {
        None => Gate::Pending,
        Some(r) if opens.contains(&r) => Gate::Open,
        Some(_) => Gate::Closed,
    }
}

const YES_OR_UNSURE: &[Reply] = &[Reply::Yes, Reply::DontKnow, Reply::PreferNotToSay];

/// The question whose answer opens a follow-up.
fn gate_question(q: Q) -> Option<Q> {
    Some(match q {
        Q::RecruitedBy | Q::ForcedToGo | Q::MovedByOthers | Q::PaidRecruitmentFee => Q::Recruited,
        Q::DeceivedAboutWork
        | Q::DeceivedAboutPay
        | Q::DeceivedAboutConditions
        | Q::DeceivedAboutPapers => Q::PromiseBroken,
        Q::WagesWithheld | Q::LargeDeductions => Q::PayProblem,
        // Offered only when the pay is short (see `gate`).
        Q::WorkOutPay => Q::PayProblem,
        Q::WorkBegan
        | Q::WorkEnded
        | Q::PayPromised
        | Q::PayReceived
        | Q::DeductionsTotal
        | Q::RecruitmentFeesPaid
        | Q::PaidToSomeoneElse => Q::WorkOutPay,
        Q::DebtGrows | Q::MustWorkOffDebt => Q::OwesDebt,
        Q::DocumentsHeldBy => Q::DocumentsKept,
        Q::LockedIn | Q::Watched | Q::Isolated => Q::CannotLeave,
        Q::Threatened | Q::PhysicalViolence | Q::SexualViolence => Q::HurtOrThreatened,
        Q::FamilyThreatened | Q::ThreatenedWithAuthorities => Q::Threatened,
        Q::HoursPerDay | Q::DaysOffPerWeek | Q::UnsafeWork | Q::DegradingLiving => {
            Q::HardConditions
        }
        Q::SexualExploitation | Q::MadeToBreakLaw | Q::ForcedMarriage | Q::OrganRemoval => {
            Q::MadeToDoThings
        }
        Q::HarmedOnJourney | Q::HeldOnJourney => Q::Journey,
        Q::FearReason => Q::FearOfReturn,
        Q::HealthNeeds | Q::SpeaksLocalLanguage | Q::ChildrenWithThem | Q::WantsToGoHome => {
            Q::NeedsHelpNow
        }
        Q::TiedToEmployer => Q::ResidenceStatus,
        Q::Under18WhenItBegan => Q::Age,
        _ => return None,
    })
}

/// Whether any screening answer points to a sign: yes, or not known.
fn any_sign(a: &Answers) -> Gate {
    let mut pending = false;
    for q in SCREENING.iter().filter(|q| **q != Q::NeedsHelpNow) {
        let open = match *q {
            Q::Journey => a
                .journey
                .map(|j| !matches!(j, Journey::Regular | Journey::NoBorder)),
            _ => effective(a, *q).map(|r| r != Reply::No),
        };
        match open {
            Some(true) => return Gate::Open,
            Some(false) => {}
            None => pending = true,
        }
    }
    if pending {
        Gate::Pending
    } else {
        Gate::Closed
    }
}

/// Open if either gate is open, closed only if both are.
fn either(x: Gate, y: Gate) -> Gate {
    match (x, y) {
        (Gate::Open, _) | (_, Gate::Open) => Gate::Open,
        (Gate::Closed, Gate::Closed) => Gate::Closed,
        _ => Gate::Pending,
    }
}

/// Open if both gates are open, closed if either is.
fn both(x: Gate, y: Gate) -> Gate {
    match (x, y) {
        (Gate::Closed, _) | (_, Gate::Closed) => Gate::Closed,
        (Gate::Open, Gate::Open) => Gate::Open,
        _ => Gate::Pending,
    }
}

/// Whether the pay is short: kept back, less than promised, or cut by large
/// deductions (yes or not known to any).
fn pay_short(a: &Answers) -> Gate {
    [Q::WagesWithheld, Q::DeceivedAboutPay, Q::LargeDeductions]
        .into_iter()
        .map(|q| on_reply(a, q, YES_OR_UNSURE))
        .fold(Gate::Closed, either)
}

/// The gate of each follow-up question; every other question is always open.
pub fn gate(a: &Answers, q: Q) -> Gate {
    match q {
        // The claim's questions: offered when the pay is short, asked only
        // after a clear "yes", so an unsure person is not given six more.
        Q::WorkOutPay => pay_short(a),
        Q::WorkBegan | Q::WorkEnded | Q::PayPromised | Q::PayReceived | Q::PaidToSomeoneElse => {
            on_reply(a, Q::WorkOutPay, &[Reply::Yes])
        }
        Q::DeductionsTotal => both(
            on_reply(a, Q::WorkOutPay, &[Reply::Yes]),
            on_reply(a, Q::LargeDeductions, YES_OR_UNSURE),
        ),
        Q::RecruitmentFeesPaid => both(
            on_reply(a, Q::WorkOutPay, &[Reply::Yes]),
            on_reply(a, Q::PaidRecruitmentFee, YES_OR_UNSURE),
        ),
        // The hours count for the claim as well as for the conditions.
        Q::HoursPerDay | Q::DaysOffPerWeek => either(
            on_reply(a, Q::HardConditions, YES_OR_UNSURE),
            on_reply(a, Q::WorkOutPay, &[Reply::Yes]),
        ),
        // Asked of an adult, and only if some screening answer shows a sign:
        // with none, nothing "began".
        Q::Under18WhenItBegan => match a.age {
            None => Gate::Pending,
            Some(Age::Years(y)) if y < 18 => Gate::Closed,
            Some(Age::MaybeUnder18) => Gate::Closed,
            Some(_) => any_sign(a),
        },
        // Living at the workplace matters for servitude and exploitation: with
        // no sign in any screening answer it is not asked.
        Q::LivesAtWorkplace => any_sign(a),
        Q::RecruitedBy => on_reply(a, Q::Recruited, &[Reply::Yes]),
        Q::HarmedOnJourney | Q::HeldOnJourney => match a.journey {
            None => Gate::Pending,
            Some(Journey::Regular | Journey::NoBorder) => Gate::Closed,
            Some(_) => Gate::Open,
        },
        Q::TiedToEmployer => match a.residence_status {
            None => Gate::Pending,
            Some(Residence::WorkPermit | Residence::DontKnow | Residence::PreferNotToSay) => {
                Gate::Open
            }
            Some(_) => Gate::Closed,
        },
        Q::FearReason => on_reply(a, Q::FearOfReturn, &[Reply::Yes]),
        _ => match gate_question(q) {
            Some(g) => on_reply(a, g, YES_OR_UNSURE),
            None => Gate::Open,
        },
    }
}

/// What a yes/no follow-up means when its gate is closed and it is never
/// asked, with the answer that closed it: "no" (nobody hurt or threatened them,
/// so no threats about the authorities; no debt, so no growing debt), or for
/// the language, "yes" (no help needed with a language, so they speak it).
/// `None` for questions that are open, waiting, answered or not yes/no.
pub fn implied(a: &Answers, q: Q) -> Option<(Reply, Because)> {
    if q.kind() != QuestionKind::YesNo {
        return None;
    }
    let reply = if q == Q::SpeaksLocalLanguage {
        Reply::Yes
    } else {
        Reply::No
    };
    closed_by(a, q).map(|b| (reply, b))
}

/// For a follow-up never asked because its gate closed (of any kind: a yes/no,
/// a number, a choice), the answer that closed it. Not for "under 18 when it
/// began", which closes on the age and implies nothing.
pub fn closed_by(a: &Answers, q: Q) -> Option<Because> {
    if a.is_answered(q) || q == Q::Under18WhenItBegan {
        return None;
    }
    let g = gate_question(q)?;
    (gate(a, q) == Gate::Closed).then(|| root_answer(a, g))
}

/// The answer that closed a chain of gates: the first answered question up the chain.
fn root_answer(a: &Answers, q: Q) -> Because {
    match (a.text(q), gate_question(q)) {
        (Some(answer), _) => Because {
            question: q,
            answer: answer.into(),
        },
        (None, Some(g)) => root_answer(a, g),
        (None, None) => Because {
            question: q,
            answer: std::borrow::Cow::Borrowed(""),
        },
    }
}

/// `implied` for the evidence rules: the reason a never-asked follow-up reads as "no".
pub fn implied_no(a: &Answers, q: Q) -> Option<Because> {
    implied(a, q).and_then(|(r, b)| (r == Reply::No).then_some(b))
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
    Q::Under18WhenItBegan,
    Q::Nationality,
    Q::WorkKind,
    Q::LivesAtWorkplace,
    Q::ResidenceStatus,
    Q::TiedToEmployer,
    Q::StillThere,
    Q::ReportedToPolice,
    Q::WillingToHelpPolice,
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
        QuestionKind::Month => vec!["2024-01", "dont_know"],
        QuestionKind::MonthOrOngoing => vec!["2024-06", "still_working", "dont_know"],
        QuestionKind::Money => vec!["0.00 GBP", "1000.00 GBP", "dont_know"],
        QuestionKind::Pay => vec!["10.00 GBP/hour", "dont_know"],
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

/// Goes through the questionnaire as the app does: asks the next question,
/// takes `answer(question, answers so far)` (an answer's ID text; one the
/// question does not take counts as "I don't know"), forgets answers whose gate
/// closed, and stops when nothing is left to ask. Returns the answers and the
/// questions asked, in order.
pub fn walk(mut answer: impl FnMut(Q, &Answers) -> String, as_of: Date) -> (Answers, Vec<Q>) {
    let mut a = Answers::default();
    let mut asked: Vec<Q> = Vec::new();
    while let Some(q) = next_question(&a, &asked, as_of) {
        let text = answer(q, &a);
        if !a.set_text(q, &text) {
            a.set_text(q, "dont_know");
        }
        asked.push(q);
        for closed in closed_but_answered(&a) {
            a.clear(closed);
            asked.retain(|x| *x != closed);
        }
    }
    (a, asked)
}

/// The answer a person gives who says "no" to everything: "no" to each
/// yes/no question, a regular journey, "I don't know" to the rest.
pub fn no_to_everything(q: Q) -> &'static str {
    match q.kind() {
        QuestionKind::YesNo => "no",
        _ if q == Q::Journey => "regular",
        _ => "dont_know",
    }
}
