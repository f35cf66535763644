//! Fuzzes the document parser and the Akoma Ntoso writer: no input may make them panic.
#![no_main]

use std::sync::OnceLock;

use comity_documents::{ParseOptions, parse, to_akoma_ntoso};
use comity_i18n::{Collation, Lang};
use comity_states::StateRegistry;
use libfuzzer_sys::fuzz_target;

fn states() -> &'static StateRegistry {
    static STATES: OnceLock<StateRegistry> = OnceLock::new();
    STATES.get_or_init(|| StateRegistry::embedded(&Collation::new()).expect("reference data loads"))
}

fuzz_target!(|data: &[u8]| {
    // The first byte, when it names a language, fixes it; otherwise the language is detected.
    let lang = data.first().and_then(|b| Lang::ALL.get(usize::from(*b) % 8).copied());
    if let Ok(doc) = parse(data, &ParseOptions { lang, symbol: None }, states()) {
        let _ = to_akoma_ntoso(&doc, "2026-11-24");
    }
});
