//! The header lines at the top of each `.ftl` file that say how its words
//! were made and whether a native speaker has checked them:
//!
//! ```text
//! # translation: machine-assisted translation by an AI model from the English source, 2026-12-02
//! # reviewed-by-native-speaker: no
//! ```
//!
//! Each file has its own, so a reviewer can sign off the pages' words
//! (`main.ftl`) before the law's.

/// How the words were made.
pub const TRANSLATION: &str = "# translation:";
/// Whether a native speaker has reviewed them: `yes, by <who>, <date>`,
/// `partial, …` or `no`.
pub const REVIEWED: &str = "# reviewed-by-native-speaker:";

/// What a review line says, or a whole language's files say together.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Review {
    Yes,
    Partial,
    No,
}

impl Review {
    /// A review line's value read by its first word; no line, or any other
    /// word, is not a review.
    pub fn of(value: Option<&str>) -> Review {
        let word = value
            .and_then(|v| {
                v.split(|c: char| !c.is_alphanumeric())
                    .find(|w| !w.is_empty())
            })
            .map(str::to_ascii_lowercase);
        match word.as_deref() {
            Some("yes") => Review::Yes,
            Some("partial") => Review::Partial,
            _ => Review::No,
        }
    }

    /// A language is reviewed when every file is, and not at all when no file is.
    pub fn of_all(each: impl IntoIterator<Item = Review>) -> Review {
        let each: Vec<Review> = each.into_iter().collect();
        if !each.is_empty() && each.iter().all(|r| *r == Review::Yes) {
            Review::Yes
        } else if each.iter().all(|r| *r == Review::No) {
            Review::No
        } else {
            Review::Partial
        }
    }

    pub fn word(self) -> &'static str {
        match self {
            Review::Yes => "yes",
            Review::Partial => "partial",
            Review::No => "no",
        }
    }
}

/// The file's opening comment lines: from the top, each `#` line that is
/// not a `##` group comment.
fn opening(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .take_while(|l| l.starts_with('#') && !l.starts_with("##"))
}

/// The value of the header line starting with `key` (`TRANSLATION` or
/// `REVIEWED`) among the file's opening comments, trimmed.
pub fn value<'t>(text: &'t str, key: &str) -> Option<&'t str> {
    opening(text)
        .find_map(|l| l.strip_prefix(key))
        .map(str::trim)
}

/// `text` with its `key` header line saying `value`: the line rewritten if
/// there is one, else added after the opening comments.
pub fn set(text: &str, key: &str, value: &str) -> String {
    let line = format!("{key} {value}\n");
    let mut out = String::with_capacity(text.len() + line.len());
    let mut in_opening = true;
    let mut done = false;
    for l in text.split_inclusive('\n') {
        let is_opening = in_opening && l.starts_with('#') && !l.starts_with("##");
        if in_opening && !is_opening {
            in_opening = false;
            if !done {
                out.push_str(&line);
                done = true;
            }
        }
        if is_opening && !done && l.starts_with(key) {
            out.push_str(&line);
            done = true;
        } else {
            out.push_str(l);
        }
    }
    if !done {
        if !out.is_empty() && !out.ends_with('\n') {
            out.push('\n');
        }
        out.push_str(&line);
    }
    out
}
