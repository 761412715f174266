//! The fingerprint of an English message, so a translation can say which
//! English it was made from.
//!
//! A message is fingerprinted as Fluent source: its ID, value and attributes
//! written out by `fluent-syntax`'s serializer, with its comment dropped, its
//! attributes in ID order and every run of whitespace made one space. Moving a
//! line break, re-indenting a select or editing a comment therefore changes
//! nothing; changing, adding or removing a word, a variable or a variant does.

use fluent_syntax::ast::{Entry, Resource};
use fluent_syntax::{parser, serializer};

/// FNV-1a, 64 bits (Fowler, Noll, Vo): a few lines, no dependency, and stable
/// across Rust versions and machines, unlike `std`'s `DefaultHasher`.
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        hash ^= u64::from(*b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

/// The fingerprint of a normalised message, as written in a record: 16
/// lower-case hex digits.
pub fn fingerprint(normalised: &str) -> String {
    format!("{:016x}", fnv1a64(normalised.as_bytes()))
}

/// The messages and terms of one `.ftl` file in file order: each ID (a term's
/// with its leading `-`) and its normalised source. `file` names the file in
/// the error if it does not parse.
pub fn entries(file: &str, source: &str) -> Result<Vec<(String, String)>, String> {
    let resource = parser::parse(source).map_err(|(_, errors)| {
        let first = errors
            .first()
            .map(|e| format!("{:?}", e.kind))
            .unwrap_or_default();
        format!(
            "{file}: {} Fluent syntax error(s), the first: {first}",
            errors.len()
        )
    })?;
    Ok(resource.body.iter().filter_map(normalised).collect())
}

/// One message or term as normalised Fluent source; `None` for comments and
/// anything else that says nothing to a person.
fn normalised(entry: &Entry<&str>) -> Option<(String, String)> {
    let (id, bare) = match entry {
        Entry::Message(m) => {
            let mut m = m.clone();
            m.comment = None;
            m.attributes.sort_by(|a, b| a.id.name.cmp(b.id.name));
            (m.id.name.to_string(), Entry::Message(m))
        }
        Entry::Term(t) => {
            let mut t = t.clone();
            t.comment = None;
            t.attributes.sort_by(|a, b| a.id.name.cmp(b.id.name));
            (format!("-{}", t.id.name), Entry::Term(t))
        }
        _ => return None,
    };
    let text = serializer::serialize(&Resource { body: vec![bare] });
    Some((id, text.split_whitespace().collect::<Vec<_>>().join(" ")))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The published FNV-1a 64 test vectors.
    #[test]
    fn fnv1a64_matches_the_reference_vectors() {
        assert_eq!(fnv1a64(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a64(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a64(b"foobar"), 0x8594_4171_f739_67e8);
    }

    #[test]
    fn a_message_is_its_id_and_words_without_its_comment() {
        let got = entries("t.ftl", "# note\nhello = Hello,\n    { $name }!\n").expect("parses");
        assert_eq!(
            got,
            [("hello".to_string(), "hello = Hello, { $name }!".to_string())]
        );
    }
}
