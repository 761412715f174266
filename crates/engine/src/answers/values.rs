//! The kinds of answer a question can take. Every kind can say "I don't know"
//! and "I'd rather not say", which are kept apart from "no".

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A reply to a yes/no question.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Reply {
    Yes,
    No,
    DontKnow,
    PreferNotToSay,
}

impl Reply {
    pub const ALL: [Reply; 4] = [
        Reply::Yes,
        Reply::No,
        Reply::DontKnow,
        Reply::PreferNotToSay,
    ];

    /// Stable ID, used in JSON and (hyphenated) in Fluent message names.
    pub fn id(self) -> &'static str {
        match self {
            Reply::Yes => "yes",
            Reply::No => "no",
            Reply::DontKnow => "dont_know",
            Reply::PreferNotToSay => "prefer_not_to_say",
        }
    }
}

/// Declares a closed list of choices that also carries "don't know" and
/// "rather not say", with stable snake_case IDs.
macro_rules! choices {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident = $id:literal),* $(,)? }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
        #[serde(rename_all = "snake_case")]
        pub enum $name {
            $($(#[$vdoc])* $variant,)*
            DontKnow,
            PreferNotToSay,
        }

        impl $name {
            /// Every choice a person can pick, in the order they are shown.
            pub const ALL: &'static [$name] = &[$($name::$variant,)* $name::DontKnow, $name::PreferNotToSay];

            /// The IDs of `ALL`, in the same order.
            pub const IDS: &'static [&'static str] = &[$($id,)* "dont_know", "prefer_not_to_say"];

            pub fn id(self) -> &'static str {
                match self {
                    $($name::$variant => $id,)*
                    $name::DontKnow => "dont_know",
                    $name::PreferNotToSay => "prefer_not_to_say",
                }
            }

            /// True for "don't know" and "rather not say".
            pub fn is_unknown(self) -> bool {
                matches!(self, $name::DontKnow | $name::PreferNotToSay)
            }
        }
    };
}

choices! {
    /// Who found the job or arranged the travel.
    Recruiter {
        Agency = "agency",
        Relative = "relative",
        Partner = "partner",
        Friend = "friend",
        Stranger = "stranger",
        Online = "online",
        Employer = "employer",
        Other = "other",
    }
}

choices! {
    /// Who has the person's passport or ID now.
    DocumentHolder {
        Themselves = "themselves",
        Employer = "employer",
        Agent = "agent",
        /// The people who moved them across borders.
        Smuggler = "smuggler",
        /// The police, immigration or another public authority.
        Authorities = "authorities",
        Other = "other",
        /// Lost or destroyed.
        Lost = "lost",
    }
}

choices! {
    /// How the person crossed borders to get where they are.
    Journey {
        /// With a valid visa or permit, through border control.
        Regular = "regular",
        /// Someone was paid to get them across without following entry rules.
        Smuggled = "smuggled",
        /// With papers that were false or not their own.
        FalsePapers = "false_papers",
        /// They did not cross a border.
        NoBorder = "no_border",
    }
}

choices! {
    /// The main kind of work.
    WorkKind {
        Domestic = "domestic",
        Agriculture = "agriculture",
        Construction = "construction",
        Fishing = "fishing",
        Care = "care",
        Factory = "factory",
        Hospitality = "hospitality",
        SexWork = "sex_work",
        /// Made to commit crimes, e.g. growing cannabis, selling drugs, theft.
        CriminalActivity = "criminal_activity",
        Begging = "begging",
        Other = "other",
    }
}

choices! {
    /// The person's permission to be in the country now.
    Residence {
        Citizen = "citizen",
        PermanentResident = "permanent_resident",
        WorkPermit = "work_permit",
        StudentOrVisitor = "student_or_visitor",
        AsylumSeeker = "asylum_seeker",
        Refugee = "refugee",
        /// Had a visa or permit but it has run out.
        Expired = "expired",
        NoPapers = "no_papers",
    }
}

choices! {
    /// Why the person fears going back.
    FearReason {
        /// The people who exploited them, or being trafficked again.
        Traffickers = "traffickers",
        /// Because of race, religion, nationality, a social group or political opinion.
        Persecution = "persecution",
        /// Torture, or inhuman or degrading treatment.
        Torture = "torture",
        /// Violence from family or community.
        FamilyOrCommunity = "family_or_community",
        Other = "other",
    }
}

impl Residence {
    /// Has no current permission to stay.
    pub fn is_irregular(self) -> bool {
        matches!(self, Residence::Expired | Residence::NoPapers)
    }
}

/// Either a value or "don't know" / "rather not say", written in JSON as the
/// value itself or the strings `"dont_know"` and `"prefer_not_to_say"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Known<T> {
    Value(T),
    DontKnow,
    PreferNotToSay,
}

impl<T: Copy> Known<T> {
    pub fn value(self) -> Option<T> {
        match self {
            Known::Value(v) => Some(v),
            _ => None,
        }
    }
}

impl<T: Serialize> Serialize for Known<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Known::Value(v) => v.serialize(s),
            Known::DontKnow => s.serialize_str("dont_know"),
            Known::PreferNotToSay => s.serialize_str("prefer_not_to_say"),
        }
    }
}

/// ISO 3166-1 alpha-2 country code, upper case.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CountryCode([u8; 2]);

impl CountryCode {
    /// Accepts two ASCII capital letters. Whether the code is assigned is
    /// checked against the jurisdictions the engine knows; unknown ones get the
    /// international baseline.
    pub fn parse(text: &str) -> Option<CountryCode> {
        let b = text.as_bytes();
        (b.len() == 2 && b.iter().all(u8::is_ascii_uppercase)).then(|| CountryCode([b[0], b[1]]))
    }

    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).unwrap_or("??")
    }
}

impl Serialize for CountryCode {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for CountryCode {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<CountryCode, D::Error> {
        let text = String::deserialize(d)?;
        CountryCode::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "`{text}` is not an ISO 3166-1 alpha-2 code such as \"GB\""
            ))
        })
    }
}

/// A country, or "don't know" / "rather not say".
pub type Country = Known<CountryCode>;

impl<'de> Deserialize<'de> for Known<CountryCode> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        match text.as_str() {
            "dont_know" => Ok(Known::DontKnow),
            "prefer_not_to_say" => Ok(Known::PreferNotToSay),
            _ => CountryCode::parse(&text).map(Known::Value).ok_or_else(|| {
                serde::de::Error::custom(format!(
                    "`{text}` is not an ISO 3166-1 alpha-2 code such as \"GB\", \"dont_know\" or \"prefer_not_to_say\""
                ))
            }),
        }
    }
}

/// A person's age: years, or "not sure, maybe under 18", or unknown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Age {
    Years(u8),
    /// Not sure of their age, and may be under 18 (ECAT art. 10(3) presumption).
    MaybeUnder18,
    DontKnow,
    PreferNotToSay,
}

impl Serialize for Age {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Age::Years(y) => s.serialize_u8(*y),
            Age::MaybeUnder18 => s.serialize_str("maybe_under_18"),
            Age::DontKnow => s.serialize_str("dont_know"),
            Age::PreferNotToSay => s.serialize_str("prefer_not_to_say"),
        }
    }
}

impl<'de> Deserialize<'de> for Age {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Age, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Years(u64),
            Text(String),
        }
        match Raw::deserialize(d)? {
            Raw::Years(y) if y <= 120 => Ok(Age::Years(y as u8)),
            Raw::Years(y) => Err(serde::de::Error::custom(format!("{y} is not an age in years (0 to 120)"))),
            Raw::Text(t) => match t.as_str() {
                "maybe_under_18" => Ok(Age::MaybeUnder18),
                "dont_know" => Ok(Age::DontKnow),
                "prefer_not_to_say" => Ok(Age::PreferNotToSay),
                _ => Err(serde::de::Error::custom(format!(
                    "`{t}` is not an age: use a number of years, \"maybe_under_18\", \"dont_know\" or \"prefer_not_to_say\""
                ))),
            },
        }
    }
}

/// A whole number from 0 to `MAX`: hours in a day (24), days off in a week (7).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct UpTo<const MAX: u8>(u8);

impl<const MAX: u8> UpTo<MAX> {
    /// `None` above `MAX`.
    pub fn new(n: u8) -> Option<UpTo<MAX>> {
        (n <= MAX).then_some(UpTo(n))
    }

    pub fn get(self) -> u8 {
        self.0
    }
}

impl<const MAX: u8> Serialize for UpTo<MAX> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u8(self.0)
    }
}

/// A count with a real-world ceiling, or unknown.
pub type Count<const MAX: u8> = Known<UpTo<MAX>>;
/// Usual hours of work in a day.
pub type HoursInDay = Count<24>;
/// Usual days off in a week.
pub type DaysInWeek = Count<7>;

impl<'de, const MAX: u8> Deserialize<'de> for Known<UpTo<MAX>> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Number(u64),
            Text(String),
        }
        let range =
            || format!("a whole number from 0 to {MAX}, \"dont_know\" or \"prefer_not_to_say\"");
        match Raw::deserialize(d)? {
            Raw::Number(n) => u8::try_from(n)
                .ok()
                .and_then(UpTo::new)
                .map(Known::Value)
                .ok_or_else(|| {
                    serde::de::Error::custom(format!("{n} is out of range: use {}", range()))
                }),
            Raw::Text(t) if t == "dont_know" => Ok(Known::DontKnow),
            Raw::Text(t) if t == "prefer_not_to_say" => Ok(Known::PreferNotToSay),
            Raw::Text(t) => Err(serde::de::Error::custom(format!(
                "`{t}` is not {}",
                range()
            ))),
        }
    }
}
