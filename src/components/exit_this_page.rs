use crate::hooks::{use_i18n, use_state_handle};
use crate::state::Action;
use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Where Exit this page goes: a neutral, non-personalised site (GOV.UK's default).
pub const NEUTRAL_SITE: &str = "https://www.bbc.co.uk/weather";

/// How long the three Shift presses may take, as in GOV.UK Frontend.
const SHIFT_WINDOW_MS: u32 = 5_000;

/// Exit this page, after GOV.UK Frontend's component.
///
/// A real link (it works even before the app loads: index.html has a plain
/// copy) with visually hidden "Emergency" text. Pressing Shift three times
/// within 5 seconds anywhere on the page also exits; a `role="status"` live
/// region announces each press. It sits in the page's `header` (banner) landmark. Exiting drops every answer, blanks the page
/// and leaves with `location.replace`, so Back does not return here; inside
/// an NGO's page it leaves that page too (`leave`).
#[component]
pub fn ExitThisPage() -> Html {
    let i18n = use_i18n();
    let state = use_state_handle();
    let presses = use_state(|| 0u8);
    let timer: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);

    let exit = {
        let state = state.clone();
        Callback::from(move |_: ()| {
            state.dispatch(Action::StartAgain);
            leave();
        })
    };

    {
        let presses = presses.clone();
        let exit = exit.clone();
        let timer = timer.clone();
        use_effect_with(*presses, move |count| {
            let count = *count;
            let listener = EventListener::new(&gloo::utils::window(), "keydown", move |event| {
                let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                    return;
                };
                if event.key() != "Shift" || event.repeat() {
                    return;
                }
                let next = count + 1;
                if next >= 3 {
                    timer.borrow_mut().take();
                    presses.set(0);
                    exit.emit(());
                    return;
                }
                let reset = presses.clone();
                *timer.borrow_mut() = Some(Timeout::new(SHIFT_WINDOW_MS, move || reset.set(0)));
                presses.set(next);
            });
            move || drop(listener)
        });
    }

    let onclick = {
        let exit = exit.clone();
        Callback::from(move |event: MouseEvent| {
            event.prevent_default();
            exit.emit(());
        })
    };
    let announcement = match *presses {
        1 => i18n.t("exit-shift-pressed-once"),
        2 => i18n.t("exit-shift-pressed-twice"),
        _ => String::new(),
    };
    html! {
        <header class="exit-this-page">
            <a href={NEUTRAL_SITE} target="_top" class="exit-this-page__button" rel="nofollow noreferrer" {onclick}>
                <span class="visually-hidden">{ i18n.t("exit-emergency") }</span>
                { i18n.t("exit-this-page") }
            </a>
            <span class="exit-this-page__dots" aria-hidden="true">
                { for (0..3u8).map(|i| html! { <span class={classes!("dot", (i < *presses).then_some("dot--on"))}></span> }) }
            </span>
            <div role="status" class="visually-hidden">{ announcement }</div>
        </header>
    }
}

/// Blanks the page and leaves for the neutral site without a history entry.
///
/// Inside an NGO's page (an `<iframe>`), it leaves the whole page: the top
/// window goes to the neutral site. Browsers allow a frame to do that on the
/// person's click or key press when its `sandbox` has
/// `allow-top-navigation-by-user-activation` (README, Embedding); where the
/// host forbids it, the frame leaves on its own, so at least nothing of it stays.
fn leave() {
    // A voice reading a card aloud would go on until the neutral site has
    // loaded, which on a slow line can take seconds: it stops first.
    crate::speech::stop();
    let document = gloo::utils::document();
    if let Some(body) = document.body() {
        body.set_inner_html("");
    }
    document.set_title("");
    let window = gloo::utils::window();
    if let Ok(Some(top)) = window.top() {
        if !js_sys::Object::is(&top, &window) && top.location().replace(NEUTRAL_SITE).is_ok() {
            return;
        }
    }
    let _ = window.location().replace(NEUTRAL_SITE);
}
