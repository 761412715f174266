//! Every word a person reads comes from a Fluent message in `locales/<lang>/`,
//! compiled at build time by Fluent's reference parser (`entitle-l10n`) and
//! resolved here with Fluent's rules. The person's language and English are
//! fetched at start-up, and every other language at once, only when the
//! person asks for another (see `load`).

pub use entitle_l10n::Arg;
use entitle_l10n::{Catalog, Category};
use std::cell::OnceCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

pub mod load;
pub mod required;

/// The language every other falls back to, message by message.
pub const FALLBACK: &str = "en";

/// Languages written right to left.
const RTL: &[&str] = &["ar", "fa", "he", "ps", "ur"];

/// The language tags that have a locale folder.
pub fn available() -> impl Iterator<Item = &'static str> {
    LOCALE_TAGS.iter().copied()
}

thread_local! {
    /// Compiled parts of languages, built in or fetched: tag, part, catalog.
    static PARTS: std::cell::RefCell<Vec<(String, &'static str, Rc<Catalog>)>> = {
        let built_in = LOCALES
            .iter()
            .filter_map(|(tag, part, bytes)| {
                let catalog = postcard::from_bytes::<Catalog>(bytes).ok()?;
                Some((tag.to_string(), *part, Rc::new(catalog)))
            })
            .collect();
        std::cell::RefCell::new(built_in)
    };
}

/// Adds one part (`load::PARTS`) of a language, fetched and packed
/// by `l10n-pack`. A part that does not unpack is left out (its messages then
/// come from the fallback language, or show their ID).
pub fn add_locale(tag: &str, part: &'static str, packed: &[u8]) -> bool {
    match postcard::from_bytes::<Catalog>(packed) {
        Ok(catalog) => {
            PARTS.with(|p| {
                p.borrow_mut()
                    .push((tag.to_string(), part, Rc::new(catalog)))
            });
            true
        }
        Err(_) => false,
    }
}

/// Whether a language's page words are there: enough to show the pages.
pub fn has_locale(tag: &str) -> bool {
    has_part(tag, "ui")
}

/// Whether one part of a language is there.
pub fn has_part(tag: &str, part: &str) -> bool {
    PARTS.with(|p| p.borrow().iter().any(|(t, q, _)| t == tag && *q == part))
}

fn catalogs(tag: &str) -> Vec<Rc<Catalog>> {
    PARTS.with(|p| {
        p.borrow()
            .iter()
            .filter(|(t, _, _)| t == tag)
            .map(|(_, _, c)| c.clone())
            .collect()
    })
}

/// Picks the first of the person's preferred languages that we have, matching on
/// the primary language (`fr-CA` → `fr`; every `zh-*` → `zh-Hans`, the only
/// Chinese we have; `fil`, Filipino, → `tl`), else English.
pub fn negotiate<S: AsRef<str>>(preferred: &[S]) -> &'static str {
    for want in preferred {
        let primary = primary(want.as_ref());
        if let Some(tag) = available().find(|tag| self::primary(tag) == primary) {
            return tag;
        }
    }
    FALLBACK
}

/// The primary language of a tag, lower-cased, with Filipino read as Tagalog
/// (the same language; browsers say `fil`). scripts/postbuild.mjs and
/// scripts/worker.js do the same.
pub fn primary(tag: &str) -> String {
    let p = tag
        .split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    if p == "fil" {
        "tl".to_string()
    } else {
        p
    }
}

/// The browser's preferred languages, most preferred first.
pub fn browser_languages() -> Vec<String> {
    let navigator = gloo::utils::window().navigator();
    let list: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if list.is_empty() {
        navigator.language().into_iter().collect()
    } else {
        list
    }
}

struct Inner {
    tag: &'static str,
    /// The language's parts, then the fallback's.
    catalogs: Vec<Rc<Catalog>>,
    /// The browser's CLDR plural rules for the language, made on first use
    /// (making them costs a few milliseconds on a slow phone).
    plurals: OnceCell<js_sys::Intl::PluralRules>,
}

/// The words of one language. Cheap to clone; compared by identity, so words
/// built after more data arrived compare unequal and redraw the pages.
#[derive(Clone)]
pub struct I18n(Rc<Inner>);

impl PartialEq for I18n {
    fn eq(&self, other: &I18n) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl I18n {
    /// The words of `tag` (falling back to English message by message), or
    /// English if we have no such language.
    pub fn new(tag: &str) -> I18n {
        let tag = available().find(|t| *t == tag).unwrap_or(FALLBACK);
        let mut list = catalogs(tag);
        if tag != FALLBACK {
            list.extend(catalogs(FALLBACK));
        }
        I18n(Rc::new(Inner {
            tag,
            catalogs: list,
            plurals: OnceCell::new(),
        }))
    }

    pub fn lang(&self) -> &'static str {
        self.0.tag
    }

    /// `rtl` or `ltr`, for the `dir` attribute.
    pub fn dir(&self) -> &'static str {
        if RTL.contains(&self.0.tag) {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// The message `id` with no arguments.
    pub fn t(&self, id: &str) -> String {
        self.t_with(id, &[])
    }

    /// The message `id` with named arguments.
    pub fn t_with(&self, id: &str, args: &[(&str, Arg)]) -> String {
        match self.0.catalogs.iter().find_map(|c| c.get(id)) {
            Some(pattern) => pattern.format(args, &|n| self.plural(n)),
            // A missing message shows its ID rather than nothing; tests/locales.rs
            // fails the build of any locale that lacks one.
            None => id.to_string(),
        }
    }

    /// The cardinal plural category of `n` in this language, from the browser.
    fn plural(&self, n: i64) -> Category {
        let rules = self.0.plurals.get_or_init(|| {
            js_sys::Intl::PluralRules::new(
                &js_sys::Array::of1(&crate::js::string(self.0.tag)),
                &js_sys::Object::new(),
            )
        });
        let category: String = rules.select(n as f64).into();
        Category::from_key(&category).unwrap_or(Category::Other)
    }

    /// A date as this language writes it, in the person's own conventions
    /// where the browser says them ("2 December 2026" for en-GB, "December 2,
    /// 2026" for en-US, "2 décembre 2026", and the calendar the region uses),
    /// by the browser's `Intl.DateTimeFormat`, read as a calendar day (in UTC,
    /// so no time zone shifts it). The browser's region is used only when it
    /// is for the language shown; otherwise the language alone decides.
    pub fn date(&self, d: entitle_engine::Date) -> String {
        let ms = utc_ms(d.year, d.month, d.day);
        self.format_date(&[("dateStyle", "long")], ms)
            .unwrap_or_else(|| d.to_string())
    }
}

/// Milliseconds since 1970 at midnight UTC on a calendar day (as `Date.UTC`).
fn utc_ms(year: u16, month: u8, day: u8) -> f64 {
    js_sys::Date::utc(f64::from(year), f64::from(month) - 1.0)
        + (f64::from(day) - 1.0) * 86_400_000.0
}

impl I18n {
    /// The locales to format with: the browser's own for this language
    /// (`en-GB` for English in Britain), then the language alone.
    fn locales(&self) -> js_sys::Array {
        let tag = self.0.tag;
        let locales = js_sys::Array::new();
        for l in browser_languages() {
            // Not for a tag with a script (`zh-Hans`): the browser's `zh-TW`
            // would write Traditional characters beside Simplified words.
            if !tag.contains('-') && primary(&l) == tag && l.len() > tag.len() {
                locales.push(&crate::js::string(&l));
            }
        }
        locales.push(&crate::js::string(tag));
        locales
    }

    /// A month as this language writes it ("January 2024", "janvier 2024").
    pub fn month(&self, m: entitle_engine::answers::YearMonth) -> String {
        self.format_date(
            &[("month", "long"), ("year", "numeric")],
            utc_ms(m.year, m.month, 1),
        )
        .unwrap_or_else(|| m.to_string())
    }

    /// A moment (`utc_ms`) by `Intl.DateTimeFormat` with these options, in UTC.
    ///
    /// Every date the app writes goes through here, so the later file
    /// (`crate::later`) formats dates without a conversion of its own.
    fn format_date(&self, options: &[(&str, &str)], utc_ms: f64) -> Option<String> {
        let object = js_sys::Object::new();
        for (k, v) in options.iter().chain(&[("timeZone", "UTC")]) {
            crate::js::set(&object, k, &crate::js::string(v));
        }
        let format = js_sys::Intl::DateTimeFormat::new(&self.locales(), &object);
        let day = js_sys::Date::new(&crate::js::number(utc_ms));
        format
            .format()
            .call1(&format, &day)
            .ok()
            .and_then(|v| v.as_string())
    }

    /// The arguments that name the rules' country in running text: its
    /// name, and its code for the messages that choose an article by it
    /// (`ZZ` for the international baseline).
    pub fn country_args(&self, jurisdiction: &str) -> [(&'static str, Arg); 2] {
        let code = if jurisdiction == "INTL" {
            "ZZ"
        } else {
            jurisdiction
        };
        [
            ("country", Arg::from(self.t(&format!("country-{code}")))),
            ("code", Arg::from(code.to_string())),
        ]
    }

    /// A month's name alone ("January", "janvier"), for a month list.
    pub fn month_name(&self, month: u8) -> String {
        self.format_date(&[("month", "long")], utc_ms(2024, month, 1))
            .unwrap_or_else(|| month.to_string())
    }

    /// An amount as this language writes money ("£1,200.50", "1 200,50 €"),
    /// by `Intl.NumberFormat`, given the exact decimal text so no float rounds it.
    pub fn money(&self, m: entitle_engine::answers::Money) -> String {
        let options = js_sys::Object::new();
        let _ = js_sys::Reflect::set(
            &options,
            &crate::js::string("style"),
            &crate::js::string("currency"),
        );
        let _ = js_sys::Reflect::set(
            &options,
            &crate::js::string("currency"),
            &crate::js::string(m.currency.as_str()),
        );
        let format = js_sys::Intl::NumberFormat::new(&self.locales(), &options);
        let text = m.to_string();
        let number = text.split(' ').next().unwrap_or("0").to_string();
        format
            .format()
            .call1(&format, &crate::js::string(&number))
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or(text)
    }

    /// A currency's name in this language ("British pound"), for a choice list.
    pub fn currency_name(&self, code: &str) -> String {
        let options = js_sys::Object::new();
        let _ = js_sys::Reflect::set(
            &options,
            &crate::js::string("type"),
            &crate::js::string("currency"),
        );
        let names = js_sys::Reflect::get(&js_sys::global(), &crate::js::string("Intl"))
            .and_then(|intl| js_sys::Reflect::get(&intl, &crate::js::string("DisplayNames")))
            .ok()
            .and_then(|c| c.dyn_into::<js_sys::Function>().ok())
            .and_then(|c| {
                js_sys::Reflect::construct(&c, &js_sys::Array::of2(&self.locales(), &options)).ok()
            });
        names
            .and_then(|n| {
                let of = js_sys::Reflect::get(&n, &crate::js::string("of")).ok()?;
                let of: js_sys::Function = of.dyn_into().ok()?;
                of.call1(&n, &crate::js::string(code)).ok()?.as_string()
            })
            .unwrap_or_else(|| code.to_string())
    }
}

/// Turns a dotted engine ID into the part of a Fluent message name: `un.icrmw` → `un-icrmw`.
pub fn key(id: &str) -> String {
    id.replace('.', "-")
}

impl I18n {
    /// Words for an answer given as its ID text (see `AnswerValue::to_text`).
    pub fn answer_label(&self, q: entitle_engine::QuestionId, text: &str) -> String {
        use entitle_engine::answers::QuestionKind;
        if text == "dont_know" || text == "prefer_not_to_say" {
            return self.t(&format!("reply-{text}"));
        }
        match q.kind() {
            QuestionKind::YesNo => self.t(&format!("reply-{text}")),
            QuestionKind::Choice(_) => self.t(&format!("option-{}-{text}", q.id())),
            QuestionKind::Country => self.t(&format!("country-{text}")),
            QuestionKind::Age if text == "maybe_under_18" => self.t("answer-maybe_under_18"),
            QuestionKind::Age => self.t_with(
                "answer-years",
                &[("years", Arg::from(text.parse::<u32>().unwrap_or(0)))],
            ),
            QuestionKind::Count(_) => self.t_with(
                "answer-count",
                &[("count", Arg::from(text.parse::<u32>().unwrap_or(0)))],
            ),
            QuestionKind::Month | QuestionKind::MonthOrOngoing => {
                match entitle_engine::answers::Ending::parse(text) {
                    Some(entitle_engine::answers::Ending::Month(m)) => self.month(m),
                    Some(entitle_engine::answers::Ending::StillWorking) => {
                        self.t("answer-still_working")
                    }
                    None => text.to_string(),
                }
            }
            QuestionKind::Money => entitle_engine::answers::Money::parse(text)
                .map_or_else(|| text.to_string(), |m| self.money(m)),
            QuestionKind::Pay => match entitle_engine::answers::PayRate::parse(text) {
                Some(p) => self.t_with(
                    "answer-pay",
                    &[
                        ("amount", Arg::from(self.money(p.money))),
                        ("per", Arg::from(self.t(&format!("per-{}", p.per.id())))),
                    ],
                ),
                None => text.to_string(),
            },
        }
    }

    /// The countries we hold rules for, named in this language and in the
    /// order a reader of it expects ("États-Unis" under E, "إسبانيا" under
    /// alef), each with its code. The order was worked out at build time
    /// (`COUNTRY_ORDER`, build.rs), so the phone sorts nothing.
    pub fn countries(&self) -> Vec<(String, String)> {
        let order = COUNTRY_ORDER
            .iter()
            .find(|(tag, _)| *tag == self.0.tag)
            .map_or(COUNTRIES, |(_, order)| order);
        order
            .iter()
            .filter(|c| COUNTRIES.contains(c))
            .map(|c| (c.to_string(), self.t(&format!("country-{c}"))))
            .collect()
    }

    /// The question as its page heading.
    pub fn question(&self, q: entitle_engine::QuestionId) -> String {
        self.t(&format!("question-{}", q.id()))
    }
}

/// Countries the app offers by name: those whose rules we hold, then "another
/// EU or EEA country" (`EU`, for nationality) and "another country" (`ZZ`).
pub const COUNTRIES: &[&str] = &[
    "AU", "CA", "FR", "DE", "IT", "NL", "PH", "QA", "ES", "TH", "GB", "US",
];

/// Languages offered, each named in its own script (names are not translated).
pub const LANGUAGES: &[(&str, &str)] = &[
    ("en", "English"),
    ("fr", "Français"),
    ("es", "Español"),
    ("ar", "العربية"),
    ("pt", "Português"),
    ("ro", "Română"),
    ("sq", "Shqip"),
    ("uk", "Українська"),
    ("ru", "Русский"),
    ("vi", "Tiếng Việt"),
    ("tl", "Tagalog"),
    ("zh-Hans", "简体中文"),
    ("ne", "नेपाली"),
    ("bn", "বাংলা"),
    ("am", "አማርኛ"),
    ("ti", "ትግርኛ"),
    ("fa", "فارسی"),
];
