//! Reading aloud with a voice on the device (the Web Speech API's
//! `speechSynthesis`). Only voices whose `localService` is true are used: a
//! network voice would send the words to a server, and no answer, nor any
//! word the person reads, may leave the device. Where the device has no
//! local voice for the language, nothing offers to read aloud.
//!
//! Everything here runs in the first WebAssembly file, as the Listen button
//! (`crate::components::listen`) and the app call it: its event listeners are
//! JavaScript closures, which the later file cannot make (`crate::later`).
//! At build time (Yew's server renderer, not WebAssembly) there is no
//! browser: every function then finds no voice and does nothing.

use gloo::events::EventListener;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, Node, SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

/// One utterance being spoken, kept alive until it ends (Chromium stops
/// firing `end` for an utterance it has garbage-collected).
struct Speaking {
    id: u32,
    _utterance: SpeechSynthesisUtterance,
    _listeners: [EventListener; 2],
    done: Rc<dyn Fn()>,
}

/// The chosen local voice of each app language that has one.
type Chosen = Rc<Vec<(&'static str, SpeechSynthesisVoice)>>;

thread_local! {
    static NOW: RefCell<Option<Speaking>> = const { RefCell::new(None) };
    static NEXT: Cell<u32> = const { Cell::new(0) };
    /// The chosen voice of each app language that has one, worked out once
    /// per list of voices (a device can have thousands of them).
    static VOICES: RefCell<Option<Chosen>> = const { RefCell::new(None) };
}

/// The browser's speech synthesis, if it has one.
fn synth() -> Option<SpeechSynthesis> {
    if !cfg!(target_arch = "wasm32") {
        return None;
    }
    let synth = web_sys::window()?.speech_synthesis().ok()?;
    (!synth.is_undefined() && !synth.is_null()).then_some(synth)
}

/// Calls `on_change` each time the device's list of voices changes (in
/// Chromium the voices arrive a moment after the page asks for them). Keep
/// the listener: dropping it stops the calls.
pub fn watch_voices(on_change: impl Fn() + 'static) -> Option<EventListener> {
    let synth = synth()?;
    let listener = EventListener::new(&synth, "voiceschanged", move |_| {
        VOICES.with(|v| v.borrow_mut().take());
        on_change();
    });
    // Asking for the voices is what makes Chromium load them.
    let _ = synth.get_voices();
    Some(listener)
}

/// Whether a voice for `voice` reads the app language `app`: the same
/// primary language as the app reads tags (`crate::i18n::primary`, which
/// takes Filipino, `fil`, for Tagalog), and Mandarin (espeak-ng's `cmn`) for
/// Chinese.
fn reads(app: &str, voice: &str) -> bool {
    let (want, have) = (crate::i18n::primary(app), crate::i18n::primary(voice));
    want == have || (want == "zh" && have == "cmn")
}

/// How well a voice fits, lowest best: the browser's own language and region
/// (`en-GB` in Britain); a plain language or region (`en-US`); then variants
/// in another script, accent or dialect (`fa-Latn`, `en-GB-x-rp`, `zh-HK`).
fn rank(voice: &str, browser: &[String]) -> u8 {
    let voice = voice.replace('_', "-");
    if browser
        .iter()
        .any(|b| b.replace('_', "-").eq_ignore_ascii_case(&voice))
    {
        return 0;
    }
    let lower = voice.to_ascii_lowercase();
    let cantonese = lower.starts_with("zh-") && (lower.ends_with("-hk") || lower.ends_with("-mo"));
    let plain = voice
        .split('-')
        .skip(1)
        .all(|s| s.len() <= 3 && !s.eq_ignore_ascii_case("x"));
    if plain && !cantonese {
        1
    } else {
        2
    }
}

/// The chosen local voice of each app language that has one, from the
/// device's list of voices (once per list).
fn voices() -> Chosen {
    if let Some(found) = VOICES.with(|v| v.borrow().clone()) {
        return found;
    }
    let Some(synth) = synth() else {
        return Rc::default();
    };
    let all = synth.get_voices();
    let browser = crate::i18n::browser_languages();
    let mut best: Vec<(&'static str, u8, SpeechSynthesisVoice)> = Vec::new();
    for voice in all.iter() {
        let voice: SpeechSynthesisVoice = voice.unchecked_into();
        if !voice.local_service() {
            continue;
        }
        let lang = voice.lang();
        for tag in crate::i18n::available().filter(|t| reads(t, &lang)) {
            let r = rank(&lang, &browser);
            match best.iter_mut().find(|b| b.0 == tag) {
                Some(b) if r < b.1 => *b = (tag, r, voice.clone()),
                Some(_) => {}
                None => best.push((tag, r, voice.clone())),
            }
        }
    }
    let found = Rc::new(best.into_iter().map(|(t, _, v)| (t, v)).collect());
    // An empty list may only mean the voices are still on their way.
    if all.length() > 0 {
        VOICES.with(|v| *v.borrow_mut() = Some(Rc::clone(&found)));
    }
    found
}

/// The local voice that reads the app language `lang`, if the device has one.
pub fn voice_for(lang: &str) -> Option<SpeechSynthesisVoice> {
    voices()
        .iter()
        .find(|(tag, _)| *tag == lang)
        .map(|(_, v)| v.clone())
}

/// The app's languages this device can read aloud, in the app's order.
pub fn languages_with_voice() -> Vec<&'static str> {
    let found = voices();
    crate::i18n::available()
        .filter(|t| found.iter().any(|(tag, _)| tag == t))
        .collect()
}

/// Speaks `text` in the app language `lang` with its local voice, after
/// stopping anything being spoken. `done` is called once when it ends, fails
/// or is stopped. Returns its number (for [`stop_if`]), or None, having
/// spoken nothing, where there is no local voice.
pub fn speak(text: &str, lang: &str, done: impl Fn() + 'static) -> Option<u32> {
    let voice = voice_for(lang)?;
    let synth = synth()?;
    stop();
    let utterance = SpeechSynthesisUtterance::new_with_text(text).ok()?;
    utterance.set_voice(Some(&voice));
    utterance.set_lang(lang);
    let id = NEXT.with(|n| {
        n.set(n.get() + 1);
        n.get()
    });
    let ended = |kind| EventListener::once(&utterance, kind, move |_| finish(Some(id)));
    let listeners = [ended("end"), ended("error")];
    NOW.with(|now| {
        *now.borrow_mut() = Some(Speaking {
            id,
            _utterance: utterance.clone(),
            _listeners: listeners,
            done: Rc::new(done),
        })
    });
    synth.speak(&utterance);
    Some(id)
}

/// Forgets the utterance being spoken (if it is `id`, or any if None) and
/// tells its button.
fn finish(id: Option<u32>) {
    let ended = NOW.with(|now| {
        let mut now = now.borrow_mut();
        match &*now {
            Some(s) if id.is_none_or(|id| id == s.id) => now.take(),
            _ => None,
        }
    });
    if let Some(s) = ended {
        (s.done)();
    }
}

/// Stops speaking at once.
pub fn stop() {
    finish(None);
    if let Some(synth) = synth() {
        synth.cancel();
    }
}

/// Stops speaking if utterance `id` is the one being spoken.
pub fn stop_if(id: u32) {
    if NOW.with(|now| now.borrow().as_ref().is_some_and(|s| s.id == id)) {
        stop();
    }
}

/// What not to read: controls (the Listen button itself among them), and
/// what a sighted reader does not see.
const SKIP: &str = "button, select, input, textarea, script, style, template, [hidden], \
                    [aria-hidden='true'], .visually-hidden";
/// Cards read on their own, by their own Listen button.
const NESTED: &str = ".card, .help";
/// Elements that start a new line: the voice pauses between them.
const BLOCKS: &str = "p, h1, h2, h3, h4, h5, h6, li, dt, dd, label, legend, summary, div, \
                      section, ul, ol, dl, fieldset, details, table, tr, th, td";

/// The text a sighted reader sees inside `root` (a question's form or a
/// results card), one line per block, each ending in a full stop so the
/// voice pauses. Skips controls, hidden text, cards nested inside, and the
/// contents of a closed disclosure (its summary is read).
pub fn visible_text(root: &Element) -> String {
    let mut lines = Vec::new();
    let mut line = String::new();
    walk(root, &mut lines, &mut line);
    end_line(&mut lines, &mut line);
    lines.join("\n")
}

fn walk(node: &Node, lines: &mut Vec<String>, line: &mut String) {
    let children = node.child_nodes();
    for i in 0..children.length() {
        let Some(child) = children.item(i) else {
            continue;
        };
        if child.node_type() == Node::TEXT_NODE {
            line.push_str(&child.text_content().unwrap_or_default());
            continue;
        }
        let Some(el) = child.dyn_ref::<Element>() else {
            continue;
        };
        if el.matches(SKIP).unwrap_or(true) || el.matches(NESTED).unwrap_or(true) {
            continue;
        }
        let block = el.matches(BLOCKS).unwrap_or(false);
        if block {
            end_line(lines, line);
        }
        if el.matches("details:not([open])").unwrap_or(false) {
            if let Ok(Some(summary)) = el.query_selector(":scope > summary") {
                walk(&summary, lines, line);
            }
        } else {
            walk(el, lines, line);
        }
        if block {
            end_line(lines, line);
        }
    }
}

/// Ends the line being gathered: spaces collapsed, Fluent's isolation
/// marks dropped, and a full stop added unless it ends a sentence already.
fn end_line(lines: &mut Vec<String>, line: &mut String) {
    let text = line.replace(['\u{2068}', '\u{2069}'], "");
    let mut text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    line.clear();
    if text.is_empty() {
        return;
    }
    const STOPS: &[char] = &[
        '.', '!', '?', ':', ';', '…', '。', '！', '？', '：', '؟', '۔', '।', '॥', '።', '፧',
    ];
    if !text.ends_with(STOPS) {
        text.push('.');
    }
    lines.push(text);
}
