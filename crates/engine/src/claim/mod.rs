//! The pay claim: what is owed against the promise and against the legal
//! minimum over the months worked, the national rules that change the figure,
//! and the time limit of each way to claim, every step with its working.
//!
//! Pure, like the rest of the engine: the answers and the legal date in, the
//! figures with their formulas, rules, citations and dates out. Money is in
//! integer minor units; every division rounds down, once per line, so each
//! line can be checked by hand and the lines add up.
//!
//! Simplifications, each stated to the reader in `not_counted` or a caveat:
//! only months are known, so each month is paid at the minimum in force on
//! its first day; a month has 52 ÷ 12 weeks; what was received is one total,
//! spread evenly over the months where a rule needs it per month; the age in
//! each month is the age now less the whole years since.

mod deadlines;
mod minimum;

use crate::answers::money::{self, Ending, Money, PayRate, YearMonth};
use crate::answers::{Answers, Known};
use crate::assessment::Citation;
use crate::law::pay::{ClaimRuleKind, Per};
use crate::law::schema::{ids, Date, Law};
use serde::Serialize;

pub use deadlines::{DeadlineOutcome, DeadlineStatus};

/// What a figure is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FigureId {
    /// The pay promised for the months worked, less what was received.
    OwedAgainstPromise,
    /// The legal minimum for the months and hours worked, less what was received.
    OwedAgainstMinimum,
    /// Minimum-wage arrears counted at today's rate (UK s. 17).
    ArrearsAtCurrentRate,
    /// The overtime premium at the minimum wage.
    OvertimeAtMinimum,
    /// An equal amount again (US 29 U.S.C. 216(b)).
    LiquidatedDamages,
    /// The least criminal restitution can be (US 18 U.S.C. 1593).
    RestitutionAtLeast,
}

/// A line's arithmetic, in pieces: figures, money and signs as they are
/// written, and counts of hours, days, weeks or months and rates per one,
/// which the app words in the reader's language (`formula-<unit>`,
/// `answer-pay`). Shown as a string (`Display`, and in JSON: `assess`), it is
/// in English.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Formula(pub Vec<Term>);

impl Serialize for Formula {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// One piece of a formula.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Term {
    /// Figures, money and signs, as written: `52 ÷ 12 = `.
    Text(String),
    /// A count of hours, days, weeks or months: a whole number or a fraction (`13/3`).
    Count { count: String, unit: Per },
    /// An amount per hour, day, week or month.
    Rate { amount: Money, per: Per },
}

impl Formula {
    pub(crate) fn new() -> Formula {
        Formula(Vec::new())
    }

    pub(crate) fn text(mut self, text: impl Into<String>) -> Formula {
        self.0.push(Term::Text(text.into()));
        self
    }

    pub(crate) fn count(mut self, count: impl ToString, unit: Per) -> Formula {
        self.0.push(Term::Count {
            count: count.to_string(),
            unit,
        });
        self
    }

    pub(crate) fn rate(mut self, amount: Money, per: Per) -> Formula {
        self.0.push(Term::Rate { amount, per });
        self
    }

    pub(crate) fn then(mut self, more: Formula) -> Formula {
        self.0.extend(more.0);
        self
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl From<String> for Formula {
    fn from(text: String) -> Formula {
        Formula::new().text(text)
    }
}

impl std::fmt::Display for Formula {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for term in &self.0 {
            match term {
                Term::Text(text) => write!(f, "{text}")?,
                Term::Count { count, unit } => {
                    let one = count == "1";
                    let word = match unit {
                        Per::Hour => "h",
                        Per::Day if one => "day",
                        Per::Day => "days",
                        Per::Week if one => "week",
                        Per::Week => "weeks",
                        Per::Month if one => "month",
                        Per::Month => "months",
                    };
                    write!(f, "{count} {word}")?;
                }
                Term::Rate { amount, per } => write!(f, "{amount}/{}", per.id())?,
            }
        }
        Ok(())
    }
}

/// One step of the working: what was done, with which figures, under which rule.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Line {
    /// What the step is, for its words: `months_at_rate`, `less_received`, ...
    pub step: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<YearMonth>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to: Option<YearMonth>,
    /// The arithmetic, e.g. `11.44 GBP/hour × 260 h × 3 months` in English.
    pub formula: Formula,
    pub amount: Money,
    /// The data item whose value it uses (a minimum wage or a claim rule).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule: Option<String>,
    /// The day the value used took effect, and where it was read.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value_from: Option<Date>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verification: Option<crate::Verification>,
}

impl Line {
    /// A step of arithmetic on figures already shown: no period, no legal value.
    pub(crate) fn plain(step: &'static str, formula: impl Into<Formula>, amount: Money) -> Line {
        Line {
            step,
            from: None,
            to: None,
            formula: formula.into(),
            amount,
            rule: None,
            value_from: None,
            source: None,
            verification: None,
        }
    }

    /// The months the step covers.
    pub(crate) fn months(self, from: YearMonth, to: YearMonth) -> Line {
        Line {
            from: Some(from),
            to: Some(to),
            ..self
        }
    }

    /// The legal value the step uses: its data item, the day it took effect,
    /// where it was read and how far it was checked.
    pub(crate) fn valued(
        self,
        rule: &str,
        from: Date,
        source: &str,
        verification: crate::Verification,
    ) -> Line {
        Line {
            rule: Some(rule.to_string()),
            value_from: Some(from),
            source: Some(source.to_string()),
            verification: Some(verification),
            ..self
        }
    }
}

/// One figure with its working and its legal sources.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Figure {
    pub id: FigureId,
    pub amount: Money,
    pub lines: Vec<Line>,
    pub citations: Vec<Citation>,
}

/// Something the calculation could not count, and why.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NotCounted {
    /// No start or end month: nothing can be counted.
    Period,
    /// The promise is not known.
    Promise,
    /// What was received is not known: the figures are the whole amount due.
    Received,
    /// The hours or the days worked are not known.
    Hours,
    /// The age is not known: the adult rate is used.
    Age,
    /// No statutory minimum wage is held for this country (e.g. Italy).
    NoMinimumWage,
    /// A month fell before the first minimum rate held.
    MonthsBeforeFirstRate,
    /// The pay was in another currency than the minimum wage or the promise.
    OtherCurrency,
    /// Deductions were taken: no rule in the data says which were unlawful.
    Deductions,
    /// Recruitment fees were paid: no rule in the data counts them here.
    RecruitmentFees,
    /// The law re-sets the minimum on a schedule, and the period runs past
    /// the day the last rate held was due to be replaced: a later rate, not
    /// in the data, may be owed for the last months (the last rate is used).
    LaterRateMissing,
}

/// The whole claim for one set of answers on one legal date.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Claim {
    pub jurisdiction: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub began: Option<YearMonth>,
    /// The last month counted: the month it ended, or this month.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ended: Option<YearMonth>,
    pub still_working: bool,
    pub months: u32,
    pub figures: Vec<Figure>,
    pub deadlines: Vec<DeadlineOutcome>,
    pub not_counted: Vec<NotCounted>,
    /// Message keys of the limits a lawyer should know, from the data.
    pub caveats: Vec<String>,
}

/// The facts the calculation reads, gathered from both sets of answers.
pub(crate) struct Facts {
    pub began: YearMonth,
    pub ended: YearMonth,
    pub months: u32,
    pub hours_per_day: Option<u64>,
    pub days_per_week: Option<u64>,
    pub age: Option<u8>,
    pub received: Option<Money>,
}

/// The claim for the answers on `as_of`: the country, the age, the hours and
/// days off, and the claim's own questions (`work_began` to `paid_to_someone_else`).
pub fn calculate(answers: &Answers, as_of: Date) -> Claim {
    calculate_with(crate::law::law(), answers, as_of)
}

pub fn calculate_with(law: &'static Law, answers: &Answers, as_of: Date) -> Claim {
    let j = crate::jurisdiction_for(answers).code.clone();
    let value = |k: Option<Known<Money>>| k.and_then(|m| m.value());
    let began = answers.work_began.and_then(|m| m.value());
    let ending = answers.work_ended.and_then(|m| m.value());
    let still_working = ending == Some(Ending::StillWorking);
    let ended = match ending {
        Some(Ending::Month(m)) => Some(m),
        Some(Ending::StillWorking) => Some(YearMonth::of(as_of)),
        None => None,
    };
    let mut out = Claim {
        jurisdiction: j.clone(),
        began,
        ended,
        still_working,
        months: 0,
        figures: Vec::new(),
        deadlines: deadlines::outcomes(law, &j, ended, still_working, as_of),
        not_counted: Vec::new(),
        caveats: Vec::new(),
    };
    for d in &out.deadlines {
        if let Some(c) = &d.caveat {
            push_unique(&mut out.caveats, c);
        }
    }
    if value(answers.deductions_total).is_some_and(|m| m.minor > 0) {
        out.not_counted.push(NotCounted::Deductions);
    }
    if value(answers.recruitment_fees_paid).is_some_and(|m| m.minor > 0) {
        out.not_counted.push(NotCounted::RecruitmentFees);
    }
    let (Some(began), Some(ended)) = (began, ended) else {
        out.not_counted.insert(0, NotCounted::Period);
        return out;
    };
    out.months = began.months_to(ended);
    let facts = Facts {
        began,
        ended,
        months: out.months,
        hours_per_day: answers
            .hours_per_day
            .and_then(|h| h.value())
            .map(|h| u64::from(h.get())),
        days_per_week: answers
            .days_off_per_week
            .and_then(|d| d.value())
            .map(|d| 7 - u64::from(d.get().min(7))),
        age: answers.age.and_then(|a| match a {
            crate::answers::Age::Years(y) => Some(y),
            _ => None,
        }),
        received: value(answers.pay_received),
    };
    if facts.received.is_none() {
        out.not_counted.push(NotCounted::Received);
    }
    match answers.pay_promised.and_then(|p| p.value()) {
        Some(promise) => match against_promise(&facts, promise) {
            Some(f) => out.figures.push(f),
            None => out.not_counted.push(NotCounted::OtherCurrency),
        },
        None => out.not_counted.push(NotCounted::Promise),
    }
    minimum::figures(law, &j, &facts, as_of, &mut out);
    out.not_counted.sort_by_key(|n| *n as u8);
    out.not_counted.dedup();
    out
}

fn push_unique(list: &mut Vec<String>, item: &str) {
    if !list.iter().any(|x| x == item) {
        list.push(item.to_string());
    }
}

/// Units of `per` worked in one month, as a fraction (numerator, denominator):
/// hours = h × d × 52 / 12, days = d × 52 / 12, weeks = 52 / 12, months = 1,
/// or, for a monthly amount fixed for a `week_hours` week, the hours worked
/// over those hours (pro rata), when the hours are known.
pub(crate) fn units_per_month(
    per: Per,
    week_hours: Option<u8>,
    facts: &Facts,
) -> Option<(u64, u64)> {
    match per {
        Per::Hour => Some((facts.hours_per_day? * facts.days_per_week? * 52, 12)),
        Per::Day => Some((facts.days_per_week? * 52, 12)),
        Per::Week => Some((52, 12)),
        Per::Month => match (week_hours, facts.hours_per_day, facts.days_per_week) {
            (Some(w), Some(h), Some(d)) if w > 0 => Some((h * d, u64::from(w))),
            _ => Some((1, 1)),
        },
    }
}

/// A fraction in lowest terms: `260`, `91/3`.
fn fraction((n, d): (u64, u64)) -> String {
    let (mut a, mut b) = (n, d.max(1));
    while b != 0 {
        (a, b) = (b, a % b);
    }
    let g = a.max(1);
    let (n, d) = (n / g, d.max(1) / g);
    if d == 1 {
        n.to_string()
    } else {
        format!("{n}/{d}")
    }
}

/// The units a month holds, with their working:
/// `(10 h × 6 days × 52 ÷ 12 = 260 h)`.
pub(crate) fn units_text(per: Per, week_hours: Option<u8>, facts: &Facts) -> Formula {
    let h = facts.hours_per_day.unwrap_or(0);
    let days = facts.days_per_week.unwrap_or(0);
    let value = units_per_month(per, week_hours, facts).map_or_else(String::new, fraction);
    let f = Formula::new();
    // `(10 h × 6 days`: the hours in a week, opening both the hourly and the
    // full-time-week working.
    let week = || {
        Formula::new()
            .text("(")
            .count(h, Per::Hour)
            .text(" × ")
            .count(days, Per::Day)
    };
    match per {
        Per::Hour => week()
            .text(" × 52 ÷ 12 = ")
            .count(value, Per::Hour)
            .text(")"),
        Per::Day => f
            .text("(")
            .count(days, Per::Day)
            .text(" × 52 ÷ 12 = ")
            .count(value, Per::Day)
            .text(")"),
        Per::Week => f.text("(52 ÷ 12 = ").count(value, Per::Week).text(")"),
        Per::Month => match (week_hours, facts.hours_per_day, facts.days_per_week) {
            (Some(w), Some(_), Some(_)) if w > 0 => week()
                .text(" ÷ ")
                .count(w, Per::Hour)
                .text(format!(" = {value})")),
            _ => f.text("1"),
        },
    }
}

/// `amount × units × months`, rounded down to a minor unit.
pub(crate) fn times(amount: u64, (n, d): (u64, u64), months: u32) -> u64 {
    let total = u128::from(amount) * u128::from(n) * u128::from(months) / u128::from(d);
    u64::try_from(total).unwrap_or(u64::MAX)
}

/// The promise for the months worked, less what was received.
fn against_promise(facts: &Facts, promise: PayRate) -> Option<Figure> {
    let currency = promise.money.currency;
    if facts.received.is_some_and(|r| r.currency != currency) {
        return None;
    }
    let units = units_per_month(promise.per, None, facts)?;
    let due = times(promise.money.minor, units, facts.months);
    let formula = Formula::new()
        .rate(promise.money, promise.per)
        .text(" × ")
        .then(units_text(promise.per, None, facts))
        .text(" × ")
        .count(facts.months, Per::Month);
    let mut lines = vec![Line::plain(
        "promised_for_months",
        formula,
        Money {
            minor: due,
            currency,
        },
    )
    .months(facts.began, facts.ended)];
    let owed = less_received(&mut lines, due, currency, facts.received);
    Some(Figure {
        id: FigureId::OwedAgainstPromise,
        amount: Money {
            minor: owed,
            currency,
        },
        lines,
        citations: Vec::new(),
    })
}

/// Takes what was received off `due`, with its line; 0 if more was received.
pub(crate) fn less_received(
    lines: &mut Vec<Line>,
    due: u64,
    currency: money::Currency,
    received: Option<Money>,
) -> u64 {
    let Some(received) = received else {
        return due;
    };
    let owed = due.saturating_sub(received.minor);
    let formula = format!(
        "{} − {}",
        Money {
            minor: due,
            currency
        },
        received
    );
    lines.push(Line::plain(
        "less_received",
        formula,
        Money {
            minor: owed,
            currency,
        },
    ));
    owed
}

ids!(FigureId { OwedAgainstPromise => "owed_against_promise", OwedAgainstMinimum => "owed_against_minimum", ArrearsAtCurrentRate => "arrears_at_current_rate", OvertimeAtMinimum => "overtime_at_minimum", LiquidatedDamages => "liquidated_damages", RestitutionAtLeast => "restitution_at_least" });
ids!(NotCounted { Period => "period", Promise => "promise", Received => "received", Hours => "hours", Age => "age", NoMinimumWage => "no_minimum_wage", MonthsBeforeFirstRate => "months_before_first_rate", OtherCurrency => "other_currency", Deductions => "deductions", RecruitmentFees => "recruitment_fees", LaterRateMissing => "later_rate_missing" });
ids!(DeadlineStatus { NotStarted => "not_started", Open => "open", Soon => "soon", Passed => "passed", Unknown => "unknown", AfterJudgment => "after_judgment" });

/// Every step a line of working can be, for its words.
pub const STEPS: &[&str] = &[
    "promised_for_months",
    "months_at_rate",
    "sum",
    "less_received",
    "overtime_premium",
    "arrears_at_current_rate",
    "liquidated_damages_equal",
    "restitution_greater_of_gain_or_minimum",
];

impl ClaimRuleKind {
    fn figure(self) -> FigureId {
        match self {
            ClaimRuleKind::ArrearsAtCurrentRate => FigureId::ArrearsAtCurrentRate,
            ClaimRuleKind::LiquidatedDamagesEqual => FigureId::LiquidatedDamages,
            ClaimRuleKind::RestitutionGreaterOfGainOrMinimum => FigureId::RestitutionAtLeast,
            ClaimRuleKind::Overtime => FigureId::OvertimeAtMinimum,
        }
    }
}
