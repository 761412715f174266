//! Compiles `.ftl` files into one packed catalog on standard output.
//!
//!   l10n-pack locales/en/main.ftl > dist/l10n/en-ui.bin
//!
//! Exits 2 with the file, message and problem on any error.

use std::io::Write;

fn main() {
    let files: Vec<std::path::PathBuf> = std::env::args_os().skip(1).map(Into::into).collect();
    if files.is_empty() {
        eprintln!("usage: l10n-pack FILE.ftl... > catalog.bin");
        std::process::exit(2);
    }
    match entitle_l10n::compile::pack(&files) {
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
