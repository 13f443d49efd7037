//! What the test modules share: where the crate's files are, the one way to run the `laget`
//! binary, and the one deterministic generator.

pub mod laget;
pub mod lcg;

pub use self::laget::{Run, laget, laget_std, run};
#[cfg(unix)]
pub use self::laget::{laget_pty, laget_pty_shell};

use std::path::Path;

/// The small valid scenario most command tests play (the example of docs/scenario-format.md),
/// relative to the crate root, where `laget` runs unless a test says otherwise.
pub const FIXTURE: &str = "tests/fixtures/valid/liten-uro.nb.ron";

/// The folder of the invalid fixtures, one per diagnostic code, relative to the crate root.
pub const INVALID: &str = "tests/fixtures/invalid";

/// The crate root: `scenarios/`, `docs/`, `tests/fixtures/` are found from here.
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The text of `FIXTURE`.
pub fn fixture_text() -> String {
    std::fs::read_to_string(root().join(FIXTURE)).expect("the fixture is readable")
}

/// Makes the next write of the file at `path` fail, as a full or broken disk would: its place
/// is taken by a folder with something in it (a rename onto it fails). `mend` undoes it.
pub fn break_file(path: &Path) {
    std::fs::remove_file(path).unwrap();
    std::fs::create_dir(path).unwrap();
    std::fs::write(path.join("x"), "x").unwrap();
}

/// Undoes `break_file`: the next write succeeds again.
pub fn mend(path: &Path) {
    std::fs::remove_dir_all(path).unwrap();
}

/// A library of one scenario, `text` (read as the fixture's file), as if built in: for the
/// terminal UI's tests.
pub fn library_of(text: &str) -> ::laget::library::Library {
    use ::laget::library::{Entry, Library, Origin};
    let (source, scenario) =
        ::laget::scenario::load::load_bytes("liten-uro.nb.ron", text.as_bytes().to_vec()).expect("fixture loads");
    Library {
        entries: vec![Entry {
            origin: Origin::Embedded,
            source,
            scenario,
        }],
        skipped: vec![],
    }
}

/// 2026-01-01T00:00:00Z: a fixed wall clock, so that files and screens do not change.
pub const NEW_YEAR_2026: u64 = 1_767_225_600;
