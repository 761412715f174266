//! The shape of the law data files under `crates/engine/law/`.
//!
//! This module is compiled twice: by `build.rs`, which checks the files and packs
//! them, and by the engine, which unpacks them. It must therefore depend on
//! nothing but `serde` and `std`.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// The findings the engine makes, by ID. `assessment::FindingId` must match (tested).
pub const FINDING_IDS: &[&str] = &[
    "trafficking",
    "forced_labour",
    "servitude",
    "labour_exploitation",
    "smuggling_abuse",
    "international_protection",
    "possible_child",
];

/// The needs the engine recognises, by ID. `needs::NeedId` must match (tested).
pub const NEED_IDS: &[&str] = &[
    "immediate_safety",
    "medical_care",
    "safe_housing",
    "interpretation",
    "legal_advice",
    "children",
    "going_home",
    "fear_of_return",
    "unpaid_wages",
];

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
    /// The day this fact was last compared with a source (the result is `verification`);
    /// `None`: never confirmed. Required unless `verification = "unverified"`.
    #[serde(default)]
    pub checked: Option<Date>,
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
    /// The last date it held, if it was repealed or replaced.
    #[serde(default)]
    pub holds_until: Option<Date>,
    pub verification: Verification,
    pub checked_in: String,
    /// The day this fact was last compared with a source (the result is `verification`);
    /// `None`: never confirmed. Required unless `verification = "unverified"`.
    #[serde(default)]
    pub checked: Option<Date>,
}

/// An indicator from a published list (for example the ILO's 11 indicators of forced labour).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    /// Stable dotted ID, e.g. `ilo.fl.retention_of_identity_documents`.
    pub id: String,
    /// Its number in the source list, where the list numbers them.
    pub number: Option<u8>,
    /// For the ILO–EU (Delphi) lists: which of the six dimensions it belongs to.
    #[serde(default)]
    pub dimension: Option<DelphiDimension>,
    /// For the Delphi lists: strong, medium or weak.
    #[serde(default)]
    pub strength: Option<Strength>,
    /// What the answers must show for it, by the key of a rule in `rules/delphi.rs`
    /// (several lists share one key). `None`: the questionnaire does not ask about it.
    #[serde(default)]
    pub read_as: Option<String>,
    /// Whether the indicator text and grading were checked in the source itself.
    #[serde(default = "verified")]
    pub verification: Verification,
    /// Provisions (by ID) that this indicator rests on or is published in.
    pub citations: Vec<String>,
}

fn verified() -> Verification {
    Verification::Verified
}

/// The six dimensions of the ILO–EU operational indicators of trafficking (2009).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DelphiDimension {
    DeceptiveRecruitment,
    CoerciveRecruitment,
    RecruitmentByAbuseOfVulnerability,
    ExploitativeConditionsOfWork,
    CoercionAtDestination,
    AbuseOfVulnerabilityAtDestination,
}

/// How strongly a Delphi indicator points to trafficking.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Strength {
    Strong,
    Medium,
    Weak,
}

/// Everything the engine knows of the law, as loaded from the data files.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Law {
    pub instruments: Vec<Instrument>,
    pub provisions: Vec<Provision>,
    pub indicators: Vec<Indicator>,
    pub jurisdictions: Vec<Jurisdiction>,
    pub protections: Vec<Protection>,
    pub help: Vec<Help>,
    /// Minimum wages, time limits and claim rules (`law/pay/`).
    pub pay: super::pay::Pay,
    /// The provisions in ID order, for lookups; not part of the data.
    #[serde(skip)]
    pub provision_index: ProvisionIndex,
}

/// Positions in `Law::provisions`, sorted by provision ID, built on the first
/// lookup: every assessment resolves dozens of citations, and a scan of
/// hundreds of IDs for each was a tenth of its time.
#[derive(Clone, Debug, Default)]
pub struct ProvisionIndex(pub(crate) std::sync::OnceLock<Vec<u32>>);

impl PartialEq for ProvisionIndex {
    /// Derived from the data, so two laws with the same data are equal.
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

/// One dated fact of the law data, wherever it sits, for the checks and the review.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DatedFact<'a> {
    /// The ID its file is known by: the item's ID, or a jurisdiction's code.
    pub origin: &'a str,
    /// `GB` or `INTL` where the fact belongs to one jurisdiction; `None` for
    /// instruments, provisions and protections, which belong where they apply.
    pub jurisdiction: Option<&'a str>,
    /// The data field it is checked by, e.g. `provision `un.x`.checked`.
    pub field: String,
    /// In words, for a maintainer: `party to un.cat since 1990-10-31`.
    pub what: String,
    pub verification: Verification,
    pub checked: Option<Date>,
}

impl Law {
    /// Every dated fact: instruments, provisions, emergency numbers,
    /// ratifications, protections and their dated values, help entries.
    pub fn dated_facts(&self) -> Vec<DatedFact<'_>> {
        let mut out = Vec::new();
        for i in &self.instruments {
            out.push(DatedFact {
                origin: &i.id,
                jurisdiction: None,
                field: format!("instrument `{}`.checked", i.id),
                what: format!("instrument {}", i.id),
                verification: i.verification,
                checked: i.checked,
            });
        }
        for p in &self.provisions {
            out.push(DatedFact {
                origin: &p.id,
                jurisdiction: None,
                field: format!("provision `{}`.checked", p.id),
                what: format!("provision {}", p.id),
                verification: p.verification,
                checked: p.checked,
            });
        }
        for j in &self.jurisdictions {
            let code = j.code.as_str();
            out.push(DatedFact {
                origin: code,
                jurisdiction: Some(code),
                field: format!("jurisdiction `{code}`.emergency_checked"),
                what: format!("emergency numbers {}", j.emergency.join(", ")),
                verification: j.emergency_verification,
                checked: j.emergency_checked,
            });
            for p in &j.party {
                out.push(DatedFact {
                    origin: code,
                    jurisdiction: Some(code),
                    field: format!("jurisdiction `{code}`.party `{}`.checked", p.instrument),
                    what: format!("party to {} since {}", p.instrument, p.since),
                    verification: p.verification,
                    checked: p.checked,
                });
            }
        }
        for p in &self.protections {
            out.push(DatedFact {
                origin: &p.id,
                jurisdiction: None,
                field: format!("protection `{}`.checked", p.id),
                what: format!("protection {}", p.id),
                verification: p.verification,
                checked: p.checked,
            });
            for x in &p.parameters {
                out.push(DatedFact {
                    origin: &p.id,
                    jurisdiction: None,
                    field: format!("protection `{}`.parameters `{}`.checked", p.id, x.name),
                    what: format!(
                        "protection {} {} = {} from {}",
                        p.id, x.name, x.value, x.from
                    ),
                    verification: x.verification,
                    checked: x.checked,
                });
            }
        }
        for h in &self.help {
            out.push(DatedFact {
                origin: &h.id,
                jurisdiction: Some(&h.jurisdiction),
                field: format!("help `{}`.checked", h.id),
                what: format!("help {}", h.id),
                verification: h.verification,
                checked: h.checked,
            });
        }
        for w in &self.pay.minimum_wages {
            for r in &w.rate {
                out.push(DatedFact {
                    origin: &w.id,
                    jurisdiction: Some(&w.jurisdiction),
                    field: format!("minimum_wage `{}`.rate `{}`.checked", w.id, r.from),
                    what: format!("{} = {} {} from {}", w.id, r.amount, w.currency, r.from),
                    verification: r.verification,
                    checked: r.checked,
                });
            }
        }
        for d in &self.pay.deadlines {
            out.push(DatedFact {
                origin: &d.id,
                jurisdiction: Some(&d.jurisdiction),
                field: format!("deadline `{}`.checked", d.id),
                what: format!("{}: {} months from {}", d.id, d.months, d.from),
                verification: d.verification,
                checked: d.checked,
            });
        }
        for r in &self.pay.claim_rules {
            out.push(DatedFact {
                origin: &r.id,
                jurisdiction: Some(&r.jurisdiction),
                field: format!("claim_rule `{}`.checked", r.id),
                what: format!("{} from {}", r.id, r.from),
                verification: r.verification,
                checked: r.checked,
            });
        }
        out
    }
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

/// The top level of `law/jurisdictions/*.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JurisdictionFile {
    pub jurisdiction: Jurisdiction,
}

/// The top level of `law/protections/*.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProtectionFile {
    pub protection: Vec<Protection>,
}

/// The top level of `law/help/*.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HelpFile {
    pub help: Vec<Help>,
}

/// The top level of `law/indicators/*.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndicatorFile {
    pub indicator: Vec<Indicator>,
}

/// A state the engine knows: its emergency number and the instruments it is party to.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Jurisdiction {
    /// ISO 3166-1 alpha-2 code, upper case (`GB`), or `INTL` for the international baseline.
    pub code: String,
    /// Emergency numbers to call, most general first (digits only, e.g. "999", "112").
    pub emergency: Vec<String>,
    pub emergency_checked_in: String,
    pub emergency_verification: Verification,
    /// The day the emergency numbers were last compared with a source.
    #[serde(default)]
    pub emergency_checked: Option<Date>,
    /// Instruments this state is bound by, each from a date.
    #[serde(default)]
    pub party: Vec<Party>,
}

/// A state's ratification of (or accession to, or membership binding it to) an instrument.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Party {
    pub instrument: String,
    /// When it became binding on the state (entry into force for that state).
    pub since: Date,
    /// Provisions the state made a reservation to: protections resting on them
    /// are not listed for it.
    #[serde(default)]
    pub reservations: Vec<String>,
    pub verification: Verification,
    pub checked_in: String,
    /// The day this fact was last compared with a source (the result is `verification`);
    /// `None`: never confirmed. Required unless `verification = "unverified"`.
    #[serde(default)]
    pub checked: Option<Date>,
}

/// What a protection gives, in broad kinds (the app groups and words them).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProtectionKind {
    Identification,
    RecoveryReflection,
    ResidencePermit,
    Assistance,
    NonPunishment,
    NonRefoulement,
    Asylum,
    Compensation,
    UnpaidWages,
    ChildProtection,
    LegalAid,
    SafeReturn,
    Confidentiality,
}

/// A condition a protection sets, evaluated from the answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Condition {
    /// Not a national of the state they are in.
    NotANational,
    /// A national of a state outside the EU/EEA and Switzerland.
    ThirdCountryNational,
    /// No current permission to stay.
    IrregularStatus,
    /// Under 18, or possibly under 18.
    Child,
    /// 18 or over.
    Adult,
    /// Willing to help the police or prosecutors.
    Cooperation,
    /// Has reported to the police.
    ReportedToPolice,
    /// Afraid to go back.
    FearOfReturn,
    /// Wants to go home.
    WantsToGoHome,
    /// Was made to break the law.
    MadeToBreakLaw,
    /// Crossed a border with smugglers.
    Smuggled,
    /// Is owed pay.
    OwedWages,
    /// Has left, or is no longer with, the people who exploited them.
    NoLongerThere,
    /// Worked in particularly exploitative conditions: work that harms health or
    /// safety or offends dignity, far below what lawful workers get (Directive
    /// 2009/52 art. 2(i)).
    ParticularlyExploitative,
    /// Cannot help the police because of trauma, illness, age or serious threats:
    /// the authority judges this, the questionnaire does not ask it, so it is
    /// never read as met or not met.
    UnableToCooperate,
}

/// A decision that must come before a protection (it cannot be read from the answers).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Prerequisite {
    /// The competent authority has found reasonable grounds to believe the person
    /// is a victim (ECAT arts 10(2) and 13(1); in the UK, Nationality and Borders
    /// Act 2022 s. 60-61).
    PositiveReasonableGroundsDecision,
    /// UK: the competent authority has made a positive conclusive-grounds decision.
    PositiveConclusiveGroundsDecision,
    /// A law-enforcement agency asks for it on the person's behalf (e.g. US Continued Presence).
    LawEnforcementRequest,
}

/// Who decides whether the protection is given.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Decider {
    /// Nobody: it follows from the facts (a duty on the state, or a presumption).
    NoDecision,
    /// An identification authority (e.g. the UK's competent authorities).
    CompetentAuthority,
    ImmigrationAuthority,
    Police,
    Prosecutor,
    Court,
    LabourInspectorate,
    ChildProtection,
    AsylumAuthority,
    SupportProvider,
}

/// Who must refer or apply for the person.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Referrer {
    /// The person can ask themselves.
    Self_,
    /// A designated first responder (police, some NGOs, local authorities).
    FirstResponder,
    Police,
    Prosecutor,
    /// The public prosecutor, or the labour inspectorate on its own (Italy, TUI art. 18-ter(2)).
    ProsecutorOrLabourInspectorate,
    Ngo,
    Lawyer,
    /// Nobody needs to: it applies on its own.
    Nobody,
}

/// A dated value of a protection: e.g. the minimum days of a recovery period.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Parameter {
    /// What is measured: `min_days`, `max_days`, `months`, `years`, `amount_minor`.
    pub name: String,
    /// The value from `from` on, until a later entry with the same name.
    pub from: Date,
    pub value: u64,
    /// For money: ISO 4217 currency; amounts are in minor units.
    #[serde(default)]
    pub currency: Option<String>,
    /// The provision that sets this value.
    pub citation: String,
    pub verification: Verification,
    /// The day this fact was last compared with a source (the result is `verification`);
    /// `None`: never confirmed. Required unless `verification = "unverified"`.
    #[serde(default)]
    pub checked: Option<Date>,
}

/// A protection: something a person may be entitled to, under one provision.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Protection {
    /// Stable dotted ID: `<provision id>.<what>`, e.g. `coe.ecat.art_13.recovery_period`.
    pub id: String,
    pub kind: ProtectionKind,
    /// Where it applies: a jurisdiction code (`GB`), or an instrument ID, meaning
    /// every state party to it on the legal date.
    pub applies_in: String,
    /// Findings that open it (any one, at level `some` or `strong`). Empty: opened by needs alone.
    #[serde(default)]
    pub triggers: Vec<String>,
    /// Needs it meets (see `needs.rs`): it is shown for those needs even without a finding.
    #[serde(default)]
    pub meets: Vec<String>,
    /// Conditions that must all be met.
    #[serde(default)]
    pub conditions: Vec<Condition>,
    /// Groups of conditions the law joins with "or": each group is met when
    /// any one of its conditions is (e.g. filed a complaint *or* testified).
    /// Every group must be met, as well as every entry of `conditions`.
    #[serde(default)]
    pub any_of: Vec<Vec<Condition>>,
    /// Decisions an authority must have taken before it can be given (e.g. the
    /// UK's positive reasonable-grounds decision). Shown to the person as a
    /// condition; a protection with one is never `applies`.
    #[serde(default)]
    pub requires: Vec<Prerequisite>,
    /// Whether it depends on helping the police or prosecutors.
    pub cooperation_required: bool,
    pub decided_by: Decider,
    pub referred_by: Referrer,
    #[serde(default)]
    pub parameters: Vec<Parameter>,
    /// Provisions it rests on; the first is the main one.
    pub citations: Vec<String>,
    /// Not before this date (e.g. when a national rule commenced).
    pub from: Date,
    /// Not after this date, if it ended or is suspended.
    #[serde(default)]
    pub until: Option<Date>,
    pub verification: Verification,
    /// The day this fact was last compared with a source (the result is `verification`);
    /// `None`: never confirmed. Required unless `verification = "unverified"`.
    #[serde(default)]
    pub checked: Option<Date>,
    /// A legal ambiguity or modelling choice a lawyer should know about (message key suffix), if any.
    #[serde(default)]
    pub caveat: Option<String>,
}

/// What kind of help a directory entry is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HelpKind {
    Emergency,
    TraffickingHelpline,
    ExploitationHelpline,
    LabourInspectorate,
    LegalAid,
    Ngo,
    Asylum,
    ChildHelpline,
    International,
}

/// When a service answers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Hours {
    /// Open all day, every day.
    #[serde(default)]
    pub always: bool,
    /// Otherwise: days (`mon_fri`, `mon_sat`, `every_day`) and local times.
    #[serde(default)]
    pub days: Option<String>,
    #[serde(default)]
    pub opens: Option<String>,
    #[serde(default)]
    pub closes: Option<String>,
}

/// One entry of the help directory.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Help {
    /// Stable dotted ID: `<jurisdiction lower-case>.<name>`, e.g. `gb.modern_slavery_helpline`.
    pub id: String,
    /// `GB`, or `INTL` for the international fallbacks.
    pub jurisdiction: String,
    pub kind: HelpKind,
    /// The organisation's own name (a proper name, not translated).
    pub name: String,
    /// Phone number in E.164 form (`+448000121700`) or a short national number (`999`, `1343`).
    #[serde(default)]
    pub phone: Option<String>,
    /// The number as people write it locally, for display.
    #[serde(default)]
    pub phone_display: Option<String>,
    #[serde(default)]
    pub sms: Option<String>,
    #[serde(default)]
    pub web: Option<String>,
    #[serde(default)]
    pub hours: Option<Hours>,
    /// Languages offered: BCP 47 tags, or `interpreters` for a telephone interpreting service.
    #[serde(default)]
    pub languages: Vec<String>,
    pub free: Option<bool>,
    pub confidential: Option<bool>,
    /// Needs it meets.
    pub meets: Vec<String>,
    /// Where the details were checked.
    pub source: String,
    /// When they were checked; `None` if nobody checked them (never shown as verified).
    #[serde(default)]
    pub checked: Option<Date>,
    /// For a service that runs for a time only (a pilot): its first and last day.
    #[serde(default)]
    pub from: Option<Date>,
    #[serde(default)]
    pub until: Option<Date>,
    pub verification: Verification,
}

/// The snake_case IDs of the data enums, as written in the data files and used in message names.
/// Every variant, and each one's ID: used for the data enums here, in `pay`
/// and in `claim`.
macro_rules! ids {
    ($t:ident { $($v:ident => $id:literal),* $(,)? }) => {
        impl $t {
            pub const ALL: &'static [$t] = &[$($t::$v),*];
            pub fn id(self) -> &'static str {
                match self { $($t::$v => $id),* }
            }
        }
    };
}
pub(crate) use ids;

ids!(ProtectionKind { Identification => "identification", RecoveryReflection => "recovery_reflection", ResidencePermit => "residence_permit", Assistance => "assistance", NonPunishment => "non_punishment", NonRefoulement => "non_refoulement", Asylum => "asylum", Compensation => "compensation", UnpaidWages => "unpaid_wages", ChildProtection => "child_protection", LegalAid => "legal_aid", SafeReturn => "safe_return", Confidentiality => "confidentiality" });

ids!(Condition { NotANational => "not_a_national", ThirdCountryNational => "third_country_national", IrregularStatus => "irregular_status", Child => "child", Adult => "adult", Cooperation => "cooperation", ReportedToPolice => "reported_to_police", FearOfReturn => "fear_of_return", WantsToGoHome => "wants_to_go_home", MadeToBreakLaw => "made_to_break_law", Smuggled => "smuggled", OwedWages => "owed_wages", NoLongerThere => "no_longer_there", ParticularlyExploitative => "particularly_exploitative", UnableToCooperate => "unable_to_cooperate" });

ids!(Prerequisite { PositiveReasonableGroundsDecision => "positive_reasonable_grounds_decision", PositiveConclusiveGroundsDecision => "positive_conclusive_grounds_decision", LawEnforcementRequest => "law_enforcement_request" });

ids!(Decider { NoDecision => "no_decision", CompetentAuthority => "competent_authority", ImmigrationAuthority => "immigration_authority", Police => "police", Prosecutor => "prosecutor", Court => "court", LabourInspectorate => "labour_inspectorate", ChildProtection => "child_protection", AsylumAuthority => "asylum_authority", SupportProvider => "support_provider" });

ids!(Referrer { Self_ => "self_", FirstResponder => "first_responder", Police => "police", Prosecutor => "prosecutor", ProsecutorOrLabourInspectorate => "prosecutor_or_labour_inspectorate", Ngo => "ngo", Lawyer => "lawyer", Nobody => "nobody" });

ids!(HelpKind { Emergency => "emergency", TraffickingHelpline => "trafficking_helpline", ExploitationHelpline => "exploitation_helpline", LabourInspectorate => "labour_inspectorate", LegalAid => "legal_aid", Ngo => "ngo", Asylum => "asylum", ChildHelpline => "child_helpline", International => "international" });

ids!(DelphiDimension { DeceptiveRecruitment => "deceptive_recruitment", CoerciveRecruitment => "coercive_recruitment", RecruitmentByAbuseOfVulnerability => "recruitment_by_abuse_of_vulnerability", ExploitativeConditionsOfWork => "exploitative_conditions_of_work", CoercionAtDestination => "coercion_at_destination", AbuseOfVulnerabilityAtDestination => "abuse_of_vulnerability_at_destination" });
