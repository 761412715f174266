//! Entitle, the app: a private questionnaire whose answers never leave the
//! device. All logic lives in `entitle-engine`; this crate only shows it.

pub mod components;
pub mod files;
pub mod first_page;
pub mod hooks;
pub mod i18n;
pub mod js;
pub mod later;
pub mod pages;
pub mod site;
pub mod speech;
pub mod state;

pub use components::app::App;

/// Reads the site's settings and waits for the first page's words (both
/// fetched while the WebAssembly downloaded), then mounts the app on `#app`,
/// replacing the page the browser showed before. The plain Exit this page
/// link stays until the app's own button takes over. The rest of the data
/// loads after the first page shows.
pub fn run() {
    wasm_bindgen_futures::spawn_local(async move {
        site::load().await;
        i18n::load::first_words(site::first_language()).await;
        let document = gloo::utils::document();
        if let Some(root) = document.get_element_by_id("app") {
            root.set_inner_html("");
            yew::Renderer::<App>::with_root(root).render();
        }
    });
}

/// Today's date from the device clock: the legal date the engine assesses on.
/// The engine itself never reads a clock.
pub fn today() -> entitle_engine::Date {
    let now = js_sys::Date::new_0();
    entitle_engine::Date {
        year: u16::try_from(now.get_full_year()).unwrap_or(2026),
        month: u8::try_from(now.get_month() + 1).unwrap_or(1),
        day: u8::try_from(now.get_date()).unwrap_or(1),
    }
}
