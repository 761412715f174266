//! Fluent messages, compiled at build time and resolved at run time.
//!
//! The `.ftl` files are parsed by Fluent's reference parser (`fluent-syntax`)
//! when the app is built (`compile`, behind the `compile` feature); any error,
//! unknown reference or feature this runtime does not resolve fails the build.
//! The WebAssembly then carries only a [`Catalog`] and this resolver, which
//! writes exactly what `fluent-bundle` writes: variables, message and term
//! references, string and integer literals, select expressions with plural
//! categories, and Unicode bidi isolation around placeables. Plural categories
//! come from the caller (the app asks the browser's `Intl.PluralRules`, which
//! carries CLDR's rules for every language). `tests/same_as_fluent_bundle.rs`
//! compares every message of every locale with `fluent-bundle`'s output.
//!
//! Why: `fluent-bundle` with its parser, plural tables and number machinery
//! added about 44 KB (brotli) to the WebAssembly, 0.2 s of download on the
//! slow connection the app is budgeted for.

#[cfg(feature = "compile")]
pub mod compile;

#[cfg(feature = "compile")]
pub mod kit;

use serde::{Deserialize, Serialize};

/// The two parts of a language: `ui`, the words of the pages and questions
/// (`main.ftl` and any other file), fetched before the first page shows; and
/// `law`, the words of findings, protections and help (`law-*.ftl`), fetched
/// after it. `compile::part_files` is the one place the split is decided.
pub const PARTS: [&str; 2] = ["ui", "law"];

/// First strong isolate and pop directional isolate, around placeables.
const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

/// The messages of one language file set: IDs sorted, and each ID's pattern
/// at the same index (kept apart, the IDs and the words each compress better).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Catalog {
    pub ids: Vec<String>,
    pub patterns: Vec<Pattern>,
}

/// A message's value: text and placeables in order.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Pattern(pub Vec<Part>);

/// One element of a pattern. `isolate` is Fluent's rule, worked out when
/// compiled: a placeable in a pattern of more than one element is wrapped in
/// FSI/PDI unless it is a message or term reference or a string literal.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Part {
    Text(String),
    /// `{ $name }`.
    Var {
        name: String,
        isolate: bool,
    },
    /// `{ -term }` or `{ message }`, inlined when compiled.
    Inline(Pattern),
    /// An integer literal, `{ 5 }`.
    Number {
        value: i64,
        isolate: bool,
    },
    /// `{ $n -> [one] … *[other] … }`.
    Select {
        selector: Selector,
        variants: Vec<(Key, Pattern)>,
        default: u32,
        isolate: bool,
    },
}

/// What a select expression looks at.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Selector {
    Var(String),
    Str(String),
    Number(i64),
}

/// A variant's key: a name (a plural category or a string) or an integer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Key {
    Name(String),
    Number(i64),
}

/// A value passed to a message.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Str(String),
    /// Whole numbers only: money is formatted by the caller from minor units.
    Number(i64),
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Str(s)
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Str(s.to_string())
    }
}

impl From<u32> for Arg {
    fn from(n: u32) -> Arg {
        Arg::Number(i64::from(n))
    }
}

impl From<u64> for Arg {
    fn from(n: u64) -> Arg {
        Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

/// CLDR plural categories, as Fluent's variant keys name them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Category {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl Category {
    /// The category a key names (`"one"`), if it names one.
    pub fn from_key(key: &str) -> Option<Category> {
        Some(match key {
            "zero" => Category::Zero,
            "one" => Category::One,
            "two" => Category::Two,
            "few" => Category::Few,
            "many" => Category::Many,
            "other" => Category::Other,
            _ => return None,
        })
    }
}

impl Catalog {
    /// Every message, in ID order.
    pub fn messages(&self) -> impl Iterator<Item = (&str, &Pattern)> {
        self.ids.iter().map(String::as_str).zip(&self.patterns)
    }

    /// The pattern of message `id`.
    pub fn get(&self, id: &str) -> Option<&Pattern> {
        self.ids
            .binary_search_by(|k| k.as_str().cmp(id))
            .ok()
            .and_then(|i| self.patterns.get(i))
    }
}

impl Pattern {
    /// Writes the pattern with `args`; `plural` gives a number's cardinal category.
    pub fn format(&self, args: &[(&str, Arg)], plural: &dyn Fn(i64) -> Category) -> String {
        let mut out = String::new();
        self.write(&mut out, args, plural);
        out
    }

    fn write(&self, out: &mut String, args: &[(&str, Arg)], plural: &dyn Fn(i64) -> Category) {
        for part in &self.0 {
            match part {
                Part::Text(text) => out.push_str(text),
                Part::Inline(pattern) => pattern.write(out, args, plural),
                Part::Var { name, isolate } => isolated(out, *isolate, |out| {
                    match args.iter().find(|(n, _)| n == name) {
                        Some((_, Arg::Str(s))) => out.push_str(s),
                        Some((_, Arg::Number(n))) => out.push_str(&n.to_string()),
                        // As fluent-bundle writes a missing variable.
                        None => {
                            out.push_str("{$");
                            out.push_str(name);
                            out.push('}');
                        }
                    }
                }),
                Part::Number { value, isolate } => {
                    isolated(out, *isolate, |out| out.push_str(&value.to_string()))
                }
                Part::Select {
                    selector,
                    variants,
                    default,
                    isolate,
                } => isolated(out, *isolate, |out| {
                    let value = match selector {
                        Selector::Var(name) => {
                            args.iter().find(|(n, _)| n == name).map(|(_, a)| a.clone())
                        }
                        Selector::Str(s) => Some(Arg::Str(s.clone())),
                        Selector::Number(n) => Some(Arg::Number(*n)),
                    };
                    let chosen = value
                        .and_then(|v| variants.iter().find(|(key, _)| matches(key, &v, plural)))
                        .or_else(|| variants.get(*default as usize));
                    if let Some((_, pattern)) = chosen {
                        pattern.write(out, args, plural);
                    }
                }),
            }
        }
    }
}

/// Fluent's variant matching: a name matches an equal string or a number of
/// that plural category; an integer key matches an equal number.
fn matches(key: &Key, value: &Arg, plural: &dyn Fn(i64) -> Category) -> bool {
    match (key, value) {
        (Key::Name(k), Arg::Str(s)) => k == s,
        (Key::Name(k), Arg::Number(n)) => Category::from_key(k) == Some(plural(*n)),
        (Key::Number(k), Arg::Number(n)) => k == n,
        (Key::Number(_), Arg::Str(_)) => false,
    }
}

fn isolated(out: &mut String, isolate: bool, write: impl FnOnce(&mut String)) {
    if isolate {
        out.push(FSI);
    }
    write(out);
    if isolate {
        out.push(PDI);
    }
}
