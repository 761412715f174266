//! Whole pages, one per file. Only `components::app` knows every page; pages
//! reach the words and the state through `crate::hooks`.

pub mod about;
pub mod check;
pub mod files;
pub mod question;
pub mod results;
pub mod setup;
pub mod start;
pub mod summary;
