//! `trafficking`: UN Trafficking Protocol art. 3. For an adult, an act
//! (recruitment, transport, transfer, harbouring, receipt) by means (threat,
//! force, coercion, abduction, fraud, deception, abuse of vulnerability) for the
//! purpose of exploitation (art. 3(a)); for a child, the act and the purpose
//! suffice (art. 3(c)), and a child is anyone under 18 (art. 3(d)).

use super::Signs;
use crate::answers::{Answers, QuestionId as Q};
use crate::assessment::{Citation, Element, Finding, FindingId, Level};
use crate::evidence::{Evidence, Presence};
use crate::facts;
use crate::law::schema::{Date, Law};

/// Indicators that show the means.
const MEANS: &[&str] = &[
    "deception",
    "physical_and_sexual_violence",
    "intimidation_and_threats",
    "abuse_of_vulnerability",
    "debt_bondage",
];

/// Indicators that show exploitation of work (the purpose).
const EXPLOITATION: &[&str] = &[
    "restriction_of_movement",
    "retention_of_identity_documents",
    "withholding_of_wages",
    "debt_bondage",
    "abusive_working_and_living_conditions",
    "excessive_overtime",
    "isolation",
];

pub fn assess(a: &Answers, signs: &Signs, law: &'static Law, as_of: Date) -> Finding {
    let act = Evidence::any_yes(a, &[Q::Recruited, Q::ForcedToGo, Q::MovedByOthers]);
    let means = Evidence::any(
        std::iter::once(Evidence::yes(a, Q::ForcedToGo)).chain(MEANS.iter().map(|m| signs.ilo(m))),
    );
    // Exploitation "shall include, at a minimum" sexual exploitation, forced
    // labour or services, slavery, servitude and organ removal. Forced criminal
    // activity and forced marriage are named forms in EU law (2011/36 art. 2(3)
    // as amended by 2024/1712); we count them here too.
    let purpose_parts: Vec<Evidence> = EXPLOITATION
        .iter()
        .map(|m| signs.ilo(m))
        .chain(
            [
                Q::SexualExploitation,
                Q::OrganRemoval,
                Q::ForcedMarriage,
                Q::MadeToBreakLaw,
            ]
            .map(|q| Evidence::yes(a, q)),
        )
        .collect();
    let child = facts::child(a);
    let is_child = child.presence == Presence::Present;
    // For an adult, one answer never shows both the means and the purpose by itself.
    let purpose = if is_child {
        Evidence::any(purpose_parts)
    } else {
        Evidence::apart_from(&means, purpose_parts)
    };

    let mut elements = vec![Element::new("act", act)];
    let mut cites = vec!["un.palermo_tip.art_3_a"];
    if is_child {
        // Art. 3(c): no means needed for a child.
        elements.push(Element::new("child", child));
        cites.extend(["un.palermo_tip.art_3_c", "un.palermo_tip.art_3_d"]);
    } else {
        elements.push(Element::new("means", means));
    }
    elements.push(Element::new("purpose", purpose));

    let level = Level::of_elements(&elements);
    let mut finding = Finding::from_elements(
        FindingId::Trafficking,
        elements,
        level,
        Citation::resolve(law, &cites, as_of),
    );
    let mut indicators = signs.present(EXPLOITATION);
    indicators.extend(signs.present(MEANS));
    crate::small_sort::sort_dedup(&mut indicators);
    finding.indicators = indicators;
    finding.delphi = Some(super::delphi::verdict(a, is_child, law, as_of));
    finding
}
