//! Property tests over arbitrary answer sets: no panic; same input, same
//! output; every finding and protection cites a provision; and answering "yes"
//! to one more yes/no question never lowers any finding's level; and a person
//! who goes through the questionnaire as the app asks it is never told that a
//! question it will not ask could change their result.

use entitle_engine::answers::QuestionKind;
use entitle_engine::flow;
use entitle_engine::{assess, Answers, Date, QuestionId, Reply};
use proptest::prelude::*;
use serde_json::{json, Map, Value};

const COUNTRIES: &[&str] = &[
    "GB",
    "US",
    "DE",
    "IT",
    "ES",
    "NL",
    "FR",
    "CA",
    "AU",
    "QA",
    "PH",
    "TH",
    "BR",
    "NG",
    "dont_know",
    "prefer_not_to_say",
];

/// The answer for question `q` picked by `pick` (0 = not answered).
fn value_for(q: QuestionId, pick: u8) -> Value {
    let options: Vec<Value> = match q.kind() {
        QuestionKind::YesNo => Reply::ALL.iter().map(|r| json!(r.id())).collect(),
        QuestionKind::Choice(ids) => ids.iter().map(|id| json!(id)).collect(),
        QuestionKind::Country => COUNTRIES.iter().map(|c| json!(c)).collect(),
        QuestionKind::Age => vec![
            json!(9),
            json!(16),
            json!(17),
            json!(18),
            json!(35),
            json!("maybe_under_18"),
            json!("dont_know"),
            json!("prefer_not_to_say"),
        ],
        QuestionKind::Count(most) => [0u8, 1, 2, 7, 8, 12, 18, 24]
            .into_iter()
            .filter(|n| *n <= most)
            .map(|n| json!(n))
            .chain([json!("dont_know"), json!("prefer_not_to_say")])
            .collect(),
        QuestionKind::Month => vec![
            json!("2014-12"),
            json!("2022-10"),
            json!("2026-11"),
            json!("dont_know"),
        ],
        QuestionKind::MonthOrOngoing => vec![
            json!("2021-03"),
            json!("2026-12"),
            json!("still_working"),
            json!("dont_know"),
        ],
        QuestionKind::Money => vec![
            json!("0.00 GBP"),
            json!("1200.00 EUR"),
            json!("99999999.99 USD"),
            json!("5000 JPY"),
            json!("dont_know"),
        ],
        QuestionKind::Pay => vec![
            json!("0.01 GBP/hour"),
            json!("500.00 QAR/month"),
            json!("300.00 THB/day"),
            json!("100.00 USD/week"),
            json!("prefer_not_to_say"),
        ],
    };
    let n = options.len() + 1;
    match usize::from(pick) % n {
        0 => Value::Null,
        i => options[i - 1].clone(),
    }
}

fn answers_from(picks: &[u8]) -> Answers {
    let mut object = Map::new();
    for (q, pick) in QuestionId::ALL.iter().zip(picks) {
        let v = value_for(*q, *pick);
        if !v.is_null() {
            object.insert(q.id().to_string(), v);
        }
    }
    serde_json::from_value(Value::Object(object)).expect("generated answers are valid")
}

fn any_answers() -> impl Strategy<Value = Answers> {
    proptest::collection::vec(any::<u8>(), QuestionId::ALL.len()).prop_map(|p| answers_from(&p))
}

/// Walks the questionnaire as the app does: the flow picks each question,
/// `picks` chooses each answer (always one: the app needs an answer to go on),
/// and answers whose gate closed are forgotten. Questions the flow skips are
/// looked at again after every answer, as the app does. Checks on the way that
/// "question n of at most N" never sees N grow. Returns the answers and how
/// many questions were asked.
fn walk(picks: &[u8], as_of: Date) -> (Answers, usize) {
    let mut a = Answers::default();
    let mut asked: Vec<QuestionId> = Vec::new();
    let mut next_pick = picks.iter().cycle();
    let mut most = usize::MAX;
    while let Some(q) = flow::next_question(&a, &asked, as_of) {
        let total = asked.len() + flow::at_most_left(&a, &asked);
        assert!(
            total <= most,
            "the number of questions grew from {most} to {total} at {}",
            q.id()
        );
        most = total;
        let pick = *next_pick.next().unwrap_or(&1);
        // The app needs an answer to go on: "not answered" becomes the first option.
        let value = match value_for(q, pick) {
            Value::Null => value_for(q, 1),
            v => v,
        };
        let text = match &value {
            Value::String(t) => t.clone(),
            other => other.to_string(),
        };
        assert!(a.set_text(q, &text), "{} takes {text}", q.id());
        asked.push(q);
        for closed in flow::closed_but_answered(&a) {
            a.clear(closed);
            asked.retain(|x| *x != closed);
        }
    }
    (a, asked.len())
}

fn any_date() -> impl Strategy<Value = Date> {
    (1995u16..=2030, 1u8..=12, 1u8..=28).prop_map(|(year, month, day)| Date { year, month, day })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    /// Whatever the answers, the claim is worked out without a panic, and each
    /// figure is the amount of its last line of working.
    #[test]
    fn every_claim_figure_is_the_end_of_its_own_working(a in any_answers(), d in any_date()) {
        let claim = entitle_engine::claim::calculate(&a, d);
        for f in &claim.figures {
            let last = f.lines.last().map(|l| l.amount);
            prop_assert_eq!(last, Some(f.amount), "{:?}", f.id);
        }
        if claim.months > 0 {
            prop_assert!(claim.began.is_some() && claim.ended.is_some());
        }
        for l in claim.figures.iter().flat_map(|f| &f.lines) {
            prop_assert!(entitle_engine::claim::STEPS.contains(&l.step), "step {} has no words", l.step);
        }
        for e in assess(&a, d).findings.iter().flat_map(|f| &f.elements) {
            prop_assert!(entitle_engine::assessment::ELEMENTS.contains(&e.id), "element {} has no words", e.id);
        }
    }

    #[test]
    fn the_same_answers_give_the_same_result(a in any_answers(), d in any_date()) {
        prop_assert_eq!(assess(&a, d), assess(&a.clone(), d));
    }

    #[test]
    fn every_finding_and_protection_cites_a_provision(a in any_answers()) {
        let d = Date { year: 2026, month: 11, day: 23 };
        let r = assess(&a, d);
        for f in &r.findings {
            prop_assert!(!f.citations.is_empty(), "finding {} has no citation", f.id.id());
        }
        for p in &r.protections {
            prop_assert!(!p.citations.is_empty(), "protection {} has no citation", p.id);
        }
    }

    #[test]
    fn answering_yes_never_lowers_a_finding(a in any_answers(), d in any_date()) {
        let before = assess(&a, d);
        for q in QuestionId::ALL.iter().filter(|q| q.kind() == QuestionKind::YesNo) {
            if a.reply(*q) == Some(Reply::Yes) {
                continue;
            }
            let mut more = a.clone();
            more.set_reply(*q, Some(Reply::Yes));
            let after = assess(&more, d);
            for (b, x) in before.findings.iter().zip(&after.findings) {
                prop_assert!(x.level >= b.level, "answering yes to {} lowered {} from {:?} to {:?}", q.id(), b.id.id(), b.level, x.level);
            }
        }
    }

    #[test]
    fn i_dont_know_is_never_read_as_no(a in any_answers(), d in any_date()) {
        // Replacing a "don't know" with "no" may lower a finding, but replacing
        // a "no" with "don't know" must never lower one: unknown is not absence.
        let before = assess(&a, d);
        for q in QuestionId::ALL.iter().filter(|q| a.reply(**q) == Some(Reply::No)) {
            let mut unsure = a.clone();
            unsure.set_reply(*q, Some(Reply::DontKnow));
            let after = assess(&unsure, d);
            for (b, x) in before.findings.iter().zip(&after.findings) {
                prop_assert!(x.level >= b.level, "'don't know' to {} lowered {} below what 'no' gave", q.id(), b.id.id());
            }
        }
    }

    #[test]
    fn every_question_that_could_change_a_result_is_one_the_person_can_still_answer(
        picks in proptest::collection::vec(any::<u8>(), 1..80),
    ) {
        let d = Date { year: 2026, month: 12, day: 1 };
        let (a, _) = walk(&picks, d);
        let r = assess(&a, d);
        let listed = r
            .findings
            .iter()
            .map(|f| (format!("finding {}", f.id.id()), &f.missing))
            .chain(r.protections.iter().map(|p| (format!("protection {}", p.id), &p.missing)))
            .chain(r.indicators.iter().map(|i| (format!("indicator {}", i.id), &i.missing)));
        for (what, missing) in listed {
            for q in missing {
                // At the end of the questionnaire the only open questions are
                // those answered "I don't know" or "I'd rather not say", which
                // the person can change from the check-answers page.
                prop_assert!(a.is_answered(*q), "{what} lists {} as missing, but the questionnaire never asks it (answers: {})", q.id(), serde_json::to_string(&a).unwrap_or_default());
            }
        }
    }

    #[test]
    fn no_protection_goes_above_needs_information_outside_its_scope(a in any_answers(), d in any_date()) {
        use entitle_engine::protections::Status;
        let r = assess(&a, d);
        let law = entitle_engine::law::law();
        for p in &r.protections {
            if !matches!(p.status, Status::Applies | Status::MayApply) {
                continue;
            }
            let rule = law.protections.iter().find(|x| x.id == p.id).expect("the protection is in the data");
            let in_scope = r.findings.iter().any(|f| {
                rule.triggers.iter().any(|t| t == f.id.id()) && f.level >= entitle_engine::Level::Some
            });
            prop_assert!(in_scope, "{} is {:?} with no finding that opens it", p.id, p.status);
            if p.status == Status::Applies {
                prop_assert!(p.requires.is_empty(), "{} applies though a decision must come first", p.id);
            }
        }
    }

    #[test]
    fn every_protection_that_fits_is_in_exactly_one_rights_group(a in any_answers(), d in any_date()) {
        use entitle_engine::protections::Status;
        let r = assess(&a, d);
        for p in r.protections.iter().filter(|p| p.status != Status::DoesNotApply) {
            let n = r.rights.iter().filter(|g| g.protections.contains(&p.id)).count();
            prop_assert_eq!(n, 1, "{} is in {} groups", p.id, n);
        }
        let listed: usize = r.rights.iter().map(|g| g.protections.len()).sum();
        let fits = r.protections.iter().filter(|p| p.status != Status::DoesNotApply).count();
        prop_assert_eq!(listed, fits);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Every answer set comes back from its saved file exactly as it went in.
    #[test]
    fn every_answer_set_comes_back_from_its_file(answers in any_answers()) {
        let file = entitle_engine::saved::plain_file(&answers);
        prop_assert_eq!(
            entitle_engine::saved::open(file.as_bytes()),
            Ok(entitle_engine::saved::Opened::Plain(answers))
        );
    }

    /// No bytes make the reader panic: anything at all, and a real file cut
    /// short or with one byte changed. Each is opened or refused with a reason.
    #[test]
    fn no_file_makes_the_reader_panic(
        junk in proptest::collection::vec(any::<u8>(), 0..512),
        answers in any_answers(),
        cut in any::<proptest::sample::Index>(),
        at in any::<proptest::sample::Index>(),
        byte in any::<u8>(),
    ) {
        let _ = entitle_engine::saved::open(&junk);
        let _ = entitle_engine::saved::open_plain(&junk);
        let file = entitle_engine::saved::plain_file(&answers).into_bytes();
        let _ = entitle_engine::saved::open(&file[..cut.index(file.len())]);
        let mut changed = file.clone();
        let i = at.index(changed.len());
        changed[i] = byte;
        let _ = entitle_engine::saved::open(&changed);
        let sealed = entitle_engine::saved::sealed_file(600_000, &[1; 16], &[2; 12], &junk);
        let mut sealed = sealed.into_bytes();
        let _ = entitle_engine::saved::open(&sealed);
        let j = at.index(sealed.len());
        sealed[j] = byte;
        let _ = entitle_engine::saved::open(&sealed);
    }
}
