//! The ILO's indicators of forced labour (2012), each read from the answers.

use crate::answers::{Answers, QuestionId, Reply};
use crate::assessment::{Because, Citation, IndicatorOutcome, Presence};
use crate::law::schema::{Date, Law};

/// Indicator 7, retention of identity documents (ILO Indicators of Forced Labour, 2012;
/// ICRMW art. 21; ILO C189 art. 9(c)): someone other than the person keeps their passport or ID.
pub fn retention_of_identity_documents(
    answers: &Answers,
    law: &Law,
    as_of: Date,
) -> IndicatorOutcome {
    yes_no_indicator(
        "ilo.fl.retention_of_identity_documents",
        QuestionId::DocumentsKept,
        answers,
        law,
        as_of,
    )
}

/// An indicator that one yes/no question decides: "yes" is present, "no" absent,
/// anything else unknown and listed as missing.
fn yes_no_indicator(
    id: &str,
    q: QuestionId,
    answers: &Answers,
    law: &Law,
    as_of: Date,
) -> IndicatorOutcome {
    let reply = answers.get(q);
    let presence = match reply {
        Some(Reply::Yes) => Presence::Present,
        Some(Reply::No) => Presence::Absent,
        Some(Reply::DontKnow | Reply::PreferNotToSay) | None => Presence::Unknown,
    };
    let citations = law
        .indicator(id)
        .map(|ind| Citation::resolve(law, &ind.citations, as_of))
        .unwrap_or_default();
    IndicatorOutcome {
        id: id.to_string(),
        presence,
        because: reply
            .map(|reply| Because { question: q, reply })
            .into_iter()
            .collect(),
        missing: if presence == Presence::Unknown {
            vec![q]
        } else {
            vec![]
        },
        citations,
    }
}
