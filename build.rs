//! Finds every `locales/<lang>/*.ftl` and compiles each language's two parts
//! (`main.ftl`, the pages' words; `law-*.ftl`, the law's words) with Fluent's
//! reference parser, so a broken or unresolvable message fails the build.
//! Adding a language is adding a folder: no code changes. With the `embedded`
//! feature the compiled parts are built in (for tests, which have no server);
//! otherwise the app fetches `l10n/<tag>-<part>.bin` (written by
//! scripts/postbuild.mjs with `l10n-pack`) at start-up.

use std::fmt::Write as _;
use std::path::PathBuf;

fn main() {
    // The split build (src/later.rs) needs the linker's relocations to cut
    // the module apart: crates/split reads them, wasm-bindgen drops them.
    if std::env::var_os("CARGO_FEATURE_SPLIT").is_some() {
        println!("cargo:rustc-link-arg-bins=--emit-relocs");
    }
    let root =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let locales = root.join("locales");
    println!("cargo:rerun-if-changed={}", locales.display());
    let mut langs: Vec<_> = std::fs::read_dir(&locales)
        .expect("locales/ exists")
        .flatten()
        .filter(|e| e.path().is_dir())
        .collect();
    langs.sort_by_key(|e| e.file_name());
    let embedded = std::env::var_os("CARGO_FEATURE_EMBEDDED").is_some();
    let tags: Vec<String> = langs
        .iter()
        .map(|l| l.file_name().to_string_lossy().to_string())
        .collect();
    let mut orders: Vec<(String, Vec<String>)> = Vec::new();
    let mut code = format!(
        "/// Every locale folder's language tag.\npub static LOCALE_TAGS: &[&str] = &{tags:?};\n"
    );
    code.push_str("/// Built-in compiled parts (only with the `embedded` feature): tag, part, packed catalog.\npub static LOCALES: &[(&str, &str, &[u8])] = &[\n");
    for lang in &langs {
        let tag = lang.file_name().to_string_lossy().to_string();
        println!("cargo:rerun-if-changed={}", lang.path().display());
        for part in entitle_l10n::PARTS {
            let list = entitle_l10n::compile::part_files(&lang.path(), part)
                .unwrap_or_else(|e| panic!("locales/{tag}: {e}"));
            for f in &list {
                println!("cargo:rerun-if-changed={}", f.display());
            }
            let packed = match entitle_l10n::compile::pack(&list) {
                Ok(bytes) => bytes,
                Err(e) => panic!("locales/{tag} ({part}): {e}"),
            };
            if part == "ui" {
                orders.push((tag.clone(), country_order(&tag, &packed)));
            }
            let path = out.join(format!("l10n-{tag}-{part}.bin"));
            std::fs::write(&path, packed).expect("OUT_DIR is writable");
            if embedded {
                let _ = writeln!(
                    code,
                    "    ({tag:?}, {part:?}, include_bytes!({:?})),",
                    path.display().to_string()
                );
            }
        }
    }
    code.push_str("];\n");
    code.push_str("/// Each language's country codes in the order its reader expects their names (CLDR collation, see build.rs).\npub static COUNTRY_ORDER: &[(&str, &[&str])] = &[\n");
    for (tag, order) in &orders {
        let _ = writeln!(code, "    ({tag:?}, &{order:?}),");
    }
    code.push_str("];\n");
    std::fs::write(out.join("locales.rs"), code).expect("OUT_DIR is writable");
}

/// The codes of a language's country names (`country-XX` in its page words),
/// ordered as CLDR collates those names for the language: "États-Unis" under
/// E in French, "إسبانيا" under alef in Arabic. Done here so the phone sorts
/// nothing: the browser's `Intl.Collator` costs about 0.1 s on its first use on
/// a slow phone, right when the person taps Start. A component test checks
/// that the browser agrees for every language.
fn country_order(tag: &str, packed: &[u8]) -> Vec<String> {
    let catalog: entitle_l10n::Catalog =
        postcard::from_bytes(packed).expect("a part just packed unpacks");
    let mut names: Vec<(String, String)> = catalog
        .messages()
        .filter_map(|(id, pattern)| {
            let code = id.strip_prefix("country-")?;
            let is_code = code.len() == 2 && code.chars().all(|c| c.is_ascii_uppercase());
            is_code.then(|| {
                let name = pattern.format(&[], &|_| entitle_l10n::Category::Other);
                (code.to_string(), name)
            })
        })
        .collect();
    let locale: icu_locale_core::Locale = tag
        .parse()
        .unwrap_or_else(|e| panic!("locales/{tag}: not a language tag: {e}"));
    let collator = icu_collator::Collator::try_new((&locale).into(), Default::default())
        .unwrap_or_else(|e| panic!("locales/{tag}: no collation: {e}"));
    names.sort_by(|a, b| collator.compare(&a.1, &b.1).then_with(|| a.0.cmp(&b.0)));
    names.into_iter().map(|(code, _)| code).collect()
}
