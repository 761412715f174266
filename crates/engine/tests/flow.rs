//! The screening-first questionnaire: a short path for a person with nothing to
//! report, follow-ups only after a screening "yes" or "not sure", and the
//! question counts the issue sets, walked over every golden case.

use entitle_engine::flow::{self, walk, SCREENING};
use entitle_engine::flow_lengths::{
    lengths, TARGET_LONGEST, TARGET_MEDIAN, TARGET_NO_TO_EVERYTHING,
};
use entitle_engine::{Date, QuestionId as Q};
use std::path::Path;

const AS_OF: Date = Date {
    year: 2026,
    month: 12,
    day: 1,
};

/// The questions asked of a person who answers from `given`, "no" otherwise.
fn asked(given: &[(Q, &str)]) -> Vec<Q> {
    walk(
        |q, _| {
            given
                .iter()
                .find(|(g, _)| *g == q)
                .map(|(_, v)| v.to_string())
                .unwrap_or_else(|| flow::no_to_everything(q).to_string())
        },
        AS_OF,
    )
    .1
}

#[test]
fn there_are_ten_to_twelve_screening_questions_and_each_is_asked_of_everyone() {
    assert!(
        (10..=12).contains(&SCREENING.len()),
        "{} screening questions",
        SCREENING.len()
    );
    let path = asked(&[(Q::CountryNow, "GB"), (Q::Age, "30")]);
    for q in SCREENING {
        assert!(path.contains(q), "{} is not asked", q.id());
    }
}

#[test]
fn a_person_who_says_no_to_everything_answers_at_most_fifteen_questions_everywhere() {
    let l = lengths(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases"),
        AS_OF,
    )
    .expect("the golden cases read");
    for (code, n) in &l.no_to_everything {
        assert!(*n <= TARGET_NO_TO_EVERYTHING, "{code}: {n} questions");
    }
}

#[test]
fn the_golden_cases_walk_a_median_of_at_most_25_questions_and_none_over_45() {
    let l = lengths(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases"),
        AS_OF,
    )
    .expect("the golden cases read");
    assert!(l.cases.len() >= 200, "{} golden cases", l.cases.len());
    assert!(l.median() <= TARGET_MEDIAN, "median {}", l.median());
    let (n, name) = l.longest();
    assert!(n <= TARGET_LONGEST, "{name}: {n} questions");
}

#[test]
fn follow_ups_come_only_after_a_screening_yes_or_not_sure() {
    let base = [(Q::CountryNow, "GB"), (Q::Age, "30")];
    let follow_ups = [Q::Threatened, Q::PhysicalViolence, Q::SexualViolence];
    let no = asked(&base);
    for q in follow_ups {
        assert!(!no.contains(&q), "{} asked after 'no'", q.id());
    }
    for reply in ["yes", "dont_know", "prefer_not_to_say"] {
        let mut given = base.to_vec();
        given.push((Q::HurtOrThreatened, reply));
        let path = asked(&given);
        for q in follow_ups {
            assert!(path.contains(&q), "{} not asked after '{reply}'", q.id());
        }
    }
}

#[test]
fn a_follow_up_left_unasked_reads_as_its_screening_no_not_as_unknown() {
    let (answers, _) = walk(
        |q, _| match q {
            Q::CountryNow => "GB".into(),
            Q::Age => "30".into(),
            Q::PayProblem => "yes".into(),
            Q::WagesWithheld => "yes".into(),
            _ => flow::no_to_everything(q).into(),
        },
        AS_OF,
    );
    let r = entitle_engine::assess(&answers, AS_OF);
    let fl = r
        .findings
        .iter()
        .find(|f| f.id.id() == "forced_labour")
        .expect("forced labour");
    assert_eq!(fl.level.id(), "none_found", "{fl:?}");
    let threats = r
        .indicators
        .iter()
        .find(|i| i.id == "ilo.fl.intimidation_and_threats")
        .expect("the threats indicator");
    assert_eq!(threats.presence, entitle_engine::Presence::Absent);
    assert!(
        threats
            .because
            .iter()
            .any(|b| b.question == Q::HurtOrThreatened),
        "{threats:?}"
    );
}

#[test]
fn a_child_is_never_asked_whether_they_were_under_18_when_it_began_and_an_adult_only_with_a_sign() {
    let child = asked(&[(Q::CountryNow, "GB"), (Q::Age, "15"), (Q::Recruited, "yes")]);
    assert!(!child.contains(&Q::Under18WhenItBegan));
    let adult_no_sign = asked(&[(Q::CountryNow, "GB"), (Q::Age, "30")]);
    assert!(!adult_no_sign.contains(&Q::Under18WhenItBegan));
    let adult_sign = asked(&[
        (Q::CountryNow, "GB"),
        (Q::Age, "30"),
        (Q::Recruited, "yes"),
        (Q::PromiseBroken, "yes"),
    ]);
    assert!(adult_sign.contains(&Q::Under18WhenItBegan));
}
