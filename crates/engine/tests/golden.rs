//! Golden cases: `tests/cases/*.toml`, one file per area, each case named as a
//! sentence. Every case runs; failures are collected and reported by name.
//! The format is described in `tests/cases/README.md`.

use entitle_engine::{assess, Answers, Date};
use serde::Deserialize;
use serde_json::Value;
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
    jurisdiction: Option<String>,
    emergency: Option<Vec<String>>,
    #[serde(default)]
    indicators: BTreeMap<String, String>,
    #[serde(default)]
    findings: BTreeMap<String, String>,
    /// Whether the Delphi rule's verdict is met (`true`/`false`), or `"not_applicable"`.
    delphi: Option<toml::Value>,
    /// Provisions a finding must cite: finding ID → provision IDs.
    #[serde(default)]
    cites: BTreeMap<String, Vec<String>>,
    /// Provisions a finding must not cite.
    #[serde(default)]
    not_cited: BTreeMap<String, Vec<String>>,
    /// Provisions a protection must cite on the date: protection ID → provision IDs.
    #[serde(default)]
    protection_cites: BTreeMap<String, Vec<String>>,
    /// Provisions a protection must not cite on the date (repealed, not yet in force).
    #[serde(default)]
    protection_not_cited: BTreeMap<String, Vec<String>>,
    /// Exactly the questions a finding lists as missing.
    #[serde(default)]
    missing: BTreeMap<String, Vec<String>>,
    /// Needs that must be shown.
    #[serde(default)]
    needs: Vec<String>,
    /// Needs that must not be shown.
    #[serde(default)]
    not_needs: Vec<String>,
    /// Protection ID → expected status.
    #[serde(default)]
    protections: BTreeMap<String, String>,
    /// Protections that must not be listed at all (not in force there or then).
    #[serde(default)]
    not_listed: Vec<String>,
    /// `<protection id>.<parameter name>` → value in force.
    #[serde(default)]
    values: BTreeMap<String, u64>,
    /// Help entries that must be listed.
    #[serde(default)]
    help: Vec<String>,
    /// Exactly these next steps, in this order, each as `<step>:<help entry>`.
    next_steps: Option<Vec<String>>,
    /// Exactly these rights groups, in this order (benefit IDs).
    rights: Option<Vec<String>>,
    /// The rule shown first in a group: benefit ID → protection ID.
    #[serde(default)]
    rights_lead: BTreeMap<String, String>,
}

fn ids(list: &Value, field: &str) -> Vec<String> {
    list.as_array()
        .into_iter()
        .flatten()
        .filter_map(|x| x[field].as_str().map(String::from))
        .collect()
}

fn find<'a>(list: &'a Value, id: &str) -> Option<&'a Value> {
    list.as_array()?.iter().find(|x| x["id"] == id)
}

fn check(case: &Case) -> Vec<String> {
    let result =
        serde_json::to_value(assess(&case.answers, case.as_of)).expect("an assessment serialises");
    let mut errors = Vec::new();
    if let Some(want) = &case.jurisdiction {
        if result["jurisdiction"] != want.as_str() {
            errors.push(format!(
                "jurisdiction: want {want}, got {}",
                result["jurisdiction"]
            ));
        }
    }
    if let Some(want) = &case.emergency {
        let got: Vec<String> = result["emergency"]["numbers"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|x| x.as_str().map(String::from))
            .collect();
        if &got != want {
            errors.push(format!("emergency: want {want:?}, got {got:?}"));
        }
    }
    for (id, want) in &case.indicators {
        let got = find(&result["indicators"], id).map(|i| i["presence"].clone());
        if got.as_ref().and_then(Value::as_str) != Some(want.as_str()) {
            errors.push(format!("indicator {id}: want {want}, got {got:?}"));
        }
    }
    for (id, want) in &case.findings {
        match find(&result["findings"], id) {
            None => errors.push(format!("finding {id}: missing from the result")),
            Some(f) if f["level"] != want.as_str() => errors.push(format!(
                "finding {id}: want {want}, got {} (because {})",
                f["level"], f["because"]
            )),
            Some(_) => {}
        }
    }
    if let Some(want) = &case.delphi {
        let want = match want {
            toml::Value::Boolean(b) => Value::Bool(*b),
            _ => Value::Null,
        };
        let got = find(&result["findings"], "trafficking").map(|f| f["delphi"]["met"].clone());
        if got.as_ref() != Some(&want) {
            errors.push(format!("delphi verdict: want {want}, got {got:?}"));
        }
    }
    for (id, provisions) in &case.cites {
        let cited = find(&result["findings"], id)
            .map(|f| ids(&f["citations"], "provision"))
            .unwrap_or_default();
        for p in provisions {
            if !cited.contains(p) {
                errors.push(format!("finding {id}: does not cite {p} (cites {cited:?})"));
            }
        }
    }
    for (id, provisions) in &case.protection_cites {
        let cited = find(&result["protections"], id)
            .map(|p| ids(&p["citations"], "provision"))
            .unwrap_or_default();
        for p in provisions.iter().filter(|p| !cited.contains(p)) {
            errors.push(format!(
                "protection {id}: does not cite {p} (cites {cited:?})"
            ));
        }
    }
    for (id, provisions) in &case.protection_not_cited {
        let cited = find(&result["protections"], id)
            .map(|p| ids(&p["citations"], "provision"))
            .unwrap_or_default();
        for p in provisions.iter().filter(|p| cited.contains(p)) {
            errors.push(format!(
                "protection {id}: cites {p}, which does not hold on {}",
                case.as_of
            ));
        }
    }
    for (id, provisions) in &case.not_cited {
        let cited = find(&result["findings"], id)
            .map(|f| ids(&f["citations"], "provision"))
            .unwrap_or_default();
        for p in provisions.iter().filter(|p| cited.contains(p)) {
            errors.push(format!(
                "finding {id}: cites {p}, which should not hold on {}",
                case.as_of
            ));
        }
    }
    for (id, want) in &case.missing {
        let got: Vec<String> = find(&result["findings"], id)
            .and_then(|f| f["missing"].as_array().cloned())
            .unwrap_or_default()
            .iter()
            .filter_map(|q| q.as_str().map(String::from))
            .collect();
        if &got != want {
            errors.push(format!("finding {id}: missing want {want:?}, got {got:?}"));
        }
    }
    let needs = ids(&result["needs"], "id");
    for n in &case.needs {
        if !needs.contains(n) {
            errors.push(format!("need {n}: not shown (shown: {needs:?})"));
        }
    }
    for n in case.not_needs.iter().filter(|n| needs.contains(n)) {
        errors.push(format!("need {n}: shown, but should not be"));
    }
    for (id, want) in &case.protections {
        match find(&result["protections"], id) {
            None => errors.push(format!(
                "protection {id}: not listed (listed: {:?})",
                ids(&result["protections"], "id")
            )),
            Some(p) if p["status"] != want.as_str() => errors.push(format!(
                "protection {id}: want {want}, got {} (reasons {})",
                p["status"], p["reasons"]
            )),
            Some(_) => {}
        }
    }
    for id in &case.not_listed {
        if find(&result["protections"], id).is_some() {
            errors.push(format!(
                "protection {id}: listed, but should not be in force here on {}",
                case.as_of
            ));
        }
    }
    for (key, want) in &case.values {
        let (pid, name) = key
            .rsplit_once('.')
            .expect("values keys are <protection>.<parameter>");
        let got = find(&result["protections"], pid)
            .and_then(|p| p["values"].as_array().cloned())
            .and_then(|vs| {
                vs.iter()
                    .find(|v| v["name"] == name)
                    .map(|v| v["value"].clone())
            });
        if got.as_ref().and_then(Value::as_u64) != Some(*want) {
            errors.push(format!("value {key}: want {want}, got {got:?}"));
        }
    }
    let help: Vec<String> = result["help"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|h| h.as_str().map(String::from))
        .collect();
    if let Some(want) = &case.next_steps {
        let got: Vec<String> = result["next_steps"]
            .as_array()
            .map(|steps| {
                steps
                    .iter()
                    .map(|x| {
                        let id = x["id"].as_str().unwrap_or("?");
                        format!("{id}:{}", x["help"].as_str().unwrap_or("?"))
                    })
                    .collect()
            })
            .unwrap_or_default();
        if &got != want {
            errors.push(format!("next steps: want {want:?}, got {got:?}"));
        }
    }
    let groups = result["rights"].as_array().cloned().unwrap_or_default();
    if let Some(want) = &case.rights {
        let got: Vec<String> = groups
            .iter()
            .map(|g| g["benefit"].as_str().unwrap_or("?").to_string())
            .collect();
        if &got != want {
            errors.push(format!("rights groups: want {want:?}, got {got:?}"));
        }
    }
    for (benefit, lead) in &case.rights_lead {
        let first = groups
            .iter()
            .find(|g| g["benefit"] == benefit.as_str())
            .and_then(|g| g["protections"][0].as_str());
        if first != Some(lead.as_str()) {
            errors.push(format!(
                "rights {benefit}: want {lead} first, got {first:?}"
            ));
        }
    }
    for h in case.help.iter().filter(|h| !help.contains(h)) {
        errors.push(format!("help {h}: not listed (listed: {help:?})"));
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
    let (mut run, mut failures, mut names) = (0, Vec::new(), std::collections::HashSet::new());
    for file in files
        .iter()
        .filter(|f| f.extension().is_some_and(|x| x == "toml"))
    {
        let text = std::fs::read_to_string(file).expect("case file reads");
        let parsed: CaseFile =
            toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        for case in &parsed.case {
            run += 1;
            if !names.insert(case.name.clone()) {
                failures.push(format!(
                    "{}: two cases are named \"{}\"",
                    file.display(),
                    case.name
                ));
            }
            let errors = check(case);
            if !errors.is_empty() {
                let file = file.file_name().and_then(|n| n.to_str()).unwrap_or("?");
                failures.push(format!(
                    "{file} / \"{}\":\n    {}",
                    case.name,
                    errors.join("\n    ")
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {run} golden cases failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(run >= 60, "expected at least 60 golden cases, found {run}");
}
