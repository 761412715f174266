use crate::i18n::I18n;
use crate::state::{Action, State};
use entitle_engine::flow::ORDER;
use yew::prelude::*;

/// Check your answers (GOV.UK pattern): a summary list of every question
/// asked, the answer in words, and a Change button for each (its accessible
/// name includes the question). Questions the flow skipped are not listed.
/// Then "See what your answers show".
pub fn check_page(i18n: &I18n, state: &UseReducerHandle<State>) -> Html {
    let state = state.clone();
    let rows: Vec<Html> = ORDER.iter().filter(|q| state.asked.contains(q)).map(|q| {
        let q = *q;
        let answer = state.answers.text(q).map_or_else(|| i18n.t("not-provided"), |t| i18n.answer_label(q, &t));
        let change = {
            let state = state.clone();
            Callback::from(move |_: MouseEvent| state.dispatch(Action::Change(q)))
        };
        html! {
            <div class="summary__row" data-question={q.id()}>
                <dt class="summary__key">{ i18n.question(q) }</dt>
                <dd class="summary__value">{ answer }</dd>
                <dd class="summary__actions">
                    <button type="button" class="link-button" onclick={change}>
                        { i18n.t("change") }<span class="visually-hidden">{ format!(" {}", i18n.question(q)) }</span>
                    </button>
                </dd>
            </div>
        }
    }).collect();
    let results = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::ShowResults))
    };
    let save = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::ShowSave))
    };
    let open = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::ShowOpen))
    };
    let back = Callback::from(move |_: MouseEvent| state.dispatch(Action::Back));
    html! {
        <>
            <button type="button" class="back-link" onclick={back}>{ i18n.t("back") }</button>
            <h1 tabindex="-1" data-page="check">{ i18n.t("check-heading") }</h1>
            <p>{ i18n.t("check-intro") }</p>
            <dl class="summary">{ for rows }</dl>
            <button type="button" class="button" data-action="results" onclick={results}>{ i18n.t("check-continue") }</button>
            <div class="actions">
                <button type="button" class="button button--secondary" data-action="save" onclick={save}>{ i18n.t("save-link") }</button>
                <button type="button" class="button button--secondary" data-action="open" onclick={open}>{ i18n.t("open-link") }</button>
            </div>
        </>
    }
}
