//! Checks the law data files strictly and packs them for the engine to embed.
//! A bad file fails the build with a message naming the file and the field.

// The same modules the engine compiles: `super::` in them resolves to this root.
#[path = "src/law/check.rs"]
#[allow(dead_code)]
mod check;
#[path = "src/law/pay.rs"]
#[allow(dead_code)]
mod pay;
#[path = "src/law/read.rs"]
#[allow(dead_code)]
mod read;
#[path = "src/law/schema.rs"]
#[allow(dead_code)]
mod schema;

use std::path::PathBuf;

fn main() {
    let dir =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"))
            .join("law");
    println!("cargo:rerun-if-changed={}", dir.display());
    println!("cargo:rerun-if-changed=src/law");
    let law = match read::read_law(&dir) {
        Ok(law) => law,
        Err(problems) => {
            for p in &problems {
                println!("cargo:warning=law/{p}");
            }
            panic!(
                "{} problem(s) in the law data; see the warnings above",
                problems.len()
            );
        }
    };
    let packed = postcard::to_allocvec(&law).expect("the law data packs");
    let out =
        PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("law.postcard");
    std::fs::write(out, packed).expect("OUT_DIR is writable");
}
