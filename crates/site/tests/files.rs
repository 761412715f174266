//! The settings files in `tests/`: the README's example is read in full, and
//! each file in `tests/invalid/` is refused with the field and the problem
//! named in the table below (and no file there is left out of it).

use entitle_site::{read, Contact, Hours, Known, Problem, Site};

const KNOWN: Known<'static> = Known {
    countries: &[
        "AU", "CA", "DE", "ES", "FR", "GB", "IT", "NL", "PH", "QA", "TH", "US",
    ],
    languages: &["ar", "en", "es", "fr"],
    // The engine's own list, so the settings can name exactly its needs.
    needs: entitle_engine::law::schema::NEED_IDS,
};

fn text(path: &str) -> String {
    std::fs::read_to_string(format!("{}/tests/{path}", env!("CARGO_MANIFEST_DIR"))).expect(path)
}

#[test]
fn the_readme_example_is_read_in_full() {
    let example = text("valid/example.json");
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../README.md"))
        .expect("README");
    // The README indents it inside a list item.
    let unindent = |t: &str| {
        t.lines()
            .map(str::trim_start)
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert!(
        unindent(&readme).contains(&unindent(example.trim())),
        "README.md shows tests/valid/example.json as it is"
    );
    let site = read(&example, KNOWN).expect("the example is valid");
    assert_eq!(
        site,
        Site {
            name: Some("Harbour Support Network".into()),
            country: Some("GB".into()),
            language: Some("en".into()),
            contacts: vec![
                Contact {
                    name: "Harbour Support Network advice line".into(),
                    phone: Some("+442079460000".into()),
                    phone_display: Some("020 7946 0000".into()),
                    sms: Some("+447700900123".into()),
                    web: Some("https://harbour.example.org/help".into()),
                    hours: Some(Hours::Days {
                        days: "mon_fri".into(),
                        opens: "09:00".into(),
                        closes: "17:00".into()
                    }),
                    languages: vec!["en".into(), "pl".into(), "ro".into(), "interpreters".into()],
                    needs: vec![
                        "legal_advice".into(),
                        "unpaid_wages".into(),
                        "interpretation".into()
                    ],
                    free: Some(true),
                },
                Contact {
                    name: "Harbour night shelter".into(),
                    phone: Some("+442079460999".into()),
                    hours: Some(Hours::Always),
                    needs: vec!["safe_housing".into(), "immediate_safety".into()],
                    ..Contact::default()
                },
            ],
        }
    );
}

#[test]
fn the_least_file_is_the_version_alone() {
    assert_eq!(read(r#"{"version": 1}"#, KNOWN), Ok(Site::default()));
}

#[test]
fn every_invalid_file_is_refused_with_its_field_named() {
    use Problem::*;
    let cases: &[(&str, &str, Problem)] = &[
        ("syntax-trailing-comma", "line 1, column 30", Syntax),
        ("twice-name", "name (line 1, column 30)", Twice),
        ("unknown-top", "colour", Unknown),
        ("unknown-in-contact", "contacts[0].phnoe", Unknown),
        ("missing-version", "version", Missing),
        ("version-2", "version", Version),
        ("version-text", "version", Version),
        ("not-object", "(the whole file)", NotObject),
        ("name-not-text", "name", NotText),
        ("name-empty", "name", Length),
        ("name-too-long", "name", Length),
        ("country-unknown", "country", Country),
        ("country-lower", "country", Country),
        ("language-unknown", "language", Language),
        ("contacts-not-list", "contacts", NotList),
        ("contacts-too-many", "contacts", TooMany),
        ("contact-not-object", "contacts[0]", NotObject),
        ("contact-missing-name", "contacts[0].name", Missing),
        ("contact-no-way-to-reach", "contacts[0].name", NoWayToReach),
        ("phone-with-spaces", "contacts[0].phone", Phone),
        ("phone-too-short", "contacts[0].phone", Phone),
        ("sms-letters", "contacts[0].sms", Phone),
        (
            "display-without-phone",
            "contacts[0].phone_display",
            DisplayWithoutPhone,
        ),
        ("web-http", "contacts[0].web", Web),
        ("web-script", "contacts[0].web", Web),
        ("web-no-host", "contacts[0].web", Web),
        ("hours-both", "contacts[0].hours.always", Hours),
        ("hours-days-unknown", "contacts[0].hours.days", Days),
        ("hours-time", "contacts[0].hours.opens", Time),
        ("hours-missing-closes", "contacts[0].hours.closes", Missing),
        ("free-text", "contacts[0].free", NotTrueOrFalse),
        ("language-tag", "contacts[0].languages[0]", LanguageTag),
        ("need-unknown", "contacts[0].needs[0]", Need),
        ("need-repeated", "contacts[0].needs[1]", Repeated),
        ("needs-not-list", "contacts[0].needs", NotList),
    ];
    let mut files: Vec<String> =
        std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/invalid"))
            .expect("tests/invalid")
            .map(|e| {
                e.expect("entry")
                    .file_name()
                    .to_string_lossy()
                    .trim_end_matches(".json")
                    .to_string()
            })
            .collect();
    files.sort();
    let mut named: Vec<String> = cases.iter().map(|(f, ..)| f.to_string()).collect();
    named.sort();
    assert_eq!(
        files, named,
        "every file in tests/invalid has a row, and every row a file"
    );
    for (file, field, problem) in cases {
        let error = read(&text(&format!("invalid/{file}.json")), KNOWN).expect_err(file);
        assert_eq!(
            (error.field.as_str(), error.problem),
            (*field, *problem),
            "{file}"
        );
    }
}

#[test]
fn every_problem_has_its_own_id() {
    let mut ids: Vec<&str> = Problem::ALL.iter().map(|p| p.id()).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), Problem::ALL.len());
}
