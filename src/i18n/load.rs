//! Start-up loading. The WebAssembly carries code only; the person's language
//! is fetched first, then the law data and every other language, always the
//! same set of files in the same order, so what is fetched reveals nothing
//! about answers or a language picked later. When everything is in,
//! `<html data-ready="all">` marks the end of loading: after it the app makes
//! no request at all.

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

/// Fetches a text file next to the app.
pub async fn text(path: &str) -> Result<String, String> {
    let response = fetch(path).await?;
    let promise = response.text().map_err(|_| format!("{path}: no body"))?;
    JsFuture::from(promise)
        .await
        .ok()
        .and_then(|v| v.as_string())
        .ok_or_else(|| format!("{path}: not text"))
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

/// Marks the end of loading on `<html>`.
pub fn mark_ready() {
    if let Some(html) = gloo::utils::document().document_element() {
        let _ = html.set_attribute("data-ready", "all");
    }
}
