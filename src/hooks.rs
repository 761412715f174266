//! The context hooks every page uses: the words of the current language and
//! the wizard's state. Provided by `App`; kept here so no page imports the app.

use crate::i18n::I18n;
use crate::state::State;
use yew::prelude::*;

/// The words of the current language, for any component below `App`.
#[hook]
pub fn use_i18n() -> I18n {
    use_context::<I18n>().unwrap_or_else(|| I18n::new(crate::i18n::FALLBACK))
}

/// The wizard's state and dispatcher, for any component below `App`.
#[hook]
pub fn use_state_handle() -> UseReducerHandle<State> {
    use_context::<UseReducerHandle<State>>()
        .expect("pages are rendered inside App, which provides the state")
}
