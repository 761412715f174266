//! The claim against the legal minimum wage, month by month at the rate in
//! force on each month's first day, and the national rules that build on it:
//! overtime, an equal amount of liquidated damages, restitution at least the
//! value of the labour, and arrears counted at today's rate.

use super::money::{Money, YearMonth};
use super::{
    less_received, push_unique, times, units_per_month, units_text, Claim, Facts, Figure, FigureId,
    Formula, Line, NotCounted,
};
use crate::assessment::Citation;
use crate::law::pay::{ClaimRule, ClaimRuleKind, MinimumWage, Per, Rate};
use crate::law::schema::{Date, Law};

/// Consecutive months paid at one rate of one minimum wage.
struct Segment<'a> {
    wage: &'a MinimumWage,
    rate: &'a Rate,
    from: YearMonth,
    to: YearMonth,
    months: u32,
    /// The age used for the band.
    age: Option<u8>,
}

/// The age in month `m`, from the age on `as_of`: less the whole years since.
fn age_in(age: u8, m: YearMonth, as_of: Date) -> u8 {
    let gone = m.months_to(YearMonth::of(as_of)).saturating_sub(1) / 12;
    age.saturating_sub(u8::try_from(gone).unwrap_or(u8::MAX))
}

fn in_band(w: &MinimumWage, age: Option<u8>) -> bool {
    match age {
        Some(a) => w.min_age.is_none_or(|lo| a >= lo) && w.max_age.is_none_or(|hi| a <= hi),
        // Age unknown: the adult rate, the band with no upper age.
        None => w.max_age.is_none(),
    }
}

/// The highest minimum that applies in the band on `day`, and its rate.
fn rate_on<'a>(
    wages: &[&'a MinimumWage],
    age: Option<u8>,
    day: Date,
) -> Option<(&'a MinimumWage, &'a Rate)> {
    wages
        .iter()
        .filter(|w| in_band(w, age) && w.until.is_none_or(|u| day <= u))
        .filter_map(|w| w.rate.iter().rev().find(|r| r.from <= day).map(|r| (*w, r)))
        .max_by_key(|(_, r)| r.amount)
}

fn segments<'a>(
    wages: &[&'a MinimumWage],
    facts: &Facts,
    as_of: Date,
    out: &mut Claim,
) -> Vec<Segment<'a>> {
    let mut list: Vec<Segment<'a>> = Vec::new();
    let mut m = facts.began;
    for _ in 0..facts.months {
        let age = facts.age.map(|a| age_in(a, m, as_of));
        match rate_on(wages, age, m.first_day()) {
            Some((wage, rate)) => match list.last_mut() {
                Some(s) if s.wage.id == wage.id && s.rate.from == rate.from => {
                    s.to = m;
                    s.months += 1;
                }
                _ => list.push(Segment {
                    wage,
                    rate,
                    from: m,
                    to: m,
                    months: 1,
                    age,
                }),
            },
            None => out.not_counted.push(NotCounted::MonthsBeforeFirstRate),
        }
        m = m.next();
    }
    list
}

/// Whether a stretch runs into a month on or after the day its rate, the last
/// its wage holds, was due to be replaced under the wage's schedule.
fn past_next_reset(s: &Segment<'_>) -> bool {
    let (Some(every), Some(last)) = (s.wage.resets_every_months, s.wage.rate.last()) else {
        return false;
    };
    // Months from the rate's first month to the stretch's last, counting both.
    s.rate.from == last.from
        && s.wage.until.is_none()
        && YearMonth::of(last.from).months_to(s.to) > u32::from(every)
}

fn line(step: &'static str, s: &Segment<'_>, formula: Formula, minor: u64) -> Line {
    Line::plain(step, formula, money(minor, s.wage))
        .months(s.from, s.to)
        .valued(&s.wage.id, s.rate.from, &s.rate.source, s.rate.verification)
}

fn money(minor: u64, w: &MinimumWage) -> Money {
    Money {
        minor,
        currency: super::money::Currency::parse(&w.currency)
            .unwrap_or_else(|| super::money::Currency::parse("XXX").expect("XXX is a code")),
    }
}

/// A rate of the wage, per its unit, as a formula's term.
fn rate_text(amount: u64, w: &MinimumWage) -> Formula {
    Formula::new().rate(money(amount, w), w.per)
}

/// Adds the figures against the minimum wage, and those built on it.
pub(super) fn figures(law: &'static Law, j: &str, facts: &Facts, as_of: Date, out: &mut Claim) {
    let wages: Vec<&MinimumWage> = law
        .pay
        .minimum_wages
        .iter()
        .filter(|w| w.jurisdiction == j)
        .collect();
    // Rates for one kind of worker only are left out; their caveat says so.
    for w in wages.iter().filter(|w| w.only_for.is_some()) {
        if let Some(c) = &w.caveat {
            push_unique(&mut out.caveats, c);
        }
    }
    let wages: Vec<&MinimumWage> = wages.into_iter().filter(|w| w.only_for.is_none()).collect();
    if wages.is_empty() {
        out.not_counted.push(NotCounted::NoMinimumWage);
        return;
    }
    if facts.age.is_none() {
        out.not_counted.push(NotCounted::Age);
    }
    let segs = segments(&wages, facts, as_of, out);
    if segs.iter().any(past_next_reset) {
        out.not_counted.push(NotCounted::LaterRateMissing);
    }
    let Some(first) = segs.first() else {
        return;
    };
    let currency = money(0, first.wage).currency;
    let mut lines = Vec::new();
    let mut due = 0u64;
    let mut dues = Vec::new();
    for s in &segs {
        let Some(units) = units_per_month(s.wage.per, s.wage.week_hours, facts) else {
            out.not_counted.push(NotCounted::Hours);
            return;
        };
        let d = times(s.rate.amount, units, s.months);
        let formula = rate_text(s.rate.amount, s.wage)
            .text(" × ")
            .then(units_text(s.wage.per, s.wage.week_hours, facts))
            .text(" × ")
            .count(s.months, Per::Month);
        lines.push(line("months_at_rate", s, formula, d));
        dues.push(d);
        due += d;
        if let Some(c) = &s.wage.caveat {
            push_unique(&mut out.caveats, c);
        }
    }
    if segs.len() > 1 {
        lines.push(sum_line(&dues, currency));
    }
    let same_currency = facts.received.is_none_or(|r| r.currency == currency);
    if !same_currency {
        out.not_counted.push(NotCounted::OtherCurrency);
    }
    let received = facts.received.filter(|_| same_currency);
    let owed = less_received(&mut lines, due, currency, received);
    let mut citations: Vec<&str> = Vec::new();
    for s in &segs {
        if !citations.contains(&s.wage.citation.as_str()) {
            citations.push(&s.wage.citation);
        }
    }
    out.figures.push(Figure {
        id: FigureId::OwedAgainstMinimum,
        amount: Money {
            minor: owed,
            currency,
        },
        lines,
        citations: Citation::resolve(law, &citations, as_of),
    });
    let rules: Vec<&ClaimRule> = law
        .pay
        .claim_rules
        .iter()
        .filter(|r| r.jurisdiction == j && r.from <= as_of && r.until.is_none_or(|u| as_of <= u))
        .collect();
    let overtime = rules
        .iter()
        .find(|r| r.kind == ClaimRuleKind::Overtime)
        .and_then(|r| overtime_figure(law, r, &segs, facts, as_of, out));
    let premium = overtime.as_ref().map_or(0, |f| f.amount.minor);
    if let Some(f) = overtime {
        out.figures.push(f);
    }
    for r in &rules {
        let figure = match r.kind {
            ClaimRuleKind::Overtime => continue,
            ClaimRuleKind::LiquidatedDamagesEqual => {
                let amount = owed + premium;
                Some(rule_figure(
                    law,
                    r,
                    amount,
                    currency,
                    format!(
                        "{} + {}",
                        Money {
                            minor: owed,
                            currency
                        },
                        Money {
                            minor: premium,
                            currency
                        }
                    ),
                    as_of,
                ))
            }
            ClaimRuleKind::RestitutionGreaterOfGainOrMinimum => {
                let amount = due + premium;
                Some(rule_figure(
                    law,
                    r,
                    amount,
                    currency,
                    format!(
                        "{} + {}",
                        Money {
                            minor: due,
                            currency
                        },
                        Money {
                            minor: premium,
                            currency
                        }
                    ),
                    as_of,
                ))
            }
            ClaimRuleKind::ArrearsAtCurrentRate => {
                arrears_figure(law, r, &wages, &segs, &dues, received, facts, as_of)
            }
        };
        if let Some(f) = figure {
            if let Some(c) = &r.caveat {
                push_unique(&mut out.caveats, c);
            }
            out.figures.push(f);
        }
    }
}

fn sum_line(parts: &[u64], currency: super::money::Currency) -> Line {
    let money = |minor| Money { minor, currency };
    let formula = parts
        .iter()
        .map(|p| money(*p).to_string())
        .collect::<Vec<_>>()
        .join(" + ");
    Line::plain("sum", formula, money(parts.iter().sum()))
}

fn rule_line(r: &ClaimRule, formula: impl Into<Formula>, amount: Money) -> Line {
    Line::plain(r.kind.id(), formula, amount).valued(&r.id, r.from, &r.source, r.verification)
}

fn rule_figure(
    law: &'static Law,
    r: &ClaimRule,
    amount: u64,
    currency: super::money::Currency,
    formula: String,
    as_of: Date,
) -> Figure {
    let m = Money {
        minor: amount,
        currency,
    };
    Figure {
        id: r.kind.figure(),
        amount: m,
        lines: vec![rule_line(r, formula, m)],
        citations: Citation::resolve(law, &[&r.citation], as_of),
    }
}

/// The overtime premium at the minimum: hours over the weekly threshold, at
/// the rule's percentage less the 100 % already counted.
fn overtime_figure(
    law: &'static Law,
    r: &ClaimRule,
    segs: &[Segment<'_>],
    facts: &Facts,
    as_of: Date,
    out: &mut Claim,
) -> Option<Figure> {
    let (threshold, pct) = (
        u64::from(r.after_hours_per_week?),
        u64::from(r.rate_percent?),
    );
    let weekly = facts.hours_per_day? * facts.days_per_week?;
    if weekly <= threshold || pct <= 100 {
        return None;
    }
    let extra = weekly - threshold;
    let mut lines = Vec::new();
    let mut total = 0;
    for s in segs.iter().filter(|s| s.wage.per == Per::Hour) {
        // rate × (pct − 100) / 100 × extra hours × 52 / 12 × months
        let amount = times(s.rate.amount * (pct - 100), (extra * 52, 1200), s.months);
        let formula = rate_text(s.rate.amount, s.wage)
            .text(format!(" × {}% × (", pct - 100))
            .count(weekly, Per::Hour)
            .text(" − ")
            .count(threshold, Per::Hour)
            .text(") × 52 ÷ 12 × ")
            .count(s.months, Per::Month);
        // The premium is on the wage rate of the stretch, under the overtime rule.
        lines.push(line("overtime_premium", s, formula, amount).valued(
            &r.id,
            s.rate.from,
            &s.rate.source,
            s.rate.verification,
        ));
        total += amount;
    }
    // Overtime is counted on hourly minima only (a daily or monthly minimum
    // has no hourly rate in the data to take a premium on).
    if lines.is_empty() {
        return None;
    }
    let first = segs.first()?;
    if lines.len() > 1 {
        let parts: Vec<u64> = lines.iter().map(|l| l.amount.minor).collect();
        lines.push(sum_line(&parts, money(0, first.wage).currency));
    }
    if let Some(c) = &r.caveat {
        push_unique(&mut out.caveats, c);
    }
    Some(Figure {
        id: FigureId::OvertimeAtMinimum,
        amount: money(total, first.wage),
        lines,
        citations: Citation::resolve(law, &[&r.citation], as_of),
    })
}

/// Arrears at today's rate: each stretch's shortfall (its due less its even
/// share of what was received) × today's rate ÷ the rate then, where today's
/// is higher.
#[allow(clippy::too_many_arguments)]
fn arrears_figure(
    law: &'static Law,
    r: &ClaimRule,
    wages: &[&MinimumWage],
    segs: &[Segment<'_>],
    dues: &[u64],
    received: Option<Money>,
    facts: &Facts,
    as_of: Date,
) -> Option<Figure> {
    let mut lines = Vec::new();
    let mut total = 0u64;
    let mut parts = Vec::new();
    let months_all = u64::from(facts.months.max(1));
    for (s, due) in segs.iter().zip(dues) {
        let share = received.map_or(0, |m| {
            u64::try_from(u128::from(m.minor) * u128::from(s.months) / u128::from(months_all))
                .unwrap_or(u64::MAX)
        });
        let short = due.saturating_sub(share);
        // Today's rate for the same band, or for the age band the person was
        // in then if that band no longer exists.
        let now = rate_on(&[s.wage], None, as_of)
            .filter(|_| s.wage.until.is_none_or(|u| as_of <= u))
            .map(|(_, rate)| rate)
            .or_else(|| {
                wages
                    .iter()
                    .filter(|w| in_band(w, s.age))
                    .filter(|w| w.until.is_none_or(|u| as_of <= u))
                    .filter_map(|w| w.rate.iter().rev().find(|x| x.from <= as_of))
                    .max_by_key(|x| x.amount)
            })?;
        let up = if now.amount > s.rate.amount {
            u64::try_from(u128::from(short) * u128::from(now.amount) / u128::from(s.rate.amount))
                .unwrap_or(u64::MAX)
        } else {
            short
        };
        let formula = Formula::new()
            .text(format!(
                "({} − {}) × ",
                money(*due, s.wage),
                money(share, s.wage)
            ))
            .then(rate_text(now.amount, s.wage))
            .text(" ÷ ")
            .then(rate_text(s.rate.amount, s.wage));
        // The value used is today's rate, under the arrears rule.
        lines.push(line("arrears_at_current_rate", s, formula, up).valued(
            &r.id,
            now.from,
            &now.source,
            now.verification,
        ));
        total += up;
        parts.push(up);
    }
    let first = segs.first()?;
    let currency = money(0, first.wage).currency;
    if lines.len() > 1 {
        lines.push(sum_line(&parts, currency));
    }
    Some(Figure {
        id: FigureId::ArrearsAtCurrentRate,
        amount: money(total, first.wage),
        lines,
        citations: Citation::resolve(law, &[&r.citation], as_of),
    })
}
