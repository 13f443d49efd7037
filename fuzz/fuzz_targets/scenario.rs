//! The scenario loader and validator on arbitrary bytes: no panic, no hang, bounded memory.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok((source, scenario)) = laget::scenario::load::load_bytes("fuzz.ron", data.to_vec()) {
        let _ = laget::check::validate(&source, &scenario);
    }
});
