use yew::prelude::*;

/// The GOV.UK error summary: a `role="alert"` box at the top of the form that
/// links to the field in error.
pub fn error_summary(i18n: &crate::i18n::I18n, message: &str) -> Html {
    html! {
        <div class="error-summary" role="alert" tabindex="-1">
            <h2>{ i18n.t("error-summary-title") }</h2>
            <p>{ message.to_string() }</p>
        </div>
    }
}
