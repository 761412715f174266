mod inputs;

use crate::components::error_summary::error_summary;
use crate::components::listen::Listen;
use crate::hooks::{use_i18n, use_state_handle};
use crate::state::Action;
use entitle_engine::answers::QuestionKind;
use entitle_engine::QuestionId;
use inputs::{local_currency, money_inputs, month_inputs, Fields};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The largest number a number question takes (the same limit the engine enforces).
fn most(q: QuestionId) -> u8 {
    match q.kind() {
        QuestionKind::Count(most) => most,
        _ => 120,
    }
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub question: QuestionId,
}

/// One question per page, the question as the heading (GOV.UK question pages).
///
/// The replies are radio buttons in a fieldset whose legend is the heading
/// (arrow keys move between them); numbers are typed in a numeric field shown
/// under "I know the number"; countries are a `<select>`. Every question offers
/// "I don't know" and "I'd rather not say". Continue without an answer shows an
/// error summary (`role="alert"`). Back keeps answers; a previous answer is shown chosen.
#[component]
pub fn QuestionPage(props: &Props) -> Html {
    let i18n = use_i18n();
    let state = use_state_handle();
    let q = props.question;
    let previous = state.answers.text(q);
    let chosen = use_state(|| previous.clone());
    let number = use_state(|| {
        previous
            .clone()
            .filter(|t| t.parse::<u8>().is_ok())
            .unwrap_or_default()
    });
    let local = local_currency(
        state
            .answers
            .country_now
            .and_then(|c| c.value())
            .map(|c| c.as_str().to_string())
            .as_deref(),
    );
    let fields = use_state(|| Fields::from_answer(previous.as_deref(), local));
    let error = use_state(|| None::<&'static str>);
    let (n, of) = state.progress(q);

    let onsubmit = {
        let (state, chosen, number, error, fields) = (
            state.clone(),
            chosen.clone(),
            number.clone(),
            error.clone(),
            fields.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let text = match chosen.as_deref() {
                Some("number") => Some((*number).trim().to_string()),
                Some("month") => match fields.month_text() {
                    Some(t) => Some(t),
                    None => return error.set(Some("error-month")),
                },
                Some("amount") => {
                    let money = fields.money_text().map(|m| match q.kind() {
                        QuestionKind::Pay => format!("{m}/{}", fields.per),
                        _ => m,
                    });
                    match money.filter(|t| state.answers.clone().set_text(q, t)) {
                        Some(t) => Some(t),
                        None => return error.set(Some("error-amount")),
                    }
                }
                other => other.map(str::to_string),
            };
            match text {
                Some(t) if !t.is_empty() && state.answers.clone().set_text(q, &t) => {
                    state.dispatch(Action::Answer(q, t))
                }
                // A number the field cannot take (25 hours, 8 days off) is refused, naming the range.
                Some(t) if chosen.as_deref() == Some("number") && !t.is_empty() => {
                    error.set(Some("error-number-range"))
                }
                _ => error.set(Some("error-choose-one")),
            }
        })
    };
    let back = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Back))
    };
    let radio = |value: String, label: String| {
        let id = format!("q-{}-{value}", q.id());
        let onchange = {
            let (chosen, value) = (chosen.clone(), value.clone());
            Callback::from(move |_: Event| chosen.set(Some(value.clone())))
        };
        // An earlier answer's text selects the radio of its kind.
        let earlier = chosen.as_deref().unwrap_or("");
        let checked = earlier == value
            || (value == "number" && earlier.parse::<u8>().is_ok())
            || (value == "month" && entitle_engine::answers::YearMonth::parse(earlier).is_some())
            || (value == "amount"
                && (entitle_engine::answers::Money::parse(earlier).is_some()
                    || entitle_engine::answers::PayRate::parse(earlier).is_some()));
        html! {
            <div class="radio">
                <input type="radio" id={id.clone()} name={format!("q-{}", q.id())} value={value} {checked} {onchange} />
                <label for={id}>{ label }</label>
            </div>
        }
    };
    let unknowns = || {
        ["dont_know", "prefer_not_to_say"]
            .into_iter()
            .map(|v| radio(v.to_string(), i18n.t(&format!("reply-{v}"))))
            .collect::<Html>()
    };
    let body = match q.kind() {
        QuestionKind::YesNo => ["yes", "no", "dont_know", "prefer_not_to_say"]
            .into_iter()
            .map(|v| radio(v.to_string(), i18n.t(&format!("reply-{v}"))))
            .collect::<Html>(),
        QuestionKind::Choice(ids) => ids
            .iter()
            .map(|v| radio(v.to_string(), i18n.answer_label(q, v)))
            .collect::<Html>(),
        QuestionKind::Country => {
            let onchange = {
                let chosen = chosen.clone();
                Callback::from(move |e: Event| {
                    if let Some(s) = e
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
                    {
                        chosen.set(Some(s.value()).filter(|v| !v.is_empty()));
                    }
                })
            };
            let mut options = i18n.countries();
            for extra in ["EU", "ZZ"] {
                options.push((extra.into(), i18n.t(&format!("country-{extra}"))));
            }
            for unknown in ["dont_know", "prefer_not_to_say"] {
                options.push((unknown.into(), i18n.t(&format!("reply-{unknown}"))));
            }
            html! {
                <select id="q-select" class="select" aria-labelledby="q-heading" {onchange}>
                    <option value="" selected={chosen.is_none()}>{ i18n.t("select-placeholder") }</option>
                    { for options.into_iter().map(|(value, label)| {
                        let selected = chosen.as_deref() == Some(value.as_str());
                        html! { <option {selected} {value}>{ label }</option> }
                    }) }
                </select>
            }
        }
        QuestionKind::Month | QuestionKind::MonthOrOngoing => html! {
            <>
                { radio("month".into(), i18n.t("answer-kind-month")) }
                { month_inputs(&i18n, &fields, &chosen) }
                if q.kind() == QuestionKind::MonthOrOngoing {
                    { radio("still_working".into(), i18n.t("answer-still_working")) }
                }
                { unknowns() }
            </>
        },
        QuestionKind::Money | QuestionKind::Pay => html! {
            <>
                { radio("amount".into(), i18n.t("answer-kind-amount")) }
                { money_inputs(&i18n, &fields, &chosen, local, q.kind() == QuestionKind::Pay) }
                { unknowns() }
            </>
        },
        QuestionKind::Age | QuestionKind::Count(_) => {
            let oninput = {
                let (number, chosen) = (number.clone(), chosen.clone());
                Callback::from(move |e: InputEvent| {
                    if let Some(input) = e
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                    {
                        number.set(input.value());
                        chosen.set(Some("number".into()));
                    }
                })
            };
            let max = most(q).to_string();
            html! {
                <>
                    { radio("number".into(), i18n.t(&format!("question-{}-number", q.id()))) }
                    <div class="conditional">
                        <label for="q-number" class="visually-hidden">{ i18n.t(&format!("question-{}-number", q.id())) }</label>
                        <input id="q-number" class="input input--short" type="text" inputmode="numeric" pattern="[0-9]*"
                            maxlength="3" autocomplete="off" value={(*number).clone()} {oninput} data-max={max} />
                    </div>
                    if q.kind() == QuestionKind::Age {
                        { radio("maybe_under_18".into(), i18n.t("answer-maybe_under_18")) }
                    }
                    { unknowns() }
                </>
            }
        }
    };
    html! {
        <>
            <button type="button" class="back-link" onclick={back}>{ i18n.t("back") }</button>
            <form class="question" {onsubmit} novalidate=true data-question={q.id()}>
                if let Some(message) = *error { { error_summary(&i18n, &i18n.t_with(message, &[("most", (most(q) as u32).into())])) } }
                <p class="progress">{ i18n.t_with("progress", &[("n", (n as u32).into()), ("total", (of as u32).into())]) }</p>
                <fieldset aria-describedby={if error.is_some() { "q-hint q-error" } else { "q-hint" }}>
                    <legend><h1 tabindex="-1" id="q-heading">{ i18n.question(q) }</h1></legend>
                    <p class="hint" id="q-hint">{ i18n.t(&format!("question-{}-hint", q.id())) }</p>
                    <Listen />
                    if let Some(message) = *error { <p class="error-message" id="q-error">{ i18n.t_with(message, &[("most", (most(q) as u32).into())]) }</p> }
                    <div class="radios">{ body }</div>
                </fieldset>
                <button type="submit" class="button">{ i18n.t("continue") }</button>
            </form>
        </>
    }
}
