//! Facts read from answers that are not plain yes/no: status, age, journey,
//! hours. Each returns `Evidence` so reasons and open questions travel with it.

use crate::answers::{
    Age, Answers, DocumentHolder, FearReason, Journey, QuestionId as Q, Reply, Residence,
};
use crate::evidence::Evidence;

/// Hours in a working day at or above which the day counts as excessive.
// Modelling choice: ILO C1 (1919) sets 8 hours a day and 48 a week for industry;
// the forced-labour indicator has no number. 12 hours marks days far beyond any
// legal limit we hold, so a "yes" here is not a borderline case.
pub const LONG_DAY_HOURS: u8 = 12;

fn choice<T: Copy>(
    q: Q,
    value: Option<T>,
    id: impl Fn(T) -> &'static str,
    unknown: impl Fn(T) -> bool,
    test: impl Fn(T) -> bool,
) -> Evidence {
    match value {
        Some(v) if unknown(v) => Evidence::fact(q, None, Some(id(v).to_string())),
        Some(v) => Evidence::fact(q, Some((test(v), id(v).to_string())), None),
        None => Evidence::fact(q, None, None),
    }
}

/// No current permission to stay (expired, or no papers).
pub fn irregular_status(a: &Answers) -> Evidence {
    choice(
        Q::ResidenceStatus,
        a.residence_status,
        Residence::id,
        Residence::is_unknown,
        Residence::is_irregular,
    )
}

/// Documents held by an employer, agent, smuggler or other private person.
/// Held by the person, by the authorities, or lost: absent.
pub fn documents_held_by_private_person(a: &Answers) -> Evidence {
    choice(
        Q::DocumentsHeldBy,
        a.documents_held_by,
        DocumentHolder::id,
        DocumentHolder::is_unknown,
        |h| {
            matches!(
                h,
                DocumentHolder::Employer
                    | DocumentHolder::Agent
                    | DocumentHolder::Smuggler
                    | DocumentHolder::Other
            )
        },
    )
}

/// Crossed a border with smugglers.
pub fn smuggled(a: &Answers) -> Evidence {
    choice(
        Q::Journey,
        a.journey,
        Journey::id,
        Journey::is_unknown,
        |j| j == Journey::Smuggled,
    )
}

/// Fear of return for a reason that engages refugee or torture protection, or re-trafficking.
pub fn grave_fear_reason(a: &Answers) -> Evidence {
    choice(
        Q::FearReason,
        a.fear_reason,
        FearReason::id,
        FearReason::is_unknown,
        |r| {
            matches!(
                r,
                FearReason::Persecution | FearReason::Torture | FearReason::Traffickers
            )
        },
    )
}

fn age_shown(age: Age) -> String {
    match age {
        Age::Years(y) => y.to_string(),
        Age::MaybeUnder18 => "maybe_under_18".into(),
        Age::DontKnow => "dont_know".into(),
        Age::PreferNotToSay => "prefer_not_to_say".into(),
    }
}

/// Under 18 now by their own account (not the presumption).
pub fn under_18(a: &Answers) -> Evidence {
    match a.age {
        Some(Age::Years(y)) => Evidence::fact(Q::Age, Some((y < 18, y.to_string())), None),
        Some(other) => Evidence::fact(Q::Age, None, Some(age_shown(other))),
        None => Evidence::fact(Q::Age, None, None),
    }
}

/// Possibly a child: under 18, or unsure and maybe under 18 (ECAT art. 10(3)
/// presumption), or under 18 when it began.
pub fn child(a: &Answers) -> Evidence {
    let now = match a.age {
        Some(Age::MaybeUnder18) => {
            Evidence::fact(Q::Age, Some((true, "maybe_under_18".into())), None)
        }
        _ => under_18(a),
    };
    Evidence::any([now, Evidence::yes(a, Q::Under18WhenItBegan)])
}

/// 18 or over by their own account, now and when it began.
pub fn adult(a: &Answers) -> Evidence {
    let c = child(a);
    match c.presence {
        crate::evidence::Presence::Present => Evidence {
            presence: crate::evidence::Presence::Absent,
            ..c
        },
        crate::evidence::Presence::Absent => Evidence {
            presence: crate::evidence::Presence::Present,
            ..c
        },
        crate::evidence::Presence::Unknown => c,
    }
}

/// Usual working day of `LONG_DAY_HOURS` or more.
pub fn long_days(a: &Answers) -> Evidence {
    count(a, Q::HoursPerDay, a.hours_per_day, |h| h >= LONG_DAY_HOURS)
}

/// No day off in a usual week.
pub fn no_day_off(a: &Answers) -> Evidence {
    count(a, Q::DaysOffPerWeek, a.days_off_per_week, |d| d == 0)
}

/// A count read by `test`. Never asked because the screening answer said the
/// conditions are not hard, it reads as not shown, for that answer.
fn count<const MAX: u8>(
    a: &Answers,
    q: Q,
    value: Option<crate::answers::Count<MAX>>,
    test: impl Fn(u8) -> bool,
) -> Evidence {
    use crate::answers::Known;
    if let Some(by) = crate::flow::closed_by(a, q) {
        return Evidence::fact(by.question, Some((false, by.answer.into_owned())), None);
    }
    match value {
        Some(Known::Value(n)) => {
            Evidence::fact(q, Some((test(n.get()), n.get().to_string())), None)
        }
        Some(Known::DontKnow) => Evidence::fact(q, None, Some("dont_know".into())),
        Some(Known::PreferNotToSay) => Evidence::fact(q, None, Some("prefer_not_to_say".into())),
        None => Evidence::fact(q, None, None),
    }
}

/// A national of the country they are in, from the two country answers.
pub fn national_of_country_now(a: &Answers) -> Evidence {
    match (a.country_now.and_then(|c| c.value()), a.nationality) {
        (Some(now), Some(nat)) => match nat.value() {
            Some(n) => Evidence::fact(
                Q::Nationality,
                Some((n == now, n.as_str().to_string())),
                None,
            ),
            None => Evidence::fact(Q::Nationality, None, Some("dont_know".into())),
        },
        (_, None) => Evidence::fact(Q::Nationality, None, None),
        (None, Some(_)) => Evidence::fact(Q::CountryNow, None, None),
    }
}

/// Whether a yes/no answer is exactly "no".
pub fn said_no(a: &Answers, q: Q) -> bool {
    a.reply(q) == Some(Reply::No)
}

/// Does not speak the language of the country: "no" to speaking it is the
/// sign, "yes" its absence (the one question asked the other way round).
pub fn no_local_language(a: &Answers) -> Evidence {
    let speaks = Evidence::yes(a, Q::SpeaksLocalLanguage);
    let presence = match speaks.presence {
        crate::evidence::Presence::Present => crate::evidence::Presence::Absent,
        crate::evidence::Presence::Absent => crate::evidence::Presence::Present,
        crate::evidence::Presence::Unknown => crate::evidence::Presence::Unknown,
    };
    Evidence { presence, ..speaks }
}
