//! Where to get help now: the emergency number first, then helplines, labour
//! inspectorates, legal aid and NGOs for the country the person is in, or the
//! international fallbacks where we hold no directory for it.

use crate::law::schema::{Date, Help, HelpKind, Jurisdiction, Law, Verification};
use serde::Serialize;

/// The emergency number to call in danger.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Emergency {
    /// Numbers in order of preference; empty means "your local emergency number".
    pub numbers: Vec<String>,
    pub verification: Verification,
}

/// The directory for `j` on `as_of`, emergency and trafficking help first.
pub fn directory<'a>(law: &'a Law, j: &Jurisdiction, as_of: Date) -> Vec<&'a Help> {
    let running =
        |h: &&Help| h.from.is_none_or(|f| f <= as_of) && h.until.is_none_or(|u| as_of <= u);
    let mut list: Vec<&Help> = law
        .help
        .iter()
        .filter(|h| h.jurisdiction == j.code)
        .filter(running)
        .collect();
    if j.code != "INTL" {
        list.extend(
            law.help
                .iter()
                .filter(|h| h.jurisdiction == "INTL")
                .filter(running),
        );
    }
    crate::small_sort::sort_by_key(&mut list, |h| (rank(h.kind), h.jurisdiction == "INTL"));
    list
}

fn rank(kind: HelpKind) -> u8 {
    match kind {
        HelpKind::Emergency => 0,
        HelpKind::TraffickingHelpline => 1,
        HelpKind::ChildHelpline => 2,
        HelpKind::ExploitationHelpline => 3,
        HelpKind::LabourInspectorate => 4,
        HelpKind::LegalAid => 5,
        HelpKind::Asylum => 6,
        HelpKind::Ngo => 7,
        HelpKind::International => 8,
    }
}

pub fn emergency(j: &Jurisdiction) -> Emergency {
    Emergency {
        numbers: j.emergency.clone(),
        verification: j.emergency_verification,
    }
}
