//! Each folder under `tests/invalid/` is one broken shape of the law data: its
//! files are laid over a copy of the real `law/` folder, and loading must fail
//! with a message containing the text in its `expect.txt`.

use entitle_engine::law::read::read_law;
use std::fs;
use std::path::Path;

mod common;
use common::copy_dir;

#[test]
fn the_real_law_files_load() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("law");
    if let Err(problems) = read_law(&dir) {
        panic!("{problems:#?}");
    }
}

#[test]
fn every_invalid_example_fails_with_a_clear_message() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut cases: Vec<_> = fs::read_dir(root.join("tests/invalid"))
        .expect("tests/invalid")
        .flatten()
        .map(|e| e.path())
        .collect();
    cases.sort();
    assert!(
        cases.len() >= 8,
        "expected at least 8 invalid examples, found {}",
        cases.len()
    );
    let mut failures = Vec::new();
    for case in &cases {
        let name = case
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("?")
            .to_string();
        let work = Path::new(env!("CARGO_TARGET_TMPDIR"))
            .join("invalid")
            .join(&name);
        let _ = fs::remove_dir_all(&work);
        copy_dir(&root.join("law"), &work);
        for part in [
            "instruments",
            "provisions",
            "indicators",
            "jurisdictions",
            "protections",
            "help",
        ] {
            if case.join(part).is_dir() {
                copy_dir(&case.join(part), &work.join(part));
            }
        }
        let expect = fs::read_to_string(case.join("expect.txt")).expect("expect.txt");
        let expect = expect.trim();
        match read_law(&work) {
            Ok(_) => failures.push(format!(
                "{name}: loaded, but should have failed with `{expect}`"
            )),
            Err(problems) => {
                let text: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
                if !text.iter().any(|t| t.contains(expect)) {
                    failures.push(format!(
                        "{name}: want a message containing `{expect}`, got {text:#?}"
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
