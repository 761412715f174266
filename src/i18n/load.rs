//! Start-up loading. The WebAssembly carries code only. Each language comes in
//! two compiled files: `l10n/<tag>-ui.bin`, the words of the pages and
//! questions (`locales/<tag>/main.ftl`), and `l10n/<tag>-law.bin`, the words of
//! findings, protections and help (`locales/<tag>/law-*.ftl`); the law data is
//! `law.bin`. The start-up script fetches the page words of the browser's
//! language while the WebAssembly downloads; the app waits for those only,
//! shows its first page, then fetches English's page words (the fallback),
//! the later code (`crate::later`, its own WebAssembly file), the law data, the law words of both languages, and every other language. It is always
//! the same set of files whatever the person answers or picks later, so what
//! is fetched reveals nothing. When everything is in, `<html data-ready="all">`
//! marks the end of loading, after the offline copy (a service worker) is
//! in too: after it the app makes no request at all.

use super::{add_locale, available, has_part, FALLBACK};

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

/// Everything else, in a fixed order: the fallback's page words, the later
/// code and the law data, the law words of the person's language and the fallback, then every
/// other language.
/// `arrived` is called after each file that adds something, to redraw.
pub async fn the_rest(first: &str, arrived: impl Fn()) {
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
    let firsts = first_two(first);
    let mut order: Vec<(&str, &'static str)> = firsts.iter().map(|t| (*t, "law")).collect();
    for tag in available().filter(|t| !firsts.contains(t)) {
        order.extend(PARTS.iter().map(|p| (tag, *p)));
    }
    for (tag, p) in order {
        if part(tag, p).await {
            arrived();
        }
    }
    offline_copy().await;
    mark_ready();
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
