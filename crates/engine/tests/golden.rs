//! Golden cases: `tests/cases/*.toml`, one file per area, each case named as a
//! sentence. Every case runs; failures are collected and reported by name.

use entitle_engine::{assess, Answers, Date};
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
    answers: Answers,
    #[serde(default)]
    indicators: BTreeMap<String, String>,
    #[serde(default)]
    findings: BTreeMap<String, String>,
    /// Provisions every finding listed must cite.
    #[serde(default)]
    cites: Vec<String>,
    /// Provisions no finding may cite.
    #[serde(default)]
    not_cited: Vec<String>,
    /// Exactly the questions the findings list as missing.
    missing: Option<Vec<String>>,
}

fn check(case: &Case) -> Vec<String> {
    let result = assess(&case.answers, case.as_of);
    let json = serde_json::to_value(&result).expect("an assessment serialises");
    let mut errors = Vec::new();
    for (id, want) in &case.indicators {
        let got = json["indicators"].as_array().and_then(|list| {
            list.iter()
                .find(|i| i["id"] == id.as_str())
                .map(|i| i["presence"].as_str().unwrap_or("").to_string())
        });
        if got.as_deref() != Some(want.as_str()) {
            errors.push(format!("indicator {id}: want {want}, got {got:?}"));
        }
    }
    for (id, want) in &case.findings {
        let Some(finding) = result.findings.iter().find(|f| f.id.id() == id) else {
            errors.push(format!("finding {id}: missing from the result"));
            continue;
        };
        if finding.level.id() != want {
            errors.push(format!(
                "finding {id}: want {want}, got {}",
                finding.level.id()
            ));
        }
        let cited: Vec<&str> = finding
            .citations
            .iter()
            .map(|c| c.provision.as_str())
            .collect();
        for c in &case.cites {
            if !cited.contains(&c.as_str()) {
                errors.push(format!("finding {id}: does not cite {c} (cites {cited:?})"));
            }
        }
        for c in &case.not_cited {
            if cited.contains(&c.as_str()) {
                errors.push(format!(
                    "finding {id}: cites {c}, which should not hold on {}",
                    case.as_of
                ));
            }
        }
        if let Some(missing) = &case.missing {
            let got: Vec<&str> = finding.missing.iter().map(|q| q.id()).collect();
            if got != missing.iter().map(String::as_str).collect::<Vec<_>>() {
                errors.push(format!(
                    "finding {id}: missing want {missing:?}, got {got:?}"
                ));
            }
        }
    }
    errors
}

#[test]
fn golden_cases() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/cases exists")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .collect();
    files.sort();
    let (mut run, mut failures) = (0, Vec::new());
    for file in files
        .iter()
        .filter(|f| f.extension().is_some_and(|x| x == "toml"))
    {
        let text = std::fs::read_to_string(file).expect("case file reads");
        let parsed: CaseFile =
            toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        for case in &parsed.case {
            run += 1;
            let errors = check(case);
            if !errors.is_empty() {
                failures.push(format!(
                    "{} / \"{}\":\n    {}",
                    file.display(),
                    case.name,
                    errors.join("\n    ")
                ));
            }
        }
    }
    assert!(run > 0, "no golden case ran");
    assert!(
        failures.is_empty(),
        "{} of {run} golden cases failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
