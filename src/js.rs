//! Rust values made JavaScript ones, for the later file (`crate::later`).
//!
//! wasm-bindgen rewrites its conversions (`JsValue::from_str`, `from_f64`) in
//! the first WebAssembly file only, so code in the later file must not call
//! them itself: it calls these. `string` stays in the first file because the
//! first page uses it too (`crate::i18n`); `number` is used by the later file
//! only, so it makes its number without a conversion, by an ordinary import
//! (`JSON.parse`). scripts/postbuild.mjs fails the build if a conversion lands
//! in the later file.

use wasm_bindgen::JsValue;

/// A JavaScript string.
#[inline(never)]
pub fn string(s: &str) -> JsValue {
    JsValue::from_str(s)
}

/// A JavaScript number: exact, since Rust writes the shortest decimal that
/// reads back as the same `f64`. A number that is not finite (which no
/// caller passes) has no JSON form and becomes `null`.
#[inline(never)]
pub fn number(n: f64) -> JsValue {
    js_sys::JSON::parse(&n.to_string()).unwrap_or(JsValue::NULL)
}

/// `object[key] = value`.
#[inline(never)]
pub fn set(object: &js_sys::Object, key: &str, value: &JsValue) {
    let _ = js_sys::Reflect::set(object, &string(key), value);
}
