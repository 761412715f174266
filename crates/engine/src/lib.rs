//! Entitle's rules engine: answers → indicators → findings → needs →
//! protections → help, every outcome with its reasons and its citations.
//!
//! Pure Rust: no browser, no UI, no translations. It returns stable IDs,
//! arguments and citations; the app turns them into words. Evaluation takes the
//! legal date as an input and never reads a clock.

pub mod answers;
pub mod assessment;
pub mod claim;
pub mod evidence;
pub mod facts;
pub mod flow;
#[cfg(not(target_arch = "wasm32"))]
pub mod flow_lengths;
pub mod help;
pub mod law;
pub mod needs;
pub mod next_steps;
pub mod protections;
pub mod rights;
pub mod rules;
pub mod saved;
pub mod small_sort;
pub mod summary;

pub use answers::{Answers, QuestionId, Reply};
pub use assessment::{Citation, Element, Finding, FindingId, IndicatorOutcome, Level};
pub use evidence::{Because, Presence};
pub use law::schema::{Date, Verification};

use law::schema::{Help, Jurisdiction};
use serde::Serialize;

/// The whole result for one set of answers on one legal date.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Assessment {
    pub as_of: Date,
    /// The jurisdiction whose rules were applied: the country now, or `INTL`.
    pub jurisdiction: String,
    pub emergency: help::Emergency,
    pub indicators: Vec<IndicatorOutcome>,
    pub findings: Vec<Finding>,
    pub needs: Vec<needs::Need>,
    pub protections: Vec<protections::ProtectionOutcome>,
    /// IDs of the help entries, in the order to show them.
    pub help: Vec<&'static str>,
    /// What the person can do now: two or three steps, each with a service to call.
    pub next_steps: Vec<next_steps::NextStep>,
    /// The protections that fit, grouped by what they give.
    pub rights: Vec<rights::RightsGroup>,
    /// The pay claim with its working, when the person chose to work it out.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claim: Option<claim::Claim>,
}

/// The jurisdiction to apply: the country the person is in if we hold its
/// rules, else the international baseline.
pub fn jurisdiction_for(answers: &Answers) -> &'static Jurisdiction {
    let law = law::law();
    let code = answers.country_now.and_then(|c| c.value());
    code.and_then(|c| law.jurisdictions.iter().find(|j| j.code == c.as_str()))
        .or_else(|| law.jurisdictions.iter().find(|j| j.code == "INTL"))
        .expect("the law data has an INTL jurisdiction (checked by tests)")
}

/// Assesses one set of answers on the legal date `as_of`.
pub fn assess(answers: &Answers, as_of: Date) -> Assessment {
    let law = law::law();
    let j = jurisdiction_for(answers);
    let signs = rules::Signs::read(answers, law, as_of);
    let findings = vec![
        rules::trafficking::assess(answers, &signs, law, as_of),
        rules::forced_labour::assess(answers, &signs, law, as_of),
        rules::servitude::assess(answers, &signs, law, as_of),
        rules::labour_exploitation::assess(answers, &signs, law, as_of),
        rules::smuggling_abuse::assess(answers, law, as_of),
        rules::international_protection::assess(answers, law, as_of),
        rules::possible_child::assess(answers, law, as_of),
    ];
    let mut needs = needs::read(answers, &findings);
    let need_ids: Vec<&str> = needs.iter().map(|n| n.id.id()).collect();
    let protections = protections::for_jurisdiction(answers, &findings, &need_ids, j, law, as_of);
    let directory: Vec<&Help> = help::directory(law, j, as_of);
    // The protections that may apply here, for a lookup per need and protection.
    // Each outcome borrows its protection's ID from the law data, so the
    // address of the ID names the protection: no string is compared.
    let mut open: Vec<usize> = protections
        .iter()
        .filter(|o| o.status != protections::Status::DoesNotApply)
        .map(|o| o.id.as_ptr() as usize)
        .collect();
    small_sort::sort_by(&mut open, |a, b| a < b);
    for need in &mut needs {
        let id = need.id.id();
        need.protections = law
            .protections
            .iter()
            .filter(|p| p.meets.iter().any(|m| m == id))
            .filter(|p| open.binary_search(&(p.id.as_ptr() as usize)).is_ok())
            .map(|p| p.id.as_str())
            .collect();
        need.help = directory
            .iter()
            .filter(|h| h.meets.iter().any(|m| m == id))
            .map(|h| h.id.as_str())
            .collect();
    }
    let next_steps = next_steps::choose(&findings, &needs, &directory);
    let rights = rights::group(&protections, &findings, j);
    let mut result = Assessment {
        as_of,
        jurisdiction: j.code.clone(),
        emergency: help::emergency(j),
        indicators: signs.ilo,
        findings,
        needs,
        protections,
        help: directory.iter().map(|h| h.id.as_str()).collect(),
        next_steps,
        rights,
        claim: (answers.work_out_pay == Some(Reply::Yes)).then(|| claim::calculate(answers, as_of)),
    };
    askable(answers, &mut result);
    result
}

/// Lists as missing only questions the questionnaire can still ask: a
/// follow-up behind a closed gate is replaced by the question that opens it.
fn askable(answers: &Answers, r: &mut Assessment) {
    let lists = r
        .findings
        .iter_mut()
        .map(|f| &mut f.missing)
        .chain(r.protections.iter_mut().map(|p| &mut p.missing))
        .chain(r.indicators.iter_mut().map(|i| &mut i.missing));
    for missing in lists {
        for q in missing.iter_mut() {
            *q = flow::ask_instead(answers, *q);
        }
        small_sort::sort_dedup(missing);
    }
}
