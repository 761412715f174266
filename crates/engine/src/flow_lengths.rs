//! How many questions the questionnaire asks: a person who says "no" to
//! everything in each jurisdiction, and every golden case (its own answers
//! where it has them, "no" otherwise). Read by the `flow-lengths` command and
//! by the tests that hold the flow to its targets.

use crate::answers::Answers;
use crate::flow::{no_to_everything, walk};
use crate::law::schema::Date;
use crate::QuestionId;
use std::path::Path;

/// The targets: at most this many questions for "no" to everything…
pub const TARGET_NO_TO_EVERYTHING: usize = 15;
/// …at most this median over the golden cases…
pub const TARGET_MEDIAN: usize = 25;
/// …and no golden case over this.
pub const TARGET_LONGEST: usize = 45;

/// The walks' counts.
#[derive(Clone, Debug, Default)]
pub struct Lengths {
    /// Jurisdiction code (`ZZ`: a country we hold no rules for) → questions asked.
    pub no_to_everything: Vec<(String, usize)>,
    /// Questions asked → golden case name, shortest first.
    pub cases: Vec<(usize, String)>,
}

impl Lengths {
    pub fn longest_no_to_everything(&self) -> usize {
        self.no_to_everything.iter().map(|x| x.1).max().unwrap_or(0)
    }

    pub fn median(&self) -> usize {
        self.cases.get(self.cases.len() / 2).map_or(0, |c| c.0)
    }

    pub fn longest(&self) -> (usize, &str) {
        self.cases
            .last()
            .map_or((0, ""), |(n, name)| (*n, name.as_str()))
    }

    pub fn targets_met(&self) -> bool {
        self.longest_no_to_everything() <= TARGET_NO_TO_EVERYTHING
            && self.median() <= TARGET_MEDIAN
            && self.longest().0 <= TARGET_LONGEST
    }
}

/// How many questions a person with these answers is asked: their own answer
/// where they have one, "no" (or "I don't know") otherwise.
pub fn asked_for(person: &Answers, as_of: Date) -> usize {
    let (_, asked) = walk(
        |q, _| {
            person
                .text(q)
                .unwrap_or_else(|| no_to_everything(q).to_string())
        },
        as_of,
    );
    asked.len()
}

/// Every golden case's name and answers, from the case files in `dir`.
pub fn golden_cases(dir: &Path) -> Result<Vec<(String, Answers)>, String> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).map_err(|e| e.to_string())?;
        let doc: toml::Value =
            toml::from_str(&text).map_err(|e| format!("{}: {e}", file.display()))?;
        for case in doc
            .get("case")
            .and_then(|c| c.as_array())
            .into_iter()
            .flatten()
        {
            let name = case.get("name").and_then(|n| n.as_str()).unwrap_or("?");
            let answers = case
                .get("answers")
                .cloned()
                .unwrap_or(toml::Value::Table(Default::default()));
            let json = serde_json::to_value(answers).map_err(|e| e.to_string())?;
            let answers: Answers = serde_json::from_value(json)
                .map_err(|e| format!("{}: {name}: {e}", file.display()))?;
            out.push((name.to_string(), answers));
        }
    }
    Ok(out)
}

/// Walks "no" to everything in each jurisdiction, and every golden case in `dir`.
pub fn lengths(dir: &Path, as_of: Date) -> Result<Lengths, String> {
    let mut out = Lengths::default();
    for code in [
        "GB", "US", "CA", "AU", "DE", "FR", "IT", "ES", "NL", "QA", "PH", "TH", "ZZ",
    ] {
        let mut person = Answers::new();
        person.set_text(QuestionId::CountryNow, code);
        person.set_text(QuestionId::Age, "30");
        out.no_to_everything
            .push((code.to_string(), asked_for(&person, as_of)));
    }
    out.cases = golden_cases(dir)?
        .iter()
        .map(|(name, a)| (asked_for(a, as_of), name.clone()))
        .collect();
    // The longest everyday path: a worker whose pay was kept back, working
    // out what they are owed (the claim's questions after a clear "yes").
    let mut worker = Answers::new();
    for (q, text) in [
        (QuestionId::CountryNow, "GB"),
        (QuestionId::Age, "30"),
        (QuestionId::PayProblem, "yes"),
        (QuestionId::WagesWithheld, "yes"),
        (QuestionId::WorkOutPay, "yes"),
        (QuestionId::WorkBegan, "2024-01"),
        (QuestionId::WorkEnded, "2024-06"),
        (QuestionId::PayPromised, "1800.00 GBP/month"),
        (QuestionId::PayReceived, "1200.00 GBP"),
        (QuestionId::HoursPerDay, "10"),
        (QuestionId::DaysOffPerWeek, "1"),
    ] {
        worker.set_text(q, text);
    }
    out.cases.push((
        asked_for(&worker, as_of),
        "A worker whose pay was kept back works out what they are owed (the claim path)".into(),
    ));
    crate::small_sort::sort_by_key(&mut out.cases, |c| c.clone());
    Ok(out)
}
