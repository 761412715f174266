//! The engine's own lists agree with the data's: finding and need IDs, Delphi
//! `read_as` keys, ILO indicators, and the international baseline.

use entitle_engine::law::{
    law,
    schema::{FINDING_IDS, NEED_IDS},
};
use entitle_engine::needs::NeedId;
use entitle_engine::rules::{delphi, ilo_fl};
use entitle_engine::FindingId;

#[test]
fn finding_ids_match_the_data_checker() {
    let ids: Vec<&str> = FindingId::ALL.iter().map(|f| f.id()).collect();
    assert_eq!(ids, FINDING_IDS);
}

#[test]
fn need_ids_match_the_data_checker() {
    let ids: Vec<&str> = NeedId::ALL.iter().map(|n| n.id()).collect();
    assert_eq!(ids, NEED_IDS);
}

#[test]
fn every_ilo_indicator_rule_has_its_data_and_the_other_way_round() {
    for (id, _) in ilo_fl::INDICATORS {
        assert!(
            law().indicator(id).is_some(),
            "{id} has no entry in law/indicators"
        );
    }
    for ind in law()
        .indicators
        .iter()
        .filter(|i| i.id.starts_with("ilo.fl."))
    {
        assert!(
            ilo_fl::INDICATORS.iter().any(|(id, _)| *id == ind.id),
            "{} has no rule",
            ind.id
        );
    }
}

#[test]
fn every_delphi_read_as_key_has_a_rule() {
    let answers = entitle_engine::Answers::new();
    for ind in &law().indicators {
        if let Some(key) = &ind.read_as {
            assert!(
                delphi::KEYS.contains(&key.as_str()),
                "{}: unknown read_as `{key}`",
                ind.id
            );
            assert!(
                delphi::read(key, &answers).is_some(),
                "{}: `{key}` has no rule",
                ind.id
            );
        }
    }
}

#[test]
fn there_is_an_international_baseline() {
    assert!(law().jurisdictions.iter().any(|j| j.code == "INTL"));
}

#[test]
fn the_delphi_dimension_rule_matches_the_published_combinations() {
    // (strong, medium, weak) → positive, per WCMS_105023 p. 3.
    let cases = [
        ((2, 0, 0), true),
        ((1, 1, 0), true),
        ((1, 0, 1), true),
        ((0, 3, 0), true),
        ((0, 2, 1), true),
        ((1, 0, 0), false),
        ((0, 2, 0), false),
        ((0, 1, 5), false),
        ((0, 0, 9), false),
    ];
    for ((s, m, w), want) in cases {
        assert_eq!(
            delphi::positive(s, m, w),
            want,
            "strong {s}, medium {m}, weak {w}"
        );
    }
}
