//! What a person has told the questionnaire: typed facts, never free text.
//!
//! Every question is an `Option<_>`: `None` means not asked or not reached.
//! "I don't know" and "I'd rather not say" are answers in their own right and
//! are never read as "no". The JSON form is documented by
//! `schema/answers.schema.json`, generated from these types.

pub mod money;
#[cfg(not(target_arch = "wasm32"))]
mod schema;
mod values;
#[cfg(not(target_arch = "wasm32"))]
pub use schema::answers_schema;

pub use money::{Ending, Money, PayRate, YearMonth};
pub use values::{
    Age, Count, Country, CountryCode, DaysInWeek, DocumentHolder, FearReason, HoursInDay, Journey,
    Known, Recruiter, Reply, Residence, UpTo, WorkKind,
};

use serde::{Deserialize, Serialize};

/// The version of the answers format. Bump it when a field changes meaning.
pub const ANSWERS_VERSION: u32 = 1;

/// What kind of answer a question takes, so the app can draw it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuestionKind {
    YesNo,
    Country,
    Age,
    /// A whole number from 0 to the given most.
    Count(u8),
    /// One of a closed list; the IDs of the options.
    Choice(&'static [&'static str]),
    /// A month of a year (`2024-01`).
    Month,
    /// A month, or "still working" (`still_working`).
    MonthOrOngoing,
    /// An amount with its currency (`1200.00 GBP`).
    Money,
    /// An amount per hour, day, week or month (`12.00 GBP/hour`).
    Pay,
}

/// The answer to "when did it begin".
pub type MonthAnswer = Known<YearMonth>;
/// The answer to "when did it end": a month, or still working.
pub type EndAnswer = Known<Ending>;
/// An amount of money, or not known.
pub type MoneyAnswer = Known<Money>;
/// A rate of pay, or not known.
pub type PayAnswer = Known<PayRate>;

macro_rules! text_kinds {
    ($($t:ty => $kind:ident),*) => {$(
        impl AnswerValue for Known<$t> {
            const KIND: QuestionKind = QuestionKind::$kind;
            fn is_unknown(&self) -> bool {
                !matches!(self, Known::Value(_))
            }
            fn to_text(&self) -> String {
                known_to_text(self, |v| v.to_string())
            }
            fn from_text(text: &str) -> Option<Self> {
                known_from_text(text, <$t>::parse)
            }
        }
    )*};
}

text_kinds!(YearMonth => Month, Ending => MonthOrOngoing, Money => Money, PayRate => Pay);

/// Implemented by every answer type: its kind, and whether it is "don't know"
/// or "rather not say".
pub trait AnswerValue: Sized {
    const KIND: QuestionKind;
    fn is_unknown(&self) -> bool;
    /// The answer as its ID text: `"yes"`, `"agency"`, `"GB"`, `"16"`, `"maybe_under_18"`, `"dont_know"`.
    fn to_text(&self) -> String;
    /// Reads the ID text back; `None` if it is not a valid answer of this kind.
    fn from_text(text: &str) -> Option<Self>;
}

fn known_from_text<T>(text: &str, value: impl Fn(&str) -> Option<T>) -> Option<Known<T>> {
    match text {
        "dont_know" => Some(Known::DontKnow),
        "prefer_not_to_say" => Some(Known::PreferNotToSay),
        _ => value(text).map(Known::Value),
    }
}

fn known_to_text<T>(k: &Known<T>, value: impl Fn(&T) -> String) -> String {
    match k {
        Known::Value(v) => value(v),
        Known::DontKnow => "dont_know".into(),
        Known::PreferNotToSay => "prefer_not_to_say".into(),
    }
}

impl AnswerValue for Reply {
    const KIND: QuestionKind = QuestionKind::YesNo;
    fn is_unknown(&self) -> bool {
        matches!(self, Reply::DontKnow | Reply::PreferNotToSay)
    }
    fn to_text(&self) -> String {
        self.id().to_string()
    }
    fn from_text(text: &str) -> Option<Reply> {
        Reply::ALL.into_iter().find(|r| r.id() == text)
    }
}
impl AnswerValue for Country {
    const KIND: QuestionKind = QuestionKind::Country;
    fn is_unknown(&self) -> bool {
        self.value().is_none()
    }
    fn to_text(&self) -> String {
        known_to_text(self, |c| c.as_str().to_string())
    }
    fn from_text(text: &str) -> Option<Country> {
        known_from_text(text, CountryCode::parse)
    }
}
impl<const MAX: u8> AnswerValue for Count<MAX> {
    const KIND: QuestionKind = QuestionKind::Count(MAX);
    fn is_unknown(&self) -> bool {
        self.value().is_none()
    }
    fn to_text(&self) -> String {
        known_to_text(self, |n| n.get().to_string())
    }
    fn from_text(text: &str) -> Option<Count<MAX>> {
        known_from_text(text, |t| t.parse().ok().and_then(UpTo::new))
    }
}
impl AnswerValue for Age {
    const KIND: QuestionKind = QuestionKind::Age;
    fn is_unknown(&self) -> bool {
        matches!(self, Age::DontKnow | Age::PreferNotToSay)
    }
    fn to_text(&self) -> String {
        match self {
            Age::Years(y) => y.to_string(),
            Age::MaybeUnder18 => "maybe_under_18".into(),
            Age::DontKnow => "dont_know".into(),
            Age::PreferNotToSay => "prefer_not_to_say".into(),
        }
    }
    fn from_text(text: &str) -> Option<Age> {
        match text {
            "maybe_under_18" => Some(Age::MaybeUnder18),
            "dont_know" => Some(Age::DontKnow),
            "prefer_not_to_say" => Some(Age::PreferNotToSay),
            _ => text
                .parse::<u8>()
                .ok()
                .filter(|y| *y <= 120)
                .map(Age::Years),
        }
    }
}

macro_rules! choice_kinds {
    ($($t:ident),*) => {$(
        impl AnswerValue for $t {
            const KIND: QuestionKind = QuestionKind::Choice($t::IDS);
            fn is_unknown(&self) -> bool {
                $t::is_unknown(*self)
            }
            fn to_text(&self) -> String {
                self.id().to_string()
            }
            fn from_text(text: &str) -> Option<$t> {
                $t::ALL.iter().copied().find(|v| v.id() == text)
            }
        }
    )*};
}

choice_kinds!(
    Recruiter,
    DocumentHolder,
    Journey,
    WorkKind,
    Residence,
    FearReason
);

macro_rules! questions {
    ($( $(#[$doc:meta])* $field:ident : $ty:ty => $variant:ident ),* $(,)?) => {
        /// Everything answered so far. Unknown fields are rejected.
        #[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
        #[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
        #[serde(deny_unknown_fields)]
        pub struct Answers {
            /// The answers format version; this engine reads version 1.
            #[serde(default = "current_version")]
            pub version: u32,
            $( $(#[$doc])* #[serde(default, skip_serializing_if = "Option::is_none")] pub $field: Option<$ty>, )*
        }

        /// Every question, by stable ID (the field name in JSON).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum QuestionId { $( $(#[$doc])* $variant ),* }

        impl QuestionId {
            /// Every question, in the order the questionnaire asks them.
            pub const ALL: &'static [QuestionId] = &[$(QuestionId::$variant),*];

            pub fn id(self) -> &'static str {
                match self { $(QuestionId::$variant => stringify!($field)),* }
            }

            pub fn kind(self) -> QuestionKind {
                match self { $(QuestionId::$variant => <$ty as AnswerValue>::KIND),* }
            }
        }

        impl Answers {
            /// Whether the question has any answer, "don't know" included.
            pub fn is_answered(&self, q: QuestionId) -> bool {
                match q { $(QuestionId::$variant => self.$field.is_some()),* }
            }

            /// Whether the answer is "don't know" or "rather not say".
            pub fn is_unknown(&self, q: QuestionId) -> bool {
                match q { $(QuestionId::$variant => self.$field.as_ref().is_some_and(AnswerValue::is_unknown)),* }
            }

            /// Forgets the answer to one question.
            pub fn clear(&mut self, q: QuestionId) {
                match q { $(QuestionId::$variant => self.$field = None),* }
            }

            /// The answer as its ID text (see `AnswerValue::to_text`), if answered.
            pub fn text(&self, q: QuestionId) -> Option<String> {
                match q { $(QuestionId::$variant => self.$field.as_ref().map(AnswerValue::to_text)),* }
            }

            /// Sets an answer from its ID text. Returns false, changing nothing, if the text is not a valid answer.
            pub fn set_text(&mut self, q: QuestionId, text: &str) -> bool {
                match q {
                    $(QuestionId::$variant => match <$ty as AnswerValue>::from_text(text) {
                        Some(v) => { self.$field = Some(v); true }
                        None => false,
                    }),*
                }
            }
        }
    };
}

fn current_version() -> u32 {
    ANSWERS_VERSION
}

questions! {
    /// The country the person is in now (ISO 3166-1 alpha-2).
    country_now: Country => CountryNow,
    /// The person's nationality (ISO 3166-1 alpha-2).
    nationality: Country => Nationality,
    /// Age in years, or "maybe_under_18" when unsure.
    age: Age => Age,
    /// Were they under 18 when the recruitment or the work began?
    under_18_when_it_began: Reply => Under18WhenItBegan,
    /// Did someone find them this work or arrange their travel? (Palermo art. 3: recruitment)
    recruited: Reply => Recruited,
    /// Who found the work or arranged the travel.
    recruited_by: Recruiter => RecruitedBy,
    /// Were they taken or made to go against their will? (abduction, coercive recruitment)
    forced_to_go: Reply => ForcedToGo,
    /// Were they moved, or handed from one person to another, by others? (transport, transfer)
    moved_by_others: Reply => MovedByOthers,
    /// Screening: is the work, the pay or the place different from what they were promised?
    promise_broken: Reply => PromiseBroken,
    /// Is the work different from the work they were promised?
    deceived_about_work: Reply => DeceivedAboutWork,
    /// Is the pay less than they were promised?
    deceived_about_pay: Reply => DeceivedAboutPay,
    /// Are the hours, housing or conditions worse than they were promised?
    deceived_about_conditions: Reply => DeceivedAboutConditions,
    /// Were they promised a visa or papers that they did not get?
    deceived_about_papers: Reply => DeceivedAboutPapers,
    /// Did they pay a fee to get the job or the travel?
    paid_recruitment_fee: Reply => PaidRecruitmentFee,
    /// Do they owe money to the employer, the agent or the people who brought them?
    owes_debt: Reply => OwesDebt,
    /// Does the debt keep growing, however much they work?
    debt_grows: Reply => DebtGrows,
    /// Are they told they cannot leave until the debt is paid?
    must_work_off_debt: Reply => MustWorkOffDebt,
    /// How they crossed borders.
    journey: Journey => Journey,
    /// Were they beaten, abused or hurt by the people moving them on the journey?
    harmed_on_journey: Reply => HarmedOnJourney,
    /// Were they held against their will on the journey, or held for money?
    held_on_journey: Reply => HeldOnJourney,
    /// Screening: is their pay kept back, cut or not paid?
    pay_problem: Reply => PayProblem,
    /// Has someone taken their passport or ID and kept it?
    documents_kept: Reply => DocumentsKept,
    /// Who has their passport or ID now.
    documents_held_by: DocumentHolder => DocumentsHeldBy,
    /// Screening: has anyone hurt them, or threatened them or their family?
    hurt_or_threatened: Reply => HurtOrThreatened,
    /// Has anyone threatened them?
    threatened: Reply => Threatened,
    /// Has anyone threatened their family?
    family_threatened: Reply => FamilyThreatened,
    /// Has anyone threatened to report them to the police or immigration?
    threatened_with_authorities: Reply => ThreatenedWithAuthorities,
    /// Has anyone hit or hurt them?
    physical_violence: Reply => PhysicalViolence,
    /// Has anyone forced them into sexual acts or touched them sexually against their will?
    sexual_violence: Reply => SexualViolence,
    /// Are they locked in, or kept from going out?
    locked_in: Reply => LockedIn,
    /// Are they watched or followed all the time?
    watched: Reply => Watched,
    /// Are they kept from contact with family or others (phone taken, no visits)?
    isolated: Reply => Isolated,
    /// Could they not leave the job if they wanted to?
    cannot_leave: Reply => CannotLeave,
    /// Does their visa or permit tie them to this employer or sponsor?
    tied_to_employer: Reply => TiedToEmployer,
    /// Do they live where they work, or where the employer decides?
    lives_at_workplace: Reply => LivesAtWorkplace,
    /// The main kind of work.
    work_kind: WorkKind => WorkKind,
    /// Is their pay kept back, or are they not paid at all?
    wages_withheld: Reply => WagesWithheld,
    /// Is a large part of their pay taken for housing, food, fees or fines?
    large_deductions: Reply => LargeDeductions,
    /// Do they want to work out the pay they may be owed (about six more questions)?
    work_out_pay: Reply => WorkOutPay,
    /// The month the work began.
    work_began: MonthAnswer => WorkBegan,
    /// The month it ended, or "still_working".
    work_ended: EndAnswer => WorkEnded,
    /// The pay they were promised, per hour, day, week or month.
    pay_promised: PayAnswer => PayPromised,
    /// All the pay they actually received for the whole time.
    pay_received: MoneyAnswer => PayReceived,
    /// All that was taken from their pay (housing, food, fees, fines, "debt").
    deductions_total: MoneyAnswer => DeductionsTotal,
    /// What they paid to get the job or the travel.
    recruitment_fees_paid: MoneyAnswer => RecruitmentFeesPaid,
    /// Did their pay go to someone else (an agent, a "boss")?
    paid_to_someone_else: Reply => PaidToSomeoneElse,
    /// Screening: are the hours very long, the work dangerous, or the place they sleep very bad?
    hard_conditions: Reply => HardConditions,
    /// Usual hours worked on a working day.
    hours_per_day: HoursInDay => HoursPerDay,
    /// Usual days off in a week.
    days_off_per_week: DaysInWeek => DaysOffPerWeek,
    /// Is the work dangerous, without the protection or training it needs?
    unsafe_work: Reply => UnsafeWork,
    /// Are the living conditions very bad (crowded, dirty, no water, no privacy)?
    degrading_living: Reply => DegradingLiving,
    /// Screening: has anyone made them do sex work or crimes, marry, or give a body organ?
    made_to_do_things: Reply => MadeToDoThings,
    /// Are they made to have sex with others, or to do sex work, for someone else's gain?
    sexual_exploitation: Reply => SexualExploitation,
    /// Have they been made to break the law (crimes, false papers)?
    made_to_break_law: Reply => MadeToBreakLaw,
    /// Were they forced, or are they being forced, to marry?
    forced_marriage: Reply => ForcedMarriage,
    /// Has anyone taken, or tried to make them give, an organ?
    organ_removal: Reply => OrganRemoval,
    /// Their permission to be in the country now.
    residence_status: Residence => ResidenceStatus,
    /// Are they afraid of what would happen if they went back to their country?
    fear_of_return: Reply => FearOfReturn,
    /// Why they are afraid to go back.
    fear_reason: FearReason => FearReason,
    /// Do they want to go home?
    wants_to_go_home: Reply => WantsToGoHome,
    /// Screening: do they need help now with their health, a language, or children?
    needs_help_now: Reply => NeedsHelpNow,
    /// Do they have children with them?
    children_with_them: Reply => ChildrenWithThem,
    /// Are they in danger right now?
    in_danger_now: Reply => InDangerNow,
    /// Do they need a doctor or medical care?
    health_needs: Reply => HealthNeeds,
    /// Are they still working there, or still with these people?
    still_there: Reply => StillThere,
    /// Have they told the police?
    reported_to_police: Reply => ReportedToPolice,
    /// Would they be willing to help the police with an investigation?
    willing_to_help_police: Reply => WillingToHelpPolice,
    /// Can they speak the language of the country they are in?
    speaks_local_language: Reply => SpeaksLocalLanguage,
}

impl Answers {
    pub fn new() -> Answers {
        Answers {
            version: ANSWERS_VERSION,
            ..Answers::default()
        }
    }

    /// The yes/no reply to a yes/no question, if it is one and it was answered.
    pub fn reply(&self, q: QuestionId) -> Option<Reply> {
        self.reply_slot(q).and_then(|slot| slot)
    }

    /// Sets a yes/no reply. Returns false (and changes nothing) if `q` is not a yes/no question.
    pub fn set_reply(&mut self, q: QuestionId, reply: Option<Reply>) -> bool {
        match self.reply_slot_mut(q) {
            Some(slot) => {
                *slot = reply;
                true
            }
            None => false,
        }
    }
}

macro_rules! reply_slots {
    ($($field:ident => $variant:ident),* $(,)?) => {
        impl Answers {
            fn reply_slot(&self, q: QuestionId) -> Option<Option<Reply>> {
                match q { $(QuestionId::$variant => Some(self.$field),)* _ => None }
            }
            fn reply_slot_mut(&mut self, q: QuestionId) -> Option<&mut Option<Reply>> {
                match q { $(QuestionId::$variant => Some(&mut self.$field),)* _ => None }
            }
        }
    };
}

reply_slots! {
    under_18_when_it_began => Under18WhenItBegan, recruited => Recruited, forced_to_go => ForcedToGo,
    moved_by_others => MovedByOthers, deceived_about_work => DeceivedAboutWork,
    deceived_about_pay => DeceivedAboutPay, deceived_about_conditions => DeceivedAboutConditions,
    deceived_about_papers => DeceivedAboutPapers, paid_recruitment_fee => PaidRecruitmentFee,
    owes_debt => OwesDebt, debt_grows => DebtGrows, must_work_off_debt => MustWorkOffDebt,
    harmed_on_journey => HarmedOnJourney, held_on_journey => HeldOnJourney,
    documents_kept => DocumentsKept, threatened => Threatened, family_threatened => FamilyThreatened,
    threatened_with_authorities => ThreatenedWithAuthorities, physical_violence => PhysicalViolence,
    sexual_violence => SexualViolence, locked_in => LockedIn, watched => Watched, isolated => Isolated,
    cannot_leave => CannotLeave, tied_to_employer => TiedToEmployer, lives_at_workplace => LivesAtWorkplace,
    wages_withheld => WagesWithheld, large_deductions => LargeDeductions, unsafe_work => UnsafeWork,
    degrading_living => DegradingLiving, sexual_exploitation => SexualExploitation,
    made_to_break_law => MadeToBreakLaw, forced_marriage => ForcedMarriage, organ_removal => OrganRemoval,
    fear_of_return => FearOfReturn, wants_to_go_home => WantsToGoHome, children_with_them => ChildrenWithThem,
    in_danger_now => InDangerNow, health_needs => HealthNeeds, still_there => StillThere,
    reported_to_police => ReportedToPolice, willing_to_help_police => WillingToHelpPolice,
    speaks_local_language => SpeaksLocalLanguage, promise_broken => PromiseBroken,
    pay_problem => PayProblem, hurt_or_threatened => HurtOrThreatened, hard_conditions => HardConditions,
    made_to_do_things => MadeToDoThings, needs_help_now => NeedsHelpNow,
    work_out_pay => WorkOutPay, paid_to_someone_else => PaidToSomeoneElse,
}
