//! For a profiler (valgrind --tool=callgrind): assesses one full answer set in
//! one jurisdiction many times. `profile_assess [CODE] [RUNS]`.
#[path = "bench_assess.rs"]
#[allow(dead_code)]
mod bench;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let code = args.first().map_or("DE", String::as_str);
    let runs: u32 = args.get(1).and_then(|r| r.parse().ok()).unwrap_or(200);
    let answers = bench::full_answers(code);
    let as_of = entitle_engine::Date {
        year: 2026,
        month: 11,
        day: 23,
    };
    for _ in 0..runs {
        std::hint::black_box(entitle_engine::assess(
            std::hint::black_box(&answers),
            as_of,
        ));
    }
}
