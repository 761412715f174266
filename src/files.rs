//! The saved-answers file in the browser: the download the person asks for,
//! the file they choose to open, and the browser's own Web Crypto for a
//! passphrase (PBKDF2-SHA-256, 600,000 iterations, random salt, to an
//! AES-256-GCM key; see `entitle_engine::saved` for the format). Nothing is
//! stored by the app: the download is the person's act, and the file chooser
//! hands the app only the file they picked. The passphrase is used once and
//! never kept.
//!
//! This runs only in the later file (`crate::later`), so it makes its
//! JavaScript values through `crate::js`.

use crate::js;
use entitle_engine::saved::{self, FileError, Sealed};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The name the download gets: plain, so a person looking over a shoulder
/// or at the downloads list learns nothing from it.
pub const FILE_NAME: &str = "answers.json";

fn subtle() -> Result<web_sys::SubtleCrypto, String> {
    gloo::utils::window()
        .crypto()
        .map(|c| c.subtle())
        .map_err(|_| "no Web Crypto".to_string())
}

fn random<const N: usize>() -> Result<[u8; N], String> {
    let mut bytes = [0u8; N];
    gloo::utils::window()
        .crypto()
        .and_then(|c| c.get_random_values_with_u8_array(&mut bytes))
        .map_err(|_| "no random numbers".to_string())?;
    Ok(bytes)
}

async fn promise(p: Result<js_sys::Promise, JsValue>) -> Result<JsValue, JsValue> {
    JsFuture::from(p?).await
}

/// The AES-256-GCM key for a passphrase and salt.
async fn key(passphrase: &str, salt: &[u8], iterations: u32) -> Result<web_sys::CryptoKey, ()> {
    let subtle = subtle().map_err(|_| ())?;
    // The same passphrase typed on another keyboard can come as other code
    // points ("é" as one or as two): NFC makes them one, as `assess` does.
    let normalised: String = js::string(passphrase)
        .unchecked_into::<js_sys::JsString>()
        .normalize("NFC")
        .into();
    let raw = js_sys::Uint8Array::from(normalised.as_bytes());
    let usages = js_sys::Array::of1(&js::string("deriveKey"));
    let base = promise(subtle.import_key_with_str("raw", &raw, "PBKDF2", false, &usages))
        .await
        .map_err(|_| ())?;
    let params = js_sys::Object::new();
    js::set(&params, "name", &js::string("PBKDF2"));
    js::set(&params, "hash", &js::string("SHA-256"));
    js::set(&params, "salt", &js_sys::Uint8Array::from(salt));
    js::set(&params, "iterations", &js::number(f64::from(iterations)));
    let kind = js_sys::Object::new();
    js::set(&kind, "name", &js::string("AES-GCM"));
    js::set(&kind, "length", &js::number(256.0));
    let usages = js_sys::Array::of2(&js::string("encrypt"), &js::string("decrypt"));
    let key = promise(subtle.derive_key_with_object_and_object(
        &params,
        base.unchecked_ref(),
        &kind,
        false,
        &usages,
    ))
    .await
    .map_err(|_| ())?;
    Ok(key.unchecked_into())
}

fn gcm(iv: &[u8]) -> js_sys::Object {
    let params = js_sys::Object::new();
    js::set(&params, "name", &js::string("AES-GCM"));
    js::set(&params, "iv", &js_sys::Uint8Array::from(iv));
    params
}

/// The sealed file's text for the answers, under the passphrase.
pub async fn seal(answers: &entitle_engine::Answers, passphrase: &str) -> Result<String, String> {
    let plain = saved::plain_file(answers);
    let salt = random::<{ saved::SALT_BYTES }>()?;
    let iv = random::<{ saved::IV_BYTES }>()?;
    let key = key(passphrase, &salt, saved::ITERATIONS)
        .await
        .map_err(|()| "the key could not be made".to_string())?;
    let data =
        promise(subtle()?.encrypt_with_object_and_u8_array(&gcm(&iv), &key, plain.as_bytes()))
            .await
            .map_err(|_| "the answers could not be encrypted".to_string())?;
    let data = js_sys::Uint8Array::new(&data).to_vec();
    Ok(saved::sealed_file(saved::ITERATIONS, &salt, &iv, &data))
}

/// What a sealed file decrypts to, or `WrongPassphrase` (also: changed).
pub async fn unseal(sealed: &Sealed, passphrase: &str) -> Result<Vec<u8>, FileError> {
    let key = key(passphrase, &sealed.salt, sealed.iterations)
        .await
        .map_err(|()| FileError::WrongPassphrase)?;
    let subtle = subtle().map_err(|_| FileError::WrongPassphrase)?;
    let plain =
        promise(subtle.decrypt_with_object_and_u8_array(&gcm(&sealed.iv), &key, &sealed.data))
            .await
            .map_err(|_| FileError::WrongPassphrase)?;
    Ok(js_sys::Uint8Array::new(&plain).to_vec())
}

/// Hands the text to the browser as a download named [`FILE_NAME`].
pub fn download(text: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(text.as_bytes()));
    let blob = web_sys::Blob::new_with_u8_array_sequence(&parts).map_err(|_| "no Blob")?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| "no object URL")?;
    let document = gloo::utils::document();
    let link: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| "no link")?
        .unchecked_into();
    link.set_href(&url);
    link.set_download(FILE_NAME);
    link.click();
    // The browser has taken the bytes for the download: free them now, so
    // the answers are not left at an address in the page.
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// The bytes of the file the person chose, at most `saved::MAX_BYTES + 1`
/// (enough to tell that a file is too large without reading all of it).
pub async fn read(file: &web_sys::File) -> Result<Vec<u8>, String> {
    let limit = (saved::MAX_BYTES + 1) as f64;
    let part = if file.size() > limit {
        file.slice_with_f64_and_f64(0.0, limit)
            .map_err(|_| "the file could not be read")?
    } else {
        file.slice().map_err(|_| "the file could not be read")?
    };
    let buffer = promise(Ok(part.array_buffer()))
        .await
        .map_err(|_| "the file could not be read")?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}
