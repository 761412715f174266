//! The NGO's settings for this copy of the app: `site.json` beside the build,
//! read and checked by `entitle-site`. The start-up script fetches it while
//! the WebAssembly downloads (`window.entitleSite`, scripts/postbuild.mjs);
//! the app reads it before the first page, since it may set that page's
//! language. A file that is refused is not used at all: the app runs with
//! its own settings, and the footer tells the site's owner which field to fix
//! (`site_error`), so the person never sees a broken page.

use entitle_site::{Known, Site, SiteError};
use std::cell::OnceCell;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The settings as read: the checked ones, or none and why.
#[derive(Debug, Default)]
pub struct Settings {
    pub site: Site,
    pub error: Option<SiteError>,
}

thread_local! {
    static SETTINGS: OnceCell<&'static Settings> = const { OnceCell::new() };
}

/// Reads the settings the start-up script fetched; without the script (the
/// component tests) or the file (an ordinary copy), there are none.
pub async fn load() {
    let text = handed_over().await;
    install(text.as_deref());
}

/// Checks the text of `site.json` (or its absence) and keeps the result for
/// the rest of the visit. Only the first call counts.
pub fn install(text: Option<&str>) {
    let settings = match text {
        None => Settings::default(),
        Some(text) => {
            let languages: Vec<&str> = crate::i18n::available().collect();
            let known = Known {
                countries: crate::i18n::COUNTRIES,
                languages: &languages,
                needs: entitle_engine::law::schema::NEED_IDS,
            };
            match entitle_site::read(text, known) {
                Ok(site) => Settings { site, error: None },
                Err(error) => {
                    // For the site's owner, in the browser's console as well as the footer.
                    web_sys::console::error_1(&format!("Entitle: {error}. site.json is not used until it is fixed; see README, Embedding.").into());
                    Settings {
                        site: Site::default(),
                        error: Some(error),
                    }
                }
            }
        }
    };
    SETTINGS.with(|s| {
        s.get_or_init(|| Box::leak(Box::new(settings)));
    });
}

/// The settings for this visit (none before `load`).
pub fn get() -> &'static Settings {
    SETTINGS.with(|s| *s.get_or_init(|| Box::leak(Box::default())))
}

/// The language the app opens in: the site's, else the first of the
/// browser's that the app speaks, else English.
pub fn first_language() -> &'static str {
    get()
        .site
        .language
        .as_deref()
        .and_then(|l| crate::i18n::available().find(|t| *t == l))
        .unwrap_or_else(|| crate::i18n::negotiate(&crate::i18n::browser_languages()))
}

/// The text of `site.json` from the start-up script: a promise of the text, or of null.
async fn handed_over() -> Option<String> {
    let window = gloo::utils::window();
    let promise: js_sys::Promise = js_sys::Reflect::get(&window, &"entitleSite".into())
        .ok()?
        .dyn_into()
        .ok()?;
    JsFuture::from(promise).await.ok()?.as_string()
}
