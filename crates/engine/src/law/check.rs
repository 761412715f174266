//! Strict checks on the law data, run by `build.rs` before anything is packed.
//!
//! Compiled by `build.rs` too: depends only on `schema` and `std`.

use super::schema::{Law, Verification, FINDING_IDS, NEED_IDS};
use std::collections::{HashMap, HashSet};

/// One problem in the data, naming the file and the field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    pub field: String,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}: {}", self.file, self.field, self.message)
    }
}

/// Where each item came from, so a problem can name its file.
#[derive(Clone, Debug, Default)]
pub struct Origins {
    pub by_id: HashMap<String, String>,
}

impl Origins {
    /// The file an item was read from (`law` if unknown).
    pub fn of(&self, id: &str) -> String {
        self.by_id
            .get(id)
            .cloned()
            .unwrap_or_else(|| "law".to_string())
    }
}

struct Checker<'a> {
    origins: &'a Origins,
    problems: Vec<Problem>,
}

impl Checker<'_> {
    fn push(&mut self, id: &str, field: String, message: impl Into<String>) {
        self.problems.push(Problem {
            file: self.origins.of(id),
            field,
            message: message.into(),
        });
    }
}

/// Checks IDs are well formed and unique, every reference resolves, links are
/// https, phone numbers are well formed, and every indicator and protection has
/// a citation. Returns every problem found, not just the first.
pub fn check(law: &Law, origins: &Origins) -> Vec<Problem> {
    let mut c = Checker {
        origins,
        problems: Vec::new(),
    };

    let mut seen = HashSet::new();
    let ids = law
        .instruments
        .iter()
        .map(|i| (&i.id, "instrument"))
        .chain(law.provisions.iter().map(|p| (&p.id, "provision")))
        .chain(law.indicators.iter().map(|i| (&i.id, "indicator")))
        .chain(law.protections.iter().map(|p| (&p.id, "protection")))
        .chain(law.help.iter().map(|h| (&h.id, "help")))
        .chain(
            law.pay
                .minimum_wages
                .iter()
                .map(|x| (&x.id, "minimum_wage")),
        )
        .chain(law.pay.deadlines.iter().map(|x| (&x.id, "deadline")))
        .chain(law.pay.claim_rules.iter().map(|x| (&x.id, "claim_rule")));
    for (id, kind) in ids {
        if !is_dotted_id(id) {
            c.push(
                id,
                format!("{kind} `{id}`.id"),
                "IDs are lower-case words joined by dots",
            );
        }
        if !seen.insert(id.clone()) {
            c.push(id, format!("{kind} `{id}`.id"), "this ID is used twice");
        }
    }

    let instruments: HashSet<&str> = law.instruments.iter().map(|i| i.id.as_str()).collect();
    let provisions: HashSet<&str> = law.provisions.iter().map(|p| p.id.as_str()).collect();
    let mut jurisdictions = HashSet::new();

    for i in &law.instruments {
        check_url(&mut c, &i.url, &i.id, "instrument");
        if let Some(in_force) = i.in_force {
            if in_force < i.adopted {
                c.push(
                    &i.id,
                    format!("instrument `{}`.in_force", i.id),
                    "is before the adoption date",
                );
            }
        }
    }
    for p in &law.provisions {
        check_url(&mut c, &p.url, &p.id, "provision");
        if p.holds_until.is_some_and(|u| u < p.holds_from) {
            c.push(
                &p.id,
                format!("provision `{}`.holds_until", p.id),
                "is before holds_from",
            );
        }
        if !instruments.contains(p.instrument.as_str()) {
            c.push(
                &p.id,
                format!("provision `{}`.instrument", p.id),
                format!("names `{}`, which no instrument file defines", p.instrument),
            );
        } else if !p.id.starts_with(&format!("{}.", p.instrument)) {
            c.push(
                &p.id,
                format!("provision `{}`.id", p.id),
                format!("must start with its instrument's ID `{}.`", p.instrument),
            );
        }
    }
    for ind in &law.indicators {
        let field = format!("indicator `{}`.citations", ind.id);
        check_citations(&mut c, &ind.id, field, &ind.citations, &provisions);
        if ind.dimension.is_some() != ind.strength.is_some() {
            c.push(
                &ind.id,
                format!("indicator `{}`.strength", ind.id),
                "a Delphi indicator needs both a dimension and a strength",
            );
        }
    }
    for j in &law.jurisdictions {
        let code = j.code.as_str();
        let valid =
            code == "INTL" || (code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase()));
        if !valid {
            c.push(
                code,
                format!("jurisdiction `{code}`.code"),
                "must be an ISO 3166-1 alpha-2 code in capitals, or INTL",
            );
        }
        if !jurisdictions.insert(code) {
            c.push(
                code,
                format!("jurisdiction `{code}`.code"),
                "this jurisdiction is defined twice",
            );
        }
        if j.emergency
            .iter()
            .any(|n| n.is_empty() || !n.bytes().all(|b| b.is_ascii_digit()))
        {
            c.push(
                code,
                format!("jurisdiction `{code}`.emergency"),
                "emergency numbers are digits only, e.g. \"112\"",
            );
        }
        for p in &j.party {
            for r in &p.reservations {
                if !r.starts_with(&format!("{}.", p.instrument)) || !provisions.contains(r.as_str())
                {
                    c.push(
                        code,
                        format!("jurisdiction `{code}`.party.reservations"),
                        format!("`{r}` is not a provision of `{}`", p.instrument),
                    );
                }
            }
            if !instruments.contains(p.instrument.as_str()) {
                c.push(
                    code,
                    format!("jurisdiction `{code}`.party.instrument"),
                    format!("names `{}`, which no instrument file defines", p.instrument),
                );
            }
        }
    }
    for p in &law.protections {
        let id = p.id.as_str();
        if p.citations.is_empty() {
            c.push(
                id,
                format!("protection `{id}`.citations"),
                "has no citation",
            );
        }
        check_citations(
            &mut c,
            id,
            format!("protection `{id}`.citations"),
            &p.citations,
            &provisions,
        );
        if let Some(main) = p.citations.first() {
            if !id.starts_with(&format!("{main}.")) {
                c.push(
                    id,
                    format!("protection `{id}`.id"),
                    format!("must start with its main citation `{main}.`"),
                );
            }
        }
        if !jurisdictions.contains(p.applies_in.as_str())
            && !instruments.contains(p.applies_in.as_str())
        {
            c.push(
                id,
                format!("protection `{id}`.applies_in"),
                format!(
                    "`{}` is neither a jurisdiction nor an instrument",
                    p.applies_in
                ),
            );
        }
        for t in &p.triggers {
            if !FINDING_IDS.contains(&t.as_str()) {
                c.push(
                    id,
                    format!("protection `{id}`.triggers"),
                    format!("`{t}` is not a finding; use one of {FINDING_IDS:?}"),
                );
            }
        }
        for n in &p.meets {
            if !NEED_IDS.contains(&n.as_str()) {
                c.push(
                    id,
                    format!("protection `{id}`.meets"),
                    format!("`{n}` is not a need; use one of {NEED_IDS:?}"),
                );
            }
        }
        if p.triggers.is_empty() && p.meets.is_empty() {
            c.push(
                id,
                format!("protection `{id}`.triggers"),
                "needs a finding that triggers it or a need it meets",
            );
        }
        for param in &p.parameters {
            if !provisions.contains(param.citation.as_str()) {
                c.push(
                    id,
                    format!("protection `{id}`.parameters.citation"),
                    format!(
                        "names `{}`, which no provision file defines",
                        param.citation
                    ),
                );
            }
        }
        if p.until.is_some_and(|until| until < p.from) {
            c.push(id, format!("protection `{id}`.until"), "is before `from`");
        }
    }
    for h in &law.help {
        let id = h.id.as_str();
        if !jurisdictions.contains(h.jurisdiction.as_str()) {
            c.push(
                id,
                format!("help `{id}`.jurisdiction"),
                format!("`{}` is not a jurisdiction file's code", h.jurisdiction),
            );
        }
        for (field, number) in [("phone", &h.phone), ("sms", &h.sms)] {
            if let Some(number) = number {
                if !is_phone_number(number) {
                    c.push(
                        id,
                        format!("help `{id}`.{field}"),
                        format!("`{number}` is not a phone number: use E.164 (+ and 8 to 15 digits) or 2 to 6 digits for a short number"),
                    );
                }
            }
        }
        if let Some(web) = &h.web {
            check_url(&mut c, web, id, "help");
        }
        if h.phone.is_none() && h.web.is_none() && h.sms.is_none() {
            c.push(
                id,
                format!("help `{id}`.phone"),
                "gives no way to reach it: add a phone, sms or web",
            );
        }
        for n in &h.meets {
            if !NEED_IDS.contains(&n.as_str()) {
                c.push(
                    id,
                    format!("help `{id}`.meets"),
                    format!("`{n}` is not a need; use one of {NEED_IDS:?}"),
                );
            }
        }
    }
    check_pay(&mut c, law, &provisions, &jurisdictions);
    check_dated(&mut c, law);
    c.problems
}

/// Pay data: each item names a jurisdiction and a provision, its ID starts
/// with that provision, rates are in date order with a source each, age bands
/// run low to high, overtime says its threshold and percentage.
fn check_pay(
    c: &mut Checker<'_>,
    law: &Law,
    provisions: &HashSet<&str>,
    jurisdictions: &HashSet<&str>,
) {
    let common = |c: &mut Checker<'_>, kind: &str, id: &str, j: &str, citation: &str| {
        if !jurisdictions.contains(j) {
            c.push(
                id,
                format!("{kind} `{id}`.jurisdiction"),
                format!("`{j}` is not a jurisdiction file's code"),
            );
        }
        if !provisions.contains(citation) {
            c.push(
                id,
                format!("{kind} `{id}`.citation"),
                format!("names `{citation}`, which no provision file defines"),
            );
        } else if !id.starts_with(&format!("{citation}.")) {
            c.push(
                id,
                format!("{kind} `{id}`.id"),
                format!("must start with its citation `{citation}.`"),
            );
        }
    };
    for w in &law.pay.minimum_wages {
        let id = w.id.as_str();
        common(c, "minimum_wage", id, &w.jurisdiction, &w.citation);
        if w.currency.len() != 3 || !w.currency.bytes().all(|b| b.is_ascii_uppercase()) {
            c.push(
                id,
                format!("minimum_wage `{id}`.currency"),
                "is an ISO 4217 code, e.g. \"GBP\"",
            );
        }
        if let (Some(lo), Some(hi)) = (w.min_age, w.max_age) {
            if hi < lo {
                c.push(
                    id,
                    format!("minimum_wage `{id}`.max_age"),
                    "is below min_age",
                );
            }
        }
        if w.rate.is_empty() {
            c.push(id, format!("minimum_wage `{id}`.rate"), "has no rate");
        }
        for pair in w.rate.windows(2) {
            if pair[1].from <= pair[0].from {
                c.push(
                    id,
                    format!("minimum_wage `{id}`.rate `{}`.from", pair[1].from),
                    "rates are listed in date order, each from a later day",
                );
            }
        }
        for r in &w.rate {
            if r.amount == 0 {
                c.push(
                    id,
                    format!("minimum_wage `{id}`.rate `{}`.amount", r.from),
                    "is zero",
                );
            }
            check_url(c, &r.source, id, "minimum_wage");
        }
    }
    for d in &law.pay.deadlines {
        let id = d.id.as_str();
        common(c, "deadline", id, &d.jurisdiction, &d.citation);
        if d.months == 0 {
            c.push(id, format!("deadline `{id}`.months"), "is zero");
        }
        if d.until.is_some_and(|u| u < d.from) {
            c.push(id, format!("deadline `{id}`.until"), "is before `from`");
        }
        check_url(c, &d.source, id, "deadline");
    }
    for r in &law.pay.claim_rules {
        let id = r.id.as_str();
        common(c, "claim_rule", id, &r.jurisdiction, &r.citation);
        let overtime = r.kind == super::pay::ClaimRuleKind::Overtime;
        if overtime != (r.after_hours_per_week.is_some() && r.rate_percent.is_some()) {
            c.push(
                id,
                format!("claim_rule `{id}`.after_hours_per_week"),
                "an overtime rule, and only one, gives after_hours_per_week and rate_percent",
            );
        }
        if r.until.is_some_and(|u| u < r.from) {
            c.push(id, format!("claim_rule `{id}`.until"), "is before `from`");
        }
        check_url(c, &r.source, id, "claim_rule");
    }
}

/// Every fact tagged `verified` or `secondary`, help entries included, says
/// when it was last checked.
fn check_dated(c: &mut Checker<'_>, law: &Law) {
    for fact in law.dated_facts() {
        if fact.checked.is_none() && fact.verification != Verification::Unverified {
            c.push(
                fact.origin,
                fact.field,
                "says when it was checked (`checked = \"YYYY-MM-DD\"`), or verification = \"unverified\"",
            );
        }
    }
}

fn check_citations(
    c: &mut Checker<'_>,
    id: &str,
    field: String,
    citations: &[String],
    provisions: &HashSet<&str>,
) {
    if citations.is_empty() {
        c.push(id, field.clone(), "has no citation");
    }
    for cite in citations {
        if !provisions.contains(cite.as_str()) {
            c.push(
                id,
                field.clone(),
                format!("names `{cite}`, which no provision file defines"),
            );
        }
    }
}

fn check_url(c: &mut Checker<'_>, url: &str, id: &str, kind: &str) {
    let ok = url.starts_with("https://")
        && url.len() > "https://".len()
        && !url.contains(char::is_whitespace);
    if !ok {
        c.push(
            id,
            format!("{kind} `{id}`.url"),
            format!("`{url}` is not an https link"),
        );
    }
}

/// E.164 (`+` then 8 to 15 digits, not starting with 0) or a short national number of 2 to 6 digits (France's 15, 17, 18).
pub fn is_phone_number(n: &str) -> bool {
    match n.strip_prefix('+') {
        Some(rest) => {
            (8..=15).contains(&rest.len())
                && rest.bytes().all(|b| b.is_ascii_digit())
                && !rest.starts_with('0')
        }
        None => (2..=6).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit()),
    }
}

/// `a.b_c.d1`: lower-case ASCII letters, digits and underscores, in dot-separated parts.
pub fn is_dotted_id(id: &str) -> bool {
    !id.is_empty()
        && id.split('.').all(|part| {
            !part.is_empty()
                && part
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        })
}
