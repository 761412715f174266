//! Times `assess` natively for a full answer set (every question answered) in
//! each jurisdiction the data holds. Prints one JSON object. Used by scripts/bench.sh.

use entitle_engine::answers::{
    Age, CountryCode, FearReason, Journey, Known, Recruiter, Residence, UpTo, WorkKind,
};
use entitle_engine::{assess, law::law, Answers, Date, QuestionId, Reply};
use std::hint::black_box;
use std::time::Instant;

pub fn full_answers(country: &str) -> Answers {
    let mut a = Answers::new();
    for q in QuestionId::ALL {
        a.set_reply(*q, Some(Reply::Yes));
    }
    a.country_now = CountryCode::parse(country).map(Known::Value);
    a.nationality = CountryCode::parse("NG").map(Known::Value);
    a.age = Some(Age::Years(24));
    a.recruited_by = Some(Recruiter::Agency);
    a.journey = Some(Journey::Smuggled);
    a.work_kind = Some(WorkKind::Domestic);
    a.hours_per_day = Some(Known::Value(UpTo::new(14).expect("14 hours fit in a day")));
    a.days_off_per_week = Some(Known::Value(
        UpTo::new(0).expect("0 days off fit in a week"),
    ));
    a.residence_status = Some(Residence::NoPapers);
    a.fear_reason = Some(FearReason::Traffickers);
    a
}

fn median_ns(answers: &Answers, as_of: Date) -> (f64, f64) {
    black_box(assess(answers, as_of));
    let (batches, per_batch) = (31, 200u32);
    let mut per_call: Vec<f64> = (0..batches)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..per_batch {
                black_box(assess(black_box(answers), as_of));
            }
            start.elapsed().as_nanos() as f64 / f64::from(per_batch)
        })
        .collect();
    per_call.sort_by(f64::total_cmp);
    (per_call[per_call.len() / 2], per_call[per_call.len() - 1])
}

fn main() {
    let as_of = Date {
        year: 2026,
        month: 11,
        day: 23,
    };
    let mut rows = Vec::new();
    for j in &law().jurisdictions {
        let country = if j.code == "INTL" {
            "BR"
        } else {
            j.code.as_str()
        };
        let answers = full_answers(country);
        let (median, max) = median_ns(&answers, as_of);
        let protections = assess(&answers, as_of).protections.len();
        rows.push(format!(
            "{{\"jurisdiction\":\"{}\",\"protections\":{protections},\"median_us\":{:.1},\"max_batch_mean_us\":{:.1}}}",
            j.code,
            median / 1000.0,
            max / 1000.0
        ));
    }
    println!("{{\"answer_set\":\"every question answered\",\"runs_per_jurisdiction\":6200,\"per_jurisdiction\":[{}]}}", rows.join(","));
}
