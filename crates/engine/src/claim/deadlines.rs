//! The time limit of each way to claim, from the end of the work, with the
//! day it runs out and whether that day has passed.

use super::money::{add_months, day_before, YearMonth};
use crate::assessment::Citation;
use crate::law::pay::{Route, RunsFrom};
use crate::law::schema::{Date, Law, Verification};
use serde::Serialize;

/// Where a time limit stands on the legal date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DeadlineStatus {
    /// It has not started: the work goes on.
    NotStarted,
    /// It runs out on `runs_out`, more than three months away.
    Open,
    /// It runs out within three months.
    Soon,
    /// It ran out on `runs_out`: a lawyer may know an exception.
    Passed,
    /// The end of the work is not known.
    Unknown,
    /// It runs from a court's final judgment, whose day we do not know.
    AfterJudgment,
}

/// One route's time limit, worked out from the answers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DeadlineOutcome {
    pub id: String,
    pub route: Route,
    pub months: u16,
    pub less_one_day: bool,
    pub runs_from: RunsFrom,
    /// The day it is counted from: the last day of the month the work ended.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<Date>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub runs_out: Option<Date>,
    pub status: DeadlineStatus,
    pub citations: Vec<Citation>,
    pub source: String,
    pub verification: Verification,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caveat: Option<String>,
}

/// Every time limit held for `j` on `as_of`. Each is counted from the last day
/// of the month the work ended: only the month is known, so this is the
/// latest day it can start, and the words say the real day may be earlier.
pub(super) fn outcomes(
    law: &'static Law,
    j: &str,
    ended: Option<YearMonth>,
    still_working: bool,
    as_of: Date,
) -> Vec<DeadlineOutcome> {
    law.pay
        .deadlines
        .iter()
        .filter(|d| d.jurisdiction == j && d.from <= as_of && d.until.is_none_or(|u| as_of <= u))
        .map(|d| {
            let after_judgment = d.runs_from == RunsFrom::FinalJudgment;
            let start = ended
                .filter(|_| !still_working && !after_judgment)
                .map(|m| match d.runs_from {
                    RunsFrom::EndOfYear => YearMonth {
                        year: m.year,
                        month: 12,
                    }
                    .last_day(),
                    _ => m.last_day(),
                });
            let runs_out = start.map(|s| {
                let end = add_months(s, u32::from(d.months));
                if d.less_one_day {
                    day_before(end)
                } else {
                    end
                }
            });
            let status = match (still_working, runs_out) {
                _ if after_judgment => DeadlineStatus::AfterJudgment,
                (true, _) => DeadlineStatus::NotStarted,
                (false, None) => DeadlineStatus::Unknown,
                (false, Some(day)) if day < as_of => DeadlineStatus::Passed,
                (false, Some(day)) if day <= add_months(as_of, 3) => DeadlineStatus::Soon,
                _ => DeadlineStatus::Open,
            };
            DeadlineOutcome {
                id: d.id.clone(),
                route: d.route,
                months: d.months,
                less_one_day: d.less_one_day,
                runs_from: d.runs_from,
                start,
                runs_out,
                status,
                citations: Citation::resolve(law, &[&d.citation], as_of),
                source: d.source.clone(),
                verification: d.verification,
                caveat: d.caveat.clone(),
            }
        })
        .collect()
}
