use super::app::{use_i18n, use_state_handle};
use crate::i18n::key;
use crate::state::Action;
use entitle_engine::{QuestionId, Reply};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub question: QuestionId,
}

/// One question per page, the question as the heading (GOV.UK question pages).
///
/// The replies are a `radiogroup` of radio buttons in a fieldset whose legend
/// is the heading; arrow keys move between them, Continue submits. Back keeps
/// answers. A previous answer is shown selected.
#[component]
pub fn QuestionPage(props: &Props) -> Html {
    let i18n = use_i18n();
    let state = use_state_handle();
    let q = props.question;
    let chosen = use_state(|| state.answers.reply(q));
    let error = use_state(|| false);
    let name = format!("q-{}", key(q.id()));

    let onsubmit = {
        let (state, chosen, error) = (state.clone(), chosen.clone(), error.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            match *chosen {
                Some(reply) => state.dispatch(Action::Answer(q, reply)),
                None => error.set(true),
            }
        })
    };
    let back = {
        let state = state.clone();
        Callback::from(move |event: MouseEvent| {
            event.prevent_default();
            state.dispatch(Action::Back);
        })
    };
    let question_key = format!("question-{}", key(q.id()));
    html! {
        <>
            <button type="button" class="back-link" onclick={back}>{ i18n.t("back") }</button>
            <form class="question" {onsubmit} novalidate=true>
                <fieldset aria-describedby={(*error).then_some("q-error")}>
                    <legend><h1 tabindex="-1">{ i18n.t(&question_key) }</h1></legend>
                    <p class="hint">{ i18n.t(&format!("{question_key}-hint")) }</p>
                    if *error {
                        <p class="error-message" id="q-error">{ i18n.t("error-choose-one") }</p>
                    }
                    <div class="radios">
                        { for Reply::ALL.iter().map(|reply| {
                            let id = format!("{name}-{}", reply.id());
                            let onchange = {
                                let (chosen, reply) = (chosen.clone(), *reply);
                                Callback::from(move |_: Event| chosen.set(Some(reply)))
                            };
                            html! {
                                <div class="radio">
                                    <input type="radio" id={id.clone()} name={name.clone()} value={reply.id()}
                                        checked={*chosen == Some(*reply)} {onchange} />
                                    <label for={id}>{ i18n.t(&format!("reply-{}", key(reply.id()))) }</label>
                                </div>
                            }
                        }) }
                    </div>
                </fieldset>
                <button type="submit" class="button">{ i18n.t("continue") }</button>
            </form>
        </>
    }
}
