//! `readability`: how easy each page's words are to read, in one language's
//! Fluent files (English by default, where the scores are meaningful).
//!
//! ```text
//! readability [LOCALE_DIR]        # e.g. locales/en
//! ```
//! For each page (opening, language and country, questions, check answers,
//! results, the law's words on the results, About) it prints the words,
//! sentences, the Flesch reading ease and the Flesch-Kincaid grade, and the
//! reading age (grade + 5). The target is a reading age of about 10. Variables
//! count as one short word; of a select, the default variant is read.

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;

/// The page a message is shown on, from its ID and file.
fn page(id: &str, file: &str) -> &'static str {
    if file.starts_with("law-") {
        return "results: the law's words";
    }
    let head = id.split('-').next().unwrap_or("");
    match head {
        "start" | "exit" | "loading" | "page" | "footer" => "opening page",
        "language" | "locale" | "select" | "country" => "language and country",
        "question" | "option" | "reply" | "answer" | "error" | "progress" | "back" | "continue" => {
            "questions"
        }
        "check" => "check your answers",
        "about" => "about",
        _ => "results",
    }
}

/// The text a reader sees of a pattern: literal text, a short word for each
/// variable, the default variant of a select.
fn text(p: &Pattern<&str>, out: &mut String) {
    for e in &p.elements {
        match e {
            PatternElement::TextElement { value } => out.push_str(value),
            PatternElement::Placeable { expression } => expression_text(expression, out),
        }
    }
}

fn expression_text(e: &Expression<&str>, out: &mut String) {
    match e {
        Expression::Inline(InlineExpression::StringLiteral { value }) => out.push_str(value),
        Expression::Inline(InlineExpression::Placeable { expression }) => {
            expression_text(expression, out)
        }
        Expression::Inline(_) => out.push_str("it"),
        Expression::Select { variants, .. } => {
            if let Some(v) = variants.iter().find(|v| v.default).or(variants.first()) {
                text(&v.value, out);
            }
        }
    }
}

/// Vowel groups, less a silent final "e": a standard estimate for English.
fn syllables(word: &str) -> usize {
    let w: Vec<char> = word
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphabetic())
        .collect();
    if w.is_empty() {
        return 0;
    }
    let vowel = |c: char| "aeiouy".contains(c);
    let mut n = 0;
    let mut last = false;
    for c in &w {
        let v = vowel(*c);
        if v && !last {
            n += 1;
        }
        last = v;
    }
    if w.len() > 2 && w[w.len() - 1] == 'e' && !vowel(w[w.len() - 2]) && n > 1 {
        n -= 1;
    }
    n.max(1)
}

#[derive(Default)]
struct Counts {
    messages: usize,
    words: usize,
    sentences: usize,
    syllables: usize,
}

fn count(text: &str, c: &mut Counts) {
    let words: Vec<&str> = text
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    if words.is_empty() {
        return;
    }
    c.messages += 1;
    c.words += words.len();
    c.syllables += words.iter().map(|w| syllables(w)).sum::<usize>();
    // Every message is at least one sentence (a heading, a label, a button).
    let ends = text.matches(['.', '!', '?']).count();
    c.sentences += ends.max(1);
}

fn main() -> ExitCode {
    let dir = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "locales/en".into()),
    );
    let mut files: Vec<PathBuf> = match std::fs::read_dir(&dir) {
        Ok(entries) => entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect(),
        Err(e) => {
            eprintln!("readability: cannot read {}: {e}", dir.display());
            return ExitCode::from(2);
        }
    };
    files.sort();
    let mut pages: BTreeMap<&'static str, Counts> = BTreeMap::new();
    for file in &files {
        let source = std::fs::read_to_string(file).unwrap_or_default();
        let name = file.file_name().and_then(|n| n.to_str()).unwrap_or("");
        let resource = match fluent_syntax::parser::parse(source.as_str()) {
            Ok(r) => r,
            Err((_, errors)) => {
                eprintln!("readability: {name}: {errors:?}");
                return ExitCode::from(2);
            }
        };
        for entry in resource.body {
            if let Entry::Message(m) = entry {
                if let Some(v) = &m.value {
                    let mut t = String::new();
                    text(v, &mut t);
                    count(&t, pages.entry(page(m.id.name, name)).or_default());
                }
            }
        }
    }
    println!(
        "Readability of {} (target: reading age about 10)",
        dir.display()
    );
    println!(
        "{:<26} {:>8} {:>6} {:>9} {:>12} {:>6} {:>5}",
        "page", "messages", "words", "sentences", "reading ease", "grade", "age"
    );
    for (page, c) in &pages {
        if c.words == 0 {
            continue;
        }
        let wps = c.words as f64 / c.sentences as f64;
        let spw = c.syllables as f64 / c.words as f64;
        let ease = 206.835 - 1.015 * wps - 84.6 * spw;
        let grade = 0.39 * wps + 11.8 * spw - 15.59;
        println!(
            "{page:<26} {:>8} {:>6} {:>9} {ease:>12.0} {grade:>6.1} {:>5.0}",
            c.messages,
            c.words,
            c.sentences,
            grade + 5.0
        );
    }
    ExitCode::SUCCESS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syllables_are_estimated_as_english_readers_say_them() {
        for (word, n) in [
            ("work", 1),
            ("money", 2),
            ("police", 2),
            ("protection", 3),
            ("the", 1),
            ("decide", 2),
            ("immigration", 4),
        ] {
            assert_eq!(syllables(word), n, "{word}");
        }
    }

    #[test]
    fn a_select_is_read_by_its_default_variant_and_a_variable_as_a_short_word() {
        let res = fluent_syntax::parser::parse(
            "m = { $n ->\n    [one] One day\n   *[other] { $n } days\n} left.\n",
        )
        .expect("parses");
        let Entry::Message(m) = &res.body[0] else {
            panic!("a message")
        };
        let mut t = String::new();
        text(m.value.as_ref().expect("a value"), &mut t);
        assert_eq!(t.trim(), "it days left.");
    }
}
