//! Compiles Fluent sources into a [`Catalog`] with the reference parser.
//! Strict: a parse error, a duplicate or unknown ID, a reference cycle, or a
//! Fluent feature the runtime does not resolve (functions, attributes, term
//! arguments, variables inside terms, non-integer numbers) is an error that
//! names the file and the message.

use crate::{Catalog, Key, Part, Pattern, Selector, PARTS};
use fluent_syntax::ast::{self, Entry, Expression, InlineExpression, PatternElement, VariantKey};
use std::collections::BTreeMap;

/// A compile error: which file and message, and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    pub file: String,
    pub message: String,
    pub what: String,
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.message.is_empty() {
            write!(f, "{}: {}", self.file, self.what)
        } else {
            write!(f, "{}: message {}: {}", self.file, self.message, self.what)
        }
    }
}

impl std::error::Error for Error {}

struct Defined<'s> {
    file: &'s str,
    pattern: &'s ast::Pattern<&'s str>,
}

/// Where compilation is: the file, and whether inside a term (a term sees
/// no message arguments).
#[derive(Clone, Copy)]
struct At<'f> {
    file: &'f str,
    in_term: bool,
}

struct Compiler<'s> {
    messages: BTreeMap<&'s str, Defined<'s>>,
    terms: BTreeMap<&'s str, Defined<'s>>,
}

/// Compiles `(file name, source)` pairs into one catalog.
pub fn compile(sources: &[(String, String)]) -> Result<Catalog, Error> {
    let mut parsed = Vec::new();
    for (file, source) in sources {
        match fluent_syntax::parser::parse(source.as_str()) {
            Ok(resource) => parsed.push((file.as_str(), resource)),
            Err((_, errors)) => {
                return Err(Error {
                    file: file.clone(),
                    message: String::new(),
                    what: format!("does not parse: {errors:?}"),
                })
            }
        }
    }
    let mut c = Compiler {
        messages: BTreeMap::new(),
        terms: BTreeMap::new(),
    };
    for (file, resource) in &parsed {
        for entry in &resource.body {
            let (map, id, value, attributes, kind) = match entry {
                Entry::Message(m) => (
                    &mut c.messages,
                    m.id.name,
                    m.value.as_ref(),
                    &m.attributes,
                    "message",
                ),
                Entry::Term(t) => (
                    &mut c.terms,
                    t.id.name,
                    Some(&t.value),
                    &t.attributes,
                    "term",
                ),
                Entry::Junk { content } => {
                    return Err(error(file, "", &format!("junk: {content:?}")));
                }
                _ => continue,
            };
            if !attributes.is_empty() {
                return Err(error(
                    file,
                    id,
                    "has attributes, which this app does not use",
                ));
            }
            let Some(pattern) = value else {
                return Err(error(file, id, "has no value"));
            };
            if map.insert(id, Defined { file, pattern }).is_some() {
                return Err(error(file, id, &format!("the {kind} is defined twice")));
            }
        }
    }
    let mut catalog = Catalog::default();
    // BTreeMap order is the sorted order `Catalog::get` searches.
    for (id, entry) in &c.messages {
        let mut stack = vec![id.to_string()];
        catalog.patterns.push(c.pattern(
            entry.pattern,
            At {
                file: entry.file,
                in_term: false,
            },
            &mut stack,
        )?);
        catalog.ids.push(id.to_string());
    }
    Ok(catalog)
}

/// The `.ftl` files of one part of the language in `dir`, in name order.
pub fn part_files(dir: &std::path::Path, part: &str) -> Result<Vec<std::path::PathBuf>, String> {
    let law = match part {
        "ui" => false,
        "law" => true,
        other => return Err(format!("no part {other:?}: the parts are {PARTS:?}")),
    };
    let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("law-"))
                == law
        })
        .collect();
    files.sort();
    Ok(files)
}

/// Reads `.ftl` files and compiles them; the result packed with postcard.
pub fn pack(files: &[std::path::PathBuf]) -> Result<Vec<u8>, String> {
    let mut sources = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(f).map_err(|e| format!("{}: {e}", f.display()))?;
        sources.push((f.display().to_string(), text));
    }
    let catalog = compile(&sources).map_err(|e| e.to_string())?;
    postcard::to_allocvec(&catalog).map_err(|e| e.to_string())
}

fn error(file: &str, message: &str, what: &str) -> Error {
    Error {
        file: file.to_string(),
        message: message.to_string(),
        what: what.to_string(),
    }
}

impl<'s> Compiler<'s> {
    fn pattern(
        &self,
        p: &ast::Pattern<&'s str>,
        at: At<'_>,
        stack: &mut Vec<String>,
    ) -> Result<Pattern, Error> {
        let len = p.elements.len();
        let mut parts = Vec::new();
        for element in &p.elements {
            match element {
                PatternElement::TextElement { value } => push_text(&mut parts, value),
                PatternElement::Placeable { expression } => {
                    // fluent-bundle's rule (resolver/pattern.rs).
                    let isolate = len > 1
                        && !matches!(
                            expression,
                            Expression::Inline(
                                InlineExpression::MessageReference { .. }
                                    | InlineExpression::TermReference { .. }
                                    | InlineExpression::StringLiteral { .. }
                            )
                        );
                    let part = self.expression(expression, isolate, at, stack)?;
                    match part {
                        Part::Text(t) => push_text(&mut parts, &t),
                        other => parts.push(other),
                    }
                }
            }
        }
        Ok(Pattern(parts))
    }

    fn expression(
        &self,
        e: &Expression<&'s str>,
        isolate: bool,
        at: At<'_>,
        stack: &mut Vec<String>,
    ) -> Result<Part, Error> {
        match e {
            Expression::Inline(inline) => self.inline(inline, isolate, at, stack),
            Expression::Select { selector, variants } => {
                let selector = match selector {
                    InlineExpression::VariableReference { id } if !at.in_term => {
                        Selector::Var(id.name.to_string())
                    }
                    InlineExpression::StringLiteral { value } => Selector::Str(unescape(value)),
                    InlineExpression::NumberLiteral { value } => {
                        Selector::Number(integer(value, at.file, stack)?)
                    }
                    _ => {
                        return Err(self.fail(
                            at.file,
                            stack,
                            "selects on something other than a variable or a literal",
                        ))
                    }
                };
                let mut out = Vec::new();
                let mut default = None;
                for (i, v) in variants.iter().enumerate() {
                    let key = match &v.key {
                        VariantKey::Identifier { name } => Key::Name(name.to_string()),
                        VariantKey::NumberLiteral { value } => {
                            Key::Number(integer(value, at.file, stack)?)
                        }
                    };
                    if v.default {
                        default = Some(i as u32);
                    }
                    out.push((key, self.pattern(&v.value, at, stack)?));
                }
                Ok(Part::Select {
                    selector,
                    variants: out,
                    default: default.ok_or_else(|| {
                        self.fail(at.file, stack, "a select has no default variant")
                    })?,
                    isolate,
                })
            }
        }
    }

    fn inline(
        &self,
        e: &InlineExpression<&'s str>,
        isolate: bool,
        at: At<'_>,
        stack: &mut Vec<String>,
    ) -> Result<Part, Error> {
        match e {
            InlineExpression::StringLiteral { value } => Ok(Part::Text(unescape(value))),
            InlineExpression::NumberLiteral { value } => Ok(Part::Number {
                value: integer(value, at.file, stack)?,
                isolate,
            }),
            InlineExpression::VariableReference { id } => {
                if at.in_term {
                    // A term sees only its own arguments, which we do not use.
                    return Err(self.fail(at.file, stack, "a term uses a variable"));
                }
                Ok(Part::Var {
                    name: id.name.to_string(),
                    isolate,
                })
            }
            InlineExpression::MessageReference { id, attribute } => {
                if attribute.is_some() {
                    return Err(self.fail(at.file, stack, "references an attribute"));
                }
                let entry = self.messages.get(id.name).ok_or_else(|| {
                    self.fail(
                        at.file,
                        stack,
                        &format!("references unknown message {}", id.name),
                    )
                })?;
                self.nested(id.name.to_string(), entry, stack, at.in_term)
            }
            InlineExpression::TermReference {
                id,
                attribute,
                arguments,
            } => {
                if attribute.is_some() || arguments.is_some() {
                    return Err(self.fail(
                        at.file,
                        stack,
                        "uses a term attribute or term arguments",
                    ));
                }
                let entry = self.terms.get(id.name).ok_or_else(|| {
                    self.fail(
                        at.file,
                        stack,
                        &format!("references unknown term -{}", id.name),
                    )
                })?;
                self.nested(format!("-{}", id.name), entry, stack, true)
            }
            InlineExpression::FunctionReference { id, .. } => Err(self.fail(
                at.file,
                stack,
                &format!("calls {}(), which this app does not resolve", id.name),
            )),
            InlineExpression::Placeable { expression } => {
                self.expression(expression, isolate, at, stack)
            }
        }
    }

    fn nested(
        &self,
        name: String,
        entry: &Defined<'s>,
        stack: &mut Vec<String>,
        in_term: bool,
    ) -> Result<Part, Error> {
        if stack.contains(&name) {
            return Err(self.fail(
                entry.file,
                stack,
                &format!("a reference cycle: {} -> {name}", stack.join(" -> ")),
            ));
        }
        stack.push(name);
        let at = At {
            file: entry.file,
            in_term,
        };
        let pattern = self.pattern(entry.pattern, at, stack)?;
        stack.pop();
        Ok(Part::Inline(pattern))
    }

    fn fail(&self, file: &str, stack: &[String], what: &str) -> Error {
        error(file, stack.first().map_or("", |s| s.as_str()), what)
    }
}

fn push_text(parts: &mut Vec<Part>, text: &str) {
    if let Some(Part::Text(last)) = parts.last_mut() {
        last.push_str(text);
    } else {
        parts.push(Part::Text(text.to_string()));
    }
}

fn unescape(value: &str) -> String {
    fluent_syntax::unicode::unescape_unicode_to_string(value).into_owned()
}

fn integer(value: &str, file: &str, stack: &[String]) -> Result<i64, Error> {
    value.parse().map_err(|_| {
        error(
            file,
            stack.first().map_or("", |s| s.as_str()),
            &format!("{value} is not a whole number"),
        )
    })
}
