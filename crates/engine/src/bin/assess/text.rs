//! The `--text` form of an assessment: plain, readable lines for a lawyer or
//! caseworker, built from IDs and citations (no translations here).

use entitle_engine::protections::{Reason, Status};
use entitle_engine::Verification;
use entitle_engine::{Assessment, Level};
use std::fmt::Write;

pub fn render(a: &Assessment) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Assessment on {} under the rules for {}",
        a.as_of, a.jurisdiction
    );
    let numbers = if a.emergency.numbers.is_empty() {
        "the local emergency number".to_string()
    } else {
        a.emergency.numbers.join(" or ")
    };
    let _ = writeln!(out, "In danger now: call {numbers}");
    let _ = writeln!(out, "\nSIGNS IN THE ANSWERS (not a determination: only the competent authorities identify a victim)");
    for f in &a.findings {
        let _ = writeln!(out, "- {}: {}", f.id.id(), f.level.id().replace('_', " "));
        for e in &f.elements {
            let _ = writeln!(out, "    element {}: {:?}", e.id, e.presence);
        }
        if !f.because.is_empty() {
            let because: Vec<String> = f
                .because
                .iter()
                .map(|b| format!("{}={}", b.question.id(), b.answer))
                .collect();
            let _ = writeln!(out, "    because: {}", because.join(", "));
        }
        if !f.missing.is_empty() && f.level != Level::Strong {
            let missing: Vec<&str> = f.missing.iter().map(|q| q.id()).collect();
            let _ = writeln!(out, "    could change with: {}", missing.join(", "));
        }
        if let Some(d) = &f.delphi {
            let positive: Vec<String> = d
                .dimensions
                .iter()
                .filter(|x| x.positive)
                .map(|x| format!("{:?}", x.dimension))
                .collect();
            let _ = writeln!(
                out,
                "    ILO-EU (Delphi) {} list: rule {}; positive dimensions: {}",
                d.list,
                match d.met {
                    Some(true) => "met",
                    Some(false) => "not met",
                    None => "not applicable (list not held)",
                },
                if positive.is_empty() {
                    "none".to_string()
                } else {
                    positive.join(", ")
                }
            );
        }
        for c in &f.citations {
            let _ = writeln!(
                out,
                "    source: {} art. {} (from {}, {:?}) {}",
                c.instrument, c.article, c.holds_from, c.verification, c.url
            );
        }
    }
    let _ = writeln!(out, "\nNEEDS");
    for n in &a.needs {
        let _ = writeln!(
            out,
            "- {} (protections: {}; help: {})",
            n.id.id(),
            n.protections.len(),
            n.help.join(", ")
        );
    }
    let _ = writeln!(out, "\nWHAT YOU CAN DO NOW");
    for step in &a.next_steps {
        let why: Vec<String> = step
            .because
            .iter()
            .map(|r| match r {
                entitle_engine::next_steps::StepReason::Finding { finding, level } => {
                    format!("{finding} {}", level.id())
                }
                entitle_engine::next_steps::StepReason::Need { need } => format!("need {need}"),
            })
            .collect();
        let _ = writeln!(
            out,
            "- {} via {} (because {})",
            step.id.id(),
            step.help,
            why.join(", ")
        );
    }
    let _ = writeln!(out, "\nPROTECTIONS");
    for p in a
        .protections
        .iter()
        .filter(|p| p.status != Status::DoesNotApply)
    {
        let _ = writeln!(out, "- {} [{:?}]: {:?}", p.id, p.kind, p.status);
        let _ = writeln!(
            out,
            "    decided by {:?}; referred by {:?}; cooperation required: {}",
            p.decided_by, p.referred_by, p.cooperation_required
        );
        for r in &p.reasons {
            match r {
                Reason::Condition {
                    condition,
                    presence,
                    ..
                } => {
                    let _ = writeln!(out, "    condition {}: {presence:?}", condition.id());
                }
                Reason::AnyOf { any_of, presence } => {
                    let each: Vec<String> = any_of
                        .iter()
                        .map(|c| format!("{} {:?}", c.condition.id(), c.presence))
                        .collect();
                    let _ = writeln!(out, "    one of ({}): {presence:?}", each.join(" | "));
                }
                Reason::OutsideScope { findings } => {
                    let _ = writeln!(
                        out,
                        "    outside its scope: no sign yet of {}",
                        findings.join(" or ")
                    );
                }
                _ => {}
            }
        }
        for r in p.requires {
            let _ = writeln!(out, "    needs first: {}", r.id());
        }
        for v in &p.values {
            let money = v
                .currency
                .as_deref()
                .map(|c| format!(" {c} (minor units)"))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "    {} = {}{} from {} ({})",
                v.name, v.value, money, v.from, v.citation
            );
        }
        if !p.missing.is_empty() {
            let missing: Vec<&str> = p.missing.iter().map(|q| q.id()).collect();
            let _ = writeln!(out, "    still unknown: {}", missing.join(", "));
        }
        for c in &p.citations {
            let _ = writeln!(
                out,
                "    source: {} art. {} (from {}, {:?}) {}",
                c.instrument, c.article, c.holds_from, c.verification, c.url
            );
        }
    }
    let not: Vec<&str> = a
        .protections
        .iter()
        .filter(|p| p.status == Status::DoesNotApply)
        .map(|p| p.id)
        .collect();
    if !not.is_empty() {
        let _ = writeln!(out, "  not applicable on these answers: {}", not.join(", "));
    }
    let _ = writeln!(out, "\nHELP");
    let law = entitle_engine::law::law();
    for id in &a.help {
        let Some(h) = law.help.iter().find(|h| &h.id == id) else {
            continue;
        };
        let reach = h
            .phone_display
            .as_deref()
            .or(h.phone.as_deref())
            .or(h.web.as_deref())
            .unwrap_or("");
        let checked = match (h.checked, h.verification) {
            (_, Verification::Unverified) => "NOT CHECKED".to_string(),
            (Some(date), v) => format!("checked {date}, {v:?}"),
            (None, _) => "NOT CHECKED".to_string(),
        };
        let _ = writeln!(
            out,
            "- {} ({:?}): {} [{checked}; source {}]",
            h.name, h.kind, reach, h.source
        );
    }
    out
}
