use crate::hooks::use_i18n;
use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ListenProps {
    /// The id of the heading of what it reads, where a page has several.
    #[prop_or_default]
    pub about: Option<AttrValue>,
}

/// What a Listen button reads: the question's form, or the results card
/// (a help entry, the danger box) it is in.
const READS: &str = "form, .card, .help, .danger";

/// "Listen": reads the question or results card it sits in aloud, with a
/// voice on the device (`crate::speech`, local voices only, so the words
/// never leave it). Pressed again ("Stop") it stops.
///
/// Always draws its slot, `<div class="listen">`, so the page has the same
/// shape with or without a voice (the first page from the HTML, drawn at
/// build time with no voice, is swapped for the app's by position). The
/// button is there only when the device has a local voice for the language.
///
/// Keyboard: a real `<button>`, reached by Tab, pressed by Enter or Space.
/// ARIA: named by its visible word; `aria-pressed` is true while it speaks;
/// on a page with several (the results), `about` names the heading of what it
/// reads (`aria-describedby`), so a screen reader says which "Listen" this is.
/// Moving to another page stops the voice.
#[component]
pub fn Listen(props: &ListenProps) -> Html {
    let i18n = use_i18n();
    let button = use_node_ref();
    let speaking = use_state(|| false);
    // The utterance this button started, to stop it when the page goes.
    let mine = use_memo((), |_| Rc::new(Cell::new(None::<u32>)));
    {
        let mine = Rc::clone(&mine);
        use_effect_with((), move |_| {
            move || {
                if let Some(id) = mine.get() {
                    crate::speech::stop_if(id);
                }
            }
        });
    }
    if crate::speech::voice_for(i18n.lang()).is_none() {
        return html! { <div class="listen"></div> };
    }
    let onclick = {
        let (button, speaking, mine) = (button.clone(), speaking.clone(), Rc::clone(&mine));
        let lang = i18n.lang();
        Callback::from(move |_: MouseEvent| {
            if *speaking {
                crate::speech::stop();
                return;
            }
            let text = button
                .cast::<web_sys::Element>()
                .and_then(|b| b.closest(READS).ok().flatten())
                .map(|area| crate::speech::visible_text(&area))
                .unwrap_or_default();
            let done = {
                let speaking = speaking.clone();
                move || speaking.set(false)
            };
            if let Some(id) = crate::speech::speak(&text, lang, done) {
                mine.set(Some(id));
                speaking.set(true);
            }
        })
    };
    let (word, pressed) = if *speaking {
        (i18n.t("listen-stop"), "true")
    } else {
        (i18n.t("listen"), "false")
    };
    html! {
        <div class="listen">
            <button type="button" class="button button--secondary listen__button" ref={button}
                aria-pressed={pressed} aria-describedby={props.about.clone()} {onclick}>{ word }</button>
        </div>
    }
}
