//! `assess`: reads answers (or standard input) and prints the assessment as
//! JSON, or as readable text with `--text`. The input is the answers JSON, or
//! a file the app saved, plain or sealed with a passphrase; the passphrase
//! comes from `--passphrase-file` or is typed at the terminal, never from an
//! argument. `--answers` prints the answers read instead of the assessment.
//!
//! ```text
//! assess [--text | --answers] [--as-of YYYY-MM-DD] [--passphrase-file FILE] [FILE | -]
//! assess --schema          print the JSON Schema of the answers
//! assess --file-schema     print the JSON Schema of the saved answers file
//! ```
//! Bad input gets a message naming the field and exit code 2; never a panic.

use entitle_engine::answers::answers_schema;
use entitle_engine::{assess, Answers, Date};
use std::io::Read;
use std::process::ExitCode;

#[path = "../shared/cli.rs"]
mod cli;
#[path = "../shared/clock.rs"]
mod clock;
mod sealed;
mod text;
#[cfg(test)]
use clock::civil_from_days;
use clock::today;

const USAGE: &str = "usage: assess [--text | --answers] [--as-of YYYY-MM-DD] [--passphrase-file FILE] [FILE | -]\n       assess --schema\n       assess --file-schema";

fn main() -> ExitCode {
    cli::finish("assess", run)
}

fn run(args: Vec<String>) -> Result<String, String> {
    let (mut text, mut as_of, mut file, mut schema) = (false, None, None, false);
    let (mut answers_only, mut passphrase_file) = (false, None);
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--text" => text = true,
            "--schema" => schema = true,
            "--file-schema" => return Ok(entitle_engine::saved::file_schema()),
            "--answers" => answers_only = true,
            "--passphrase-file" => {
                passphrase_file =
                    Some(args.next().ok_or(
                        "--passphrase-file needs a file whose first line is the passphrase",
                    )?);
            }
            "--pack-law" => return pack_law().map(|()| String::new()),
            "--as-of" => {
                let value = args
                    .next()
                    .ok_or("--as-of needs a date, e.g. --as-of 2026-11-23")?;
                as_of = Some(Date::parse(&value).map_err(|e| format!("--as-of: {e}"))?);
            }
            "-h" | "--help" => return Ok(format!("{USAGE}\n")),
            other if other.starts_with("--") => {
                return Err(format!("unknown option {other}\n{USAGE}"))
            }
            path => {
                if file.replace(path.to_string()).is_some() {
                    return Err(format!("give one answers file at most\n{USAGE}"));
                }
            }
        }
    }
    if schema {
        return Ok(answers_schema());
    }
    // The legal date is an input: without --as-of we use today's date from the
    // system clock here, in the tool, never inside the engine.
    let as_of = as_of.unwrap_or_else(today);
    let input = read_input(file.as_deref())?;
    let answers = read_answers(&input, passphrase_file.as_deref())?;
    if answers_only {
        return serde_json::to_string_pretty(&answers)
            .map(|s| s + "\n")
            .map_err(|e| format!("cannot write JSON: {e}"));
    }
    let assessment = assess(&answers, as_of);
    if text {
        Ok(text::render(&assessment))
    } else {
        serde_json::to_string_pretty(&assessment)
            .map(|s| s + "\n")
            .map_err(|e| format!("cannot write JSON: {e}"))
    }
}

/// Writes the law data, packed for the app, to standard output: the same data
/// the engine embeds, less the maintainers' notes on where each fact was
/// checked (the app shows each source's link and verification, not the notes).
fn pack_law() -> Result<(), String> {
    use std::io::Write;
    let mut law = entitle_engine::law::law().clone();
    law.instruments
        .iter_mut()
        .for_each(|i| i.checked_in.clear());
    law.provisions.iter_mut().for_each(|p| p.checked_in.clear());
    law.jurisdictions.iter_mut().for_each(|j| {
        j.emergency_checked_in.clear();
        j.party.iter_mut().for_each(|p| p.checked_in.clear());
    });
    let bytes =
        postcard::to_allocvec(&law).map_err(|e| format!("cannot pack the law data: {e}"))?;
    std::io::stdout()
        .write_all(&bytes)
        .map_err(|e| format!("cannot write the law data: {e}"))
}

fn read_input(file: Option<&str>) -> Result<Vec<u8>, String> {
    let mut input = Vec::new();
    match file {
        None | Some("-") => std::io::stdin()
            .read_to_end(&mut input)
            .map(|_| ())
            .map_err(|e| format!("cannot read standard input: {e}"))?,
        Some(path) => {
            input = std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?
        }
    }
    Ok(input)
}

/// The answers in the input: a file the app saved (plain, or sealed and
/// opened with the passphrase), or the bare answers JSON.
fn read_answers(input: &[u8], passphrase_file: Option<&str>) -> Result<Answers, String> {
    use entitle_engine::saved::{self, Opened};
    let is_file = serde_json::from_slice::<serde_json::Value>(input)
        .ok()
        .is_some_and(|v| v.get("format").is_some());
    if !is_file {
        let text = std::str::from_utf8(input).map_err(|_| "the input is not text".to_string())?;
        return parse_answers(text);
    }
    match saved::open(input).map_err(|e| e.to_string())? {
        Opened::Plain(answers) => Ok(answers),
        Opened::Sealed(s) => {
            let passphrase = sealed::passphrase(passphrase_file)?;
            let plain = sealed::decrypt(&s, &passphrase).map_err(|e| e.to_string())?;
            saved::open_plain(&plain).map_err(|e| format!("inside the sealed file: {e}"))
        }
    }
}

/// Parses answers, naming the field at fault.
pub fn parse_answers(input: &str) -> Result<Answers, String> {
    let de = &mut serde_json::Deserializer::from_str(input);
    let answers: Answers = serde_path_to_error::deserialize(de).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        if path == "." || path.is_empty() {
            format!("the answers are not valid: {inner}")
        } else {
            format!("field `{path}`: {inner}")
        }
    })?;
    if answers.version != entitle_engine::answers::ANSWERS_VERSION {
        return Err(format!(
            "field `version`: this engine reads answers version {}, not {}",
            entitle_engine::answers::ANSWERS_VERSION,
            answers.version
        ));
    }
    Ok(answers)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_convert_to_dates() {
        assert_eq!(civil_from_days(0).to_string(), "1970-01-01");
        assert_eq!(civil_from_days(20_415).to_string(), "2025-11-23");
        assert_eq!(civil_from_days(11_016).to_string(), "2000-02-29");
    }

    #[test]
    fn an_unknown_field_is_named() {
        let err = parse_answers(r#"{"documents_kept": "yes", "pasport": "yes"}"#)
            .expect_err("this input must be refused");
        assert!(err.contains("pasport"), "{err}");
    }

    #[test]
    fn a_bad_value_names_its_field() {
        let err =
            parse_answers(r#"{"journey": "by_boat"}"#).expect_err("this input must be refused");
        assert!(err.starts_with("field `journey`"), "{err}");
        let err =
            parse_answers(r#"{"country_now": "gb"}"#).expect_err("this input must be refused");
        assert!(err.starts_with("field `country_now`"), "{err}");
        let err = parse_answers(r#"{"age": 300}"#).expect_err("this input must be refused");
        assert!(err.starts_with("field `age`"), "{err}");
    }

    #[test]
    fn a_future_version_is_refused() {
        let err = parse_answers(r#"{"version": 9}"#).expect_err("this input must be refused");
        assert!(err.starts_with("field `version`"), "{err}");
    }
}
