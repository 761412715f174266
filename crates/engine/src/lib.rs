//! Entitle's rules engine: answers → indicators → findings, every outcome with
//! its reasons and its citations.
//!
//! Pure Rust: no browser, no UI, no translations. It returns stable IDs,
//! arguments and citations; the app turns them into words. Evaluation takes the
//! legal date as an input and never reads a clock.

pub mod answers;
pub mod assessment;
pub mod law;
pub mod rules;

pub use answers::{Answers, QuestionId, Reply};
pub use assessment::{
    Assessment, Because, Citation, Finding, FindingId, IndicatorOutcome, Level, Presence,
};
pub use law::schema::{Date, Verification};

/// Assesses one set of answers on the legal date `as_of`.
pub fn assess(answers: &Answers, as_of: Date) -> Assessment {
    let law = law::law();
    let documents = rules::ilo_fl::retention_of_identity_documents(answers, law, as_of);
    let labour = rules::labour_exploitation::assess(&[&documents]);
    Assessment {
        as_of,
        indicators: vec![documents],
        findings: vec![labour],
    }
}
