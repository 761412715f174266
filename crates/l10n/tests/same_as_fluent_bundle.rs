//! This runtime writes exactly what fluent-bundle, Fluent's reference Rust
//! runtime, writes: for every message of every locale, with every variable
//! given as several numbers, as a string, and missing; and for a set of
//! messages using the Fluent features the locales may grow into (selects on
//! plural categories, strings and numbers, terms, message references,
//! literals).

use entitle_l10n::compile::compile;
use entitle_l10n::{Arg, Catalog, Category};
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use std::collections::BTreeSet;
use std::path::Path;
use unic_langid::LanguageIdentifier;

const NUMBERS: [i64; 12] = [0, 1, 2, 3, 5, 7, 11, 19, 21, 100, 102, 1500];

fn plural_fn(tag: &str) -> impl Fn(i64) -> Category {
    let mut langid: LanguageIdentifier = tag.parse().expect("a language tag");
    // intl_pluralrules keys CLDR's rules by the language alone, so zh-Hans
    // reads zh's, as CLDR's own inheritance (and the browser) would.
    langid.script = None;
    langid.region = None;
    let rules = PluralRules::create(langid, PluralRuleType::CARDINAL).expect("plural rules");
    move |n| match rules.select(n as f64) {
        Ok(PluralCategory::ZERO) => Category::Zero,
        Ok(PluralCategory::ONE) => Category::One,
        Ok(PluralCategory::TWO) => Category::Two,
        Ok(PluralCategory::FEW) => Category::Few,
        Ok(PluralCategory::MANY) => Category::Many,
        _ => Category::Other,
    }
}

fn variables(source: &str, id: &str) -> BTreeSet<String> {
    // Every `$name` in the message's own text: enough to give each variable a value.
    let resource = fluent_syntax::parser::parse(source).expect("parses");
    let mut out = BTreeSet::new();
    for entry in &resource.body {
        if let fluent_syntax::ast::Entry::Message(m) = entry {
            if m.id.name == id {
                let text = format!("{:?}", m.value);
                for (i, _) in text.match_indices("VariableReference { id: Identifier { name: \"") {
                    let rest = &text[i + 44..];
                    if let Some(end) = rest.find('"') {
                        out.insert(rest[..end].to_string());
                    }
                }
            }
        }
    }
    out
}

/// Compares every message of `sources` under `tag`, returns how many outputs were compared.
fn compare(tag: &str, sources: &[(String, String)]) -> usize {
    let catalog: Catalog = compile(sources).unwrap_or_else(|e| panic!("{tag}: {e}"));
    // Packed and unpacked as the app receives it.
    let catalog: Catalog =
        postcard::from_bytes(&postcard::to_allocvec(&catalog).expect("packs")).expect("unpacks");
    let langid: LanguageIdentifier = tag.parse().expect("a language tag");
    let mut bundle = FluentBundle::new(vec![langid]);
    for (_, source) in sources {
        let resource = FluentResource::try_new(source.clone()).expect("parses");
        bundle.add_resource(resource).expect("no duplicates");
    }
    let plural = plural_fn(tag);
    let mut compared = 0;
    for (id, pattern) in catalog.messages() {
        let source = sources
            .iter()
            .find(|(_, s)| s.contains(&format!("\n{id} =")) || s.starts_with(&format!("{id} =")))
            .map(|(_, s)| s.as_str())
            .unwrap_or("");
        let vars = variables(source, id);
        let mut cases: Vec<Vec<(String, Arg)>> = vec![Vec::new()];
        for n in NUMBERS {
            cases.push(vars.iter().map(|v| (v.clone(), Arg::Number(n))).collect());
        }
        cases.push(
            vars.iter()
                .map(|v| (v.clone(), Arg::Str("Ab ج".into())))
                .collect(),
        );
        cases.push(
            vars.iter()
                .map(|v| (v.clone(), Arg::Str("masculine".into())))
                .collect(),
        );
        for case in cases {
            let mut args = FluentArgs::new();
            for (name, value) in &case {
                match value {
                    Arg::Str(s) => args.set(name.clone(), FluentValue::from(s.clone())),
                    Arg::Number(n) => args.set(name.clone(), FluentValue::from(*n)),
                }
            }
            let message = bundle.get_message(id).expect("the bundle has it");
            let mut errors = Vec::new();
            let expected = bundle
                .format_pattern(message.value().expect("a value"), Some(&args), &mut errors)
                .to_string();
            let ours_args: Vec<(&str, Arg)> =
                case.iter().map(|(n, v)| (n.as_str(), v.clone())).collect();
            let ours = pattern.format(&ours_args, &plural);
            assert_eq!(ours, expected, "{tag}: message {id} with {case:?}");
            compared += 1;
        }
    }
    compared
}

fn locale_parts(dir: &Path) -> Vec<Vec<(String, String)>> {
    entitle_l10n::PARTS
        .iter()
        .map(|part| {
            entitle_l10n::compile::part_files(dir, part)
                .expect("a locale folder")
                .iter()
                .map(|p| {
                    let text = std::fs::read_to_string(p).expect("reads");
                    (p.display().to_string(), text)
                })
                .collect()
        })
        .collect()
}

#[test]
fn every_message_of_every_locale_reads_as_fluent_bundle_writes_it() {
    let locales = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    let mut total = 0;
    for entry in std::fs::read_dir(&locales).expect("locales/").flatten() {
        if !entry.path().is_dir() {
            continue;
        }
        let tag = entry.file_name().to_string_lossy().to_string();
        for part in locale_parts(&entry.path()) {
            total += compare(&tag, &part);
        }
    }
    assert!(total > 1000, "compared only {total} outputs");
}

const FEATURES: &str = r#"
-brand = Entitle
-quoted = { "{" }braces{ "}" }
plain = Hello
only-var = { $name }
var-in-text = Hello, { $name }!
term = Welcome to { -brand }.
reference = { plain }, { $name }. { term }
string-literal = Say { "\u0041" } and { "\"quoted\"" }
number-literal = Take { 5 } steps
days = { $n ->
    [0] no days
    [one] { $n } day
   *[other] { $n } days
}
arabic-style = { $n ->
    [zero] zero { $n }
    [one] one
    [two] two
    [few] few { $n }
    [many] many { $n }
   *[other] other { $n }
}
by-string = { $gender ->
    [masculine] he
    [feminine] she
   *[other] they
} said { $name }
nested = Before { $n ->
    [one] { $name } has one
   *[other] { $name } has { $n }
} after
literal-selector = { "a" ->
    [a] chose a
   *[b] chose b
}
number-selector = { 1 ->
    [one] singular
   *[other] plural
}
"#;

#[test]
fn selects_terms_references_and_literals_read_as_fluent_bundle_writes_them() {
    for tag in ["en", "fr", "es", "ar"] {
        let compared = compare(tag, &[("features.ftl".into(), FEATURES.into())]);
        assert!(compared > 100, "{tag}: compared {compared}");
    }
}

#[test]
fn what_the_runtime_cannot_resolve_fails_the_build_with_file_and_message() {
    let cases = [
        ("f = { NUMBER($n) }", "calls NUMBER()"),
        ("f = { g.attr }\ng = x\n    .attr = y", "attribute"),
        ("f = { -t(case: \"a\") }\n-t = x", "term arguments"),
        ("-t = { $x }\nf = { -t }", "a term uses a variable"),
        ("f = { missing }", "unknown message missing"),
        ("f = { g }\ng = { f }", "reference cycle"),
        ("f = { 1.5 }", "not a whole number"),
        ("f = x\nf = y", "defined twice"),
        ("f = { $n ->\n  [one] x\n", "does not parse"),
    ];
    for (source, expected) in cases {
        let err = compile(&[("bad.ftl".into(), source.into())])
            .expect_err(source)
            .to_string();
        assert!(err.contains("bad.ftl"), "{err}");
        assert!(err.contains(expected), "{source}: {err}");
    }
}

#[test]
fn a_catalog_finds_each_message_by_id() {
    let catalog = compile(&[("a.ftl".into(), "b = 2\na = 1\nc = 3\n".into())]).expect("compiles");
    let plural = |_| Category::Other;
    for (id, text) in [("a", "1"), ("b", "2"), ("c", "3")] {
        assert_eq!(
            catalog.get(id).map(|p| p.format(&[], &plural)).as_deref(),
            Some(text)
        );
    }
    assert!(catalog.get("d").is_none());
}
