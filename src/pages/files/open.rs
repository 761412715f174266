use super::{clear, file_error, value_of};
use crate::components::error_summary::error_summary;
use crate::hooks::{use_i18n, use_state_handle};
use crate::state::Action;
use entitle_engine::saved::{self, FileError, Opened, Sealed};
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Clone, PartialEq)]
enum Status {
    Ready,
    Working,
    /// Refused: why. The answers on screen are as they were.
    Refused(FileError),
    /// The file could not be read at all.
    Unreadable,
}

/// "Open saved answers": the person picks the file; a sealed one asks for
/// its passphrase. Only a file that opens completely replaces the answers;
/// anything else is refused with what happened and what to do, and the
/// answers already here stay as they were.
#[component]
pub fn OpenPage() -> Html {
    let i18n = use_i18n();
    let state = use_state_handle();
    let status = use_state(|| Status::Ready);
    let sealed = use_state(|| None::<Sealed>);
    let onchange = {
        let (state, status, sealed) = (state.clone(), status.clone(), sealed.clone());
        Callback::from(move |e: Event| {
            let Some(file) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                .and_then(|i| i.files())
                .and_then(|f| f.get(0))
            else {
                return;
            };
            status.set(Status::Working);
            sealed.set(None);
            let (state, status, sealed) = (state.clone(), status.clone(), sealed.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match crate::files::read(&file).await {
                    Err(_) => status.set(Status::Unreadable),
                    Ok(bytes) => match saved::open(&bytes) {
                        Ok(Opened::Plain(answers)) => {
                            state.dispatch(Action::Opened(Box::new(answers)))
                        }
                        Ok(Opened::Sealed(s)) => {
                            sealed.set(Some(s));
                            status.set(Status::Ready);
                        }
                        Err(e) => status.set(Status::Refused(e)),
                    },
                }
            });
        })
    };
    let onsubmit = {
        let (state, status, sealed) = (state.clone(), status.clone(), sealed.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(s) = (*sealed).clone() else { return };
            if *status == Status::Working {
                return;
            }
            let passphrase = value_of("open-passphrase");
            status.set(Status::Working);
            let (state, status) = (state.clone(), status.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let opened = match crate::files::unseal(&s, &passphrase).await {
                    Ok(plain) => saved::open_plain(&plain),
                    Err(e) => Err(e),
                };
                clear("open-passphrase");
                match opened {
                    Ok(answers) => state.dispatch(Action::Opened(Box::new(answers))),
                    Err(e) => status.set(Status::Refused(e)),
                }
            });
        })
    };
    let back = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Back))
    };
    let problem = match &*status {
        Status::Refused(e) => Some(format!("{} {}", file_error(&i18n, e), i18n.t("open-kept"))),
        Status::Unreadable => Some(format!(
            "{} {}",
            i18n.t(super::UNREADABLE),
            i18n.t("open-kept")
        )),
        _ => None,
    };
    let error_id = match &*status {
        Status::Refused(e) => e.id(),
        Status::Unreadable => "unreadable",
        _ => "",
    };
    html! {
        <>
            <button type="button" class="back-link" onclick={back}>{ i18n.t("back") }</button>
            <form class="question" {onsubmit} novalidate=true data-form="open">
                if let Some(message) = &problem { { error_summary(&i18n, message) } }
                <h1 tabindex="-1" data-page="open">{ i18n.t("open-heading") }</h1>
                <p>{ i18n.t("open-intro") }</p>
                if let Some(message) = &problem { <p class="error-message" id="open-error" data-error={error_id}>{ message.clone() }</p> }
                <label class="label" for="open-file">{ i18n.t("open-file") }</label>
                <input class="file-input" type="file" id="open-file" accept=".json,application/json" {onchange}
                    aria-describedby={problem.as_ref().map(|_| "open-error")} />
                if sealed.is_some() {
                    <div class="conditional">
                        <label class="label" for="open-passphrase">{ i18n.t("open-passphrase") }</label>
                        <p class="hint" id="open-passphrase-hint">{ i18n.t("open-passphrase-hint") }</p>
                        <input class="input" type="password" id="open-passphrase" autocomplete="current-password"
                            spellcheck="false" aria-describedby="open-passphrase-hint" />
                        <button type="submit" class="button">{ i18n.t("open-button") }</button>
                    </div>
                }
                <p role="status" class="hint" data-status="open">{ if *status == Status::Working { i18n.t("open-working") } else { String::new() } }</p>
            </form>
        </>
    }
}
