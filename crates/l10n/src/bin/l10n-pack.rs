//! Compiles one part of a language into a packed catalog on standard output.
//!
//!   l10n-pack locales/en ui > dist/l10n/en-ui.bin
//!
//! The parts are `ui` (the pages' words) and `law` (the law's words); see
//! `entitle_l10n::compile::part_files`. Exits 2 with the file, message and
//! problem on any error.

use std::io::Write;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dir, part] = args.as_slice() else {
        eprintln!("usage: l10n-pack LOCALE-FOLDER ui|law > catalog.bin");
        std::process::exit(2);
    };
    let packed = entitle_l10n::compile::part_files(std::path::Path::new(dir), part)
        .and_then(|files| entitle_l10n::compile::pack(&files));
    match packed {
        Ok(bytes) => {
            if std::io::stdout().write_all(&bytes).is_err() {
                std::process::exit(1);
            }
        }
        Err(e) => {
            eprintln!("l10n-pack: {e}");
            std::process::exit(2);
        }
    }
}
