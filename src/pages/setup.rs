use crate::components::error_summary::error_summary;
use crate::components::listen::Listen;
use crate::hooks::{use_i18n, use_state_handle};
use crate::state::Action;
use entitle_engine::QuestionId;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Where the person is now, which decides the rules and the help shown. The
/// language picker is repeated here. A native `<select>` (keyboard: arrows,
/// type-ahead) labelled by the page heading, then Continue.
#[component]
pub fn SetupPage() -> Html {
    let i18n = use_i18n();
    let state = use_state_handle();
    let chosen = use_state(|| {
        state
            .answers
            .text(QuestionId::CountryNow)
            .or_else(crate::first_page::chosen_country)
            .or_else(|| crate::site::get().site.country.clone())
            .unwrap_or_default()
    });
    let error = use_state(|| false);
    let waiting = use_state(|| false);
    let onchange = {
        let chosen = chosen.clone();
        Callback::from(move |e: Event| {
            if let Some(select) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
            {
                chosen.set(select.value());
            }
        })
    };
    let onsubmit = {
        let (state, chosen, error, waiting) = (
            state.clone(),
            chosen.clone(),
            error.clone(),
            waiting.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if chosen.is_empty() {
                error.set(true);
            } else if !entitle_engine::law::is_ready() {
                // The law data is still on its way (it follows the first language).
                waiting.set(true);
            } else {
                state.dispatch(Action::SetupDone {
                    country: (*chosen).clone(),
                });
            }
        })
    };
    let back = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Back))
    };
    let mut options = i18n.countries();
    options.push(("ZZ".into(), i18n.t("country-ZZ")));
    options.push(("dont_know".into(), i18n.t("reply-dont_know")));
    options.push((
        "prefer_not_to_say".into(),
        i18n.t("reply-prefer_not_to_say"),
    ));
    html! {
        <>
            <button type="button" class="back-link" onclick={back}>{ i18n.t("back") }</button>
            <form class="question" {onsubmit} novalidate=true data-question="country_now">
                if *error { { error_summary(&i18n, &i18n.t("error-choose-one")) } }
                <h1 tabindex="-1"><label for="country">{ i18n.t("question-country_now") }</label></h1>
                <p class="hint" id="country-hint">{ i18n.t("question-country_now-hint") }</p>
                <Listen />
                if *error { <p class="error-message" id="q-error">{ i18n.t("error-choose-one") }</p> }
                <select id="country" name="country" class="select" {onchange}
                    aria-describedby={if *error { "country-hint q-error" } else { "country-hint" }}>
                    <option value="" selected={chosen.is_empty()}>{ i18n.t("select-placeholder") }</option>
                    { for options.into_iter().map(|(value, label)| {
                        let selected = *chosen == value;
                        html! { <option {selected} {value}>{ label }</option> }
                    }) }
                </select>
                <p role="status" class="hint">{ if *waiting { i18n.t("loading-wait") } else { String::new() } }</p>
                <button type="submit" class="button">{ i18n.t("continue") }</button>
            </form>
        </>
    }
}
