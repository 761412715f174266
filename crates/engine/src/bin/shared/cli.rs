//! How the command-line tools end: the output on standard output and exit 0,
//! or `name: message` on standard error and exit 2. Never a panic.

use std::process::ExitCode;

/// Runs `run` on the arguments after the program name and ends as above.
pub fn finish(name: &str, run: impl FnOnce(Vec<String>) -> Result<String, String>) -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(out) => {
            print!("{out}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("{name}: {message}");
            ExitCode::from(2)
        }
    }
}
