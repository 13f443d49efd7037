//! The fast scenario reader against `ron`: for any text, loading with the fast reader first
//! gives exactly what the guards and `ron` alone give.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let fast_first = format!("{:?}", laget::scenario::load::load_bytes("fuzz.ron", data.to_vec()));
    let reference = format!("{:?}", laget::scenario::load::load_text_with_ron("fuzz.ron", text.to_string()));
    assert_eq!(fast_first, reference);
});
