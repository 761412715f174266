//! An NGO's settings for its copy of Entitle: `site.json`, placed beside the
//! build. It may set the country and language the app opens with, the name
//! shown in the footer, and the NGO's own contacts, shown first under "where
//! to get help". It is read strictly: an unknown field, a field named twice, a
//! wrong type or a value the app does not know is refused with the field
//! named, and a refused file is not used at all (the app then runs with its
//! own settings and tells the site's owner what to fix).
//!
//! The reader is small and has no dependencies (see `json`), because the
//! first page needs these settings and its WebAssembly should carry no JSON
//! library.

pub mod json;

use json::Value;

/// The version of the settings format this reader knows.
pub const VERSION: &str = "1";

/// What the settings may name: the app passes its own lists.
#[derive(Clone, Copy, Debug)]
pub struct Known<'a> {
    /// Countries the app covers (`GB`, `FR`, …).
    pub countries: &'a [&'a str],
    /// Languages the app speaks (`en`, `fr`, …).
    pub languages: &'a [&'a str],
    /// The engine's need IDs (`legal_advice`, `safe_housing`, …).
    pub needs: &'a [&'a str],
}

/// The checked settings.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Site {
    /// The organisation's name, shown in the footer.
    pub name: Option<String>,
    /// The country chosen at first on the country question (the person can change it).
    pub country: Option<String>,
    /// The language the app opens in (the person can change it).
    pub language: Option<String>,
    /// The organisation's own contacts, in the order written.
    pub contacts: Vec<Contact>,
}

/// One of the organisation's own contacts.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Contact {
    pub name: String,
    /// For `tel:`: `+` and 3 to 15 digits, or a short national number.
    pub phone: Option<String>,
    /// The number as people write it locally.
    pub phone_display: Option<String>,
    /// For `sms:`, written as `phone` is.
    pub sms: Option<String>,
    /// An `https://` address.
    pub web: Option<String>,
    pub hours: Option<Hours>,
    /// BCP 47 tags, or `interpreters`.
    pub languages: Vec<String>,
    /// The engine's need IDs this contact meets.
    pub needs: Vec<String>,
    pub free: Option<bool>,
}

/// When a contact answers.
#[derive(Clone, Debug, PartialEq)]
pub enum Hours {
    Always,
    /// `days` is `mon_fri`, `mon_sat` or `every_day`; times are `HH:MM`.
    Days {
        days: String,
        opens: String,
        closes: String,
    },
}

/// The day ranges a contact's hours may name (each has a `days-<id>` message).
pub const DAYS: &[&str] = &["mon_fri", "mon_sat", "every_day"];

/// Why the settings were refused: the field, and what is wrong with it.
#[derive(Clone, Debug, PartialEq)]
pub struct SiteError {
    /// The field as a path (`contacts[0].phone`), or where the text stops being
    /// JSON (`line 3, column 7`).
    pub field: String,
    pub problem: Problem,
}

/// What is wrong with a field. Each has a stable ID, which names its words
/// in the app (`site-problem` with `problem = <id>`).
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The text is not JSON there.
    Syntax,
    /// An object names this field twice.
    Twice,
    /// There is no setting by this name.
    Unknown,
    /// A required setting is missing.
    Missing,
    NotText,
    NotList,
    NotObject,
    NotTrueOrFalse,
    /// `version` is not one this reader knows.
    Version,
    /// A country the app does not cover.
    Country,
    /// A language the app does not speak.
    Language,
    /// Not a language tag (`en`, `pt-BR`) or `interpreters`.
    LanguageTag,
    /// Not one of the engine's needs.
    Need,
    /// Not `+` and 3 to 15 digits, nor a short number of digits.
    Phone,
    /// Not an `https://` address.
    Web,
    /// Not one of `DAYS`.
    Days,
    /// Not a time written `HH:MM`.
    Time,
    /// Hours are either `always: true` or days with opening and closing times.
    Hours,
    /// Empty, or longer than the app can show well.
    Length,
    /// More items than the app shows.
    TooMany,
    /// A contact with no phone, text or web address.
    NoWayToReach,
    /// Named twice in the same list.
    Repeated,
    /// `phone_display` without a `phone`.
    DisplayWithoutPhone,
}

impl Problem {
    pub fn id(self) -> &'static str {
        match self {
            Problem::Syntax => "syntax",
            Problem::Twice => "twice",
            Problem::Unknown => "unknown",
            Problem::Missing => "missing",
            Problem::NotText => "not-text",
            Problem::NotList => "not-list",
            Problem::NotObject => "not-object",
            Problem::NotTrueOrFalse => "not-true-or-false",
            Problem::Version => "version",
            Problem::Country => "country",
            Problem::Language => "language",
            Problem::LanguageTag => "language-tag",
            Problem::Need => "need",
            Problem::Phone => "phone",
            Problem::Web => "web",
            Problem::Days => "days",
            Problem::Time => "time",
            Problem::Hours => "hours",
            Problem::Length => "length",
            Problem::TooMany => "too-many",
            Problem::NoWayToReach => "no-way-to-reach",
            Problem::Repeated => "repeated",
            Problem::DisplayWithoutPhone => "display-without-phone",
        }
    }

    /// Every problem, for checking that each has its words.
    pub const ALL: &'static [Problem] = &[
        Problem::Syntax,
        Problem::Twice,
        Problem::Unknown,
        Problem::Missing,
        Problem::NotText,
        Problem::NotList,
        Problem::NotObject,
        Problem::NotTrueOrFalse,
        Problem::Version,
        Problem::Country,
        Problem::Language,
        Problem::LanguageTag,
        Problem::Need,
        Problem::Phone,
        Problem::Web,
        Problem::Days,
        Problem::Time,
        Problem::Hours,
        Problem::Length,
        Problem::TooMany,
        Problem::NoWayToReach,
        Problem::Repeated,
        Problem::DisplayWithoutPhone,
    ];
}

impl std::fmt::Display for SiteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "site.json, {}: {}", self.field, self.problem.id())
    }
}

/// The most a name may be: enough for an organisation, short enough for a phone.
const NAME_MAX: usize = 80;
/// The most contacts the help list shows before the country's own services.
pub const CONTACTS_MAX: usize = 8;

/// Reads and checks `site.json`.
pub fn read(text: &str, known: Known<'_>) -> Result<Site, SiteError> {
    let value = json::parse(text).map_err(|e| match e.duplicate {
        Some(name) => SiteError {
            field: format!("{name} (line {}, column {})", e.line, e.column),
            problem: Problem::Twice,
        },
        None => SiteError {
            field: format!("line {}, column {}", e.line, e.column),
            problem: Problem::Syntax,
        },
    })?;
    let top = Fields::new(
        &value,
        String::new(),
        &["version", "name", "country", "language", "contacts"],
    )?;
    match top.get("version") {
        None => return Err(top.error("version", Problem::Missing)),
        Some(Value::Number(n)) if n == VERSION => {}
        Some(_) => return Err(top.error("version", Problem::Version)),
    }
    let name = top.text("name", NAME_MAX)?;
    let country = top.text("country", 2)?;
    if let Some(c) = &country {
        if !known.countries.contains(&c.as_str()) {
            return Err(top.error("country", Problem::Country));
        }
    }
    let language = top.text("language", 12)?;
    if let Some(l) = &language {
        if !known.languages.contains(&l.as_str()) {
            return Err(top.error("language", Problem::Language));
        }
    }
    let mut contacts = Vec::new();
    if let Some(list) = top.list("contacts")? {
        if list.len() > CONTACTS_MAX {
            return Err(top.error("contacts", Problem::TooMany));
        }
        for (i, item) in list.iter().enumerate() {
            contacts.push(contact(item, format!("contacts[{i}]"), known)?);
        }
    }
    Ok(Site {
        name,
        country,
        language,
        contacts,
    })
}

fn contact(value: &Value, path: String, known: Known<'_>) -> Result<Contact, SiteError> {
    let fields = Fields::new(
        value,
        path,
        &[
            "name",
            "phone",
            "phone_display",
            "sms",
            "web",
            "hours",
            "languages",
            "needs",
            "free",
        ],
    )?;
    let Some(name) = fields.text("name", NAME_MAX)? else {
        return Err(fields.error("name", Problem::Missing));
    };
    let number = |field: &str| -> Result<Option<String>, SiteError> {
        let n = fields.text(field, 16)?;
        match &n {
            Some(n) if !is_phone(n) => Err(fields.error(field, Problem::Phone)),
            _ => Ok(n),
        }
    };
    let phone = number("phone")?;
    let sms = number("sms")?;
    let phone_display = fields.text("phone_display", 30)?;
    if phone_display.is_some() && phone.is_none() {
        return Err(fields.error("phone_display", Problem::DisplayWithoutPhone));
    }
    if let Some(d) = &phone_display {
        if !d
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '+' | '-' | '(' | ')' | '.'))
        {
            return Err(fields.error("phone_display", Problem::Phone));
        }
    }
    let web = fields.text("web", 200)?;
    if let Some(w) = &web {
        if !is_web(w) {
            return Err(fields.error("web", Problem::Web));
        }
    }
    if phone.is_none() && sms.is_none() && web.is_none() {
        return Err(fields.error("name", Problem::NoWayToReach));
    }
    let hours = match fields.get("hours") {
        None => None,
        Some(v) => Some(hours(v, fields.path("hours"))?),
    };
    let languages = fields.texts("languages", 20, |tag| {
        (tag == "interpreters" || is_language_tag(tag))
            .then_some(())
            .ok_or(Problem::LanguageTag)
    })?;
    let needs = fields.texts("needs", known.needs.len(), |need| {
        known
            .needs
            .contains(&need)
            .then_some(())
            .ok_or(Problem::Need)
    })?;
    let free = match fields.get("free") {
        None => None,
        Some(Value::Bool(b)) => Some(*b),
        Some(_) => return Err(fields.error("free", Problem::NotTrueOrFalse)),
    };
    Ok(Contact {
        name,
        phone,
        phone_display,
        sms,
        web,
        hours,
        languages,
        needs,
        free,
    })
}

fn hours(value: &Value, path: String) -> Result<Hours, SiteError> {
    let fields = Fields::new(value, path, &["always", "days", "opens", "closes"])?;
    let always = match fields.get("always") {
        None => false,
        Some(Value::Bool(b)) => *b,
        Some(_) => return Err(fields.error("always", Problem::NotTrueOrFalse)),
    };
    let days = fields.text("days", 12)?;
    let opens = fields.text("opens", 5)?;
    let closes = fields.text("closes", 5)?;
    match (always, days, opens, closes) {
        (true, None, None, None) => Ok(Hours::Always),
        (false, Some(days), Some(opens), Some(closes)) => {
            if !DAYS.contains(&days.as_str()) {
                return Err(fields.error("days", Problem::Days));
            }
            for (field, time) in [("opens", &opens), ("closes", &closes)] {
                if !is_time(time) {
                    return Err(fields.error(field, Problem::Time));
                }
            }
            Ok(Hours::Days {
                days,
                opens,
                closes,
            })
        }
        (true, ..) => Err(fields.error("always", Problem::Hours)),
        (false, None, ..) => Err(fields.error("days", Problem::Missing)),
        (false, _, None, _) => Err(fields.error("opens", Problem::Missing)),
        (false, ..) => Err(fields.error("closes", Problem::Missing)),
    }
}

/// An object's members, checked against the names it may have.
struct Fields<'a> {
    members: &'a [(String, Value)],
    path: String,
}

impl<'a> Fields<'a> {
    fn new(value: &'a Value, path: String, allowed: &[&str]) -> Result<Self, SiteError> {
        let Value::Object(members) = value else {
            let field = if path.is_empty() {
                "(the whole file)".to_string()
            } else {
                path
            };
            return Err(SiteError {
                field,
                problem: Problem::NotObject,
            });
        };
        let fields = Fields { members, path };
        if let Some((name, _)) = members.iter().find(|(k, _)| !allowed.contains(&k.as_str())) {
            return Err(fields.error(name, Problem::Unknown));
        }
        Ok(fields)
    }

    fn path(&self, field: &str) -> String {
        if self.path.is_empty() {
            field.to_string()
        } else {
            format!("{}.{field}", self.path)
        }
    }

    #[inline(never)]
    fn error(&self, field: &str, problem: Problem) -> SiteError {
        SiteError {
            field: self.path(field),
            problem,
        }
    }

    fn get(&self, field: &str) -> Option<&'a Value> {
        self.members
            .iter()
            .find(|(k, _)| k == field)
            .map(|(_, v)| v)
    }

    /// A text of 1 to `max` characters, with no control characters.
    fn text(&self, field: &str, max: usize) -> Result<Option<String>, SiteError> {
        match self.get(field) {
            None => Ok(None),
            Some(Value::String(s)) => {
                let trimmed = s.trim();
                let length = trimmed.chars().count();
                if length == 0 || length > max || trimmed.chars().any(char::is_control) {
                    Err(self.error(field, Problem::Length))
                } else {
                    Ok(Some(trimmed.to_string()))
                }
            }
            Some(_) => Err(self.error(field, Problem::NotText)),
        }
    }

    fn list(&self, field: &str) -> Result<Option<&'a [Value]>, SiteError> {
        match self.get(field) {
            None => Ok(None),
            Some(Value::Array(items)) => Ok(Some(items)),
            Some(_) => Err(self.error(field, Problem::NotList)),
        }
    }

    /// A list of at most `max` distinct texts, each passing `check`.
    fn texts(
        &self,
        field: &str,
        max: usize,
        check: impl Fn(&str) -> Result<(), Problem>,
    ) -> Result<Vec<String>, SiteError> {
        let Some(items) = self.list(field)? else {
            return Ok(Vec::new());
        };
        if items.len() > max {
            return Err(self.error(field, Problem::TooMany));
        }
        let mut out: Vec<String> = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let at = format!("{field}[{i}]");
            let Value::String(s) = item else {
                return Err(self.error(&at, Problem::NotText));
            };
            check(s).map_err(|p| self.error(&at, p))?;
            if out.contains(s) {
                return Err(self.error(&at, Problem::Repeated));
            }
            out.push(s.clone());
        }
        Ok(out)
    }
}

/// `+` and 3 to 15 digits (E.164 has at most 15), or 3 to 15 digits (a short or national number).
fn is_phone(n: &str) -> bool {
    let digits = n.strip_prefix('+').unwrap_or(n);
    (3..=15).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit())
}

/// `https://`, a host name with a dot, then an optional path with no spaces or quotes.
fn is_web(w: &str) -> bool {
    let Some(rest) = w.strip_prefix("https://") else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host_ok = host.contains('.')
        && !host.starts_with('.')
        && !host.ends_with('.')
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-');
    host_ok
        && !w.chars().any(|c| {
            c.is_whitespace() || c.is_control() || matches!(c, '"' | '\'' | '<' | '>' | '\\' | '`')
        })
}

/// A BCP 47 tag as the app uses them: a 2- or 3-letter language, then subtags.
fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let language = parts.next().unwrap_or("");
    (2..=3).contains(&language.len())
        && language.bytes().all(|b| b.is_ascii_lowercase())
        && parts.all(|p| (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// `HH:MM`, 00:00 to 24:00.
fn is_time(t: &str) -> bool {
    let b = t.as_bytes();
    if b.len() != 5
        || b[2] != b':'
        || !b
            .iter()
            .enumerate()
            .all(|(i, c)| i == 2 || c.is_ascii_digit())
    {
        return false;
    }
    let hours = (b[0] - b'0') * 10 + (b[1] - b'0');
    let minutes = (b[3] - b'0') * 10 + (b[4] - b'0');
    (hours < 24 && minutes < 60) || (hours == 24 && minutes == 0)
}
