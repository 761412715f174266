//! The translator's kit: for each language, the messages it lacks, those whose
//! English changed since they were translated, those with no record of their
//! English, those English no longer has, and what its headers say about how it
//! was made and reviewed (`l10n-kit report`); and the two edits a translator
//! or reviewer makes with it (`mark`, `review`).
//!
//! English (`locales/en/`) is the source. Every other language keeps a record
//! (`record`) of the fingerprint (`hash`) of the English each message was
//! translated from; a message whose English fingerprint no longer matches is
//! stale: still a translation, of words English has since changed.

pub mod hash;
pub mod header;
pub mod record;
mod report;

pub use report::totals;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The source language's folder name.
pub const SOURCE: &str = "en";

/// One `.ftl` file of a language: its name and its text.
#[derive(Clone, Debug)]
pub struct File {
    pub name: String,
    pub text: String,
}

/// What `report` says about one language.
#[derive(Clone, Debug)]
pub struct Language {
    pub tag: String,
    /// Each file's `# reviewed-by-native-speaker:` value, `None` if it has none.
    pub reviewed: Vec<(String, Option<String>)>,
    /// Each file's `# translation:` value, `None` if it has none.
    pub translation: Vec<(String, Option<String>)>,
    /// In English, not in this language.
    pub missing: Vec<String>,
    /// Translated, but English has changed since (its record differs).
    pub stale: Vec<String>,
    /// Translated, with no record of the English it was made from.
    pub unrecorded: Vec<String>,
    /// In this language, not in English.
    pub extra: Vec<String>,
}

impl Language {
    /// Every English message is here, nothing else is, and each has a record.
    /// Stale messages do not count: an English edit must not break the
    /// build, only show up in the report until a translator catches up.
    pub fn complete(&self) -> bool {
        self.missing.is_empty() && self.extra.is_empty() && self.unrecorded.is_empty()
    }

    /// The whole language's review status, from every file's review line.
    pub fn review(&self) -> header::Review {
        header::Review::of_all(
            self.reviewed
                .iter()
                .map(|(_, v)| header::Review::of(v.as_deref())),
        )
    }
}

/// The `.ftl` files in `dir`, in name order.
pub fn files(dir: &Path) -> Result<Vec<File>, String> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| {
            let text = std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()))?;
            let name = p
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            Ok(File { name, text })
        })
        .collect()
}

/// Every message and term of a language: ID to normalised source. An ID
/// defined twice is an error, naming both files.
pub fn messages(files: &[File]) -> Result<BTreeMap<String, String>, String> {
    let mut out: BTreeMap<String, String> = BTreeMap::new();
    let mut seen_in: BTreeMap<String, &str> = BTreeMap::new();
    for f in files {
        for (id, source) in hash::entries(&f.name, &f.text)? {
            if let Some(first) = seen_in.insert(id.clone(), &f.name) {
                return Err(format!(
                    "{id} is defined in {first} and again in {}",
                    f.name
                ));
            }
            out.insert(id, source);
        }
    }
    Ok(out)
}

/// The fingerprint of every English message under `root`.
pub fn english(root: &Path) -> Result<BTreeMap<String, String>, String> {
    Ok(messages(&files(&root.join(SOURCE))?)?
        .into_iter()
        .map(|(id, source)| (id, hash::fingerprint(&source)))
        .collect())
}

/// Every language under `root` but English, in tag order.
pub fn tags(root: &Path) -> Result<Vec<String>, String> {
    let mut tags: Vec<String> = std::fs::read_dir(root)
        .map_err(|e| format!("{}: {e}", root.display()))?
        .flatten()
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|t| t != SOURCE)
        .collect();
    tags.sort();
    Ok(tags)
}

/// The report on the language `tag` under `root`, against the English
/// fingerprints `english` (from [`english`]).
pub fn check(
    root: &Path,
    tag: &str,
    english: &BTreeMap<String, String>,
) -> Result<Language, String> {
    let dir = root.join(tag);
    let files = files(&dir)?;
    let here = messages(&files)?;
    let record = record::read(&dir)?;
    let headers = |key| {
        files
            .iter()
            .map(|f| {
                (
                    f.name.clone(),
                    header::value(&f.text, key).map(str::to_string),
                )
            })
            .collect()
    };
    let mut language = Language {
        tag: tag.to_string(),
        reviewed: headers(header::REVIEWED),
        translation: headers(header::TRANSLATION),
        missing: Vec::new(),
        stale: Vec::new(),
        unrecorded: Vec::new(),
        extra: here
            .keys()
            .filter(|id| !english.contains_key(*id))
            .cloned()
            .collect(),
    };
    for (id, now) in english {
        let list = match (here.contains_key(id), record.get(id)) {
            (false, _) => &mut language.missing,
            (true, None) => &mut language.unrecorded,
            (true, Some(then)) if then != now => &mut language.stale,
            (true, Some(_)) => continue,
        };
        list.push(id.clone());
    }
    Ok(language)
}

/// Records the current English of `ids` in `tag`'s record, or of every
/// message `tag` has if `ids` is empty (which also drops the records of
/// messages no longer in English or in `tag`). Returns how many it recorded.
/// Each ID named must be in English and in `tag`: recording the English of a
/// message not yet translated would vouch for a translation nobody made.
pub fn mark(root: &Path, tag: &str, ids: &[String]) -> Result<usize, String> {
    if tag == SOURCE {
        return Err(format!("{SOURCE} is the source language; it has no record"));
    }
    let english = english(root)?;
    let dir = root.join(tag);
    let here = messages(&files(&dir)?)?;
    let mut record = if ids.is_empty() {
        BTreeMap::new()
    } else {
        record::read(&dir)?
    };
    let all: Vec<String>;
    let ids: &[String] = if ids.is_empty() {
        all = english
            .keys()
            .filter(|id| here.contains_key(*id))
            .cloned()
            .collect();
        &all
    } else {
        ids
    };
    for id in ids {
        let hash = english
            .get(id)
            .ok_or_else(|| format!("{id} is not an English message"))?;
        if !here.contains_key(id) {
            return Err(format!("{id} is not translated in {tag} yet"));
        }
        record.insert(id.clone(), hash.clone());
    }
    record::write(&dir, &record)?;
    Ok(ids.len())
}

/// Sets the review line of `tag`'s files (all, or those named in `only`) to
/// `value`, adding the line where a file has none. Returns the files changed.
pub fn review(root: &Path, tag: &str, value: &str, only: &[String]) -> Result<Vec<String>, String> {
    let dir = root.join(tag);
    let files = files(&dir)?;
    if let Some(name) = only.iter().find(|n| !files.iter().any(|f| &f.name == *n)) {
        return Err(format!("{tag} has no file {name}"));
    }
    let names: BTreeSet<&String> = only.iter().collect();
    let mut changed = Vec::new();
    for f in files
        .iter()
        .filter(|f| names.is_empty() || names.contains(&f.name))
    {
        let text = header::set(&f.text, header::REVIEWED, value);
        if text != f.text {
            let path = dir.join(&f.name);
            std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
            changed.push(f.name.clone());
        }
    }
    Ok(changed)
}
