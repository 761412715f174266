//! Every locale is complete and consistent: each has every message the app can
//! ask for (literal IDs in `src/` plus those built from engine IDs and law
//! data), no locale has a message the app never uses, every message has the
//! same variables in every locale, and every file parses.
#![cfg(all(not(target_arch = "wasm32"), feature = "embedded"))]

use entitle::i18n::required::dynamic_messages;
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Every locale folder with the text of its `.ftl` files, in file-name order.
fn locales() -> Vec<(String, Vec<String>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(&root).expect("locales/ reads").flatten() {
        if !entry.path().is_dir() {
            continue;
        }
        let mut files: Vec<_> = std::fs::read_dir(entry.path())
            .expect("a locale folder reads")
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort();
        let sources = files
            .iter()
            .map(|f| std::fs::read_to_string(f).expect("an .ftl file reads"))
            .collect();
        out.push((entry.file_name().to_string_lossy().to_string(), sources));
    }
    out.sort();
    assert!(out.iter().any(|(t, _)| t == "en"), "an English locale");
    out
}

fn english() -> BTreeMap<String, BTreeSet<String>> {
    let all = locales();
    let (_, sources) = all
        .iter()
        .find(|(t, _)| t == "en")
        .expect("an English locale");
    let sources: Vec<&str> = sources.iter().map(String::as_str).collect();
    messages("en", &sources)
}

fn variables(p: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for e in &p.elements {
        if let PatternElement::Placeable { expression } = e {
            expression_vars(expression, out);
        }
    }
}

fn expression_vars(e: &Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        Expression::Inline(i) => inline_vars(i, out),
        Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                variables(&v.value, out);
            }
        }
    }
}

fn inline_vars(i: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => expression_vars(expression, out),
        _ => {}
    }
}

/// Message ID → its variables, for one locale; fails on any parse error or duplicate.
fn messages(tag: &str, sources: &[&str]) -> BTreeMap<String, BTreeSet<String>> {
    let mut all = BTreeMap::new();
    for source in sources {
        let resource = match fluent_syntax::parser::parse(*source) {
            Ok(r) => r,
            Err((_, errors)) => panic!("locale {tag}: Fluent parse errors: {errors:?}"),
        };
        for entry in resource.body {
            if let Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                if let Some(v) = &m.value {
                    variables(v, &mut vars);
                }
                let id = m.id.name.to_string();
                assert!(
                    all.insert(id.clone(), vars).is_none(),
                    "locale {tag}: message {id} is defined twice"
                );
            }
        }
    }
    all
}

/// Message IDs written literally in the app's code: `t("...")` and `t_with("...")`,
/// and the IDs chosen between in `t(if ... { "a" } else { "b" })` or `match`.
fn literal_ids() -> BTreeSet<String> {
    literal_ids_in(|_| true)
}

/// The same, in the source files whose path `wanted` accepts.
fn literal_ids_in(wanted: impl Fn(&Path) -> bool) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("src reads").flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") && wanted(&path) {
                let text = std::fs::read_to_string(&path).expect("source reads");
                for call in ["t(\"", "t_with(\""] {
                    for (i, _) in text.match_indices(call) {
                        let rest = &text[i + call.len()..];
                        if let Some(end) = rest.find('"') {
                            ids.insert(rest[..end].to_string());
                        }
                    }
                }
                for (i, _) in text.match_indices('"') {
                    let rest = &text[i + 1..];
                    let Some(end) = rest.find('"') else { continue };
                    let candidate = &rest[..end];
                    let looks_like_id = candidate.len() > 3
                        && candidate.contains('-')
                        && candidate.chars().all(|c| {
                            c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_'
                        })
                        && !candidate.starts_with('-')
                        && !candidate.ends_with('-');
                    if looks_like_id {
                        ids.insert(candidate.to_string());
                    }
                }
            }
        }
    }
    ids
}

#[test]
fn every_locale_has_every_message_with_the_same_variables_and_none_unused() {
    let dynamic = dynamic_messages();
    let literals = literal_ids();
    let english = english();
    // Literal strings in the code that are not messages (CSS classes, element IDs)
    // are harmless; those that are messages count as used.
    let used: BTreeSet<String> = dynamic
        .iter()
        .cloned()
        .chain(
            literals
                .iter()
                .filter(|l| english.contains_key(*l))
                .cloned(),
        )
        .collect();
    let mut problems = Vec::new();
    for id in dynamic.iter().filter(|id| !english.contains_key(*id)) {
        problems.push(format!("en: missing {id}"));
    }
    for id in english.keys().filter(|id| !used.contains(*id)) {
        problems.push(format!("en: {id} is never used by the app"));
    }
    for (tag, sources) in locales().iter().filter(|(t, _)| t != "en") {
        let sources: Vec<&str> = sources.iter().map(String::as_str).collect();
        let other = messages(tag, &sources);
        for (id, vars) in &english {
            match other.get(id) {
                None => problems.push(format!("{tag}: missing {id}")),
                Some(v) if v != vars => problems.push(format!(
                    "{tag}: {id} has variables {v:?}, English has {vars:?}"
                )),
                Some(_) => {}
            }
        }
        for id in other.keys().filter(|id| !english.contains_key(*id)) {
            problems.push(format!("{tag}: {id} is not in English (unused)"));
        }
    }
    assert!(
        problems.is_empty(),
        "{} locale problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// Each file says how it was translated and whether a native speaker has
/// reviewed it, near its top, so a file copied on its own still says so.
#[test]
fn every_locale_file_says_how_it_was_translated_and_reviewed() {
    let mut problems = Vec::new();
    for (tag, sources) in locales() {
        for (i, source) in sources.iter().enumerate() {
            let head = source.lines().take(5).collect::<Vec<_>>().join("\n");
            for line in ["# translation:", "# reviewed-by-native-speaker:"] {
                if !head.contains(line) {
                    problems.push(format!(
                        "{tag}, file {}: no '{line}' line in its first five",
                        i + 1
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The page words of a language (`main.ftl`) are fetched first and the law
/// words (`law-*.ftl`) after the first page shows, so every page before the
/// results must find its words in the page words: the questions, their
/// options, replies and countries, and every literal ID outside the results.
#[test]
fn every_page_before_the_results_finds_its_words_in_the_first_file() {
    let english = english();
    let before_results = literal_ids_in(|p| {
        let p = p.to_string_lossy();
        // The results, the case summary and the file pages show after
        // everything has loaded.
        !p.contains("pages/results")
            && !p.contains("pages/summary")
            && !p.contains("pages/files")
            && !p.ends_with("citations.rs")
    });
    let needed: BTreeSet<String> = dynamic_messages()
        .into_iter()
        .filter(|id| {
            ["question-", "option-", "reply-", "country-", "answer-"]
                .iter()
                .any(|p| id.starts_with(p))
        })
        .chain(
            before_results
                .into_iter()
                .filter(|id| english.contains_key(id)),
        )
        .collect();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let mut problems = Vec::new();
    for (tag, _) in locales() {
        let files = entitle_l10n::compile::part_files(&root.join(&tag), "ui")
            .unwrap_or_else(|e| panic!("{e}"));
        let sources: Vec<String> = files
            .iter()
            .map(|f| std::fs::read_to_string(f).expect("an .ftl file reads"))
            .collect();
        let sources: Vec<&str> = sources.iter().map(String::as_str).collect();
        let first = messages(&tag, &sources);
        for id in needed.iter().filter(|id| !first.contains_key(*id)) {
            problems.push(format!(
                "{tag}: {id} is needed before the results but is not in its page words (main.ftl)"
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The note for a site's owner names every problem `entitle-site` can find in
/// `site.json`, in every language: a missing variant would fall back to the
/// vague "this value is not allowed".
#[test]
fn every_site_settings_problem_has_its_words_in_every_locale() {
    use fluent_syntax::ast::{Expression, VariantKey};
    for (tag, sources) in locales() {
        let mut keys: BTreeSet<String> = BTreeSet::new();
        for source in &sources {
            let resource = fluent_syntax::parser::parse(source.as_str()).expect("parses");
            for entry in resource.body {
                let Entry::Message(m) = entry else { continue };
                if m.id.name != "site-problem" {
                    continue;
                }
                for element in m.value.iter().flat_map(|p| &p.elements) {
                    if let PatternElement::Placeable {
                        expression: Expression::Select { variants, .. },
                    } = element
                    {
                        for v in variants {
                            if let VariantKey::Identifier { name } = v.key {
                                keys.insert(name.to_string());
                            }
                        }
                    }
                }
            }
        }
        for problem in entitle_site::Problem::ALL {
            assert!(
                keys.contains(problem.id()),
                "{tag}: site-problem has no [{}] variant",
                problem.id()
            );
        }
    }
}

/// The browser's languages pick ours by their primary language, in the
/// person's order: a regional variant reads the language, any Chinese reads
/// Simplified Chinese (the only one we have), Filipino reads Tagalog, and a
/// language we lack falls through to the next, else English.
#[test]
fn the_browsers_languages_choose_ours_in_the_persons_order() {
    let cases: [(&[&str], &str); 8] = [
        (&["fr-CA"], "fr"),
        (&["pt-BR", "en"], "pt"),
        (&["zh-TW"], "zh-Hans"),
        (&["zh-Hans-CN"], "zh-Hans"),
        (&["fil-PH"], "tl"),
        (&["de-DE", "uk", "ru"], "uk"),
        (&["de-DE", "it"], "en"),
        (&[], "en"),
    ];
    for (preferred, want) in cases {
        assert_eq!(entitle::i18n::negotiate(preferred), want, "{preferred:?}");
    }
}
