//! The one way the tests run the `laget` binary: through a pipe (`laget`, `laget_std`) or in a
//! pseudo-terminal (`laget_pty`), always with the same settings. Each run gets the data
//! directory the test gives it (a temporary folder), English as its language unless the test
//! passes `--lang`, and nothing from the caller's shell that changes what laget prints: a
//! developer's locale, colour preference or own data directory never changes a result.

use std::ffi::OsString;
use std::path::Path;

use super::root;

/// The binary cargo built for these tests.
const BIN: &str = env!("CARGO_BIN_EXE_laget");

/// Variables of the caller's environment that change laget's language, colours or test hooks
/// (CONTRACT.md, "Global"; `src/tui/theme.rs`; `src/tui/mod.rs`): removed from every run.
const CLEARED: &[&str] = &[
    "LC_ALL",
    "LC_MESSAGES",
    "LANG",
    "LANGUAGE",
    "NO_COLOR",
    "COLORTERM",
    "CLICOLOR",
    "CLICOLOR_FORCE",
    "FORCE_COLOR",
    "LAGET_HIGH_CONTRAST",
    "LAGET_TEST_PANIC_KEY",
];

/// Every run's environment, in order: `None` removes a variable.
fn settings(home: &Path, terminal: bool) -> Vec<(&'static str, Option<OsString>)> {
    let mut s: Vec<(&str, Option<OsString>)> = CLEARED.iter().map(|&k| (k, None)).collect();
    // Sessions, autosaves and exports go under `home`. HOME and XDG_DATA_HOME point there too,
    // so that even a run that ignored LAGET_HOME would not write into the developer's own
    // data directory.
    for k in ["LAGET_HOME", "HOME", "XDG_DATA_HOME"] {
        s.push((k, Some(home.into())));
    }
    if terminal {
        // A common terminal; colours as a user sees them.
        s.push(("TERM", Some("xterm-256color".into())));
    } else {
        s.push(("NO_COLOR", Some("1".into())));
    }
    s
}

/// `laget` as a `std::process::Command`, run from the crate root with its data directory in
/// `home`: for tests that hold pipes open or kill the process.
pub fn laget_std(home: &Path) -> std::process::Command {
    let mut c = std::process::Command::new(BIN);
    c.current_dir(root());
    for (k, v) in settings(home, false) {
        match v {
            Some(v) => c.env(k, v),
            None => c.env_remove(k),
        };
    }
    c
}

/// `laget` as an `assert_cmd::Command` (the same settings as `laget_std`): for tests that give
/// it all its input at once and read what it printed.
pub fn laget(home: &Path) -> assert_cmd::Command {
    assert_cmd::Command::from_std(laget_std(home))
}

/// `laget` for a pseudo-terminal, with the settings of `laget_std` except that it draws in
/// colour on an xterm-256color terminal.
#[cfg(unix)]
pub fn laget_pty(home: &Path) -> portable_pty::CommandBuilder {
    let mut c = portable_pty::CommandBuilder::new(BIN);
    c.cwd(root());
    for (k, v) in settings(home, true) {
        match v {
            Some(v) => c.env(k, v),
            None => c.env_remove(k),
        }
    }
    c
}

/// As `laget_pty`, through `sh -c`, with `script` after the binary's path (and `--lang en`):
/// for a run whose standard output goes elsewhere than its terminal.
#[cfg(unix)]
pub fn laget_pty_shell(home: &Path, script: &str) -> portable_pty::CommandBuilder {
    let mut c = portable_pty::CommandBuilder::new("sh");
    c.args(["-c", &format!("exec '{BIN}' --lang en {script}")]);
    c.cwd(root());
    for (k, v) in settings(home, true) {
        match v {
            Some(v) => c.env(k, v),
            None => c.env_remove(k),
        }
    }
    c
}

/// What one run of the binary gave.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// Runs `cmd` with `stdin` as all its input. The process must end by itself, print UTF-8 and
/// not panic: exit 101 is never laget's answer (CONTRACT.md, exit codes).
pub fn run(cmd: &mut assert_cmd::Command, stdin: &str) -> Run {
    let out = cmd.write_stdin(stdin).output().expect("laget runs");
    let run = Run {
        code: out.status.code().expect("laget exits by itself, not by a signal"),
        stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(out.stderr).expect("stderr is UTF-8"),
    };
    assert!(
        run.code != 101 && !run.stderr.contains("panicked"),
        "laget panicked:\n{}",
        run.stderr
    );
    run
}
