//! A strict JSON reader (RFC 8259) for one small settings file. It keeps the
//! order of object members and rejects a member named twice, which the
//! standard leaves open; numbers are kept as written, since the settings need
//! only small whole numbers.

/// A JSON value, with each object's members in the order written.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(String),
    String(String),
    Array(Vec<Value>),
    Object(Vec<(String, Value)>),
}

/// Where the text stops being JSON, or names a member twice.
#[derive(Clone, Debug, PartialEq)]
pub struct SyntaxError {
    pub line: usize,
    pub column: usize,
    /// Set when the text is JSON but an object names this member twice.
    pub duplicate: Option<String>,
}

/// Reads a whole text as one JSON value.
pub fn parse(text: &str) -> Result<Value, SyntaxError> {
    let mut reader = Reader {
        source: text,
        text: text.as_bytes(),
        at: 0,
        depth: 0,
    };
    // A byte order mark, which some editors write, is not part of the value.
    if text.starts_with('\u{feff}') {
        reader.at = 3;
    }
    let value = reader.value()?;
    reader.space();
    if reader.at < reader.text.len() {
        return Err(reader.error());
    }
    Ok(value)
}

/// Deep enough for any settings file; a deeper one is refused, not overflowed.
const MAX_DEPTH: usize = 32;

struct Reader<'a> {
    /// The text, and the same as bytes. Every position the reader slices at
    /// is next to an ASCII byte (or the end), so slices of `source` are whole characters.
    source: &'a str,
    text: &'a [u8],
    at: usize,
    depth: usize,
}

impl Reader<'_> {
    fn error(&self) -> SyntaxError {
        self.error_at(self.at, None)
    }

    #[inline(never)]
    fn error_at(&self, at: usize, duplicate: Option<String>) -> SyntaxError {
        // An error inside a multi-byte character counts from the character's start.
        let mut at = at.min(self.text.len());
        while !self.source.is_char_boundary(at) {
            at -= 1;
        }
        let before = &self.source[..at];
        let line = before.bytes().filter(|b| *b == b'\n').count() + 1;
        let start = before
            .bytes()
            .rposition(|b| b == b'\n')
            .map_or(0, |i| i + 1);
        let column = before[start..].chars().count() + 1;
        SyntaxError {
            line,
            column,
            duplicate,
        }
    }

    fn space(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.text.get(self.at) {
            self.at += 1;
        }
    }

    fn eat(&mut self, word: &str) -> Result<(), SyntaxError> {
        if self.text[self.at..].starts_with(word.as_bytes()) {
            self.at += word.len();
            Ok(())
        } else {
            Err(self.error())
        }
    }

    fn value(&mut self) -> Result<Value, SyntaxError> {
        self.space();
        match self.text.get(self.at) {
            Some(b'{') => self.nested(Self::object),
            Some(b'[') => self.nested(Self::array),
            Some(b'"') => Ok(Value::String(self.string()?)),
            Some(b't') => self.eat("true").map(|()| Value::Bool(true)),
            Some(b'f') => self.eat("false").map(|()| Value::Bool(false)),
            Some(b'n') => self.eat("null").map(|()| Value::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => Err(self.error()),
        }
    }

    fn nested(
        &mut self,
        read: fn(&mut Self) -> Result<Value, SyntaxError>,
    ) -> Result<Value, SyntaxError> {
        if self.depth == MAX_DEPTH {
            return Err(self.error());
        }
        self.depth += 1;
        let value = read(self);
        self.depth -= 1;
        value
    }

    fn object(&mut self) -> Result<Value, SyntaxError> {
        self.at += 1;
        let mut members: Vec<(String, Value)> = Vec::new();
        self.space();
        if self.text.get(self.at) == Some(&b'}') {
            self.at += 1;
            return Ok(Value::Object(members));
        }
        loop {
            self.space();
            let key_at = self.at;
            if self.text.get(self.at) != Some(&b'"') {
                return Err(self.error());
            }
            let key = self.string()?;
            if members.iter().any(|(k, _)| *k == key) {
                return Err(self.error_at(key_at, Some(key)));
            }
            self.space();
            self.eat(":")?;
            let value = self.value()?;
            members.push((key, value));
            self.space();
            match self.text.get(self.at) {
                Some(b',') => self.at += 1,
                Some(b'}') => {
                    self.at += 1;
                    return Ok(Value::Object(members));
                }
                _ => return Err(self.error()),
            }
        }
    }

    fn array(&mut self) -> Result<Value, SyntaxError> {
        self.at += 1;
        let mut items = Vec::new();
        self.space();
        if self.text.get(self.at) == Some(&b']') {
            self.at += 1;
            return Ok(Value::Array(items));
        }
        loop {
            items.push(self.value()?);
            self.space();
            match self.text.get(self.at) {
                Some(b',') => self.at += 1,
                Some(b']') => {
                    self.at += 1;
                    return Ok(Value::Array(items));
                }
                _ => return Err(self.error()),
            }
        }
    }

    fn number(&mut self) -> Result<Value, SyntaxError> {
        let start = self.at;
        let digits = |r: &mut Self| {
            let from = r.at;
            while let Some(b'0'..=b'9') = r.text.get(r.at) {
                r.at += 1;
            }
            r.at > from
        };
        if self.text.get(self.at) == Some(&b'-') {
            self.at += 1;
        }
        let leading_zero = self.text.get(self.at) == Some(&b'0');
        if !digits(self)
            || (leading_zero && self.at - start > 1 + usize::from(self.text[start] == b'-'))
        {
            return Err(self.error_at(start, None));
        }
        if self.text.get(self.at) == Some(&b'.') {
            self.at += 1;
            if !digits(self) {
                return Err(self.error());
            }
        }
        if let Some(b'e' | b'E') = self.text.get(self.at) {
            self.at += 1;
            if let Some(b'+' | b'-') = self.text.get(self.at) {
                self.at += 1;
            }
            if !digits(self) {
                return Err(self.error());
            }
        }
        Ok(Value::Number(self.source[start..self.at].to_string()))
    }

    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        let mut n = 0;
        for _ in 0..4 {
            let digit = self
                .text
                .get(self.at)
                .and_then(|b| char::from(*b).to_digit(16));
            n = n * 16 + digit.ok_or_else(|| self.error())?;
            self.at += 1;
        }
        Ok(n)
    }

    fn string(&mut self) -> Result<String, SyntaxError> {
        self.at += 1;
        let mut out = String::new();
        loop {
            let run = self.at;
            while let Some(b) = self.text.get(self.at) {
                if *b == b'"' || *b == b'\\' || *b < 0x20 {
                    break;
                }
                self.at += 1;
            }
            // The run starts and stops next to ASCII bytes, so it is whole characters.
            out.push_str(&self.source[run..self.at]);
            match self.text.get(self.at) {
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.at += 1;
                    let escape = *self.text.get(self.at).ok_or_else(|| self.error())?;
                    self.at += 1;
                    let c = match escape {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            let first = self.hex4()?;
                            let code = if (0xd800..0xdc00).contains(&first) {
                                self.eat("\\u")?;
                                let second = self.hex4()?;
                                if !(0xdc00..0xe000).contains(&second) {
                                    return Err(self.error());
                                }
                                0x10000 + ((first - 0xd800) << 10) + (second - 0xdc00)
                            } else {
                                first
                            };
                            char::from_u32(code).ok_or_else(|| self.error())?
                        }
                        _ => return Err(self.error_at(self.at - 1, None)),
                    };
                    out.push(c);
                }
                _ => return Err(self.error()),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_kind_of_value_and_keeps_member_order() {
        let v = parse(r#" {"b": [1, -2.5e3, true, false, null], "a": "x\u00e9\ud83d\ude00\n"} "#)
            .expect("valid JSON");
        assert_eq!(
            v,
            Value::Object(vec![
                (
                    "b".into(),
                    Value::Array(vec![
                        Value::Number("1".into()),
                        Value::Number("-2.5e3".into()),
                        Value::Bool(true),
                        Value::Bool(false),
                        Value::Null
                    ])
                ),
                ("a".into(), Value::String("xé😀\n".into())),
            ])
        );
    }

    #[test]
    fn refuses_what_is_not_json_and_says_where() {
        for (text, line, column) in [
            ("{\"a\": 1,}", 1, 9),
            ("{\n  \"a\": 01\n}", 2, 8),
            ("{\"a\": 'x'}", 1, 7),
            ("[1 2]", 1, 4),
            ("{\"a\": \"tab\there\"}", 1, 11),
            ("\"\\ud800\"", 1, 8),
            ("{} {}", 1, 4),
            ("", 1, 1),
            ("{\"é\": x}", 1, 7),
        ] {
            let e = parse(text).expect_err(text);
            assert_eq!(
                (e.line, e.column, e.duplicate),
                (line, column, None),
                "{text:?}"
            );
        }
    }

    #[test]
    fn a_member_named_twice_is_refused() {
        let e = parse("{\"a\": {\"x\": 1,\n \"x\": 2}}").expect_err("duplicate");
        assert_eq!(
            (e.line, e.column, e.duplicate.as_deref()),
            (2, 2, Some("x"))
        );
    }

    #[test]
    fn nesting_is_bounded() {
        let deep = "[".repeat(MAX_DEPTH + 1) + &"]".repeat(MAX_DEPTH + 1);
        assert!(parse(&deep).is_err());
        let fine = "[".repeat(MAX_DEPTH) + &"]".repeat(MAX_DEPTH);
        assert!(parse(&fine).is_ok());
    }
}
