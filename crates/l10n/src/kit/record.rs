//! A language's record of the English each message was translated from:
//! `locales/<tag>/english-source.txt`, one line per message ID, sorted,
//!
//! ```text
//! about-heading 3f1c0a9b7e2d4c55
//! ```
//!
//! the ID and the fingerprint (`hash::fingerprint`) of the English message
//! when the translation was last brought up to date. A plain text file, so a
//! change to it reads clearly in a diff beside the translation it vouches for.

use std::collections::BTreeMap;
use std::path::Path;

/// The record's file name in a locale folder.
pub const FILE: &str = "english-source.txt";

/// The record's first line, for whoever opens the file.
const HEADER: &str = "# The English each message was translated from: the message ID, then the \
FNV-1a 64 hash of the English message (value and attributes as Fluent source, comments dropped, \
whitespace normalised). Written by `l10n-kit mark`; see the README, Translating and reviewing a \
language.";

/// The record in `dir`: message ID to fingerprint. No file is an empty
/// record (a new language nothing has been marked in yet).
pub fn read(dir: &Path) -> Result<BTreeMap<String, String>, String> {
    let path = dir.join(FILE);
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(BTreeMap::new()),
        Err(e) => return Err(format!("{}: {e}", path.display())),
    };
    let mut record = BTreeMap::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let bad = || {
            format!(
                "{}:{}: expected `<message-id> <16 hex digits>`",
                path.display(),
                n + 1
            )
        };
        let (id, hash) = line.split_once(' ').ok_or_else(bad)?;
        if hash.len() != 16 || !hash.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(bad());
        }
        if record
            .insert(id.to_string(), hash.to_ascii_lowercase())
            .is_some()
        {
            return Err(format!(
                "{}:{}: {id} is recorded twice",
                path.display(),
                n + 1
            ));
        }
    }
    Ok(record)
}

/// Writes `record` to `dir`, the header first and then one line per ID in ID
/// order, so the same record is always the same file.
pub fn write(dir: &Path, record: &BTreeMap<String, String>) -> Result<(), String> {
    let mut text = format!("{HEADER}\n");
    for (id, hash) in record {
        text.push_str(&format!("{id} {hash}\n"));
    }
    let path = dir.join(FILE);
    std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))
}
