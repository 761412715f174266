//! Finds every `locales/<lang>/*.ftl` and embeds them, so adding a language is
//! adding a folder: no code changes. Languages are embedded, never fetched, so
//! choosing one makes no request that could reveal the choice.

use std::fmt::Write as _;
use std::path::PathBuf;

fn main() {
    let root =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let locales = root.join("locales");
    println!("cargo:rerun-if-changed={}", locales.display());
    let mut langs: Vec<_> = std::fs::read_dir(&locales)
        .expect("locales/ exists")
        .flatten()
        .filter(|e| e.path().is_dir())
        .collect();
    langs.sort_by_key(|e| e.file_name());
    // With the `embedded` feature the sources are built in; without it the app
    // fetches `l10n/<tag>.ftl` (written by scripts/postbuild.mjs) at start-up.
    let embedded = std::env::var_os("CARGO_FEATURE_EMBEDDED").is_some();
    let tags: Vec<String> = langs
        .iter()
        .map(|l| l.file_name().to_string_lossy().to_string())
        .collect();
    let mut code = format!(
        "/// Every locale folder's language tag.\npub static LOCALE_TAGS: &[&str] = &{tags:?};\n"
    );
    code.push_str("/// Built-in Fluent sources (only with the `embedded` feature).\npub static LOCALES: &[(&str, &[&str])] = &[\n");
    for lang in langs.iter().filter(|_| embedded) {
        let tag = lang.file_name().to_string_lossy().to_string();
        let mut files: Vec<_> = std::fs::read_dir(lang.path())
            .expect("locale folder reads")
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort();
        println!("cargo:rerun-if-changed={}", lang.path().display());
        let _ = write!(code, "    ({tag:?}, &[");
        for f in files {
            println!("cargo:rerun-if-changed={}", f.display());
            let _ = write!(code, "include_str!({:?}), ", f.display().to_string());
        }
        code.push_str("]),\n");
    }
    code.push_str("];\n");
    let out =
        PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("locales.rs");
    std::fs::write(out, code).expect("OUT_DIR is writable");
}
