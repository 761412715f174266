//! One provision, one rule: each rule reads the answers and returns an outcome
//! with its reasons, what is missing, and its citations.

pub mod ilo_fl;
pub mod labour_exploitation;
