//! The law as data: instruments, provisions and indicators, checked at build
//! time and embedded in the engine, so nothing is fetched at run time.

pub mod check;
#[cfg(not(target_arch = "wasm32"))]
pub mod read;
pub mod schema;

use schema::{Indicator, Law, Provision};
use std::sync::OnceLock;

/// The law files, checked and packed by `build.rs`.
static PACKED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/law.postcard"));

/// The embedded law. `build.rs` has already checked it, so unpacking cannot fail
/// unless the build itself is broken.
pub fn law() -> &'static Law {
    static LAW: OnceLock<Law> = OnceLock::new();
    LAW.get_or_init(|| match postcard::from_bytes(PACKED) {
        Ok(law) => law,
        Err(e) => panic!("the law data packed at build time does not unpack: {e}"),
    })
}

impl Law {
    pub fn provision(&self, id: &str) -> Option<&Provision> {
        self.provisions.iter().find(|p| p.id == id)
    }

    pub fn indicator(&self, id: &str) -> Option<&Indicator> {
        self.indicators.iter().find(|i| i.id == id)
    }
}
