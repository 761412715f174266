//! Prints the questions a person who says "no" to everything is asked, in order.
use entitle_engine::flow::{no_to_everything, walk};
use entitle_engine::{Date, QuestionId};
fn main() {
    let country = std::env::args().nth(1).unwrap_or_else(|| "GB".into());
    let as_of = Date {
        year: 2026,
        month: 12,
        day: 1,
    };
    let (_, asked) = walk(
        |q, _| match q {
            QuestionId::CountryNow => country.clone(),
            QuestionId::Age => "30".into(),
            _ => no_to_everything(q).into(),
        },
        as_of,
    );
    for (i, q) in asked.iter().enumerate() {
        println!("{:>2} {}", i + 1, q.id());
    }
}
