//! Saving the answers to a file the person keeps, and opening one again
//! (`crate::files` does the browser's part). Both pages are in the later
//! file (`crate::later`) and their words in `locales/<lang>/law-files.ftl`.

mod open;
mod save;

pub use open::OpenPage;
pub use save::SavePage;

use crate::i18n::{Arg, I18n};
use entitle_engine::saved::FileError;

/// The message for a file the browser could not read at all (the engine's
/// reasons are `file-error-<FileErrorKind::id>`).
pub const UNREADABLE: &str = "file-error-unreadable";

/// The message for a file that cannot be opened: what happened and what to do.
fn file_error(i18n: &I18n, e: &FileError) -> String {
    let detail = e.detail().unwrap_or_default();
    i18n.t_with(
        &format!("file-error-{}", e.id()),
        &[("detail", Arg::from(detail))],
    )
}

/// The value of a password box, by ID.
fn value_of(id: &str) -> String {
    gloo::utils::document()
        .get_element_by_id(id)
        .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(e).ok())
        .map(|i| i.value())
        .unwrap_or_default()
}

/// Empties a password box, so the passphrase does not stay on the page.
fn clear(id: &str) {
    if let Some(i) = gloo::utils::document()
        .get_element_by_id(id)
        .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(e).ok())
    {
        i.set_value("");
    }
}
