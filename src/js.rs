//! Rust values made JavaScript ones, for the later file (`crate::later`).
//!
//! wasm-bindgen rewrites its conversions (`JsValue::from_str`, `from_f64`) in
//! the first WebAssembly file only, so code in the later file must not call
//! them itself: it calls these, which stay in the first file because the
//! first page uses them too (`crate::i18n`). scripts/postbuild.mjs fails the
//! build if a conversion lands in the later file.

use wasm_bindgen::JsValue;

/// A JavaScript string.
#[inline(never)]
pub fn string(s: &str) -> JsValue {
    JsValue::from_str(s)
}

/// A JavaScript number.
#[inline(never)]
pub fn number(n: f64) -> JsValue {
    JsValue::from_f64(n)
}

/// `object[key] = value`.
#[inline(never)]
pub fn set(object: &js_sys::Object, key: &str, value: &JsValue) {
    let _ = js_sys::Reflect::set(object, &string(key), value);
}
