//! `smuggling_abuse`: harm suffered while being smuggled. The Smuggling of
//! Migrants Protocol does not make the migrant liable for having been smuggled
//! (art. 5) and requires protection from violence and help where life or safety
//! is endangered because of having been smuggled (art. 16).

use crate::answers::{Answers, QuestionId as Q};
use crate::assessment::{Citation, Element, Finding, FindingId, Level};
use crate::evidence::Evidence;
use crate::facts;
use crate::law::schema::{Date, Law};

pub fn assess(a: &Answers, law: &'static Law, as_of: Date) -> Finding {
    let elements = vec![
        Element::new("smuggled", facts::smuggled(a)),
        Element::new(
            "harmed_or_held",
            Evidence::any_yes(a, &[Q::HarmedOnJourney, Q::HeldOnJourney]),
        ),
    ];
    let level = Level::of_elements(&elements);
    let cites = [
        "un.smuggling_protocol.art_16",
        "un.smuggling_protocol.art_5",
    ];
    Finding::from_elements(
        FindingId::SmugglingAbuse,
        elements,
        level,
        Citation::resolve(law, &cites, as_of),
    )
}
