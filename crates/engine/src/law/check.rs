//! Strict checks on the law data, run by `build.rs` before anything is packed.
//!
//! Compiled by `build.rs` too: depends only on `schema` and `std`.

use super::schema::Law;
use std::collections::{HashMap, HashSet};

/// One problem in the data, naming the file and the field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    pub field: String,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}: {}", self.file, self.field, self.message)
    }
}

/// Where each item came from, so a problem can name its file.
#[derive(Clone, Debug, Default)]
pub struct Origins {
    pub by_id: HashMap<String, String>,
}

impl Origins {
    fn of(&self, id: &str) -> String {
        self.by_id
            .get(id)
            .cloned()
            .unwrap_or_else(|| "law".to_string())
    }
}

/// Checks IDs are well formed and unique, references resolve, links are https,
/// and every indicator has a citation. Returns every problem found, not just the first.
pub fn check(law: &Law, origins: &Origins) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut push = |id: &str, field: String, message: String| {
        problems.push(Problem {
            file: origins.of(id),
            field,
            message,
        });
    };

    let mut seen = HashSet::new();
    let ids = law
        .instruments
        .iter()
        .map(|i| (&i.id, "instrument"))
        .chain(law.provisions.iter().map(|p| (&p.id, "provision")))
        .chain(law.indicators.iter().map(|i| (&i.id, "indicator")));
    for (id, kind) in ids {
        if !is_dotted_id(id) {
            push(
                id,
                format!("{kind} `{id}`.id"),
                "IDs are lower-case words joined by dots".into(),
            );
        }
        if !seen.insert(id.clone()) {
            push(
                id,
                format!("{kind} `{id}`.id"),
                "this ID is used twice".into(),
            );
        }
    }

    let instruments: HashSet<&str> = law.instruments.iter().map(|i| i.id.as_str()).collect();
    let provisions: HashSet<&str> = law.provisions.iter().map(|p| p.id.as_str()).collect();

    for i in &law.instruments {
        check_url(&i.url, &i.id, "instrument", &mut push);
        if let Some(in_force) = i.in_force {
            if in_force < i.adopted {
                push(
                    &i.id,
                    format!("instrument `{}`.in_force", i.id),
                    "is before the adoption date".into(),
                );
            }
        }
    }
    for p in &law.provisions {
        check_url(&p.url, &p.id, "provision", &mut push);
        if !instruments.contains(p.instrument.as_str()) {
            push(
                &p.id,
                format!("provision `{}`.instrument", p.id),
                format!("names `{}`, which no instrument file defines", p.instrument),
            );
        } else if !p.id.starts_with(&format!("{}.", p.instrument)) {
            push(
                &p.id,
                format!("provision `{}`.id", p.id),
                format!("must start with its instrument's ID `{}.`", p.instrument),
            );
        }
    }
    for ind in &law.indicators {
        if ind.citations.is_empty() {
            push(
                &ind.id,
                format!("indicator `{}`.citations", ind.id),
                "has no citation".into(),
            );
        }
        for c in &ind.citations {
            if !provisions.contains(c.as_str()) {
                push(
                    &ind.id,
                    format!("indicator `{}`.citations", ind.id),
                    format!("names `{c}`, which no provision file defines"),
                );
            }
        }
    }
    problems
}

fn check_url(url: &str, id: &str, kind: &str, push: &mut impl FnMut(&str, String, String)) {
    let ok = url.starts_with("https://")
        && url.len() > "https://".len()
        && !url.contains(char::is_whitespace);
    if !ok {
        push(
            id,
            format!("{kind} `{id}`.url"),
            format!("`{url}` is not an https link"),
        );
    }
}

/// `a.b_c.d1`: lower-case ASCII letters, digits and underscores, in dot-separated parts.
pub fn is_dotted_id(id: &str) -> bool {
    !id.is_empty()
        && id.split('.').all(|part| {
            !part.is_empty()
                && part
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        })
}
