//! Months and money, for the answers a pay claim needs: a month of the
//! year, whether the work goes on, and an amount in integer minor units with
//! its ISO 4217 currency, alone or per hour, day, week or month. No floats.

use crate::law::pay::Per;
use crate::law::schema::Date;
use serde::{Deserialize, Serialize};
use std::fmt;

/// When the work ended: a month, or not yet (`still_working`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Ending {
    Month(YearMonth),
    StillWorking,
}

/// A month of a year, written `YYYY-MM`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearMonth {
    pub year: u16,
    pub month: u8,
}

impl YearMonth {
    pub fn parse(text: &str) -> Option<YearMonth> {
        let (y, m) = text.split_once('-')?;
        if y.len() != 4 || m.len() != 2 {
            return None;
        }
        let ym = YearMonth {
            year: y.parse().ok()?,
            month: m.parse().ok()?,
        };
        ((1..=12).contains(&ym.month) && ym.year >= 1900).then_some(ym)
    }

    pub fn of(d: Date) -> YearMonth {
        YearMonth {
            year: d.year,
            month: d.month,
        }
    }

    pub fn first_day(self) -> Date {
        Date {
            year: self.year,
            month: self.month,
            day: 1,
        }
    }

    pub fn last_day(self) -> Date {
        Date {
            year: self.year,
            month: self.month,
            day: days_in_month(self.year, self.month),
        }
    }

    /// Months from the start of year 0: for differences.
    fn index(self) -> i32 {
        i32::from(self.year) * 12 + i32::from(self.month) - 1
    }

    /// The months from `self` to `end`, both included (0 if `end` is earlier).
    pub fn months_to(self, end: YearMonth) -> u32 {
        u32::try_from(end.index() - self.index() + 1).unwrap_or(0)
    }

    pub fn next(self) -> YearMonth {
        if self.month == 12 {
            YearMonth {
                year: self.year + 1,
                month: 1,
            }
        } else {
            YearMonth {
                year: self.year,
                month: self.month + 1,
            }
        }
    }
}

impl fmt::Display for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

pub fn days_in_month(year: u16, month: u8) -> u8 {
    let leap = (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => 31,
    }
}

/// `months` calendar months after `d`, on the same day or the month's last
/// day if it is shorter (31 January + 1 month = 28 or 29 February).
pub fn add_months(d: Date, months: u32) -> Date {
    let index = u32::from(d.year) * 12 + u32::from(d.month) - 1 + months;
    let year = u16::try_from(index / 12).unwrap_or(u16::MAX);
    let month = (index % 12) as u8 + 1;
    Date {
        year,
        month,
        day: d.day.min(days_in_month(year, month)),
    }
}

/// The day before `d`.
pub fn day_before(d: Date) -> Date {
    if d.day > 1 {
        Date {
            day: d.day - 1,
            ..d
        }
    } else if d.month > 1 {
        YearMonth {
            year: d.year,
            month: d.month - 1,
        }
        .last_day()
    } else {
        YearMonth {
            year: d.year - 1,
            month: 12,
        }
        .last_day()
    }
}

/// An ISO 4217 currency code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Currency([u8; 3]);

impl Currency {
    pub fn parse(text: &str) -> Option<Currency> {
        let b = text.as_bytes();
        (b.len() == 3 && b.iter().all(u8::is_ascii_uppercase)).then(|| Currency([b[0], b[1], b[2]]))
    }

    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).unwrap_or("XXX")
    }

    /// Digits after the decimal point (ISO 4217's minor unit): 0 for the yen
    /// and a few others, 3 for the Gulf and North African dinars, else 2.
    pub fn exponent(&self) -> u32 {
        match self.as_str() {
            "BIF" | "CLP" | "DJF" | "GNF" | "ISK" | "JPY" | "KMF" | "KRW" | "PYG" | "RWF"
            | "UGX" | "VND" | "VUV" | "XAF" | "XOF" | "XPF" => 0,
            "BHD" | "IQD" | "JOD" | "KWD" | "LYD" | "OMR" | "TND" => 3,
            _ => 2,
        }
    }
}

/// An amount in minor units of its currency.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Money {
    pub minor: u64,
    pub currency: Currency,
}

impl Money {
    /// Reads `1200.00 GBP` (the decimals the currency has, or none).
    pub fn parse(text: &str) -> Option<Money> {
        let (amount, code) = text.trim().split_once(' ')?;
        let currency = Currency::parse(code.trim())?;
        let exp = currency.exponent();
        let (whole, frac) = amount.split_once('.').unwrap_or((amount, ""));
        if whole.is_empty()
            || !whole.bytes().all(|b| b.is_ascii_digit())
            || !frac.bytes().all(|b| b.is_ascii_digit())
            || frac.len() > exp as usize
        {
            return None;
        }
        let scale = 10u64.pow(exp);
        let frac_value = if frac.is_empty() {
            0
        } else {
            frac.parse::<u64>().ok()? * 10u64.pow(exp - frac.len() as u32)
        };
        let minor = whole
            .parse::<u64>()
            .ok()?
            .checked_mul(scale)?
            .checked_add(frac_value)?;
        Some(Money { minor, currency })
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let exp = self.currency.exponent();
        if exp == 0 {
            return write!(f, "{} {}", self.minor, self.currency.as_str());
        }
        let scale = 10u64.pow(exp);
        write!(
            f,
            "{}.{:0width$} {}",
            self.minor / scale,
            self.minor % scale,
            self.currency.as_str(),
            width = exp as usize
        )
    }
}

/// An amount per hour, day, week or month: written `12.00 GBP/hour`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PayRate {
    pub money: Money,
    pub per: Per,
}

impl PayRate {
    pub fn parse(text: &str) -> Option<PayRate> {
        let (money, per) = text.rsplit_once('/')?;
        let per = match per.trim() {
            "hour" => Per::Hour,
            "day" => Per::Day,
            "week" => Per::Week,
            "month" => Per::Month,
            _ => return None,
        };
        Some(PayRate {
            money: Money::parse(money)?,
            per,
        })
    }
}

impl fmt::Display for PayRate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.money, self.per.id())
    }
}

macro_rules! text_serde {
    ($($t:ty),*) => {$(
        impl Serialize for $t {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_str(self)
            }
        }
        impl<'de> Deserialize<'de> for $t {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let text = String::deserialize(d)?;
                <$t>::parse(&text).ok_or_else(|| serde::de::Error::custom(format!(
                    "`{text}` is not a {}", stringify!($t))))
            }
        }
    )*};
}

text_serde!(YearMonth, Money, PayRate);

impl Serialize for Currency {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_reads_the_decimals_its_currency_has_and_no_more() {
        assert_eq!(Money::parse("1200.50 GBP").map(|m| m.minor), Some(120_050));
        assert_eq!(Money::parse("1200 GBP").map(|m| m.minor), Some(120_000));
        assert_eq!(Money::parse("1200.5 EUR").map(|m| m.minor), Some(120_050));
        assert_eq!(Money::parse("1200.505 EUR"), None);
        assert_eq!(Money::parse("5000 JPY").map(|m| m.minor), Some(5000));
        assert_eq!(Money::parse("5000.5 JPY"), None);
        assert_eq!(Money::parse("1.250 KWD").map(|m| m.minor), Some(1250));
        assert_eq!(Money::parse("-5 GBP"), None);
        assert_eq!(Money::parse("5 gbp"), None);
        assert_eq!(Money::parse("99999999999999999999 GBP"), None);
        assert_eq!(
            Money::parse("1200.50 GBP")
                .map(|m| m.to_string())
                .as_deref(),
            Some("1200.50 GBP")
        );
    }

    #[test]
    fn months_are_counted_with_both_ends_included() {
        let jan = YearMonth::parse("2024-01").expect("a month");
        let jun = YearMonth::parse("2024-06").expect("a month");
        assert_eq!(jan.months_to(jun), 6);
        assert_eq!(jun.months_to(jan), 0);
        assert_eq!(YearMonth::parse("2024-13"), None);
        assert_eq!(jun.last_day().to_string(), "2024-06-30");
    }

    #[test]
    fn adding_months_keeps_the_day_or_the_month_end() {
        let d = Date::parse("2024-01-31").expect("a date");
        assert_eq!(add_months(d, 1).to_string(), "2024-02-29");
        assert_eq!(add_months(d, 36).to_string(), "2027-01-31");
        assert_eq!(
            day_before(Date::parse("2024-03-01").expect("a date")).to_string(),
            "2024-02-29"
        );
    }
}

/// "Don't know" and "rather not say" beside a value written as text.
macro_rules! known_text_serde {
    ($($t:ty),*) => {$(
        impl<'de> Deserialize<'de> for super::Known<$t> {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                use super::Known;
                let text = String::deserialize(d)?;
                match text.as_str() {
                    "dont_know" => Ok(Known::DontKnow),
                    "prefer_not_to_say" => Ok(Known::PreferNotToSay),
                    _ => <$t>::parse(&text).map(Known::Value).ok_or_else(|| serde::de::Error::custom(format!(
                        "`{text}` is not a {} or \"dont_know\"", stringify!($t)))),
                }
            }
        }
    )*};
}

known_text_serde!(YearMonth, Money, PayRate, Ending);

impl Ending {
    pub fn parse(text: &str) -> Option<Ending> {
        if text == "still_working" {
            Some(Ending::StillWorking)
        } else {
            YearMonth::parse(text).map(Ending::Month)
        }
    }
}

impl fmt::Display for Ending {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Ending::Month(m) => m.fmt(f),
            Ending::StillWorking => f.write_str("still_working"),
        }
    }
}

text_serde!(Ending);
