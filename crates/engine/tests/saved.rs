//! The saved answers file: what the app writes opens again, and every way a
//! file can be broken is refused with its own reason (the app shows each as a
//! translated message; tests/e2e/files.test.mjs opens the same kinds of file
//! in Chromium). The committed JSON Schema is in step with the types.

use entitle_engine::saved::{self, FileError, Opened};
use entitle_engine::Answers;

fn some_answers() -> Answers {
    serde_json::from_str(
        r#"{"country_now": "GB", "age": 34, "documents_kept": "yes", "pay_received": "dont_know",
            "work_began": "2024-03", "pay_promised": "1200.00 GBP/month"}"#,
    )
    .expect("valid answers")
}

fn plain() -> String {
    saved::plain_file(&some_answers())
}

fn sealed() -> String {
    saved::sealed_file(600_000, &[1; 16], &[2; 12], &[3; 40])
}

/// The plain file as JSON, changed by `f`.
fn edited(f: impl FnOnce(&mut serde_json::Value)) -> Vec<u8> {
    let mut v: serde_json::Value = serde_json::from_str(&plain()).expect("JSON");
    f(&mut v);
    serde_json::to_vec(&v).expect("JSON")
}

fn edited_sealed(f: impl FnOnce(&mut serde_json::Value)) -> Vec<u8> {
    let mut v: serde_json::Value = serde_json::from_str(&sealed()).expect("JSON");
    f(&mut v);
    serde_json::to_vec(&v).expect("JSON")
}

#[test]
fn a_saved_file_opens_with_the_same_answers() {
    assert_eq!(
        saved::open(plain().as_bytes()),
        Ok(Opened::Plain(some_answers()))
    );
    match saved::open(sealed().as_bytes()) {
        Ok(Opened::Sealed(s)) => {
            assert_eq!(
                (s.iterations, s.salt, s.iv, s.data),
                (600_000, [1; 16], [2; 12], vec![3; 40])
            );
        }
        other => panic!("expected a sealed file, got {other:?}"),
    }
}

#[test]
fn every_broken_file_is_refused_with_its_own_reason() {
    let p = plain();
    let mut one_byte = p.clone().into_bytes();
    // The `G` of "GB" made lower case: a country code that cannot be.
    let at = p.find("\"GB\"").expect("GB is in the file") + 1;
    one_byte[at] = b'g';
    let cases: Vec<(&str, Vec<u8>, FileError)> = vec![
        ("empty", vec![], FileError::Empty),
        ("only spaces", b"  \n\t ".to_vec(), FileError::Empty),
        (
            "huge",
            vec![b' '; 70_000].into_iter().chain(*b"{}").collect(),
            FileError::TooLarge,
        ),
        (
            "a photo",
            vec![0xff, 0xd8, 0xff, 0xe0, 0, 0x10, b'J', b'F', b'I', b'F'],
            FileError::NotText,
        ),
        (
            "cut short",
            p.as_bytes()[..p.len() / 2].to_vec(),
            FileError::Truncated,
        ),
        (
            "not JSON",
            b"country_now = GB\n".to_vec(),
            FileError::NotJson,
        ),
        (
            "a list, not a file",
            b"[1, 2, 3]".to_vec(),
            FileError::NotEntitle,
        ),
        (
            "bare answers",
            br#"{"country_now": "GB"}"#.to_vec(),
            FileError::NotEntitle,
        ),
        (
            "wrong magic",
            edited(|v| v["format"] = "entitle-answer".into()),
            FileError::NotEntitle,
        ),
        (
            "newer version",
            edited(|v| v["version"] = 2.into()),
            FileError::Newer(2),
        ),
        (
            "newer answers version",
            edited(|v| v["answers"]["version"] = 3.into()),
            FileError::Newer(3),
        ),
        (
            "no version",
            edited(|v| {
                v.as_object_mut().map(|o| o.remove("version"));
            }),
            FileError::WrongValue("version".into()),
        ),
        (
            "version zero",
            edited(|v| v["version"] = 0.into()),
            FileError::WrongValue("version".into()),
        ),
        (
            "version as text",
            edited(|v| v["version"] = "1".into()),
            FileError::WrongValue("version".into()),
        ),
        (
            "unknown field",
            edited(|v| v["note"] = "hi".into()),
            FileError::UnknownField("note".into()),
        ),
        (
            "unknown answer",
            edited(|v| v["answers"]["pasport"] = "yes".into()),
            FileError::UnknownField("answers.pasport".into()),
        ),
        (
            "wrong type",
            edited(|v| v["answers"]["age"] = "thirty".into()),
            FileError::WrongValue("answers.age".into()),
        ),
        (
            "out of range",
            edited(|v| v["answers"]["age"] = 300.into()),
            FileError::WrongValue("answers.age".into()),
        ),
        (
            "one byte changed",
            one_byte,
            FileError::WrongValue("answers.country_now".into()),
        ),
        (
            "answers not an object",
            edited(|v| v["answers"] = 5.into()),
            FileError::WrongValue("answers".into()),
        ),
        (
            "sealed: weak key",
            edited_sealed(|v| v["iterations"] = 1000.into()),
            FileError::BadSeal("iterations".into()),
        ),
        (
            "sealed: stalling key",
            edited_sealed(|v| v["iterations"] = 2_000_000_000u32.into()),
            FileError::BadSeal("iterations".into()),
        ),
        (
            "sealed: other cipher",
            edited_sealed(|v| v["cipher"] = "AES-128-CBC".into()),
            FileError::BadSeal("cipher".into()),
        ),
        (
            "sealed: other kdf",
            edited_sealed(|v| v["kdf"] = "scrypt".into()),
            FileError::BadSeal("kdf".into()),
        ),
        (
            "sealed: short salt",
            edited_sealed(|v| v["salt"] = "AAAA".into()),
            FileError::BadSeal("salt".into()),
        ),
        (
            "sealed: IV not base64",
            edited_sealed(|v| v["iv"] = "not base64!".into()),
            FileError::BadSeal("iv".into()),
        ),
        (
            "sealed: no data",
            edited_sealed(|v| v["data"] = "".into()),
            FileError::BadSeal("data".into()),
        ),
        (
            "sealed: unknown field",
            edited_sealed(|v| v["hint"] = "my dog".into()),
            FileError::UnknownField("hint".into()),
        ),
        (
            "sealed: newer",
            edited_sealed(|v| v["version"] = 7.into()),
            FileError::Newer(7),
        ),
    ];
    assert!(cases.len() >= 20);
    let mut wrong = Vec::new();
    for (name, bytes, expected) in &cases {
        match saved::open(bytes) {
            Err(e) if e == *expected => {}
            other => wrong.push(format!("{name}: expected {expected:?}, got {other:?}")),
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn what_a_sealed_file_decrypts_to_must_be_a_plain_file() {
    assert_eq!(saved::open_plain(plain().as_bytes()), Ok(some_answers()));
    assert_eq!(
        saved::open_plain(sealed().as_bytes()),
        Err(FileError::NotEntitle)
    );
}

#[test]
fn every_reason_has_a_stable_id() {
    use entitle_engine::saved::FileErrorKind;
    let ids: std::collections::BTreeSet<_> = FileErrorKind::ALL.iter().map(|k| k.id()).collect();
    assert_eq!(ids.len(), FileErrorKind::ALL.len());
}

#[test]
fn the_committed_file_schema_matches_the_types() {
    let committed = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/answers-file.schema.json"),
    )
    .expect("schema/answers-file.schema.json is committed");
    assert_eq!(
        saved::file_schema(),
        committed,
        "schema/answers-file.schema.json is out of date: run `cargo run -p entitle-engine --bin assess -- --file-schema > crates/engine/schema/answers-file.schema.json`"
    );
}
