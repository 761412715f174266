//! Loading the words. The WebAssembly carries code only. Each language comes
//! in two compiled files: `l10n/<tag>-ui.bin`, the words of the pages and
//! questions (`locales/<tag>/main.ftl`), and `l10n/<tag>-law.bin`, the words of
//! findings, protections, results and help (`locales/<tag>/law-*.ftl`); the
//! law data is `law.bin`.
//!
//! At start-up only the person's first language (the browser's, which every
//! request already tells the server in `Accept-Language`, or the site's) and
//! English, the fallback, are fetched: a person who never switches pays for
//! two languages, not seventeen. The start-up script fetches the first
//! language's page words while the WebAssembly downloads; the app waits for
//! those only, shows its first page, then fetches English's page words, the
//! later code (`crate::later`, its own WebAssembly file), the law data and the
//! law words of both. When everything is in, `<html data-ready="all">` marks
//! the end of loading, after the offline copy (a service worker) is in too.
//!
//! Every other language comes in one fetch of all of them, only when the
//! person asks for another language: opening the language picker fetches
//! every language's page words (`l10n/all-ui.bin`), and picking one, any one,
//! fetches every language's law words (`l10n/all-law.bin`). The server then
//! learns that the picker was used, never which language was chosen: the
//! requests are the same whatever the person picks (tests/e2e/privacy.test.mjs).

use super::{add_locale, has_part, FALLBACK};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

async fn fetch(path: &str) -> Result<web_sys::Response, String> {
    let promise = gloo::utils::window().fetch_with_str(path);
    let response: web_sys::Response = JsFuture::from(promise)
        .await
        .map_err(|_| format!("{path}: network error"))?
        .dyn_into()
        .map_err(|_| format!("{path}: not a response"))?;
    if response.ok() {
        Ok(response)
    } else {
        Err(format!("{path}: HTTP {}", response.status()))
    }
}

/// Fetches a binary file next to the app.
pub async fn bytes(path: &str) -> Result<Vec<u8>, String> {
    let response = fetch(path).await?;
    let promise = response
        .array_buffer()
        .map_err(|_| format!("{path}: no body"))?;
    let buffer = JsFuture::from(promise)
        .await
        .map_err(|_| format!("{path}: unreadable"))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The two files of a language, in the order they are fetched.
pub use entitle_l10n::PARTS;

/// The language `first` then the fallback, once each.
fn first_two(first: &str) -> Vec<&str> {
    if first == FALLBACK {
        vec![FALLBACK]
    } else {
        vec![first, FALLBACK]
    }
}

/// Fetches one part of a language unless it is there (built in, or fetched before).
async fn part(tag: &str, part: &'static str) -> bool {
    if has_part(tag, part) {
        return false;
    }
    match bytes(&format!("l10n/{tag}-{part}.bin")).await {
        Ok(packed) => add_locale(tag, part, &packed),
        Err(_) => false,
    }
}

/// What the first page needs: the page words of the person's language, which
/// the start-up script began fetching while the WebAssembly downloaded
/// (fetched here if it did not). English, the fallback for any missing
/// message, follows after the first page shows, unless the person's
/// language could not be had at all.
pub async fn first_words(first: &str) {
    if !has_part(first, "ui") {
        match handed_over(first).await {
            Some(packed) => {
                add_locale(first, "ui", &packed);
            }
            None => {
                part(first, "ui").await;
            }
        }
    }
    if !has_part(first, "ui") {
        part(FALLBACK, "ui").await;
    }
}

/// The page words of `tag` from the start-up script (`window.entitleFirstWords`,
/// see scripts/postbuild.mjs): a promise of the file's bytes, or of null.
async fn handed_over(tag: &str) -> Option<Vec<u8>> {
    let window = gloo::utils::window();
    let words = js_sys::Reflect::get(&window, &"entitleFirstWords".into()).ok()?;
    let promise: js_sys::Promise = js_sys::Reflect::get(&words, &tag.into())
        .ok()?
        .dyn_into()
        .ok()?;
    let buffer = JsFuture::from(promise).await.ok()?;
    if buffer.is_null() || buffer.is_undefined() {
        return None;
    }
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Everything else the first language needs, in a fixed order: the
/// fallback's page words, the later code and the law data, then the law words
/// of the person's language and the fallback. Each file that adds something
/// redraws (`on_arrival`).
pub async fn the_rest(first: &str) {
    if part(FALLBACK, "ui").await {
        arrived();
    }
    // The later code (`crate::later`), which also unpacks the law data.
    if let Some(later) = crate::later::load().await {
        if !entitle_engine::law::is_ready() {
            if let Ok(data) = bytes("law.bin").await {
                if (later.install_law)(&data) {
                    arrived();
                }
            }
        }
    }
    for tag in first_two(first) {
        if part(tag, "law").await {
            arrived();
        }
    }
    offline_copy().await;
    mark_ready();
}

/// How far the other languages have come.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Others {
    /// Not asked for yet, or on their way.
    Waiting,
    /// Every language's words of this part are here.
    Here,
    /// The fetch failed (no network): asking again tries again.
    Failed,
}

thread_local! {
    /// Called after words arrive, to redraw (set by the app).
    static ON_ARRIVAL: RefCell<Option<Rc<dyn Fn()>>> = const { RefCell::new(None) };
    /// Whether each bundle (`all-ui`, `all-law`) is being fetched or is in.
    static ASKED: [Cell<bool>; 2] = const { [Cell::new(false), Cell::new(false)] };
}

/// Sets what to call after words arrive, to redraw the pages.
pub fn on_arrival(redraw: Rc<dyn Fn()>) {
    ON_ARRIVAL.with(|h| *h.borrow_mut() = Some(redraw));
}

fn arrived() {
    if let Some(redraw) = ON_ARRIVAL.with(|h| h.borrow().clone()) {
        redraw();
    }
}

/// Fetches one part (`ui` or `law`) of every language, as one bundle, once;
/// a second call while the first is under way, or after it succeeded, fetches
/// nothing. Every language's part comes, the ones already here included, so
/// the request is the same whatever the person reads.
pub async fn every_language(part: &'static str) -> Others {
    let index = usize::from(part == "law");
    if ASKED.with(|a| a[index].replace(true)) {
        return Others::Waiting;
    }
    let got = bytes(&format!("l10n/all-{part}.bin")).await.ok();
    let Some(entries) = got.as_deref().and_then(unbundle) else {
        ASKED.with(|a| a[index].set(false));
        return Others::Failed;
    };
    for (tag, packed) in entries {
        if !has_part(&tag, part) {
            add_locale(&tag, part, packed);
        }
    }
    arrived();
    Others::Here
}

/// The entries of a bundle written by scripts/postbuild.mjs: for each
/// language, its tag's length (one byte), the tag, the packed part's length
/// (four bytes, little-endian) and the packed part. None if it is cut short.
pub fn unbundle(mut bytes: &[u8]) -> Option<Vec<(String, &[u8])>> {
    let mut out = Vec::new();
    while let Some((&len, rest)) = bytes.split_first() {
        let (tag, rest) = rest.split_at_checked(usize::from(len))?;
        let (size, rest) = rest.split_at_checked(4)?;
        let size = u32::from_le_bytes(size.try_into().ok()?) as usize;
        let (packed, rest) = rest.split_at_checked(size)?;
        out.push((std::str::from_utf8(tag).ok()?.to_string(), packed));
        bytes = rest;
    }
    Some(out)
}

/// Asks the start-up script for the offline copy (`window.entitleOffline`, see
/// scripts/postbuild.mjs and scripts/worker.js) once every other file is in,
/// and waits until the worker has fetched it: its requests belong to loading,
/// so none may follow `data-ready`. Without the script (the component tests)
/// or a service worker, there is nothing to wait for.
async fn offline_copy() {
    let window = gloo::utils::window();
    let Ok(start) = js_sys::Reflect::get(&window, &"entitleOffline".into()) else {
        return;
    };
    let Some(start) = start.dyn_ref::<js_sys::Function>() else {
        return;
    };
    if let Ok(promise) = start.call0(&window) {
        if let Ok(promise) = promise.dyn_into::<js_sys::Promise>() {
            let _ = JsFuture::from(promise).await;
        }
    }
}

/// Marks the end of loading on `<html>`.
pub fn mark_ready() {
    if let Some(html) = gloo::utils::document().document_element() {
        let _ = html.set_attribute("data-ready", "all");
    }
}
