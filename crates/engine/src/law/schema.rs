//! The shape of the law data files under `crates/engine/law/`.
//!
//! This module is compiled twice: by `build.rs`, which checks the files and packs
//! them, and by the engine, which unpacks them. It must therefore depend on
//! nothing but `serde` and `std`.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A calendar date, written `YYYY-MM-DD` in the data files and in JSON.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// Parses `YYYY-MM-DD`, checking the day exists in that month.
    pub fn parse(text: &str) -> Result<Date, String> {
        let bad = || format!("`{text}` is not a date written YYYY-MM-DD");
        let mut parts = text.split('-');
        let (Some(y), Some(m), Some(d), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(bad());
        };
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return Err(bad());
        }
        let year: u16 = y.parse().map_err(|_| bad())?;
        let month: u8 = m.parse().map_err(|_| bad())?;
        let day: u8 = d.parse().map_err(|_| bad())?;
        let leap =
            (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
        let days_in_month = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return Err(bad()),
        };
        if day == 0 || day > days_in_month {
            return Err(bad());
        }
        Ok(Date { year, month, day })
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let text = String::deserialize(d)?;
        Date::parse(&text).map_err(serde::de::Error::custom)
    }
}

/// How far a fact in the data has been checked against a source.
///
/// Mirrors the tags of `shared/legal/fact-brief.md`: `verified` = seen in the
/// official or a faithful copy of the text; `secondary` = seen in a secondary
/// source; `unverified` = not yet confirmed, and shown to people as such.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verification {
    Verified,
    Secondary,
    Unverified,
}

/// A treaty, convention, statute or guidance document.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Instrument {
    /// Stable dotted ID, e.g. `un.icrmw`. Its name is the Fluent message `instrument-<id with dashes>`.
    pub id: String,
    pub adopted: Date,
    /// When it entered into force internationally (or nationally, for a statute).
    pub in_force: Option<Date>,
    /// Where a reader can find the official text.
    pub url: String,
    pub verification: Verification,
    /// The source that the dates were checked against.
    pub checked_in: String,
}

/// One article or paragraph of an instrument: the unit every outcome cites.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Provision {
    /// Stable dotted ID: `<instrument id>.<article>`, e.g. `un.icrmw.art_21`.
    pub id: String,
    pub instrument: String,
    /// The article as the instrument numbers it, e.g. `21` or `9(c)`.
    pub article: String,
    pub url: String,
    /// The date from which this provision holds.
    pub holds_from: Date,
    pub verification: Verification,
    pub checked_in: String,
}

/// An indicator from a published list (for example the ILO's 11 indicators of forced labour).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    /// Stable dotted ID, e.g. `ilo.fl.retention_of_identity_documents`.
    pub id: String,
    /// Its number in the source list, where the list numbers them.
    pub number: Option<u8>,
    /// Provisions (by ID) that this indicator rests on or is published in.
    pub citations: Vec<String>,
}

/// Everything the engine knows of the law, as loaded from the data files.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Law {
    pub instruments: Vec<Instrument>,
    pub provisions: Vec<Provision>,
    pub indicators: Vec<Indicator>,
}

/// The top level of `law/instruments/*.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InstrumentFile {
    pub instrument: Vec<Instrument>,
}

/// The top level of `law/provisions/*.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProvisionFile {
    pub provision: Vec<Provision>,
}

/// The top level of `law/indicators/*.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndicatorFile {
    pub indicator: Vec<Indicator>,
}
