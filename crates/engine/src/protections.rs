//! Which protections may apply where the person is, layer by layer: the
//! international instruments the state is bound by on the legal date, then
//! Council of Europe, EU and national rules. Each comes with a status, its
//! reasons, its dated parameters and its citations.

use crate::answers::{Answers, QuestionId as Q};
use crate::assessment::{Citation, Finding, Level};
use crate::evidence::{Because, Evidence, Presence};
use crate::facts;
use crate::law::schema::{
    Condition, Date, Decider, Jurisdiction, Law, Prerequisite, Protection, ProtectionKind,
    Referrer, Verification,
};
use serde::Serialize;

/// Whether a protection fits this person.
///
/// Needs first, inside the law's scope: a need the protection meets may bring
/// it to the person's attention, but only as `needs_information` until its
/// personal scope is met (a finding that triggers it at `some` or `strong`,
/// and its conditions).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// In scope and follows from the facts: no decision is needed.
    Applies,
    /// In scope and fits the answers; an authority decides.
    MayApply,
    /// Could fit: some answers are missing, or a need brought it up but its
    /// scope is not shown.
    NeedsInformation,
    /// A condition is not met, or nothing points to it.
    DoesNotApply,
}

crate::law::schema::ids!(Status { Applies => "applies", MayApply => "may_apply", NeedsInformation => "needs_information", DoesNotApply => "does_not_apply" });

/// Why a status was given.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "reason", rename_all = "snake_case")]
pub enum Reason {
    /// A finding that opens it, at this level.
    Finding { finding: &'static str, level: Level },
    /// A need it meets.
    Need { need: &'static str },
    /// A condition and whether it is met.
    Condition {
        condition: Condition,
        presence: Presence,
        because: Vec<Because>,
    },
    /// A group of conditions of which one is enough, and whether the group is met.
    AnyOf {
        any_of: Vec<ConditionCheck>,
        presence: Presence,
    },
    /// The findings that open it are not shown (yet): it is for people whose
    /// answers show one of them.
    OutsideScope { findings: &'static [String] },
}

/// One condition of a group, and whether it is met.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ConditionCheck {
    pub condition: Condition,
    pub presence: Presence,
    pub because: Vec<Because>,
}

/// A dated value in force on the legal date.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Value {
    pub name: String,
    pub value: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    pub from: Date,
    pub citation: String,
    pub verification: Verification,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ProtectionOutcome {
    /// Borrowed from the law data, which lives as long as the program: an
    /// assessment runs on every answer and copies none of the law's text.
    pub id: &'static str,
    pub kind: ProtectionKind,
    pub applies_in: &'static str,
    pub status: Status,
    pub reasons: Vec<Reason>,
    pub missing: Vec<Q>,
    pub cooperation_required: bool,
    pub decided_by: Decider,
    pub referred_by: Referrer,
    pub conditions: &'static [Condition],
    pub any_of: &'static [Vec<Condition>],
    /// Decisions an authority must take first.
    pub requires: &'static [Prerequisite],
    pub values: Vec<Value>,
    pub citations: Vec<Citation>,
    pub verification: Verification,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caveat: Option<&'static str>,
}

/// Member states of the EU, the EEA and Switzerland: nationals of these are not
/// third-country nationals under Directive 2004/81.
pub const EU_EEA_CH: &[&str] = &[
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV",
    "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO", "CH",
];

/// Whether `j` is bound on `as_of` by `applies_in` (its own code, or an instrument it is party to).
pub fn in_force_for(j: &Jurisdiction, applies_in: &str, as_of: Date) -> bool {
    applies_in == j.code
        || j.party
            .iter()
            .any(|p| p.instrument == applies_in && p.since <= as_of)
}

/// The conditions read so far in one assessment: many protections share a
/// condition (not a national, a child, cooperation), and each is read once.
#[derive(Default)]
pub struct Conditions(Vec<(Condition, Evidence)>);

impl Conditions {
    fn read(&mut self, c: Condition, a: &Answers) -> Evidence {
        if let Some((_, e)) = self.0.iter().find(|(k, _)| *k == c) {
            return e.clone();
        }
        let e = condition(c, a);
        self.0.push((c, e.clone()));
        e
    }
}

fn condition(c: Condition, a: &Answers) -> Evidence {
    match c {
        Condition::NotANational => negate(facts::national_of_country_now(a)),
        Condition::ThirdCountryNational => match a.nationality.and_then(|n| n.value()) {
            Some(n) => Evidence::fact(
                Q::Nationality,
                Some((!EU_EEA_CH.contains(&n.as_str()), n.as_str().to_string())),
                None,
            ),
            None => Evidence::fact(
                Q::Nationality,
                None,
                a.nationality.map(|_| "dont_know".to_string()),
            ),
        },
        Condition::IrregularStatus => facts::irregular_status(a),
        Condition::Child => facts::child(a),
        Condition::Adult => facts::adult(a),
        Condition::Cooperation => Evidence::yes(a, Q::WillingToHelpPolice),
        Condition::ReportedToPolice => Evidence::yes(a, Q::ReportedToPolice),
        Condition::FearOfReturn => Evidence::yes(a, Q::FearOfReturn),
        Condition::WantsToGoHome => Evidence::yes(a, Q::WantsToGoHome),
        Condition::MadeToBreakLaw => Evidence::yes(a, Q::MadeToBreakLaw),
        Condition::Smuggled => facts::smuggled(a),
        Condition::OwedWages => Evidence::any_yes(a, &[Q::WagesWithheld, Q::DeceivedAboutPay]),
        Condition::NoLongerThere => negate(Evidence::yes(a, Q::StillThere)),
        // OPEN QUESTION: read as unsafe or degrading conditions or excessive hours;
        // pay kept back alone is not counted, though it may be a "striking
        // disproportion" too.
        // An exemption only the authority can judge: open, and no question asks it.
        Condition::UnableToCooperate => Evidence {
            presence: Presence::Unknown,
            because: Vec::new(),
            missing: Vec::new(),
        },
        Condition::ParticularlyExploitative => Evidence::any([
            crate::rules::ilo_fl::abusive_working_and_living_conditions(a),
            crate::rules::ilo_fl::excessive_overtime(a),
        ]),
    }
}

fn negate(e: Evidence) -> Evidence {
    let presence = match e.presence {
        Presence::Present => Presence::Absent,
        Presence::Absent => Presence::Present,
        Presence::Unknown => Presence::Unknown,
    };
    Evidence { presence, ..e }
}

/// The values of a protection's parameters in force on `as_of`: for each name, the latest entry from on or before it.
pub fn values_on(p: &Protection, as_of: Date) -> Vec<Value> {
    let mut names: Vec<&str> = p.parameters.iter().map(|x| x.name.as_str()).collect();
    names.dedup();
    names
        .into_iter()
        .filter_map(|name| {
            p.parameters
                .iter()
                .filter(|x| x.name == name && x.from <= as_of)
                .max_by_key(|x| x.from)
                .map(|x| Value {
                    name: x.name.clone(),
                    value: x.value,
                    currency: x.currency.clone(),
                    from: x.from,
                    citation: x.citation.clone(),
                    verification: x.verification,
                })
        })
        .collect()
}

/// Evaluates one protection for one person.
pub fn evaluate(
    p: &'static Protection,
    a: &Answers,
    known: &mut Conditions,
    findings: &[Finding],
    needs: &[&str],
    law: &'static Law,
    as_of: Date,
) -> ProtectionOutcome {
    let mut reasons = Vec::new();
    let mut missing = Vec::new();
    let trig: Vec<&Finding> = findings
        .iter()
        .filter(|f| p.triggers.iter().any(|t| t == f.id.id()))
        .collect();
    let best = trig.iter().map(|f| f.level).max();
    let met_need: Vec<&'static str> = p
        .meets
        .iter()
        .map(String::as_str)
        .filter(|n| needs.contains(n))
        .collect();
    for f in &trig {
        if f.level >= Level::Some {
            reasons.push(Reason::Finding {
                finding: f.id.id(),
                level: f.level,
            });
        }
    }
    for n in &met_need {
        reasons.push(Reason::Need { need: n });
    }
    // The personal scope: a finding that opens it, at `some` or `strong`.
    let in_scope = best.is_some_and(|l| l >= Level::Some);
    let open_question = best == Some(Level::NotEnoughInformation);
    if !in_scope {
        reasons.push(Reason::OutsideScope {
            findings: &p.triggers,
        });
        if open_question {
            for f in &trig {
                missing.extend(f.missing.iter().copied());
            }
        }
    }
    let mut all = Vec::new();
    for c in &p.conditions {
        let e = known.read(*c, a);
        all.push(e.presence);
        if e.presence == Presence::Unknown {
            missing.extend(e.missing.iter().copied());
        }
        reasons.push(Reason::Condition {
            condition: *c,
            presence: e.presence,
            because: e.because,
        });
    }
    for group in &p.any_of {
        let checks: Vec<(ConditionCheck, Vec<Q>)> = group
            .iter()
            .map(|c| {
                let e = known.read(*c, a);
                let check = ConditionCheck {
                    condition: *c,
                    presence: e.presence,
                    because: e.because,
                };
                (check, e.missing)
            })
            .collect();
        let presence = if checks.iter().any(|(c, _)| c.presence == Presence::Present) {
            Presence::Present
        } else if checks.iter().all(|(c, _)| c.presence == Presence::Absent) {
            Presence::Absent
        } else {
            Presence::Unknown
        };
        if presence == Presence::Unknown {
            missing.extend(checks.iter().flat_map(|(_, m)| m.iter().copied()));
        }
        all.push(presence);
        reasons.push(Reason::AnyOf {
            any_of: checks.into_iter().map(|(c, _)| c).collect(),
            presence,
        });
    }
    let any_unmet = all.contains(&Presence::Absent);
    let any_unknown = all.contains(&Presence::Unknown);
    crate::small_sort::sort_dedup(&mut missing);
    let status = if any_unmet || (!in_scope && !open_question && met_need.is_empty()) {
        Status::DoesNotApply
    } else if any_unknown || !in_scope {
        Status::NeedsInformation
    } else if p.decided_by == Decider::NoDecision && p.requires.is_empty() {
        Status::Applies
    } else {
        Status::MayApply
    };
    if status == Status::DoesNotApply {
        missing.clear();
    }
    ProtectionOutcome {
        id: &p.id,
        kind: p.kind,
        applies_in: &p.applies_in,
        status,
        reasons,
        missing,
        cooperation_required: p.cooperation_required,
        decided_by: p.decided_by,
        referred_by: p.referred_by,
        conditions: &p.conditions,
        any_of: &p.any_of,
        requires: &p.requires,
        values: values_on(p, as_of),
        citations: Citation::resolve_listed(law, &p.citations, as_of),
        verification: p.verification,
        caveat: p.caveat.as_deref(),
    }
}

/// Every protection in force for `j` on `as_of`, evaluated,
/// international first, then regional, then national.
pub fn for_jurisdiction(
    a: &Answers,
    findings: &[Finding],
    needs: &[&str],
    j: &Jurisdiction,
    law: &'static Law,
    as_of: Date,
) -> Vec<ProtectionOutcome> {
    in_force(j, law, as_of)
        .iter()
        .scan(Conditions::default(), |known, p| {
            Some(evaluate(p, a, known, findings, needs, law, as_of))
        })
        .collect()
}

/// The protections in force for `j` on `as_of`, in layer order. The list
/// depends only on the law data, the place and the date, never on the
/// answers, so it is worked out once per place and date and kept: the app
/// re-assesses on every answer.
pub fn in_force(j: &Jurisdiction, law: &'static Law, as_of: Date) -> Vec<&'static Protection> {
    type Key = (usize, usize, Date);
    thread_local! {
        static KEPT: std::cell::RefCell<Vec<(Key, Vec<&'static Protection>)>> =
            const { std::cell::RefCell::new(Vec::new()) };
    }
    let key: Key = (
        std::ptr::from_ref(law) as usize,
        std::ptr::from_ref(j) as usize,
        as_of,
    );
    if let Some(list) =
        KEPT.with_borrow(|k| k.iter().find(|(x, _)| *x == key).map(|(_, l)| l.clone()))
    {
        return list;
    }
    let list = worked_out(j, law, as_of);
    KEPT.with_borrow_mut(|k| {
        // A person looks at a handful of places and dates; keep the list short.
        if k.len() >= 32 {
            k.remove(0);
        }
        k.push((key, list.clone()));
    });
    list
}

/// The protections in force for `j` on `as_of`, in layer order, worked out from the law data.
fn worked_out(j: &Jurisdiction, law: &'static Law, as_of: Date) -> Vec<&'static Protection> {
    let mut list: Vec<&'static Protection> = law
        .protections
        .iter()
        .filter(|p| p.from <= as_of && p.until.is_none_or(|u| as_of <= u))
        .filter(|p| in_force_for(j, &p.applies_in, as_of))
        .filter(|p| !reserved(j, p))
        .collect();
    crate::small_sort::sort_by_key(&mut list, |p| layer(&p.applies_in, j));
    list
}

/// Whether the state made a reservation to the provision the protection rests on.
fn reserved(j: &Jurisdiction, p: &Protection) -> bool {
    j.party
        .iter()
        .filter(|x| x.instrument == p.applies_in)
        .any(|x| {
            p.citations
                .first()
                .is_some_and(|main| x.reservations.contains(main))
        })
}

/// International instruments first, then the Council of Europe, the EU, and national rules.
fn layer(applies_in: &str, j: &Jurisdiction) -> u8 {
    if applies_in == j.code {
        3
    } else if applies_in.starts_with("eu.") {
        2
    } else if applies_in.starts_with("coe.") {
        1
    } else {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::law::law;

    /// The kept lists must be the lists worked out afresh, for every place,
    /// on dates before, between and after the law's changes, asked for in
    /// any order and more than once.
    #[test]
    fn kept_lists_are_the_fresh_ones() {
        let law = law();
        let dates = [
            "2003-01-01",
            "2016-06-30",
            "2026-12-01",
            "2024-04-01",
            "2016-06-30",
        ];
        for _round in 0..2 {
            for d in dates {
                let as_of = Date::parse(d).expect("a date");
                for j in &law.jurisdictions {
                    let fresh = worked_out(j, law, as_of);
                    let kept = in_force(j, law, as_of);
                    let ids =
                        |l: &[&Protection]| l.iter().map(|p| p.id.clone()).collect::<Vec<_>>();
                    assert_eq!(ids(&kept), ids(&fresh), "{} on {d}", j.code);
                    for p in &kept {
                        assert_eq!(
                            Citation::resolve_listed(law, &p.citations, as_of),
                            Citation::resolve(law, &p.citations, as_of),
                            "{} on {d}",
                            p.id
                        );
                    }
                }
            }
        }
    }
}
