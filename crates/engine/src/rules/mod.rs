//! One provision, one rule: each rule reads the answers (or indicators) and
//! returns an outcome with its reasons, what is missing, and its citations.

pub mod delphi;
pub mod forced_labour;
pub mod ilo_fl;
pub mod international_protection;
pub mod labour_exploitation;
pub mod possible_child;
pub mod servitude;
pub mod smuggling_abuse;
pub mod trafficking;

use crate::answers::Answers;
use crate::assessment::{Citation, IndicatorOutcome};
use crate::evidence::Evidence;
use crate::law::schema::{Date, Law};

/// The ILO forced-labour indicators, read once and shared by the findings.
pub struct Signs {
    pub ilo: Vec<IndicatorOutcome>,
}

impl Signs {
    pub fn read(answers: &Answers, law: &'static Law, as_of: Date) -> Signs {
        let ilo = ilo_fl::INDICATORS
            .iter()
            .map(|(id, rule)| {
                let e = rule(answers);
                let citations = law
                    .indicator(id)
                    .map(|i| Citation::resolve_listed(law, &i.citations, as_of))
                    .unwrap_or_default();
                IndicatorOutcome {
                    id,
                    presence: e.presence,
                    because: e.because,
                    missing: e.missing,
                    citations,
                }
            })
            .collect();
        Signs { ilo }
    }

    /// An ILO indicator as evidence, by the last part of its ID (`deception`).
    pub fn ilo(&self, name: &str) -> Evidence {
        self.ilo
            .iter()
            .find(|i| {
                i.id.strip_suffix(name)
                    .is_some_and(|rest| rest.ends_with('.'))
            })
            .map(|i| Evidence {
                presence: i.presence,
                because: i.because.clone(),
                missing: i.missing.clone(),
            })
            .unwrap_or_else(|| panic!("no ILO indicator named {name}"))
    }

    /// The IDs of the ILO indicators present among `names`.
    pub fn present(&self, names: &[&str]) -> Vec<&'static str> {
        self.ilo
            .iter()
            .filter(|i| i.presence == crate::evidence::Presence::Present)
            .filter(|i| {
                names
                    .iter()
                    .any(|n| i.id.strip_suffix(n).is_some_and(|rest| rest.ends_with('.')))
            })
            .map(|i| i.id)
            .collect()
    }
}
