//! What the first page does not need: the question pages after the country
//! one and Check your answers, the results and the case summary (and
//! the engine's pay claim and summary code they call), the question flow
//! (which assesses the answers to choose each next question), saving and opening
//! the answers file (with its Web Crypto), and the unpacking of the law data. In the release build (feature `split`) these
//! are cut into their own WebAssembly file by `crates/split`, and
//! [`load`] fetches it right after the first page shows, always and in the
//! same place in the start-up order, whatever the person answers or picks:
//! the requests still reveal nothing. Without the feature (tests, the
//! `embedded` build) it is all one file and [`load`] returns at once.
//!
//! Only this module names the later pages, so nothing in the first file can
//! reach their code: the main module sees them only as the function
//! pointers in [`Later`].

use entitle_engine::{flow, Answers, Date, QuestionId};
use std::cell::Cell;
use yew::prelude::*;

/// The entry points the later file brings.
pub struct Later {
    /// A question's page (every question after the country one).
    pub question: fn(QuestionId) -> Html,
    /// Check your answers.
    pub check: fn(&crate::i18n::I18n, &UseReducerHandle<crate::state::State>) -> Html,
    /// The results page.
    pub results: fn() -> Html,
    /// The case summary page.
    pub summary: fn() -> Html,
    /// Saving the answers to a file.
    pub save: fn() -> Html,
    /// Opening a saved file.
    pub open: fn() -> Html,
    /// Unpacks and installs the law data (`law.bin`); false if it does not unpack.
    pub install_law: fn(&[u8]) -> bool,
    /// The next question to ask, and the ones before it skipped as not
    /// mattering (`flow::next_question`, `flow::skipped_before`). The flow
    /// weighs a question by assessing the answers with and without it, so it
    /// brings the whole engine; the questions come after the law data, which
    /// comes after this file, so it is always here by then.
    pub next_questions: fn(&Answers, &[QuestionId], Date) -> Next,
}

/// The next question (none: the check page) and those skipped before it.
pub type Next = (Option<QuestionId>, Vec<QuestionId>);

fn question(q: QuestionId) -> Html {
    html! { <crate::pages::question::QuestionPage key={q.id()} question={q} /> }
}

fn results() -> Html {
    html! { <crate::pages::results::ResultsPage /> }
}

fn summary() -> Html {
    html! { <crate::pages::summary::SummaryPage /> }
}

fn save() -> Html {
    html! { <crate::pages::files::SavePage /> }
}

fn open() -> Html {
    html! { <crate::pages::files::OpenPage /> }
}

fn install_law(bytes: &[u8]) -> bool {
    entitle_engine::law::install(bytes).is_ok()
}

fn next_questions(a: &Answers, done: &[QuestionId], as_of: Date) -> Next {
    let next = flow::next_question(a, done, as_of);
    (next, flow::skipped_before(a, done, next, as_of))
}

static LATER: Later = Later {
    question,
    check: crate::pages::check::check_page,
    results,
    summary,
    save,
    open,
    install_law,
    next_questions,
};

/// The later file could not be fetched or instantiated.
#[derive(Debug)]
pub struct NotLoaded;

#[cfg(feature = "split")]
impl From<wasm_split_helpers::SplitLoaderError> for NotLoaded {
    fn from(_: wasm_split_helpers::SplitLoaderError) -> Self {
        NotLoaded
    }
}

/// The split point: calling it fetches and instantiates the later file first.
#[cfg_attr(feature = "split", wasm_split_helpers::wasm_split(later, fallible))]
fn entry() -> Result<&'static Later, NotLoaded> {
    Ok(&LATER)
}

thread_local! {
    static LOADED: Cell<Option<&'static Later>> = const { Cell::new(None) };
}

/// Fetches the later file (once; a failed fetch is tried again on the next call).
pub async fn load() -> Option<&'static Later> {
    if let Some(later) = get() {
        return Some(later);
    }
    #[cfg(feature = "split")]
    let later = entry().await.ok()?;
    #[cfg(not(feature = "split"))]
    let later = entry().ok()?;
    LOADED.with(|l| l.set(Some(later)));
    Some(later)
}

/// The later file's entry points, once [`load`] has brought them.
pub fn get() -> Option<&'static Later> {
    LOADED.with(Cell::get)
}

/// The later file's entry points if they are here without waiting: once
/// [`load`] has brought them, and always in a build without the split.
pub fn now() -> Option<&'static Later> {
    #[cfg(not(feature = "split"))]
    return Some(&LATER);
    #[cfg(feature = "split")]
    get()
}
