//! `l10n-kit`: the translator's kit (README, Translating and reviewing a language).
//!
//! ```text
//! l10n-kit report [--strict] [--locales DIR]
//! l10n-kit mark TAG [ID...] [--locales DIR]
//! l10n-kit review TAG WHO YYYY-MM-DD [FILE...] [--locales DIR]
//! ```
//! `report` prints, for every language but English, its review and
//! translation header lines and the messages missing, stale (English changed
//! since translated), unrecorded and extra; with `--strict` it exits 1 if any
//! language has a missing, extra or unrecorded message. `mark` records the
//! current English of the IDs given, or of every message, once their
//! translation matches it. `review` sets the files' (or the named files')
//! `# reviewed-by-native-speaker:` line to `yes, by WHO, YYYY-MM-DD`.
//! DIR is the workspace's `locales/` unless given. Exits 2 on a usage error or
//! a file that cannot be read or parsed.

use entitle_l10n::kit;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: l10n-kit report [--strict] [--locales DIR]
       l10n-kit mark TAG [ID...] [--locales DIR]
       l10n-kit review TAG WHO YYYY-MM-DD [FILE...] [--locales DIR]";

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("l10n-kit: {e}");
            ExitCode::from(2)
        }
    }
}

fn run(mut args: Vec<String>) -> Result<ExitCode, String> {
    let mut root = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../locales"));
    if let Some(i) = args.iter().position(|a| a == "--locales") {
        let dir = args.get(i + 1).ok_or(USAGE)?.clone();
        root = PathBuf::from(dir);
        args.drain(i..i + 2);
    }
    let strict = args.iter().any(|a| a == "--strict");
    args.retain(|a| a != "--strict");
    let (command, rest) = args.split_first().ok_or(USAGE)?;
    match (command.as_str(), rest) {
        ("report", []) => report(&root, strict),
        ("mark", [tag, ids @ ..]) if !strict => {
            let n = kit::mark(&root, tag, ids)?;
            println!("{tag}: recorded the English of {n} message(s)");
            Ok(ExitCode::SUCCESS)
        }
        ("review", [tag, who, date, files @ ..]) if !strict => {
            if !is_date(date) {
                return Err(format!(
                    "{date:?} is not a date written YYYY-MM-DD\n{USAGE}"
                ));
            }
            let changed = kit::review(&root, tag, &format!("yes, by {who}, {date}"), files)?;
            println!(
                "{tag}: marked reviewed in {} file(s): {}",
                changed.len(),
                changed.join(", ")
            );
            Ok(ExitCode::SUCCESS)
        }
        _ => Err(USAGE.to_string()),
    }
}

/// Prints every language's section and the totals; with `strict`, fails if
/// any language is incomplete.
fn report(root: &std::path::Path, strict: bool) -> Result<ExitCode, String> {
    let english = kit::english(root)?;
    let mut languages = Vec::new();
    let mut text = String::new();
    for tag in kit::tags(root)? {
        let language = kit::check(root, &tag, &english)?;
        text.push_str(&format!("{language}\n"));
        languages.push(language);
    }
    text.push_str(&format!("{}\n", kit::totals(&languages)));
    // Written at once, and a reader that stops early (`| head`) is no error.
    let _ = std::io::stdout().write_all(text.as_bytes());
    let incomplete: Vec<&str> = languages
        .iter()
        .filter(|l| !l.complete())
        .map(|l| l.tag.as_str())
        .collect();
    if strict && !incomplete.is_empty() {
        eprintln!(
            "l10n-kit: missing, extra or unrecorded messages in {}; see above",
            incomplete.join(", ")
        );
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

/// `YYYY-MM-DD`, so a name and a date given the wrong way round are caught.
fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
}
