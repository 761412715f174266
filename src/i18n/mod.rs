//! Every word a person reads comes from a Fluent message in `locales/<lang>/`.
//! All languages are embedded in the app, so picking one fetches nothing.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use std::rc::Rc;
use unic_langid::LanguageIdentifier;

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
    /// Fluent sources fetched at start-up, by language tag.
    static FETCHED: std::cell::RefCell<Vec<(String, String)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Adds the Fluent source of a language fetched at start-up.
pub fn add_locale(tag: &str, source: String) {
    FETCHED.with(|f| f.borrow_mut().push((tag.to_string(), source)));
    // Words built before this language (or the fallback) arrived are stale.
    CACHE.with(|c| {
        c.borrow_mut()
            .retain(|i| i.lang() != tag && tag != FALLBACK)
    });
}

thread_local! {
    /// Built bundles, so redrawing never parses a language twice.
    static CACHE: std::cell::RefCell<Vec<I18n>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Whether a language's messages are there (built in, or fetched).
pub fn has_locale(tag: &str) -> bool {
    LOCALES.iter().any(|(t, _)| *t == tag)
        || FETCHED.with(|f| f.borrow().iter().any(|(t, _)| t == tag))
}

/// Picks the first of the person's preferred languages that we have, matching on
/// the primary language (`fr-CA` → `fr`), else English.
pub fn negotiate<S: AsRef<str>>(preferred: &[S]) -> &'static str {
    for want in preferred {
        let primary = want
            .as_ref()
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        if let Some(tag) = available().find(|tag| *tag == primary) {
            return tag;
        }
    }
    FALLBACK
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

fn bundle(tag: &str) -> Option<FluentBundle<FluentResource>> {
    let mut sources: Vec<String> = LOCALES
        .iter()
        .filter(|(t, _)| *t == tag)
        .flat_map(|(_, s)| s.iter().map(|x| x.to_string()))
        .collect();
    FETCHED.with(|f| {
        sources.extend(
            f.borrow()
                .iter()
                .filter(|(t, _)| t == tag)
                .map(|(_, s)| s.clone()),
        )
    });
    if sources.is_empty() {
        return None;
    }
    let langid: LanguageIdentifier = tag.parse().ok()?;
    let mut bundle = FluentBundle::new(vec![langid]);
    for source in &sources {
        // The locale test (tests/locales.rs) proves every file parses; a bad
        // entry here is skipped rather than taking the whole language down.
        let resource =
            FluentResource::try_new((*source).to_string()).unwrap_or_else(|(partial, _)| partial);
        let _ = bundle.add_resource(resource);
    }
    Some(bundle)
}

struct Inner {
    tag: &'static str,
    primary: FluentBundle<FluentResource>,
    fallback: Option<FluentBundle<FluentResource>>,
}

/// The words of one language. Cheap to clone; compared by language.
#[derive(Clone)]
pub struct I18n(Rc<Inner>);

impl PartialEq for I18n {
    /// The same words: the same built bundle (a language that arrives later gives a new one).
    fn eq(&self, other: &I18n) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl I18n {
    /// The words of `tag`, or English if we have no such language. Built once
    /// per language and kept.
    pub fn new(tag: &str) -> I18n {
        let tag = available().find(|t| *t == tag).unwrap_or(FALLBACK);
        if let Some(cached) = CACHE.with(|c| c.borrow().iter().find(|i| i.lang() == tag).cloned()) {
            return cached;
        }
        let built = I18n::build(tag);
        // Only complete words are kept; an empty bundle is rebuilt when data arrives.
        if has_locale(tag) {
            CACHE.with(|c| c.borrow_mut().push(built.clone()));
        }
        built
    }

    fn build(tag: &'static str) -> I18n {
        let primary = bundle(tag)
            .or_else(|| bundle(FALLBACK))
            .unwrap_or_else(|| FluentBundle::new(vec![]));
        let fallback = if tag == FALLBACK {
            None
        } else {
            bundle(FALLBACK)
        };
        I18n(Rc::new(Inner {
            tag,
            primary,
            fallback,
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
        self.format(id, None)
    }

    /// The message `id` with named arguments.
    pub fn t_with(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        self.format(id, Some(&fluent_args))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        for bundle in std::iter::once(&self.0.primary).chain(self.0.fallback.as_ref()) {
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                return bundle
                    .format_pattern(pattern, args, &mut errors)
                    .into_owned();
            }
        }
        // A missing message shows its ID rather than nothing; tests/locales.rs
        // fails the build of any locale that lacks one.
        id.to_string()
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
                &[("years", FluentValue::from(text.parse::<u32>().unwrap_or(0)))],
            ),
            QuestionKind::Count => self.t_with(
                "answer-count",
                &[("count", FluentValue::from(text.parse::<u32>().unwrap_or(0)))],
            ),
        }
    }

    /// The countries we hold rules for, named in this language and in its
    /// alphabetical order (the browser's collation for the language, so
    /// "États-Unis" sorts under E), each with its code.
    pub fn countries(&self) -> Vec<(String, String)> {
        let mut list: Vec<(String, String)> = COUNTRIES
            .iter()
            .map(|c| (c.to_string(), self.t(&format!("country-{c}"))))
            .collect();
        let locales = js_sys::Array::of1(&self.lang().into());
        let compare = js_sys::Intl::Collator::new(&locales, &js_sys::Object::new()).compare();
        entitle_engine::small_sort::sort_by(&mut list, |a, b| {
            compare
                .call2(
                    &wasm_bindgen::JsValue::NULL,
                    &a.1.as_str().into(),
                    &b.1.as_str().into(),
                )
                .ok()
                .and_then(|v| v.as_f64())
                .is_some_and(|order| order < 0.0)
        });
        list
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
];
