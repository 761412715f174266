//! The law's dated figures for a pay claim (`law/pay/*.toml`): legal minimum
//! wages with their rates over time, the time limits to claim by each route,
//! and the national rules that change the figure owed.
//!
//! Compiled by `build.rs` too: depends only on `schema` and `std`/`serde`.

use super::schema::{ids, Date, Verification};
use serde::{Deserialize, Serialize};

/// The unit a minimum wage is fixed per.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Per {
    Hour,
    Day,
    Week,
    Month,
}

/// Whether a minimum wage is the one rate for everyone in its band, or a
/// floor under higher regional, provincial, state or collective minima.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WageScope {
    National,
    Floor,
    /// The minimum of one region only (named in its caveat), where the
    /// country has no national one: the person's region may differ.
    Regional,
}

/// A kind of worker some minimum wages are only for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WageCategory {
    Apprentice,
    /// Domestic workers paid by the hour who do not live in (Spain).
    DomesticByTheHour,
}

/// One rate of a minimum wage, from the day it took effect until the next.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rate {
    pub from: Date,
    /// In minor units of the wage's currency (pence, cents).
    pub amount: u64,
    /// Where this figure was read.
    pub source: String,
    pub verification: Verification,
    #[serde(default)]
    pub checked: Option<Date>,
}

/// A legal minimum wage for one age band or category, with its rates over time.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MinimumWage {
    /// `<citation>.<what>`, e.g. `gb.nmw_regs_2015.reg_4.national_living_wage`.
    pub id: String,
    pub jurisdiction: String,
    /// The provision that sets the rates.
    pub citation: String,
    pub per: Per,
    /// ISO 4217.
    pub currency: String,
    /// The ages it covers, inclusive; `None`: no bound.
    #[serde(default)]
    pub min_age: Option<u8>,
    #[serde(default)]
    pub max_age: Option<u8>,
    pub scope: WageScope,
    /// The last day this band applied, if it was replaced (the UK's age
    /// bands moved in 2021 and 2024).
    #[serde(default)]
    pub until: Option<Date>,
    /// For a monthly minimum fixed for a full-time week: its weekly hours.
    /// More or fewer hours are paid pro rata.
    #[serde(default)]
    pub week_hours: Option<u8>,
    /// A rate for one kind of worker only (an apprentice): the engine does
    /// not ask, so it is left out of the figure and its caveat is given.
    #[serde(default)]
    pub only_for: Option<WageCategory>,
    /// A limit of the figure a lawyer should know (message key suffix).
    #[serde(default)]
    pub caveat: Option<String>,
    /// How often the law re-sets the rates, in months, where it sets a
    /// schedule (the Netherlands every 6, Australia and Canada every 12): a
    /// period running that long past the last rate held may be owed a later
    /// one the data lacks, and the claim says so.
    #[serde(default)]
    pub resets_every_months: Option<u8>,
    /// In date order.
    pub rate: Vec<Rate>,
}

/// A way to claim, each with its own time limit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Route {
    LabourInspectorate,
    LabourTribunal,
    CivilCourt,
    CriminalCompensation,
    StateFund,
}

/// What a time limit runs from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RunsFrom {
    /// The last underpayment or deduction.
    LastPayment,
    /// The day the work or the contract ended.
    EndOfWork,
    /// The day the exploitation ended.
    EndOfExploitation,
    /// The offence (for a crime victims' fund, the incident).
    Offence,
    /// A final judgment in the criminal case (its day is not asked).
    FinalJudgment,
    /// The end of the year in which the last pay fell due (Germany, BGB § 199).
    EndOfYear,
}

/// The time limit to bring a claim by one route.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Deadline {
    /// `<citation>.<what>`.
    pub id: String,
    pub jurisdiction: String,
    pub route: Route,
    pub citation: String,
    pub months: u16,
    /// "N months beginning with" the day: one day less than N months after it.
    #[serde(default)]
    pub less_one_day: bool,
    pub runs_from: RunsFrom,
    pub from: Date,
    #[serde(default)]
    pub until: Option<Date>,
    pub source: String,
    pub verification: Verification,
    #[serde(default)]
    pub checked: Option<Date>,
    #[serde(default)]
    pub caveat: Option<String>,
}

/// What a national claim rule does to the figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimRuleKind {
    /// Minimum-wage arrears are counted at today's rate if it is higher
    /// (UK: National Minimum Wage Act 1998 s. 17).
    ArrearsAtCurrentRate,
    /// An equal extra amount is due on top of unpaid minimum wage and
    /// overtime (US: 29 U.S.C. 216(b)).
    LiquidatedDamagesEqual,
    /// Criminal restitution is the greater of the offender's gain and the
    /// value of the labour at the minimum wage and overtime (US: 18 U.S.C. 1593(b)(3)).
    RestitutionGreaterOfGainOrMinimum,
    /// Hours over a weekly threshold are paid at a higher percentage.
    Overtime,
}

/// A national rule that changes the figure owed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClaimRule {
    pub id: String,
    pub jurisdiction: String,
    pub kind: ClaimRuleKind,
    pub citation: String,
    pub from: Date,
    #[serde(default)]
    pub until: Option<Date>,
    /// Overtime: the weekly hours after which it is due, and its rate in
    /// percent of the regular rate.
    #[serde(default)]
    pub after_hours_per_week: Option<u8>,
    #[serde(default)]
    pub rate_percent: Option<u16>,
    pub source: String,
    pub verification: Verification,
    #[serde(default)]
    pub checked: Option<Date>,
    #[serde(default)]
    pub caveat: Option<String>,
}

/// The top level of `law/pay/*.toml`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PayFile {
    #[serde(default)]
    pub minimum_wage: Vec<MinimumWage>,
    #[serde(default)]
    pub deadline: Vec<Deadline>,
    #[serde(default)]
    pub claim_rule: Vec<ClaimRule>,
}

/// Every figure of the pay data, in the law.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Pay {
    pub minimum_wages: Vec<MinimumWage>,
    pub deadlines: Vec<Deadline>,
    pub claim_rules: Vec<ClaimRule>,
}

ids!(Per { Hour => "hour", Day => "day", Week => "week", Month => "month" });
ids!(Route { LabourInspectorate => "labour_inspectorate", LabourTribunal => "labour_tribunal", CivilCourt => "civil_court", CriminalCompensation => "criminal_compensation", StateFund => "state_fund" });
ids!(RunsFrom { LastPayment => "last_payment", EndOfWork => "end_of_work", EndOfExploitation => "end_of_exploitation", Offence => "offence", FinalJudgment => "final_judgment", EndOfYear => "end_of_year" });
ids!(ClaimRuleKind { ArrearsAtCurrentRate => "arrears_at_current_rate", LiquidatedDamagesEqual => "liquidated_damages_equal", RestitutionGreaterOfGainOrMinimum => "restitution_greater_of_gain_or_minimum", Overtime => "overtime" });
