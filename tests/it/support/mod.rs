//! What the tests that drive the real binary share.

pub mod lcg;

use assert_cmd::Command;

/// The small valid scenario the command tests play.
pub const FIXTURE: &str = "tests/fixtures/valid/liten-uro.nb.ron";

/// The binary, run from the crate root with its own data directory and no locale.
pub fn laget(home: &std::path::Path) -> Command {
    let mut c = Command::cargo_bin("laget").expect("binary");
    c.current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("LAGET_HOME", home)
        .env_remove("LANG")
        .env_remove("LC_ALL");
    c
}
