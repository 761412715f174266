//! The law as data: instruments, provisions and indicators, checked at build
//! time and embedded in the engine, so nothing is fetched at run time.

pub mod check;
pub mod pay;
#[cfg(not(target_arch = "wasm32"))]
pub mod read;
#[cfg(not(target_arch = "wasm32"))]
pub mod review;
pub mod schema;

use schema::{Indicator, Law, Provision};
use std::sync::OnceLock;

/// The law files, checked and packed by `build.rs`.
#[cfg(feature = "embedded-law")]
static PACKED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/law.postcard"));

static LAW: OnceLock<Law> = OnceLock::new();

/// Hands the engine the packed law data fetched at start-up. Fails if the
/// bytes do not unpack; a second call is ignored.
pub fn install(bytes: &[u8]) -> Result<(), String> {
    let law: Law =
        postcard::from_bytes(bytes).map_err(|e| format!("the law data does not unpack: {e}"))?;
    let _ = LAW.set(law);
    Ok(())
}

/// Whether the law data is there (always, with the `embedded-law` feature).
pub fn is_ready() -> bool {
    cfg!(feature = "embedded-law") || LAW.get().is_some()
}

/// The law. With `embedded-law`, unpacked on first use (`build.rs` has checked
/// it, so unpacking cannot fail unless the build is broken); without it, the
/// data handed to `install`.
pub fn law() -> &'static Law {
    #[cfg(feature = "embedded-law")]
    {
        LAW.get_or_init(|| match postcard::from_bytes(PACKED) {
            Ok(law) => law,
            Err(e) => panic!("the law data packed at build time does not unpack: {e}"),
        })
    }
    #[cfg(not(feature = "embedded-law"))]
    {
        LAW.get()
            .expect("the app installs the law data before it assesses anything")
    }
}

impl Law {
    pub fn provision(&self, id: &str) -> Option<&Provision> {
        let order = self.provision_index.0.get_or_init(|| {
            let mut order: Vec<u32> = (0..self.provisions.len())
                .filter_map(|i| u32::try_from(i).ok())
                .collect();
            // Once per program, so the small insertion sort (no std sort code in the WebAssembly).
            crate::small_sort::sort_by(&mut order, |a, b| {
                self.provisions[*a as usize].id < self.provisions[*b as usize].id
            });
            order
        });
        if order.len() != self.provisions.len() {
            // Provisions added after the first lookup: the index is stale.
            return self.provisions.iter().find(|p| p.id == id);
        }
        let at = order
            .binary_search_by(|i| self.provisions[*i as usize].id.as_str().cmp(id))
            .ok()?;
        self.provisions.get(order[at] as usize)
    }

    pub fn indicator(&self, id: &str) -> Option<&Indicator> {
        self.indicators.iter().find(|i| i.id == id)
    }
}
