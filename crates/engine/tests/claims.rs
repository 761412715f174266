//! Golden cases for the pay claim: `tests/cases/claims/<xx>.toml`, one file per
//! jurisdiction, each case named as a sentence, with its figures worked by
//! hand in the case's `hand` field. Every case runs; failures are collected
//! and reported by name.

use entitle_engine::claim::calculate;
use entitle_engine::{Answers, Date};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CaseFile {
    case: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    as_of: Date,
    /// The main answers and the claim's (`work_began`, `pay_promised`, ...).
    answers: Answers,
    /// The working by hand, for a reader; not read by the test.
    #[allow(dead_code)]
    hand: String,
    /// Figure ID → amount, e.g. `owed_against_minimum = "6890.20 GBP"`.
    #[serde(default)]
    figures: BTreeMap<String, String>,
    /// Figures that must not be there.
    #[serde(default)]
    no_figures: Vec<String>,
    /// What could not be counted, exactly.
    not_counted: Vec<String>,
    /// Deadline ID → the day it runs out, or its status (`not_started`, `unknown`).
    #[serde(default)]
    deadlines: BTreeMap<String, String>,
    /// Caveat keys that must be given.
    #[serde(default)]
    caveats: Vec<String>,
}

fn cases_dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases/claims")
}

#[test]
fn every_claim_case_gives_the_figures_worked_by_hand() {
    let mut failures = Vec::new();
    let mut count = 0;
    let mut files: Vec<_> = std::fs::read_dir(cases_dir())
        .expect("tests/cases/claims exists")
        .flatten()
        .map(|e| e.path())
        .collect();
    files.sort();
    for file in files {
        let text = std::fs::read_to_string(&file).expect("readable");
        let parsed: CaseFile =
            toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        for case in parsed.case {
            count += 1;
            let claim = calculate(&case.answers, case.as_of);
            let json = serde_json::to_value(&claim).expect("serialises");
            let mut fail = |what: String| failures.push(format!("{}: {what}", case.name));
            for (id, want) in &case.figures {
                let got = claim
                    .figures
                    .iter()
                    .find(|f| {
                        serde_json::to_value(f.id)
                            .ok()
                            .and_then(|v| v.as_str().map(String::from))
                            .as_deref()
                            == Some(id.as_str())
                    })
                    .map(|f| f.amount.to_string());
                if got.as_deref() != Some(want.as_str()) {
                    fail(format!("figure {id}: want {want}, got {got:?}"));
                }
            }
            for id in &case.no_figures {
                if json["figures"]
                    .as_array()
                    .is_some_and(|a| a.iter().any(|f| f["id"] == id.as_str()))
                {
                    fail(format!("figure {id} should not be there"));
                }
            }
            let not_counted: Vec<String> = json["not_counted"]
                .as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(|v| v.as_str().map(String::from))
                        .collect()
                })
                .unwrap_or_default();
            if not_counted != case.not_counted {
                fail(format!(
                    "not counted: want {:?}, got {not_counted:?}",
                    case.not_counted
                ));
            }
            for (id, want) in &case.deadlines {
                let d = claim.deadlines.iter().find(|d| &d.id == id);
                let got = d.map(|d| match d.runs_out {
                    Some(day) => day.to_string(),
                    None => serde_json::to_value(d.status)
                        .ok()
                        .and_then(|v| v.as_str().map(String::from))
                        .unwrap_or_default(),
                });
                if got.as_deref() != Some(want.as_str()) {
                    fail(format!("deadline {id}: want {want}, got {got:?}"));
                }
            }
            for c in &case.caveats {
                if !claim.caveats.contains(c) {
                    fail(format!("caveat {c} missing (got {:?})", claim.caveats));
                }
            }
            // Every line of every figure names its formula; lines built on a
            // legal value say which, from when, and where it was read.
            for f in &claim.figures {
                for l in &f.lines {
                    if l.formula.is_empty() {
                        fail(format!("{:?}: a line without its formula", f.id));
                    }
                    if l.rule.is_some() && (l.value_from.is_none() || l.source.is_none()) {
                        fail(format!(
                            "{:?}: line {} has a rule but no date or source",
                            f.id, l.step
                        ));
                    }
                }
                if f.id != entitle_engine::claim::FigureId::OwedAgainstPromise
                    && f.citations.is_empty()
                {
                    fail(format!("{:?}: no citation", f.id));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {count} claim cases failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(count >= 2, "only {count} claim cases");
}

/// Each of the 12 jurisdictions and the baseline has its own file of cases,
/// with at least two cases each.
#[test]
fn every_jurisdiction_has_claim_cases() {
    for code in [
        "au", "ca", "de", "es", "fr", "gb", "intl", "it", "nl", "ph", "qa", "th", "us",
    ] {
        let file = cases_dir().join(format!("{code}.toml"));
        let text = std::fs::read_to_string(&file)
            .unwrap_or_else(|_| panic!("no claim cases for {code}: {}", file.display()));
        let parsed: CaseFile = toml::from_str(&text).unwrap_or_else(|e| panic!("{code}: {e}"));
        assert!(
            parsed.case.len() >= 2,
            "{code} has {} claim case(s)",
            parsed.case.len()
        );
    }
}
