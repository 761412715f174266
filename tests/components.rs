//! Component tests: the real app rendered in headless Chromium by
//! wasm-bindgen-test. They wait for Yew's scheduler to flush; they never sleep.
#![cfg(target_arch = "wasm32")]

use entitle::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

async fn mount() -> Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").expect("a div");
    document
        .body()
        .expect("a body")
        .append_child(&root)
        .expect("appended");
    yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    root
}

fn find(root: &Element, selector: &str) -> HtmlElement {
    root.query_selector(selector)
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("nothing matches {selector}: {}", root.inner_html()))
        .dyn_into::<HtmlElement>()
        .expect("an HTML element")
}

fn text(root: &Element, selector: &str) -> String {
    find(root, selector).inner_text()
}

async fn click(root: &Element, selector: &str) {
    find(root, selector).click();
    yew::scheduler::flush().await;
}

async fn answer(root: &Element, reply: &str) {
    click(root, &format!("input[value='{reply}']")).await;
    click(root, "button[type='submit']").await;
}

#[wasm_bindgen_test]
async fn the_opening_page_says_nothing_leaves_the_phone_and_how_to_exit() {
    let root = mount().await;
    assert_eq!(text(&root, "h1"), "Check what help and rights you may have");
    assert!(root
        .inner_html()
        .contains("Your answers stay on this phone"));
    assert!(text(&root, ".exit-this-page__button").contains("Exit this page"));
    root.remove();
}

#[wasm_bindgen_test]
async fn a_kept_passport_shows_signs_of_labour_exploitation_with_its_sources() {
    let root = mount().await;
    click(&root, ".button--start").await;
    assert_eq!(
        text(&root, "h1"),
        "Has someone taken your passport or ID and kept it?"
    );
    answer(&root, "yes").await;
    let finding = find(&root, "[data-finding='labour_exploitation']");
    assert_eq!(finding.get_attribute("data-level").as_deref(), Some("some"));
    assert!(finding
        .inner_text()
        .contains("Your answers show some signs of labour exploitation."));
    for provision in [
        "un.icrmw.art_21",
        "ilo.c189.art_9_c",
        "ilo.fl_indicators.no_7",
    ] {
        find(&root, &format!("[data-provision='{provision}']"));
    }
    root.remove();
}

#[wasm_bindgen_test]
async fn i_dont_know_is_shown_as_not_enough_information_not_as_no() {
    let root = mount().await;
    click(&root, ".button--start").await;
    answer(&root, "dont_know").await;
    let finding = find(&root, "[data-finding='labour_exploitation']");
    assert_eq!(
        finding.get_attribute("data-level").as_deref(),
        Some("not_enough_information")
    );
    assert!(finding
        .inner_text()
        .contains("Answering this could change the result"));
    root.remove();
}

#[wasm_bindgen_test]
async fn back_keeps_the_answer_and_continue_without_one_asks_for_one() {
    let root = mount().await;
    click(&root, ".button--start").await;
    click(&root, "button[type='submit']").await;
    assert!(text(&root, ".error-message").contains("Choose one answer"));
    answer(&root, "no").await;
    click(&root, ".back-link").await;
    let radio: HtmlInputElement = find(&root, "input[value='no']")
        .dyn_into()
        .expect("a radio");
    assert!(radio.checked(), "Back must keep the answer");
    root.remove();
}
