//! Times `assess` natively: prints one JSON object with the median and max
//! nanoseconds per call over many runs. Used by scripts/bench.sh.

use entitle_engine::{assess, Answers, Date, Reply};
use std::hint::black_box;
use std::time::Instant;

fn main() {
    let as_of = Date {
        year: 2026,
        month: 11,
        day: 23,
    };
    let mut answers = Answers::new();
    answers.documents_kept = Some(Reply::Yes);
    // Warm up: the first call unpacks the embedded law.
    black_box(assess(&answers, as_of));
    let (batches, per_batch) = (101, 2_000u32);
    let mut per_call = Vec::with_capacity(batches);
    for _ in 0..batches {
        let start = Instant::now();
        for _ in 0..per_batch {
            black_box(assess(black_box(&answers), as_of));
        }
        per_call.push(start.elapsed().as_nanos() as f64 / f64::from(per_batch));
    }
    per_call.sort_by(f64::total_cmp);
    let median = per_call[per_call.len() / 2];
    let max = per_call[per_call.len() - 1];
    println!(
        "{{\"answer_set\":\"documents_kept=yes\",\"runs\":{},\"median_ns\":{median:.0},\"max_batch_mean_ns\":{max:.0}}}",
        batches as u32 * per_batch
    );
}
