//! The app's components. Each one's doc comment gives its purpose, keyboard
//! behaviour and ARIA roles.

pub mod about_page;
pub mod app;
pub mod check_page;
pub mod citations;
pub mod exit_this_page;
pub mod question_page;
pub mod results;
pub mod setup_page;
pub mod start_page;
