//! The `assess` command as a user runs it: JSON in, JSON or text out, clear
//! errors with a non-zero exit, and the committed JSON Schema in step with the types.

use std::io::Write;
use std::process::{Command, Stdio};

fn assess(args: &[&str], stdin: &str) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_assess"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("assess runs");
    // A refused option makes `assess` exit before it reads: a broken pipe here is expected then.
    let _ = child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes());
    let out = child.wait_with_output().expect("assess finishes");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

#[test]
fn answers_on_stdin_give_json_with_the_legal_date() {
    let (code, out, err) = assess(
        &["--as-of", "2026-11-23"],
        r#"{"country_now": "GB", "documents_kept": "yes"}"#,
    );
    assert_eq!(code, 0, "{err}");
    let json: serde_json::Value = serde_json::from_str(&out).expect("JSON out");
    assert_eq!(json["as_of"], "2026-11-23");
    assert!(json["findings"].as_array().is_some_and(|f| f.len() == 7));
}

#[test]
fn text_output_is_readable_and_cites_sources() {
    let (code, out, _) = assess(
        &["--text", "--as-of", "2026-11-23", "-"],
        r#"{"documents_kept": "yes"}"#,
    );
    assert_eq!(code, 0);
    assert!(out.contains("labour_exploitation: some"), "{out}");
    assert!(out.contains("source: un.icrmw art. 21"), "{out}");
    assert!(out.contains("not a determination"), "{out}");
}

#[test]
fn a_file_argument_is_read() {
    let path = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("answers.json");
    std::fs::write(
        &path,
        r#"{"fear_of_return": "yes", "fear_reason": "persecution"}"#,
    )
    .expect("temp file");
    let (code, out, _) = assess(
        &["--as-of", "2026-11-23", path.to_str().expect("utf-8 path")],
        "",
    );
    assert_eq!(code, 0);
    assert!(out.contains("\"international_protection\""));
}

#[test]
fn bad_input_names_the_field_and_exits_2() {
    for (input, field) in [
        (r#"{"documents_kept": "maybe"}"#, "documents_kept"),
        (r#"{"passport_taken": "yes"}"#, "passport_taken"),
        (r#"{"hours_per_day": -3}"#, "hours_per_day"),
        (r#"{"hours_per_day": 200}"#, "hours_per_day"),
        (r#"{"hours_per_day": 25}"#, "hours_per_day"),
        (r#"{"days_off_per_week": 30}"#, "days_off_per_week"),
        (r#"{"days_off_per_week": 8}"#, "days_off_per_week"),
        (r#"{"age": 121}"#, "age"),
    ] {
        let (code, out, err) = assess(&[], input);
        assert_eq!(code, 2, "{input}: {out}");
        assert!(err.contains(field), "{input}: {err}");
        assert!(!err.contains("panicked"), "{err}");
    }
    for (input, field) in [
        (r#"{"hours_per_day": 24}"#, "hours_per_day"),
        (r#"{"days_off_per_week": 7}"#, "days_off_per_week"),
    ] {
        let (code, out, err) = assess(&[], input);
        assert_eq!(code, 0, "{input} is the highest value {field} takes: {err}");
        assert!(out.contains("\"as_of\""), "{out}");
    }
    let (code, _, err) = assess(&[], "not json");
    assert_eq!(code, 2);
    assert!(err.starts_with("assess: "), "{err}");
    let (code, _, err) = assess(&["--as-of", "2026-02-30"], "{}");
    assert_eq!(code, 2);
    assert!(err.contains("--as-of"), "{err}");
}

#[test]
fn the_committed_schema_matches_the_types() {
    let (code, out, _) = assess(&["--schema"], "");
    assert_eq!(code, 0);
    let committed = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/answers.schema.json"),
    )
    .expect("schema/answers.schema.json is committed");
    assert!(
        out == committed,
        "schema/answers.schema.json is out of date: run `cargo run -p entitle-engine --bin assess -- --schema > crates/engine/schema/answers.schema.json`"
    );
}

/// A sealed file as the app writes it, made here with the same primitives.
fn seal(plain: &str, passphrase: &str) -> String {
    use aes_gcm::aead::{Aead, KeyInit};
    let (salt, iv) = ([5u8; 16], [6u8; 12]);
    let mut key = [0u8; 32];
    pbkdf2::pbkdf2_hmac::<sha2::Sha256>(passphrase.as_bytes(), &salt, 600_000, &mut key);
    let data = aes_gcm::Aes256Gcm::new(aes_gcm::Key::<aes_gcm::Aes256Gcm>::from_slice(&key))
        .encrypt(aes_gcm::Nonce::from_slice(&iv), plain.as_bytes())
        .expect("encrypts");
    entitle_engine::saved::sealed_file(600_000, &salt, &iv, &data)
}

#[test]
fn a_saved_file_is_read_plain_or_sealed_and_the_passphrase_never_comes_from_an_argument() {
    let answers: entitle_engine::Answers =
        serde_json::from_str(r#"{"country_now": "FR", "documents_kept": "yes"}"#).expect("answers");
    let plain = entitle_engine::saved::plain_file(&answers);
    let (code, out, err) = assess(&["--answers"], &plain);
    assert_eq!(code, 0, "{err}");
    let back: entitle_engine::Answers = serde_json::from_str(&out).expect("answers out");
    assert_eq!(back, answers);

    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"));
    let (file, pass, wrong) = (
        dir.join("sealed.json"),
        dir.join("pass.txt"),
        dir.join("wrong.txt"),
    );
    std::fs::write(&file, seal(&plain, "lemon tree 7")).expect("temp file");
    std::fs::write(&pass, "lemon tree 7\n").expect("temp file");
    std::fs::write(&wrong, "lemon tree 8\n").expect("temp file");
    let (code, out, err) = assess(
        &[
            "--answers",
            "--passphrase-file",
            pass.to_str().expect("path"),
            file.to_str().expect("path"),
        ],
        "",
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        serde_json::from_str::<entitle_engine::Answers>(&out).expect("answers out"),
        answers
    );
    let (code, _, err) = assess(
        &[
            "--passphrase-file",
            wrong.to_str().expect("path"),
            file.to_str().expect("path"),
        ],
        "",
    );
    assert_eq!(code, 2);
    assert!(err.contains("passphrase is wrong"), "{err}");
    // There is no option that takes the passphrase itself.
    let (code, _, err) = assess(
        &["--passphrase", "lemon tree 7", file.to_str().expect("path")],
        "",
    );
    assert_eq!(code, 2);
    assert!(err.contains("unknown option --passphrase"), "{err}");
}

#[test]
fn the_committed_file_schema_is_what_assess_prints() {
    let (code, out, _) = assess(&["--file-schema"], "");
    assert_eq!(code, 0);
    assert_eq!(out, entitle_engine::saved::file_schema());
}
