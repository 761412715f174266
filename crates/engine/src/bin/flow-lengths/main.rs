//! `flow-lengths`: how many questions the app asks. Walks the questionnaire for
//! a person who answers "no" to everything, in every jurisdiction, and for
//! every golden case (its own answers where it has them, "no" otherwise), and
//! prints the count of each walk, the median and the longest.
//!
//! ```text
//! flow-lengths [--as-of YYYY-MM-DD] [--cases DIR] [--each]
//! ```

use entitle_engine::flow_lengths::{
    lengths, TARGET_LONGEST, TARGET_MEDIAN, TARGET_NO_TO_EVERYTHING,
};
use entitle_engine::Date;
use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

#[path = "../shared/cli.rs"]
mod cli;
#[path = "../shared/clock.rs"]
mod clock;

fn main() -> ExitCode {
    cli::finish("flow-lengths", run)
}

fn run(args: Vec<String>) -> Result<String, String> {
    let mut as_of = None;
    let mut each = false;
    let mut dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--as-of" => {
                let v = args.next().ok_or("--as-of needs a date")?;
                as_of = Some(Date::parse(&v).map_err(|e| format!("--as-of: {e}"))?);
            }
            "--cases" => dir = PathBuf::from(args.next().ok_or("--cases needs a folder")?),
            "--each" => each = true,
            other => return Err(format!("unknown argument `{other}`")),
        }
    }
    let as_of = as_of.unwrap_or_else(clock::today);
    let l = lengths(&dir, as_of)?;
    let mut out = format!(
        "Questions asked on {as_of} (targets: at most {TARGET_NO_TO_EVERYTHING} for \"no\" to everything; golden cases median at most {TARGET_MEDIAN}, none over {TARGET_LONGEST})\n\n\"No\" to everything, age 30:\n"
    );
    for (code, n) in &l.no_to_everything {
        let _ = writeln!(out, "  {code}: {n}");
    }
    if each {
        out.push_str("\nGolden cases:\n");
        for (n, name) in &l.cases {
            let _ = writeln!(out, "  {n:>3}  {name}");
        }
    }
    if let Some((n, _)) = l.cases.iter().find(|c| c.1.ends_with("(the claim path)")) {
        let _ = writeln!(
            out,
            "\nThe claim path (pay kept back, working out what is owed): {n}"
        );
    }
    let (longest, which) = l.longest();
    let _ = writeln!(
        out,
        "\nGolden cases: {} walked; median {}; longest {longest} ({which})",
        l.cases.len(),
        l.median()
    );
    out.push_str(if l.targets_met() {
        "All targets met.\n"
    } else {
        "TARGETS NOT MET.\n"
    });
    Ok(out)
}
