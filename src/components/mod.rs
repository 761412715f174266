//! The parts pages share, and the app that shows them. Each component's doc
//! comment gives its purpose, keyboard behaviour and ARIA roles.

pub mod app;
pub mod citations;
pub mod error_summary;
pub mod exit_this_page;
pub mod language_picker;
pub mod listen;
