//! Staleness, made visible: every dated fact and help entry that has not been
//! checked against a source within a given time, and everything unverified,
//! per jurisdiction. Read by the `law-review` command.

use super::check::Origins;
use super::schema::{Date, Law, Verification};

/// One fact a maintainer should look at again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Due {
    /// `GB`, or `INTL` for international and regional instruments.
    pub jurisdiction: String,
    /// What it is: `help gb.glaa`, `party un.palermo_tip`, `protection … parameter months`.
    pub what: String,
    pub file: String,
    pub verification: Verification,
    pub checked: Option<Date>,
    /// Why it is listed.
    pub why: Why,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Why {
    /// Never confirmed in a source.
    Unverified,
    /// Confirmed, but not since the cut-off date.
    Stale,
}

/// `as_of` less `months` calendar months (the day clamped to the month's end).
pub fn months_before(as_of: Date, months: u32) -> Date {
    let total = i64::from(as_of.year) * 12 + i64::from(as_of.month) - 1 - i64::from(months);
    let year = total.div_euclid(12) as u16;
    let month = (total.rem_euclid(12) + 1) as u8;
    let mut day = as_of.day;
    while Date::parse(&format!("{year:04}-{month:02}-{day:02}")).is_err() {
        day -= 1;
    }
    Date { year, month, day }
}

/// The jurisdiction a dotted ID belongs to: `gb.` → `GB`; instruments of
/// international and regional bodies → `INTL`.
fn owner(id: &str, law: &Law) -> String {
    let head = id.split('.').next().unwrap_or("").to_ascii_uppercase();
    if law
        .jurisdictions
        .iter()
        .any(|j| j.code == head && head != "INTL")
    {
        head
    } else {
        "INTL".to_string()
    }
}

/// Every fact unverified, or not checked on or after `cutoff`, sorted by
/// jurisdiction, then unverified before stale, then file.
pub fn due(law: &Law, origins: &Origins, cutoff: Date) -> Vec<Due> {
    let mut out: Vec<Due> = law
        .dated_facts()
        .into_iter()
        .filter_map(|f| {
            let why = if f.verification == Verification::Unverified {
                Why::Unverified
            } else if f.checked.is_none_or(|c| c < cutoff) {
                Why::Stale
            } else {
                return None;
            };
            // A protection belongs where it applies: its jurisdiction, or INTL
            // for one resting on an instrument.
            let jurisdiction = match f.jurisdiction {
                Some(j) => j.to_string(),
                None => match law.protections.iter().find(|p| p.id == f.origin) {
                    Some(p) if !p.applies_in.contains('.') => p.applies_in.clone(),
                    Some(_) => "INTL".to_string(),
                    None => owner(f.origin, law),
                },
            };
            Some(Due {
                jurisdiction,
                what: f.what,
                file: origins.of(f.origin),
                verification: f.verification,
                checked: f.checked,
                why,
            })
        })
        .collect();
    crate::small_sort::sort_by_key(&mut out, |d| {
        (
            d.jurisdiction.clone(),
            d.why,
            d.file.clone(),
            d.what.clone(),
        )
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Date {
        Date::parse(text).expect("a test date")
    }

    #[test]
    fn months_are_counted_back_on_the_calendar() {
        assert_eq!(months_before(d("2026-12-01"), 12), d("2025-12-01"));
        assert_eq!(months_before(d("2026-03-31"), 1), d("2026-02-28"));
        assert_eq!(months_before(d("2024-03-31"), 1), d("2024-02-29"));
        assert_eq!(months_before(d("2026-01-15"), 2), d("2025-11-15"));
        assert_eq!(months_before(d("2026-12-01"), 0), d("2026-12-01"));
    }
}
