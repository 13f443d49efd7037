//! The session-file loader on arbitrary bytes, and a replay of whatever it accepts.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(file) = serde_json::from_slice::<laget::store::SessionFile>(data) {
        if let Ok(drill) = file.drill() {
            let _ = laget::engine::Session::replay(std::sync::Arc::new(drill), file.setup.clone(), &file.log);
        }
    }
});
