use super::{clear, value_of};
use crate::components::error_summary::error_summary;
use crate::hooks::{use_i18n, use_state_handle};
use crate::i18n::Arg;
use crate::state::Action;
use yew::prelude::*;

/// The fewest characters a passphrase may have.
const MIN_PASSPHRASE: usize = 8;

#[derive(Clone, PartialEq)]
enum Status {
    Ready,
    /// The message ID of what is wrong with the form.
    Invalid(&'static str),
    Working,
    Saved {
        sealed: bool,
    },
    Failed,
}

/// "Save my answers": with a passphrase (the default, and what the page
/// recommends when someone else may see the phone) or without. The download
/// is the person's own act; the app keeps nothing.
#[component]
pub fn SavePage() -> Html {
    let i18n = use_i18n();
    let state = use_state_handle();
    let protect = use_state(|| true);
    let status = use_state(|| Status::Ready);
    let choose = |value: bool| {
        let protect = protect.clone();
        Callback::from(move |_: Event| protect.set(value))
    };
    let onsubmit = {
        let (protect, status, answers) = (*protect, status.clone(), state.answers.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if *status == Status::Working {
                return;
            }
            let passphrase = value_of("save-passphrase");
            if protect {
                let again = value_of("save-passphrase-again");
                let problem = if passphrase.is_empty() {
                    Some("save-error-no-passphrase")
                } else if passphrase.chars().count() < MIN_PASSPHRASE {
                    Some("save-error-short")
                } else if passphrase != again {
                    Some("save-error-mismatch")
                } else {
                    None
                };
                if let Some(id) = problem {
                    status.set(Status::Invalid(id));
                    return;
                }
            }
            status.set(Status::Working);
            let (status, answers) = (status.clone(), answers.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let text = if protect {
                    crate::files::seal(&answers, &passphrase).await
                } else {
                    Ok(entitle_engine::saved::plain_file(&answers))
                };
                clear("save-passphrase");
                clear("save-passphrase-again");
                match text.and_then(|t| crate::files::download(&t)) {
                    Ok(()) => status.set(Status::Saved { sealed: protect }),
                    Err(_) => status.set(Status::Failed),
                }
            });
        })
    };
    let back = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Back))
    };
    let file = || [("file", Arg::from(crate::files::FILE_NAME.to_string()))];
    let invalid = match *status {
        Status::Invalid(id) => Some(i18n.t(id)),
        _ => None,
    };
    let described = if invalid.is_some() {
        "save-passphrase-hint save-error"
    } else {
        "save-passphrase-hint"
    };
    html! {
        <>
            <button type="button" class="back-link" onclick={back}>{ i18n.t("back") }</button>
            <form class="question" {onsubmit} novalidate=true data-form="save">
                if let Some(message) = &invalid { { error_summary(&i18n, message) } }
                <h1 tabindex="-1" data-page="save">{ i18n.t("save-heading") }</h1>
                <p>{ i18n.t("save-intro") }</p>
                <fieldset class="fieldset">
                    <legend class="visually-hidden">{ i18n.t("save-heading") }</legend>
                    <div class="radio">
                        <input type="radio" id="save-protect" name="save-how" value="protect" checked={*protect} onchange={choose(true)} />
                        <label for="save-protect">{ i18n.t("save-protect") }</label>
                    </div>
                    <p class="hint radio__hint">{ i18n.t("save-protect-hint") }</p>
                    if *protect {
                        <div class="conditional">
                            if let Some(message) = &invalid { <p class="error-message" id="save-error">{ message.clone() }</p> }
                            <label class="label" for="save-passphrase">{ i18n.t("save-passphrase") }</label>
                            <p class="hint" id="save-passphrase-hint">{ i18n.t("save-passphrase-hint") }</p>
                            <input class="input" type="password" id="save-passphrase" autocomplete="new-password"
                                spellcheck="false" aria-describedby={described} />
                            <label class="label" for="save-passphrase-again">{ i18n.t("save-passphrase-again") }</label>
                            <input class="input" type="password" id="save-passphrase-again" autocomplete="new-password" spellcheck="false" />
                        </div>
                    }
                    <div class="radio">
                        <input type="radio" id="save-plain" name="save-how" value="plain" checked={!*protect} onchange={choose(false)} />
                        <label for="save-plain">{ i18n.t("save-plain") }</label>
                    </div>
                    <p class="hint radio__hint">{ i18n.t("save-plain-hint") }</p>
                </fieldset>
                <p role="status" class="hint" data-status="save">{ match *status {
                    Status::Working => i18n.t("save-working"),
                    Status::Saved { sealed: true } => i18n.t_with("save-done-protected", &file()),
                    Status::Saved { sealed: false } => i18n.t_with("save-done", &file()),
                    Status::Failed => i18n.t("save-error-failed"),
                    _ => String::new(),
                } }</p>
                <button type="submit" class="button" disabled={*status == Status::Working}>{ i18n.t("save-button") }</button>
            </form>
        </>
    }
}
