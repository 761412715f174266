//! Reads the law data files from a folder. Used by `build.rs`, the `assess`
//! tool's tests and the invalid-data tests; the app never parses TOML.

use super::check::{check, Origins, Problem};
use super::pay::PayFile;
use super::schema::{
    HelpFile, IndicatorFile, InstrumentFile, JurisdictionFile, Law, ProtectionFile, ProvisionFile,
};
use std::fs;
use std::path::{Path, PathBuf};

/// Reads and checks every file under `dir`. Fails with every problem found,
/// each naming its file and field.
pub fn read_law(dir: &Path) -> Result<Law, Vec<Problem>> {
    read_law_with_origins(dir).map(|(law, _)| law)
}

/// As `read_law`, with the file each item came from.
pub fn read_law_with_origins(dir: &Path) -> Result<(Law, Origins), Vec<Problem>> {
    let mut law = Law::default();
    let mut origins = Origins::default();
    let mut problems = Vec::new();

    let mut origins_of = |id: &str, file: &Path| {
        origins.by_id.insert(id.to_string(), display(file, dir));
    };
    for file in toml_files(&dir.join("instruments"), &mut problems) {
        if let Some(parsed) = parse::<InstrumentFile>(&file, dir, &mut problems) {
            parsed
                .instrument
                .iter()
                .for_each(|i| origins_of(&i.id, &file));
            law.instruments.extend(parsed.instrument);
        }
    }
    for file in toml_files(&dir.join("provisions"), &mut problems) {
        if let Some(parsed) = parse::<ProvisionFile>(&file, dir, &mut problems) {
            parsed
                .provision
                .iter()
                .for_each(|i| origins_of(&i.id, &file));
            law.provisions.extend(parsed.provision);
        }
    }
    for file in toml_files(&dir.join("indicators"), &mut problems) {
        if let Some(parsed) = parse::<IndicatorFile>(&file, dir, &mut problems) {
            parsed
                .indicator
                .iter()
                .for_each(|i| origins_of(&i.id, &file));
            law.indicators.extend(parsed.indicator);
        }
    }
    for file in toml_files(&dir.join("jurisdictions"), &mut problems) {
        if let Some(parsed) = parse::<JurisdictionFile>(&file, dir, &mut problems) {
            origins_of(&parsed.jurisdiction.code, &file);
            law.jurisdictions.push(parsed.jurisdiction);
        }
    }
    for file in toml_files(&dir.join("protections"), &mut problems) {
        if let Some(parsed) = parse::<ProtectionFile>(&file, dir, &mut problems) {
            parsed
                .protection
                .iter()
                .for_each(|i| origins_of(&i.id, &file));
            law.protections.extend(parsed.protection);
        }
    }
    for file in toml_files(&dir.join("help"), &mut problems) {
        if let Some(parsed) = parse::<HelpFile>(&file, dir, &mut problems) {
            parsed.help.iter().for_each(|i| origins_of(&i.id, &file));
            law.help.extend(parsed.help);
        }
    }
    // Pay data is optional per jurisdiction: a missing folder is no problem.
    if dir.join("pay").is_dir() {
        for file in toml_files(&dir.join("pay"), &mut problems) {
            if let Some(parsed) = parse::<PayFile>(&file, dir, &mut problems) {
                for id in parsed
                    .minimum_wage
                    .iter()
                    .map(|x| &x.id)
                    .chain(parsed.deadline.iter().map(|x| &x.id))
                    .chain(parsed.claim_rule.iter().map(|x| &x.id))
                {
                    origins_of(id, &file);
                }
                law.pay.minimum_wages.extend(parsed.minimum_wage);
                law.pay.deadlines.extend(parsed.deadline);
                law.pay.claim_rules.extend(parsed.claim_rule);
            }
        }
    }
    if problems.is_empty() {
        problems = check(&law, &origins);
    }
    if problems.is_empty() {
        Ok((law, origins))
    } else {
        Err(problems)
    }
}

/// Every `.toml` file in a folder, in name order so builds are reproducible.
pub fn toml_files(dir: &Path, problems: &mut Vec<Problem>) -> Vec<PathBuf> {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            problems.push(Problem {
                file: dir.display().to_string(),
                field: "(folder)".into(),
                message: format!("cannot be read: {e}"),
            });
            return Vec::new();
        }
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    files
}

fn display(file: &Path, dir: &Path) -> String {
    file.strip_prefix(dir).unwrap_or(file).display().to_string()
}

fn parse<T: serde::de::DeserializeOwned>(
    file: &Path,
    dir: &Path,
    problems: &mut Vec<Problem>,
) -> Option<T> {
    let text = match fs::read_to_string(file) {
        Ok(text) => text,
        Err(e) => {
            problems.push(Problem {
                file: display(file, dir),
                field: "(file)".into(),
                message: e.to_string(),
            });
            return None;
        }
    };
    // The toml parser rejects duplicate keys and, with deny_unknown_fields, unknown ones;
    // its message names the key and the line.
    match toml::from_str::<T>(&text) {
        Ok(parsed) => Some(parsed),
        Err(e) => {
            let field = e.span().map_or("(file)".to_string(), |span| {
                let line = text[..span.start].matches('\n').count() + 1;
                format!("line {line}")
            });
            problems.push(Problem {
                file: display(file, dir),
                field,
                message: e.message().trim().to_string(),
            });
            None
        }
    }
}
