//! How `l10n-kit report` writes a language: plain text, one section each,
//! so a translator can read it and CI can print it.
//!
//! ```text
//! == fr
//! reviewed-by-native-speaker: no
//!   no: law-anglo.ftl, main.ftl
//! translation:
//!   machine-assisted translation by an AI model from the English source, 2026-11-23: law-anglo.ftl, main.ftl
//! missing: 0
//! stale: 1
//!   about-heading
//! unrecorded: 0
//! extra: 0
//! ```

use super::Language;
use std::fmt;

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "== {}", self.tag)?;
        writeln!(f, "reviewed-by-native-speaker: {}", self.review().word())?;
        grouped(f, &self.reviewed)?;
        writeln!(f, "translation:")?;
        grouped(f, &self.translation)?;
        for (what, ids) in [
            ("missing", &self.missing),
            ("stale", &self.stale),
            ("unrecorded", &self.unrecorded),
            ("extra", &self.extra),
        ] {
            writeln!(f, "{what}: {}", ids.len())?;
            for id in ids {
                writeln!(f, "  {id}")?;
            }
        }
        Ok(())
    }
}

/// One line per distinct header value, with the files that say it, in the
/// order the values first appear; files without the line come last.
fn grouped(f: &mut fmt::Formatter<'_>, each: &[(String, Option<String>)]) -> fmt::Result {
    let mut values: Vec<&Option<String>> = Vec::new();
    for (_, v) in each {
        if !values.contains(&v) {
            values.push(v);
        }
    }
    values.sort_by_key(|v| v.is_none());
    for v in values {
        let names: Vec<&str> = each
            .iter()
            .filter(|(_, w)| w == v)
            .map(|(n, _)| n.as_str())
            .collect();
        let said = v.as_deref().unwrap_or("(no line)");
        writeln!(f, "  {said}: {}", names.join(", "))?;
    }
    Ok(())
}

/// The last line of a report: the totals over every language.
pub fn totals(languages: &[Language]) -> String {
    let count = |pick: fn(&Language) -> usize| languages.iter().map(pick).sum::<usize>();
    let reviewed = |r| languages.iter().filter(|l| l.review() == r).count();
    use super::header::Review;
    format!(
        "{} languages: {} missing, {} stale, {} unrecorded, {} extra; reviewed by a native speaker: {} yes, {} partial, {} no",
        languages.len(),
        count(|l| l.missing.len()),
        count(|l| l.stale.len()),
        count(|l| l.unrecorded.len()),
        count(|l| l.extra.len()),
        reviewed(Review::Yes),
        reviewed(Review::Partial),
        reviewed(Review::No),
    )
}
