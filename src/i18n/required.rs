//! Every Fluent message the app can ask for besides the literal IDs in its
//! code: the ones built from engine IDs and law data. `tests/locales.rs`
//! checks each locale has exactly these plus the literals.

use entitle_engine::answers::QuestionKind;
use entitle_engine::law::law;
use entitle_engine::law::schema::{Condition, Decider, HelpKind, Prerequisite, Referrer};
use entitle_engine::needs::NeedId;
use entitle_engine::{FindingId, QuestionId};
use std::collections::BTreeSet;

use super::{key, COUNTRIES};

pub fn dynamic_messages() -> BTreeSet<String> {
    let mut m = BTreeSet::new();
    for q in QuestionId::ALL {
        let id = q.id();
        m.insert(format!("question-{id}"));
        m.insert(format!("question-{id}-hint"));
        match q.kind() {
            QuestionKind::Choice(ids) => {
                for v in ids
                    .iter()
                    .filter(|v| **v != "dont_know" && **v != "prefer_not_to_say")
                {
                    m.insert(format!("option-{id}-{v}"));
                }
            }
            QuestionKind::Age | QuestionKind::Count(_) => {
                m.insert(format!("question-{id}-number"));
            }
            _ => {}
        }
    }
    for r in ["yes", "no", "dont_know", "prefer_not_to_say"] {
        m.insert(format!("reply-{r}"));
    }
    for c in COUNTRIES.iter().chain(&["EU", "ZZ"]) {
        m.insert(format!("country-{c}"));
    }
    for f in FindingId::ALL {
        m.insert(format!("finding-{}-title", f.id()));
        for level in ["strong", "some", "none_found", "not_enough_information"] {
            m.insert(format!("finding-{}-{level}", f.id()));
        }
    }
    // The day ranges a site's own contacts may use (crates/site).
    for d in entitle_site::DAYS {
        m.insert(format!("days-{d}"));
    }
    for n in NeedId::ALL {
        m.insert(format!("need-{}", n.id()));
    }
    for s in [
        "applies",
        "may_apply",
        "needs_information",
        "does_not_apply",
    ] {
        m.insert(format!("status-{s}"));
    }
    use Condition as C;
    for c in C::ALL.iter().copied() {
        m.insert(format!("condition-{}", c.id()));
    }
    use Decider as D;
    for d in D::ALL.iter().copied() {
        m.insert(format!("decider-{}", d.id()));
    }
    use Referrer as R;
    for r in R::ALL.iter().copied() {
        m.insert(format!("referrer-{}", r.id()));
    }
    use Prerequisite as P;
    for r in P::ALL.iter().copied() {
        m.insert(format!("requires-{}", r.id()));
    }
    use entitle_engine::next_steps::StepId as S;
    for s in [
        S::CallChildHelpline,
        S::CallTraffickingHelpline,
        S::AskForProtection,
        S::ClaimUnpaidPay,
        S::CallExploitationHelpline,
        S::GetLegalAdvice,
    ] {
        m.insert(format!("next-step-{}", s.id()));
        m.insert(format!("next-step-{}-say", s.id()));
    }
    for b in entitle_engine::rights::Benefit::ALL {
        m.insert(format!("rights-{}", b.id()));
    }
    use HelpKind as H;
    for h in H::ALL.iter().copied() {
        m.insert(format!("help-kind-{}", h.id()));
    }
    for p in ["hour", "day", "week", "month"] {
        m.insert(format!("per-{p}"));
    }
    for s in entitle_engine::summary::Stage::ALL {
        m.insert(format!("stage-{}", s.id()));
    }
    for e in entitle_engine::assessment::ELEMENTS {
        m.insert(format!("element-{e}"));
    }
    for p in ["present", "absent", "unknown"] {
        m.insert(format!("presence-{p}"));
    }
    use entitle_engine::law::schema::DelphiDimension as Dim;
    for d in Dim::ALL.iter().copied() {
        m.insert(format!("dimension-{}", d.id()));
    }
    use entitle_engine::claim::{DeadlineStatus, FigureId, NotCounted, STEPS};
    for f in FigureId::ALL {
        m.insert(format!("figure-{}", f.id()));
    }
    for f in [FigureId::OwedAgainstMinimum, FigureId::OwedAgainstPromise] {
        m.insert(format!("claim-lead-{}", f.id()));
    }
    for s in STEPS {
        m.insert(format!("step-{s}"));
    }
    for n in NotCounted::ALL {
        m.insert(format!("not-counted-{}", n.id()));
    }
    // The units in a line of working (src/pages/summary/pay.rs `formula`).
    for p in entitle_engine::law::pay::Per::ALL.iter().copied() {
        m.insert(format!("formula-{}", p.id()));
    }
    for d in DeadlineStatus::ALL {
        m.insert(format!("deadline-{}", d.id()));
    }
    // Why a saved file cannot be opened (src/pages/files), and the one
    // reason the browser gives that the engine does not.
    for k in entitle_engine::saved::FileErrorKind::ALL {
        m.insert(format!("file-error-{}", k.id()));
    }
    m.insert(crate::pages::files::UNREADABLE.into());
    use entitle_engine::law::pay::{Route, RunsFrom};
    for r in Route::ALL.iter().copied() {
        m.insert(format!("route-{}", r.id()));
    }
    for r in RunsFrom::ALL.iter().copied() {
        m.insert(format!("runs-from-{}", r.id()));
    }
    let law = law();
    for w in &law.pay.minimum_wages {
        if let Some(c) = &w.caveat {
            m.insert(format!("caveat-{c}"));
        }
    }
    for c in law
        .pay
        .deadlines
        .iter()
        .filter_map(|d| d.caveat.as_ref())
        .chain(law.pay.claim_rules.iter().filter_map(|r| r.caveat.as_ref()))
    {
        m.insert(format!("caveat-{c}"));
    }
    for i in law
        .indicators
        .iter()
        .filter(|i| i.id.starts_with("ilo.fl."))
    {
        m.insert(format!("indicator-{}", key(&i.id)));
    }
    for p in &law.protections {
        m.insert(format!("protection-{}", key(&p.id)));
        m.insert(format!("protection-{}-gives", key(&p.id)));
        if let Some(c) = &p.caveat {
            m.insert(format!("caveat-{c}"));
        }
        for v in &p.parameters {
            m.insert(format!("value-{}", v.name));
        }
    }
    for i in &law.instruments {
        m.insert(format!("instrument-{}", key(&i.id)));
    }
    for h in &law.help {
        if let Some(days) = h.hours.as_ref().and_then(|x| x.days.as_ref()) {
            m.insert(format!("days-{days}"));
        }
    }
    m
}
