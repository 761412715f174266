//! The translator's kit (`entitle_l10n::kit`, `l10n-kit`) on small fixtures in
//! temporary folders, and on the real `locales/`. Whether every language has
//! every message the app asks for, with the same variables, is the app's own
//! `tests/locales.rs`; here, that the kit sees what changed and records it.

use entitle_l10n::kit::{self, header::Review};
use std::path::{Path, PathBuf};
use std::process::Command;

/// A fresh `locales/` folder for one case, removed when dropped.
struct Locales(PathBuf);

impl Locales {
    fn new(case: &str) -> Locales {
        let slug: String = case
            .chars()
            .map(|c| if c.is_alphanumeric() { c } else { '_' })
            .collect();
        let dir = std::env::temp_dir().join(format!("l10n-kit-{}-{slug}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        Locales(dir)
    }

    fn write(&self, tag: &str, file: &str, text: &str) {
        let dir = self.0.join(tag);
        std::fs::create_dir_all(&dir).expect("a temporary folder");
        std::fs::write(dir.join(file), text).expect("a fixture writes");
    }

    fn report(&self, tag: &str) -> kit::Language {
        let english = kit::english(&self.0).expect("English reads");
        kit::check(&self.0, tag, &english).expect("the language reads")
    }
}

impl Drop for Locales {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

const ENGLISH: &str = "hello = Hello, { $name }!\nbye = Goodbye.\n";
const FRENCH: &str = "hello = Bonjour, { $name } !\nbye = Au revoir.\n";

/// One history of a language: English and French when French was marked
/// (`None`: never marked), English edited after, perhaps marked again, and
/// what the report must then say.
struct Case {
    name: &'static str,
    english_then: &'static str,
    french: &'static str,
    marked: Option<&'static [&'static str]>,
    english_now: &'static str,
    marked_after: Option<&'static [&'static str]>,
    missing: &'static [&'static str],
    stale: &'static [&'static str],
    unrecorded: &'static [&'static str],
    extra: &'static [&'static str],
}

const ALL: &[&str] = &[];

const CASES: &[Case] = &[
    Case {
        name: "A language marked from the current English has nothing to report",
        english_then: ENGLISH,
        french: FRENCH,
        marked: Some(ALL),
        english_now: ENGLISH,
        marked_after: None,
        missing: &[],
        stale: &[],
        unrecorded: &[],
        extra: &[],
    },
    Case {
        name: "A message English has and the language lacks is missing",
        english_then: ENGLISH,
        french: "hello = Bonjour, { $name } !\n",
        marked: Some(ALL),
        english_now: ENGLISH,
        marked_after: None,
        missing: &["bye"],
        stale: &[],
        unrecorded: &[],
        extra: &[],
    },
    Case {
        name: "A new English message is missing, not stale",
        english_then: ENGLISH,
        french: FRENCH,
        marked: Some(ALL),
        english_now: "hello = Hello, { $name }!\nbye = Goodbye.\nthanks = Thank you.\n",
        marked_after: None,
        missing: &["thanks"],
        stale: &[],
        unrecorded: &[],
        extra: &[],
    },
    Case {
        name: "A message whose English wording changed after marking is stale",
        english_then: ENGLISH,
        french: FRENCH,
        marked: Some(ALL),
        english_now: "hello = Hi, { $name }!\nbye = Goodbye.\n",
        marked_after: None,
        missing: &[],
        stale: &["hello"],
        unrecorded: &[],
        extra: &[],
    },
    Case {
        name: "A changed variable in English makes the message stale",
        english_then: ENGLISH,
        french: FRENCH,
        marked: Some(ALL),
        english_now: "hello = Hello, { $person }!\nbye = Goodbye.\n",
        marked_after: None,
        missing: &[],
        stale: &["hello"],
        unrecorded: &[],
        extra: &[],
    },
    Case {
        name: "A new variant in an English select makes the message stale",
        english_then: "n = { $n ->\n    *[other] many\n}\n",
        french: "n = { $n ->\n    *[other] beaucoup\n}\n",
        marked: Some(ALL),
        english_now: "n = { $n ->\n    [one] one\n    *[other] many\n}\n",
        marked_after: None,
        missing: &[],
        stale: &["n"],
        unrecorded: &[],
        extra: &[],
    },
    Case {
        name: "Re-wrapping, re-indenting and extra spaces in English are not a change",
        english_then: ENGLISH,
        french: FRENCH,
        marked: Some(ALL),
        english_now: "hello =\n        Hello,\n  { $name }!\nbye   =   Goodbye.\n",
        marked_after: None,
        missing: &[],
        stale: &[],
        unrecorded: &[],
        extra: &[],
    },
    Case {
        name: "A comment added or changed in English is not a change",
        english_then: ENGLISH,
        french: FRENCH,
        marked: Some(ALL),
        english_now: "# Said first.\nhello = Hello, { $name }!\n\n## Leaving\nbye = Goodbye.\n",
        marked_after: None,
        missing: &[],
        stale: &[],
        unrecorded: &[],
        extra: &[],
    },
    Case {
        name: "A select re-indented in English is not a change",
        english_then: "n = { $n ->\n    [one] one\n    *[other] many\n}\n",
        french: "n = { $n ->\n    [one] un\n    *[other] beaucoup\n}\n",
        marked: Some(ALL),
        english_now: "n =\n  { $n ->\n      [one] one\n     *[other] many\n  }\n",
        marked_after: None,
        missing: &[],
        stale: &[],
        unrecorded: &[],
        extra: &[],
    },
    Case {
        name: "Marking the changed message clears stale",
        english_then: ENGLISH,
        french: FRENCH,
        marked: Some(ALL),
        english_now: "hello = Hi, { $name }!\nbye = See you.\n",
        marked_after: Some(&["hello"]),
        missing: &[],
        stale: &["bye"],
        unrecorded: &[],
        extra: &[],
    },
    Case {
        name: "Marking every message clears every stale one",
        english_then: ENGLISH,
        french: FRENCH,
        marked: Some(ALL),
        english_now: "hello = Hi, { $name }!\nbye = See you.\n",
        marked_after: Some(ALL),
        missing: &[],
        stale: &[],
        unrecorded: &[],
        extra: &[],
    },
    Case {
        name: "A language never marked has every translated message unrecorded",
        english_then: ENGLISH,
        french: "bye = Au revoir.\n",
        marked: None,
        english_now: ENGLISH,
        marked_after: None,
        missing: &["hello"],
        stale: &[],
        unrecorded: &["bye"],
        extra: &[],
    },
    Case {
        name: "A message marked on its own leaves the others unrecorded",
        english_then: ENGLISH,
        french: FRENCH,
        marked: Some(&["bye"]),
        english_now: ENGLISH,
        marked_after: None,
        missing: &[],
        stale: &[],
        unrecorded: &["hello"],
        extra: &[],
    },
    Case {
        name: "A message the language has and English does not is extra",
        english_then: ENGLISH,
        french: "hello = Bonjour, { $name } !\nbye = Au revoir.\nold = Ancien.\n",
        marked: Some(ALL),
        english_now: ENGLISH,
        marked_after: None,
        missing: &[],
        stale: &[],
        unrecorded: &[],
        extra: &["old"],
    },
    Case {
        name: "A message English removed after marking is extra",
        english_then: ENGLISH,
        french: FRENCH,
        marked: Some(ALL),
        english_now: "hello = Hello, { $name }!\n",
        marked_after: None,
        missing: &[],
        stale: &[],
        unrecorded: &[],
        extra: &["bye"],
    },
];

fn ids(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

#[test]
fn the_report_sees_what_changed_in_english_and_what_marking_records() {
    for case in CASES {
        let l = Locales::new(case.name);
        l.write("en", "main.ftl", case.english_then);
        l.write("fr", "main.ftl", case.french);
        if let Some(marked) = case.marked {
            kit::mark(&l.0, "fr", &ids(marked)).unwrap_or_else(|e| panic!("{}: {e}", case.name));
        }
        l.write("en", "main.ftl", case.english_now);
        if let Some(marked) = case.marked_after {
            kit::mark(&l.0, "fr", &ids(marked)).unwrap_or_else(|e| panic!("{}: {e}", case.name));
        }
        let got = l.report("fr");
        assert_eq!(got.missing, ids(case.missing), "{}: missing", case.name);
        assert_eq!(got.stale, ids(case.stale), "{}: stale", case.name);
        assert_eq!(
            got.unrecorded,
            ids(case.unrecorded),
            "{}: unrecorded",
            case.name
        );
        assert_eq!(got.extra, ids(case.extra), "{}: extra", case.name);
    }
}

#[test]
fn marking_refuses_what_it_cannot_vouch_for() {
    let cases: &[(&str, &str, &str, &str)] = &[
        (
            "A message not yet translated cannot be marked",
            "fr",
            "bye",
            "not translated",
        ),
        (
            "A message English does not have cannot be marked",
            "fr",
            "old",
            "not an English message",
        ),
        (
            "English itself has no record to mark",
            "en",
            "hello",
            "source language",
        ),
    ];
    for (name, tag, id, says) in cases {
        let l = Locales::new(name);
        l.write("en", "main.ftl", ENGLISH);
        l.write(
            "fr",
            "main.ftl",
            "hello = Bonjour, { $name } !\nold = Ancien.\n",
        );
        let err = kit::mark(&l.0, tag, &ids(&[id])).expect_err(name);
        assert!(err.contains(says), "{name}: {err}");
        assert!(
            !l.0.join("fr").join(kit::record::FILE).exists(),
            "{name}: no record written"
        );
    }
}

#[test]
fn the_review_status_is_read_from_every_files_header() {
    // Headers only: which messages the files hold is the other tests' business.
    let yes = "# Entitle: French.\n# reviewed-by-native-speaker: yes, by A. Martin, 2026-12-10\n";
    let no = "# Entitle: French.\n# reviewed-by-native-speaker: no\n";
    let partial = "# reviewed-by-native-speaker: partial, the questions only\n";
    let none = "# Entitle: French.\n";
    let later = "## Group\n# reviewed-by-native-speaker: yes\n";
    /// (name, each file and its text, the language's status, each file's review value)
    type ReviewCase<'a> = (
        &'a str,
        &'a [(&'a str, &'a str)],
        Review,
        &'a [Option<&'a str>],
    );
    let cases: &[ReviewCase] = &[
        (
            "Every file reviewed is a reviewed language",
            &[("a.ftl", yes), ("b.ftl", yes)],
            Review::Yes,
            &[
                Some("yes, by A. Martin, 2026-12-10"),
                Some("yes, by A. Martin, 2026-12-10"),
            ],
        ),
        (
            "No file reviewed is a language not reviewed",
            &[("a.ftl", no), ("b.ftl", no)],
            Review::No,
            &[Some("no"), Some("no")],
        ),
        (
            "Some files reviewed is a partly reviewed language",
            &[("a.ftl", no), ("b.ftl", yes)],
            Review::Partial,
            &[Some("no"), Some("yes, by A. Martin, 2026-12-10")],
        ),
        (
            "A file that says partial makes the language partial",
            &[("a.ftl", partial)],
            Review::Partial,
            &[Some("partial, the questions only")],
        ),
        (
            "A file without the line is not reviewed",
            &[("a.ftl", yes), ("b.ftl", none)],
            Review::Partial,
            &[Some("yes, by A. Martin, 2026-12-10"), None],
        ),
        (
            "A review line below the opening comments is not a header",
            &[("a.ftl", later)],
            Review::No,
            &[None],
        ),
    ];
    for (name, files, review, values) in cases {
        let l = Locales::new(name);
        l.write("en", "main.ftl", ENGLISH);
        for (file, text) in *files {
            l.write("fr", file, text);
        }
        let got = l.report("fr");
        assert_eq!(got.review(), *review, "{name}");
        let got_values: Vec<Option<&str>> =
            got.reviewed.iter().map(|(_, v)| v.as_deref()).collect();
        assert_eq!(got_values, *values, "{name}");
    }
}

#[test]
fn reviewing_rewrites_the_review_line_or_adds_it_after_the_opening_comments() {
    let l = Locales::new("reviewing");
    l.write("en", "main.ftl", ENGLISH);
    l.write("fr", "main.ftl", "# Entitle: French.\n# translation: AI draft\n# reviewed-by-native-speaker: no\n\nbye = Au revoir.\n");
    l.write(
        "fr",
        "law-x.ftl",
        "# Law words.\n\n## Group\nhello = Bonjour, { $name } !\n",
    );
    l.write(
        "fr",
        "law-y.ftl",
        "# reviewed-by-native-speaker: no\nhello2 = Salut\n",
    );
    let changed = kit::review(
        &l.0,
        "fr",
        "yes, by A. Martin, 2026-12-10",
        &ids(&["main.ftl", "law-x.ftl"]),
    )
    .expect("reviews");
    assert_eq!(changed, ["law-x.ftl", "main.ftl"]);
    let read = |f: &str| std::fs::read_to_string(l.0.join("fr").join(f)).expect("reads");
    assert_eq!(
        read("main.ftl"),
        "# Entitle: French.\n# translation: AI draft\n# reviewed-by-native-speaker: yes, by A. Martin, 2026-12-10\n\nbye = Au revoir.\n"
    );
    assert_eq!(
        read("law-x.ftl"),
        "# Law words.\n# reviewed-by-native-speaker: yes, by A. Martin, 2026-12-10\n\n## Group\nhello = Bonjour, { $name } !\n"
    );
    assert_eq!(
        read("law-y.ftl"),
        "# reviewed-by-native-speaker: no\nhello2 = Salut\n",
        "a file not named is left alone"
    );
    assert!(
        kit::review(&l.0, "fr", "yes", &ids(&["nope.ftl"])).is_err(),
        "a file the language lacks"
    );
}

/// Runs the `l10n-kit` binary on `dir`; its exit code.
fn exit_code(dir: &Path, args: &[&str]) -> i32 {
    let out = Command::new(env!("CARGO_BIN_EXE_l10n-kit"))
        .args(args)
        .arg("--locales")
        .arg(dir)
        .output()
        .expect("l10n-kit runs");
    out.status.code().expect("l10n-kit exits")
}

#[test]
fn strict_fails_on_missing_extra_or_unrecorded_but_not_on_stale() {
    // (name, French, marked, English after marking, exit code without and with --strict)
    let cases: &[(&str, &str, bool, &str, i32, i32)] = &[
        (
            "A complete, recorded language passes",
            FRENCH,
            true,
            ENGLISH,
            0,
            0,
        ),
        (
            "A stale message passes, so an English edit never breaks the build",
            FRENCH,
            true,
            "hello = Hi, { $name }!\nbye = Goodbye.\n",
            0,
            0,
        ),
        (
            "A missing message fails strict",
            FRENCH,
            true,
            "hello = Hello, { $name }!\nbye = Goodbye.\nnew = New.\n",
            0,
            1,
        ),
        (
            "An extra message fails strict",
            FRENCH,
            true,
            "hello = Hello, { $name }!\n",
            0,
            1,
        ),
        (
            "An unrecorded message fails strict",
            FRENCH,
            false,
            ENGLISH,
            0,
            1,
        ),
        (
            "A file that does not parse is an error",
            "hello = Bonjour\n  bad { \n",
            false,
            ENGLISH,
            2,
            2,
        ),
    ];
    for (name, french, marked, english_now, plain, strict) in cases {
        let l = Locales::new(name);
        l.write("en", "main.ftl", ENGLISH);
        l.write("fr", "main.ftl", french);
        if *marked {
            kit::mark(&l.0, "fr", &[]).unwrap_or_else(|e| panic!("{name}: {e}"));
        }
        l.write("en", "main.ftl", english_now);
        assert_eq!(exit_code(&l.0, &["report"]), *plain, "{name}: report");
        assert_eq!(
            exit_code(&l.0, &["report", "--strict"]),
            *strict,
            "{name}: report --strict"
        );
    }
}

/// The real languages: each has a record of the English of every English
/// message, and none lacks a message or has one English does not.
#[test]
fn every_language_in_locales_is_complete_and_recorded() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    let english = kit::english(&root).expect("English reads");
    let tags = kit::tags(&root).expect("locales/ reads");
    assert!(tags.len() >= 16, "the translated languages: {tags:?}");
    for tag in tags {
        let language = kit::check(&root, &tag, &english).expect("the language reads");
        assert!(
            language.complete(),
            "{tag} is incomplete; run `cargo run -p entitle-l10n --bin l10n-kit -- report`:\n{language}"
        );
    }
}
