//! What the Listen button reads (`entitle::speech::visible_text`): the text a
//! sighted reader sees in a card or a question's form, and nothing else.
//! One case per rule, each named by what it guards.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// `html` put in a fresh `<div>`, read as the Listen button would read it.
fn read(html: &str) -> String {
    let document = gloo::utils::document();
    let root = document.create_element("div").expect("a div");
    root.set_inner_html(html);
    document
        .body()
        .expect("a body")
        .append_child(&root)
        .expect("appended");
    let text = entitle::speech::visible_text(&root);
    root.remove();
    text
}

const CASES: &[(&str, &str, &str)] = &[
    (
        "each block is its own line, ending in a full stop so the voice pauses",
        "<h3>Call the helpline</h3><p>It is free</p><p>Open now.</p>",
        "Call the helpline.\nIt is free.\nOpen now.",
    ),
    (
        "a sentence that ends in its own punctuation gets no second stop",
        "<h1>Where are you now?</h1><p>ስልኪ።</p><p>你在哪里？</p>",
        "Where are you now?\nስልኪ።\n你在哪里？",
    ),
    (
        "inline parts and spaces join into one line, without Fluent's isolation marks",
        "<p>Your pay: <strong>\u{2068}£1,200\u{2069}</strong>\n   a month</p>",
        "Your pay: £1,200 a month.",
    ),
    (
        "buttons (the Listen button itself among them) and lists to choose from are not read",
        "<div class=\"listen\"><button>Listen</button></div><p>Pick one</p>\
         <select><option>France</option></select><button type=\"submit\">Continue</button>",
        "Pick one.",
    ),
    (
        "hidden and visually hidden text is not read",
        "<p hidden>Secret</p><p aria-hidden=\"true\">Icon</p>\
         <p>Change<span class=\"visually-hidden\"> your age</span></p>",
        "Change.",
    ),
    (
        "a closed disclosure reads its summary only; an open one reads all",
        "<details><summary>Why we say this</summary><p>Because</p></details>\
         <details open><summary>Sources</summary><p>Article 4</p></details>",
        "Why we say this.\nSources.\nArticle 4.",
    ),
    (
        "a card inside the one read is left to its own Listen button",
        "<h3>Residence</h3><section class=\"card\"><h4>Article 14</h4></section>\
         <li class=\"help\">Helpline</li><p>Ask the police</p>",
        "Residence.\nAsk the police.",
    ),
    (
        "radio labels of a question are read as its replies",
        "<fieldset><legend><h1>Are you safe?</h1></legend>\
         <div class=\"radio\"><input type=\"radio\" id=\"y\"><label for=\"y\">Yes</label></div>\
         <div class=\"radio\"><input type=\"radio\" id=\"n\"><label for=\"n\">No</label></div></fieldset>",
        "Are you safe?\nYes.\nNo.",
    ),
];

#[wasm_bindgen_test]
fn the_listen_button_reads_what_a_sighted_reader_sees() {
    for (name, html, want) in CASES {
        assert_eq!(read(html), *want, "{name}");
    }
}
