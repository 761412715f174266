//! The file a person keeps: their answers, saved by their own act and opened
//! again on any device, by the app or by `assess`. Nothing here touches a
//! disk, a network or a clock; the app and the tool do the reading, writing
//! and (for a sealed file) the cryptography, and this module says what the
//! bytes are and, when they are not a file it can open, exactly why.
//!
//! Two forms, both JSON, described by `schema/answers-file.schema.json`:
//!
//! - the plain file, `{"format": "entitle-answers", "version": 1, "answers": {…}}`,
//!   where `answers` is what `assess` reads (`schema/answers.schema.json`);
//! - the sealed file, `{"format": "entitle-answers-sealed", "version": 1,
//!   "kdf": "PBKDF2-SHA-256", "iterations": 600000, "salt": "…",
//!   "cipher": "AES-256-GCM", "iv": "…", "data": "…"}`: the plain file's bytes
//!   encrypted with AES-256-GCM under a key derived from the person's
//!   passphrase (normalised to NFC) by PBKDF2-SHA-256, with a random 16-byte
//!   salt and 12-byte IV, all in standard base64. GCM's tag, at the end of
//!   `data`, makes a wrong passphrase and any change to the file the same
//!   failure; the two cannot be told apart, and the message says so.
//!
//! Later versions of Entitle keep reading version 1: a change of meaning gets
//! a new version number, never a new meaning for an old one.

use crate::answers::{Answers, ANSWERS_VERSION};
use base64::Engine as _;
use serde::{Deserialize, Serialize};

/// The `format` of a plain file.
pub const PLAIN: &str = "entitle-answers";
/// The `format` of a sealed file.
pub const SEALED: &str = "entitle-answers-sealed";
/// The file version this engine writes; it reads this and every earlier one.
pub const FILE_VERSION: u32 = 1;
/// Larger than any answer set can be (a full one is under 3 KB): a bigger
/// file is not one the app saved, and is refused before it is parsed.
pub const MAX_BYTES: usize = 64 * 1024;
/// The fewest PBKDF2 iterations a sealed file may ask for (OWASP's figure for
/// PBKDF2-HMAC-SHA-256), so an altered file cannot weaken the key.
pub const MIN_ITERATIONS: u32 = 600_000;
/// The most: more would make a phone work for minutes on a file someone made to stall it.
pub const MAX_ITERATIONS: u32 = 10_000_000;
/// The iterations this version writes.
pub const ITERATIONS: u32 = MIN_ITERATIONS;
pub const KDF: &str = "PBKDF2-SHA-256";
pub const CIPHER: &str = "AES-256-GCM";
pub const SALT_BYTES: usize = 16;
pub const IV_BYTES: usize = 12;
/// GCM's authentication tag, at the end of the ciphertext.
pub const TAG_BYTES: usize = 16;

/// The plain file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PlainFile {
    /// Always `entitle-answers`.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(extend("const" = "entitle-answers")))]
    pub format: String,
    /// The file version, 1.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(range(min = 1)))]
    pub version: u32,
    /// The answers, as `assess` reads them.
    pub answers: Answers,
}

/// The sealed file, as written.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SealedFile {
    /// Always `entitle-answers-sealed`.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(extend("const" = "entitle-answers-sealed")))]
    pub format: String,
    /// The file version, 1.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(range(min = 1)))]
    pub version: u32,
    /// Always `PBKDF2-SHA-256`.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(extend("const" = "PBKDF2-SHA-256")))]
    pub kdf: String,
    /// PBKDF2 iterations, 600,000 to 10,000,000.
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(range(min = 600_000, max = 10_000_000))
    )]
    pub iterations: u32,
    /// 16 random bytes, standard base64.
    pub salt: String,
    /// Always `AES-256-GCM`.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(extend("const" = "AES-256-GCM")))]
    pub cipher: String,
    /// 12 random bytes, standard base64.
    pub iv: String,
    /// The plain file encrypted, with GCM's 16-byte tag at the end, standard base64.
    pub data: String,
}

/// A sealed file's parts, checked and decoded: what decryption needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sealed {
    pub iterations: u32,
    pub salt: [u8; SALT_BYTES],
    pub iv: [u8; IV_BYTES],
    /// Ciphertext and tag.
    pub data: Vec<u8>,
}

/// What a file turned out to be.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Opened {
    Plain(Answers),
    /// Needs the passphrase: decrypt `data`, then [`open_plain`] the result.
    Sealed(Sealed),
}

/// Why a file cannot be opened. Each has its own message in the app
/// (`file-error-<id>`), saying what happened and what the person can do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileError {
    /// No bytes at all.
    Empty,
    /// More than [`MAX_BYTES`].
    TooLarge,
    /// Not text (not UTF-8): a photo, a document, a broken download.
    NotText,
    /// JSON that stops in the middle: a download or copy that did not finish.
    Truncated,
    /// Text, but not JSON.
    NotJson,
    /// JSON, but not a file Entitle saved (no or another `format`).
    NotEntitle,
    /// Saved by a newer version of Entitle than this one.
    Newer(u32),
    /// A field this version does not know: changed by hand, or from a newer version.
    UnknownField(String),
    /// A field with a value it cannot have (named as a path, e.g. `answers.age`).
    WrongValue(String),
    /// A sealed file whose cipher, key derivation, salt, IV or data is not as written.
    BadSeal(String),
    /// The passphrase is wrong, or the sealed file was changed after it was saved.
    WrongPassphrase,
}

crate::law::schema::ids!(FileErrorKind { Empty => "empty", TooLarge => "too_large", NotText => "not_text", Truncated => "truncated", NotJson => "not_json", NotEntitle => "not_entitle", Newer => "newer", UnknownField => "unknown_field", WrongValue => "wrong_value", BadSeal => "bad_seal", WrongPassphrase => "wrong_passphrase" });

/// The kinds of [`FileError`], for their stable IDs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileErrorKind {
    Empty,
    TooLarge,
    NotText,
    Truncated,
    NotJson,
    NotEntitle,
    Newer,
    UnknownField,
    WrongValue,
    BadSeal,
    WrongPassphrase,
}

impl FileError {
    pub fn kind(&self) -> FileErrorKind {
        match self {
            FileError::Empty => FileErrorKind::Empty,
            FileError::TooLarge => FileErrorKind::TooLarge,
            FileError::NotText => FileErrorKind::NotText,
            FileError::Truncated => FileErrorKind::Truncated,
            FileError::NotJson => FileErrorKind::NotJson,
            FileError::NotEntitle => FileErrorKind::NotEntitle,
            FileError::Newer(_) => FileErrorKind::Newer,
            FileError::UnknownField(_) => FileErrorKind::UnknownField,
            FileError::WrongValue(_) => FileErrorKind::WrongValue,
            FileError::BadSeal(_) => FileErrorKind::BadSeal,
            FileError::WrongPassphrase => FileErrorKind::WrongPassphrase,
        }
    }

    /// The stable ID (`file-error-<id>` in Fluent).
    pub fn id(&self) -> &'static str {
        self.kind().id()
    }

    /// The field or version the message names, if any.
    pub fn detail(&self) -> Option<String> {
        match self {
            FileError::Newer(v) => Some(v.to_string()),
            FileError::UnknownField(f) | FileError::WrongValue(f) | FileError::BadSeal(f) => {
                Some(f.clone())
            }
            _ => None,
        }
    }
}

impl std::fmt::Display for FileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FileError::Empty => f.write_str("the file is empty"),
            FileError::TooLarge => write!(f, "the file is larger than {MAX_BYTES} bytes: it is not a saved answers file"),
            FileError::NotText => f.write_str("the file is not text: it is not a saved answers file"),
            FileError::Truncated => f.write_str("the file stops in the middle: it was not saved or copied completely"),
            FileError::NotJson => f.write_str("the file is not JSON: it is not a saved answers file"),
            FileError::NotEntitle => write!(f, "the file is JSON but not a saved answers file (its `format` is not {PLAIN} or {SEALED})"),
            FileError::Newer(v) => write!(f, "the file is version {v}, saved by a newer Entitle; this one reads up to version {FILE_VERSION}"),
            FileError::UnknownField(field) => write!(f, "field `{field}` is not one this version knows"),
            FileError::WrongValue(field) => write!(f, "field `{field}` has a value it cannot have"),
            FileError::BadSeal(field) => write!(f, "the sealed file's `{field}` is not as Entitle writes it"),
            FileError::WrongPassphrase => f.write_str("the passphrase is wrong, or the file was changed after it was saved"),
        }
    }
}

/// The plain file's bytes for these answers (pretty JSON, ending in a newline).
pub fn plain_file(answers: &Answers) -> String {
    let file = PlainFile {
        format: PLAIN.into(),
        version: FILE_VERSION,
        answers: answers.clone(),
    };
    let mut text = serde_json::to_string_pretty(&file).unwrap_or_default();
    text.push('\n');
    text
}

/// The sealed file's bytes, given what the encryption used and produced.
pub fn sealed_file(iterations: u32, salt: &[u8], iv: &[u8], data: &[u8]) -> String {
    let b64 = base64::engine::general_purpose::STANDARD;
    let file = SealedFile {
        format: SEALED.into(),
        version: FILE_VERSION,
        kdf: KDF.into(),
        iterations,
        salt: b64.encode(salt),
        cipher: CIPHER.into(),
        iv: b64.encode(iv),
        data: b64.encode(data),
    };
    let mut text = serde_json::to_string_pretty(&file).unwrap_or_default();
    text.push('\n');
    text
}

/// Reads a file: plain answers, or a sealed file to decrypt. Never panics,
/// whatever the bytes.
pub fn open(bytes: &[u8]) -> Result<Opened, FileError> {
    let value = json(bytes)?;
    match value.get("format").and_then(|f| f.as_str()) {
        Some(PLAIN) => plain(value).map(Opened::Plain),
        Some(SEALED) => sealed(value).map(Opened::Sealed),
        _ => Err(FileError::NotEntitle),
    }
}

/// Reads what a sealed file decrypted to: it must be a plain file.
pub fn open_plain(bytes: &[u8]) -> Result<Answers, FileError> {
    let value = json(bytes)?;
    match value.get("format").and_then(|f| f.as_str()) {
        Some(PLAIN) => plain(value),
        _ => Err(FileError::NotEntitle),
    }
}

/// Size, text and JSON, told apart.
fn json(bytes: &[u8]) -> Result<serde_json::Value, FileError> {
    if bytes.len() > MAX_BYTES {
        return Err(FileError::TooLarge);
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(FileError::Empty);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| FileError::NotText)?;
    serde_json::from_str(text).map_err(|e| {
        if e.is_eof() {
            FileError::Truncated
        } else {
            FileError::NotJson
        }
    })
}

/// The version first (a newer file gets "newer", not "unknown field"), then
/// every field strictly, naming the one at fault.
fn version(value: &serde_json::Value) -> Result<(), FileError> {
    match value.get("version").map(serde_json::Value::as_u64) {
        Some(Some(v)) if v == u64::from(FILE_VERSION) => Ok(()),
        Some(Some(v)) if v > u64::from(FILE_VERSION) => {
            Err(FileError::Newer(u32::try_from(v).unwrap_or(u32::MAX)))
        }
        _ => Err(FileError::WrongValue("version".into())),
    }
}

/// The fields an object may have, checked by hand (so the app carries one
/// deserializer, for the answers, rather than one per file form).
fn only(value: &serde_json::Value, known: &[&str], at: &str) -> Result<(), FileError> {
    let object = value
        .as_object()
        .ok_or_else(|| FileError::WrongValue(if at.is_empty() { ".".into() } else { at.into() }))?;
    match object.keys().find(|k| !known.contains(&k.as_str())) {
        Some(k) if at.is_empty() => Err(FileError::UnknownField(k.clone())),
        Some(k) => Err(FileError::UnknownField(format!("{at}.{k}"))),
        None => Ok(()),
    }
}

fn text<'a>(value: &'a serde_json::Value, field: &str) -> Result<&'a str, FileError> {
    value
        .get(field)
        .and_then(serde_json::Value::as_str)
        .ok_or_else(|| FileError::WrongValue(field.into()))
}

fn plain(value: serde_json::Value) -> Result<Answers, FileError> {
    version(&value)?;
    only(&value, &["format", "version", "answers"], "")?;
    let mut value = value;
    let answers = value
        .get_mut("answers")
        .map(serde_json::Value::take)
        .ok_or_else(|| FileError::WrongValue("answers".into()))?;
    let fields = answers
        .as_object()
        .ok_or_else(|| FileError::WrongValue("answers".into()))?;
    if let Some(v) = fields.get("version").and_then(serde_json::Value::as_u64) {
        if v > u64::from(ANSWERS_VERSION) {
            return Err(FileError::Newer(u32::try_from(v).unwrap_or(u32::MAX)));
        }
    }
    // Field by field first, to name the one at fault.
    for (k, v) in fields {
        let one = serde_json::Value::Object([(k.clone(), v.clone())].into_iter().collect());
        if let Err(e) = serde_json::from_value::<Answers>(one) {
            let at = format!("answers.{k}");
            return Err(if e.to_string().starts_with("unknown field") {
                FileError::UnknownField(at)
            } else {
                FileError::WrongValue(at)
            });
        }
    }
    let answers: Answers =
        serde_json::from_value(answers).map_err(|_| FileError::WrongValue("answers".into()))?;
    if answers.version != ANSWERS_VERSION {
        return Err(FileError::WrongValue("answers.version".into()));
    }
    Ok(answers)
}

fn sealed(value: serde_json::Value) -> Result<Sealed, FileError> {
    version(&value)?;
    only(
        &value,
        &[
            "format",
            "version",
            "kdf",
            "iterations",
            "salt",
            "cipher",
            "iv",
            "data",
        ],
        "",
    )?;
    if text(&value, "kdf")? != KDF {
        return Err(FileError::BadSeal("kdf".into()));
    }
    if text(&value, "cipher")? != CIPHER {
        return Err(FileError::BadSeal("cipher".into()));
    }
    let iterations = value
        .get("iterations")
        .and_then(serde_json::Value::as_u64)
        .ok_or_else(|| FileError::WrongValue("iterations".into()))?;
    let iterations = u32::try_from(iterations)
        .ok()
        .filter(|i| (MIN_ITERATIONS..=MAX_ITERATIONS).contains(i))
        .ok_or_else(|| FileError::BadSeal("iterations".into()))?;
    let b64 = base64::engine::general_purpose::STANDARD;
    let bytes = |field: &str| -> Result<Vec<u8>, FileError> {
        b64.decode(text(&value, field)?)
            .map_err(|_| FileError::BadSeal(field.into()))
    };
    let salt = <[u8; SALT_BYTES]>::try_from(bytes("salt")?)
        .map_err(|_| FileError::BadSeal("salt".into()))?;
    let iv =
        <[u8; IV_BYTES]>::try_from(bytes("iv")?).map_err(|_| FileError::BadSeal("iv".into()))?;
    let data = Some(bytes("data")?)
        .filter(|d| d.len() > TAG_BYTES)
        .ok_or_else(|| FileError::BadSeal("data".into()))?;
    Ok(Sealed {
        iterations,
        salt,
        iv,
        data,
    })
}

/// The JSON Schema of both file forms, pretty-printed.
#[cfg(not(target_arch = "wasm32"))]
pub fn file_schema() -> String {
    #[derive(schemars::JsonSchema)]
    #[schemars(title = "Entitle saved answers file")]
    #[allow(dead_code)]
    #[serde(untagged)]
    #[derive(Serialize)]
    enum SavedAnswersFile {
        Plain(PlainFile),
        Sealed(SealedFile),
    }
    let schema = schemars::schema_for!(SavedAnswersFile);
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}
