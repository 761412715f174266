//! The `law-review` command as a maintainer runs it: every unverified fact and
//! every fact not checked within the period is listed under its jurisdiction;
//! a fact checked within the period is not; bad arguments exit 2.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

mod common;
use common::copy_dir;

fn review(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_law-review"))
        .args(args)
        .output()
        .expect("law-review runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

/// A copy of the real law folder with the GLAA helpline entry's check date set to `date`.
fn law_with_glaa_checked(date: &str, name: &str) -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let work = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("law-review")
        .join(name);
    let _ = fs::remove_dir_all(&work);
    copy_dir(&root.join("law"), &work);
    let file = work.join("help/gb.toml");
    let text = fs::read_to_string(&file).expect("gb help reads");
    let start = text
        .find("id = \"gb.glaa\"")
        .expect("the GLAA entry exists");
    let at = start
        + text[start..]
            .find("checked = \"")
            .expect("it has a check date")
        + "checked = \"".len();
    let mut changed = text.clone();
    changed.replace_range(at..at + 10, date);
    fs::write(&file, changed).expect("gb help writes");
    work
}

#[test]
fn a_fact_checked_before_the_cut_off_is_listed_under_its_jurisdiction() {
    let law = law_with_glaa_checked("2024-01-15", "stale");
    let dir = law.to_string_lossy().to_string();
    let (code, out, err) = review(&[
        "--older-than",
        "12m",
        "--as-of",
        "2026-12-01",
        "--law",
        &dir,
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("not checked since 2025-12-01"), "{out}");
    let gb = out.split("\nGB:").nth(1).expect("a GB section");
    let gb = gb.split("\n\n").next().unwrap_or(gb);
    assert!(gb.contains("help gb.glaa (help/gb.toml)"), "{gb}");
    assert!(gb.contains("checked 2024-01-15"), "{gb}");
}

#[test]
fn a_fact_checked_within_the_period_is_not_listed() {
    let law = law_with_glaa_checked("2026-11-30", "fresh");
    let dir = law.to_string_lossy().to_string();
    let (code, out, _) = review(&[
        "--older-than",
        "1y",
        "--as-of",
        "2026-12-01",
        "--law",
        &dir,
        "--jurisdiction",
        "GB",
    ]);
    assert_eq!(code, 0);
    assert!(!out.contains("help gb.glaa "), "{out}");
}

#[test]
fn everything_unverified_is_listed_whatever_its_date() {
    let (code, out, _) = review(&["--older-than", "1200m", "--as-of", "2026-12-01"]);
    assert_eq!(code, 0);
    assert!(out.contains("[unverified]"), "{out}");
    assert!(
        !out.contains("checked 20"),
        "nothing verified is older than 100 years: {out}"
    );
    // The ILO measurement guidelines' address was not confirmed: listed under INTL.
    let intl = out.split("\nINTL:").nth(1).expect("an INTL section");
    assert!(
        intl.contains("provision ilo.icls_2018_fl.involuntary_work"),
        "{intl}"
    );
}

#[test]
fn bad_arguments_exit_2_with_a_message() {
    for args in [
        &["--older-than", "twelve"][..],
        &["--as-of", "2026-02-30"],
        &["--frobnicate"],
    ] {
        let (code, _, err) = review(args);
        assert_eq!(code, 2, "{args:?}");
        assert!(err.starts_with("law-review: "), "{err}");
    }
}
