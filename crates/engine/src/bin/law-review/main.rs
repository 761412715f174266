//! `law-review`: lists, per jurisdiction, the law facts and help entries that
//! are unverified or have not been checked against a source within a time.
//!
//! ```text
//! law-review [--older-than 12m] [--as-of YYYY-MM-DD] [--jurisdiction GB] [--law DIR]
//! ```
//! `--older-than` takes months (`12m`) or years (`1y`); the default is 12
//! months before today. Exit code 0 with the list, 2 on bad arguments or
//! data that does not load.

use entitle_engine::law::read::read_law_with_origins;
use entitle_engine::law::review::{due, months_before, Why};
use entitle_engine::Date;
use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

#[path = "../shared/cli.rs"]
mod cli;
#[path = "../shared/clock.rs"]
mod clock;

const USAGE: &str =
    "usage: law-review [--older-than 12m|1y] [--as-of YYYY-MM-DD] [--jurisdiction XX] [--law DIR]";

fn main() -> ExitCode {
    cli::finish("law-review", run)
}

/// `12m` → 12, `1y` → 12.
fn months(text: &str) -> Option<u32> {
    let (n, unit) = text.split_at(text.len().checked_sub(1)?);
    let n: u32 = n.parse().ok()?;
    match unit {
        "m" => Some(n),
        "y" => n.checked_mul(12),
        _ => None,
    }
}

fn run(args: Vec<String>) -> Result<String, String> {
    let mut older = 12;
    let mut as_of = None;
    let mut only = None;
    let mut dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("law");
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let mut value = || args.next().ok_or(format!("{arg} needs a value\n{USAGE}"));
        match arg.as_str() {
            "--older-than" => {
                let v = value()?;
                older = months(&v).ok_or(format!("--older-than: `{v}` is not like 12m or 1y"))?;
            }
            "--as-of" => as_of = Some(Date::parse(&value()?).map_err(|e| format!("--as-of: {e}"))?),
            "--jurisdiction" => only = Some(value()?.to_ascii_uppercase()),
            "--law" => dir = PathBuf::from(value()?),
            "-h" | "--help" => return Ok(format!("{USAGE}\n")),
            other => return Err(format!("unknown argument `{other}`\n{USAGE}")),
        }
    }
    let as_of = as_of.unwrap_or_else(clock::today);
    let cutoff = months_before(as_of, older);
    let (law, origins) = read_law_with_origins(&dir).map_err(|problems| {
        let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
        format!("the law data does not load:\n{}", list.join("\n"))
    })?;
    let list: Vec<_> = due(&law, &origins, cutoff)
        .into_iter()
        .filter(|d| only.as_ref().is_none_or(|j| &d.jurisdiction == j))
        .collect();
    let mut out = format!(
        "Law facts and help entries unverified, or not checked since {cutoff} ({older} months before {as_of}).\n"
    );
    let mut codes: Vec<&str> = list.iter().map(|d| d.jurisdiction.as_str()).collect();
    codes.dedup();
    for code in codes {
        let here: Vec<_> = list.iter().filter(|d| d.jurisdiction == code).collect();
        let unverified = here.iter().filter(|d| d.why == Why::Unverified).count();
        let _ = writeln!(
            out,
            "\n{code}: {unverified} unverified, {} not checked since {cutoff}",
            here.len() - unverified
        );
        for d in here {
            let why = match d.why {
                Why::Unverified => "unverified".to_string(),
                Why::Stale => format!(
                    "{:?}, checked {}",
                    d.verification,
                    d.checked.map_or("never".to_string(), |c| c.to_string())
                )
                .to_lowercase(),
            };
            let _ = writeln!(out, "  [{why}] {} ({})", d.what, d.file);
        }
    }
    if list.is_empty() {
        out.push_str("\nNothing is due.\n");
    }
    Ok(out)
}
