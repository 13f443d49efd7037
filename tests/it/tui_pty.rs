//! The real binary in a pseudo-terminal: from the home screen through a whole shipped
//! scenario to the debrief with keys only, then quit; the text debrief must be the last thing
//! on the terminal and the terminal must be back in its normal (cooked, echoing) mode.
#![cfg(unix)]

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{PtySize, native_pty_system};

use crate::support::{laget, laget_pty, laget_pty_shell};

struct Tty {
    out: Arc<Mutex<Vec<u8>>>,
    writer: Box<dyn Write + Send>,
}

impl Tty {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.out.lock().unwrap()).into_owned()
    }
    /// The screen as a terminal would show it (ratatui redraws only the cells that change,
    /// so the raw bytes do not hold whole words).
    fn screen(&self) -> String {
        let (rows, cols) = (
            std::num::NonZeroU16::new(30).unwrap(),
            std::num::NonZeroU16::new(100).unwrap(),
        );
        let mut p = vt100::Parser::new(rows, cols, 0);
        p.process(&self.out.lock().unwrap());
        p.screen().contents()
    }
    fn wait_for(&self, needle: &str, timeout: Duration) -> bool {
        let end = Instant::now() + timeout;
        while Instant::now() < end {
            if self.screen().contains(needle) {
                return true;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        false
    }
    fn send(&mut self, s: &str) {
        self.writer.write_all(s.as_bytes()).unwrap();
        self.writer.flush().unwrap();
        std::thread::sleep(Duration::from_millis(60));
    }
}

#[test]
fn plays_a_shipped_scenario_from_home_to_debrief_and_restores_the_terminal() {
    let (mut tty, mut child, master, home) = spawn(&[]);

    // Enter opens set-up, Enter starts with the defaults, then Enter goes on past pages and
    // `1` takes the first choice shown, until the debrief appears.
    let mut reached = false;
    tty.send("\r");
    for _ in 0..200 {
        tty.send("\r");
        tty.send("1");
        if tty.screen().contains("Debrief:") {
            reached = true;
            break;
        }
    }
    assert!(reached, "never reached the debrief:\n{}", tty.screen());
    let before_quit = tty.text().len();
    tty.send("q");
    tty.send("y");

    let status = wait_exit(&mut child);
    assert!(status.success(), "exit status {status:?}");
    std::thread::sleep(Duration::from_millis(200));
    let all = tty.text();
    let tail = &all[before_quit..];
    // The alternate screen is left, and after it the text debrief is printed.
    let left = tail.rfind("\u{1b}[?1049l").expect("left the alternate screen");
    let printed = &tail[left..];
    assert!(
        printed.contains("Debrief:") && printed.contains("Role clarity"),
        "debrief printed last:\n{printed}"
    );

    // The terminal is back in cooked mode with echo (raw mode undone).
    assert_cooked(&*master, &tty);
    // The drill is saved as finished, with every decision the debrief reports.
    let listed = sessions_json(home.path());
    assert_eq!(listed[0]["finished"], true, "{listed}");
    let session = saved_session(home.path());
    assert!(choices_in(&session) >= 2, "{}", session["log"]);
}

type Running = (
    Tty,
    Box<dyn portable_pty::Child + Send + Sync>,
    Box<dyn portable_pty::MasterPty + Send>,
    tempfile::TempDir,
);

/// Starts the UI in a pseudo-terminal (100×30, English, a fresh data directory and an empty
/// working folder, so only the built-in scenarios are known) and waits for the home screen.
fn spawn(extra_env: &[(&str, &str)]) -> Running {
    spawn_with(&[], extra_env, "Scenarios")
}

/// As `spawn`, with `args` after `--lang en`, waiting until `ready` is on screen.
fn spawn_with(args: &[&str], extra_env: &[(&str, &str)], ready: &str) -> Running {
    let home = tempfile::tempdir().unwrap();
    let mut cmd = laget_pty(home.path());
    cmd.args(["--lang", "en"]);
    cmd.args(args);
    cmd.cwd(home.path());
    for (k, v) in extra_env {
        cmd.env(k, v);
    }
    let running = spawn_command(cmd, home);
    assert!(
        running.0.wait_for(ready, Duration::from_secs(10)),
        "waiting for {ready:?}:\n{}",
        running.0.screen()
    );
    running
}

/// Runs `cmd` in a new 100×30 pseudo-terminal.
fn spawn_command(cmd: portable_pty::CommandBuilder, home: tempfile::TempDir) -> Running {
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: 30,
            cols: 100,
            pixel_width: 0,
            pixel_height: 0,
        })
        .unwrap();
    let child = pty.slave.spawn_command(cmd).unwrap();
    drop(pty.slave);
    let out = Arc::new(Mutex::new(Vec::new()));
    let mut reader = pty.master.try_clone_reader().unwrap();
    let sink = out.clone();
    std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            sink.lock().unwrap().extend_from_slice(&buf[..n]);
        }
    });
    let tty = Tty {
        out,
        writer: pty.master.take_writer().unwrap(),
    };
    (tty, child, pty.master, home)
}

/// As `spawn`, then opens the first scenario's drill with the default set-up and waits at its
/// first decision.
fn start_drill(extra_env: &[(&str, &str)]) -> Running {
    let (mut tty, child, master, home) = spawn(extra_env);
    tty.send("\r");
    tty.send("\r");
    assert!(tty.wait_for("· day 0", Duration::from_secs(10)), "{}", tty.screen());
    // The seed is drawn, and a random event may come first (a page before the decision):
    // Enter goes past any page once it has been on screen a moment (`tui::settle`), and at a
    // decision Enter alone takes nothing (CONTRACT.md). The decision's key line is shown only
    // at a decision.
    for _ in 0..6 {
        if tty.wait_for("1–9 choose", Duration::from_millis(400)) {
            break;
        }
        tty.send("\r");
    }
    assert!(
        tty.wait_for("1–9 choose", Duration::from_secs(10)),
        "at the first decision:\n{}",
        tty.screen()
    );
    (tty, child, master, home)
}

fn wait_exit(child: &mut Box<dyn portable_pty::Child + Send + Sync>) -> portable_pty::ExitStatus {
    let end = Instant::now() + Duration::from_secs(10);
    loop {
        if let Some(s) = child.try_wait().unwrap() {
            return s;
        }
        if Instant::now() > end {
            let _ = child.kill();
            panic!("laget did not exit");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// The terminal as it was before laget: cooked mode with echo, and after the last time each
/// was switched on, the alternate screen left, the cursor shown and bracketed paste off.
fn assert_cooked(master: &dyn portable_pty::MasterPty, tty: &Tty) {
    std::thread::sleep(Duration::from_millis(200));
    let fd = master.as_raw_fd().expect("master fd");
    let mut t: libc::termios = unsafe { std::mem::zeroed() };
    assert_eq!(unsafe { libc::tcgetattr(fd, &mut t) }, 0);
    assert!(
        t.c_lflag & libc::ICANON != 0 && t.c_lflag & libc::ECHO != 0,
        "terminal left in raw mode"
    );
    let text = tty.text();
    for (on, off, what) in [
        ("\u{1b}[?1049h", "\u{1b}[?1049l", "the alternate screen left"),
        ("\u{1b}[?25l", "\u{1b}[?25h", "the cursor shown"),
        ("\u{1b}[?2004h", "\u{1b}[?2004l", "bracketed paste off"),
    ] {
        let last_on = text.rfind(on).expect(on);
        assert!(text.rfind(off).is_some_and(|o| o > last_on), "{what}");
    }
}

#[test]
fn sigterm_and_sighup_restore_the_terminal_and_keep_the_session() {
    for sig in [libc::SIGTERM, libc::SIGHUP, libc::SIGINT, libc::SIGQUIT] {
        let (mut tty, mut child, master, home) = start_drill(&[]);
        // One decision, saved before the signal comes (the drill saves after every action).
        std::thread::sleep(Duration::from_millis(500));
        tty.send("1");
        wait_for_decisions(home.path(), 1);
        let pid = child.process_id().expect("pid") as libc::pid_t;
        assert_eq!(unsafe { libc::kill(pid, sig) }, 0);
        let status = wait_exit(&mut child);
        assert_eq!(status.exit_code(), 3, "signal {sig}: stopped, resumable");
        assert_cooked(&*master, &tty);
        // How to resume, said on the terminal after it was given back.
        let text = tty.text();
        let after = &text[text.rfind("\u{1b}[?1049l").unwrap()..];
        assert!(
            after.contains("Every decision is saved") && after.contains("laget resume"),
            "signal {sig}: {after:?}"
        );
        // The session file is whole after the signal and holds the decision taken, and
        // `laget sessions` offers it to resume.
        assert_eq!(choices_in(&saved_session(home.path())), 1, "signal {sig}");
        let listed = sessions_json(home.path());
        assert_eq!(listed.as_array().map(Vec::len), Some(1), "signal {sig}: {listed}");
        assert_eq!(
            (&listed[0]["decisions"], &listed[0]["finished"]),
            (&serde_json::json!(1), &serde_json::json!(false)),
            "signal {sig}: {listed}"
        );
    }
}

#[test]
fn a_signal_with_no_drill_unfinished_says_nothing_is_lost() {
    let (_tty, mut child, master, home) = spawn(&[]);
    let pid = child.process_id().expect("pid") as libc::pid_t;
    assert_eq!(unsafe { libc::kill(pid, libc::SIGTERM) }, 0);
    assert_eq!(wait_exit(&mut child).exit_code(), 0);
    assert_cooked(&*master, &_tty);
    let text = _tty.text();
    let after = &text[text.rfind("\u{1b}[?1049l").unwrap()..];
    assert!(after.contains("no drill was left unfinished"), "{after:?}");
    assert!(!home.path().join("sessions").exists() || sessions_json(home.path()) == serde_json::json!([]));
}

/// The key that panics on purpose exists only in a build with the test hooks.
#[cfg(feature = "test-hooks")]
#[test]
fn a_panic_restores_the_terminal_and_exits_1_not_101() {
    let (mut tty, mut child, master, _home) = start_drill(&[("LAGET_TEST_PANIC_KEY", "1")]);
    tty.send("!");
    let status = wait_exit(&mut child);
    assert_eq!(status.exit_code(), 1);
    assert_cooked(&*master, &tty);
    assert!(
        tty.text().contains("internal error"),
        "a plain message, not a bare crash"
    );
}

#[test]
fn a_burst_or_a_held_key_takes_at_most_one_decision_in_a_round() {
    // A round (three roles in turn), from its first decision, with a fixed seed.
    let (mut tty, mut child, master, home) = spawn_with(
        &["play", "skolefravaer", "--seed", "1", "--from", "ressursteam"],
        &[],
        "1–9 choose",
    );
    // The decision on view, then six quick presses of `1` in one write: the first takes the
    // principal's decision; the form teacher's, next in the round, takes none of the rest.
    std::thread::sleep(Duration::from_millis(500));
    tty.send("111111");
    wait_for_decisions(home.path(), 1);
    // A `1` held down: the terminal repeats it every 33 ms, for 1.5 s.
    let end = Instant::now() + Duration::from_millis(1500);
    while Instant::now() < end {
        tty.writer.write_all(b"1").unwrap();
        tty.writer.flush().unwrap();
        std::thread::sleep(Duration::from_millis(33));
    }
    std::thread::sleep(Duration::from_millis(500));
    let session = saved_session(home.path());
    assert_eq!(
        choices_in(&session),
        1,
        "one decision for all those keys: {}",
        session["log"]
    );
    // Let go, press once: one more.
    tty.send("1");
    wait_for_decisions(home.path(), 2);
    tty.send("q");
    tty.send("y");
    assert_eq!(wait_exit(&mut child).exit_code(), 3, "stopped, resumable");
    assert_cooked(&*master, &tty);
    assert_eq!(choices_in(&saved_session(home.path())), 2);
}

#[test]
fn a_redirected_standard_output_is_refused_at_the_terminal() {
    // The keyboard a terminal, the output a file: the drill would draw into the file.
    let home = tempfile::tempdir().unwrap();
    let out = home.path().join("out.txt");
    let cmd = laget_pty_shell(home.path(), &format!("play skolefravaer > '{}'", out.display()));
    let (tty, mut child, _master, home) = spawn_command(cmd, home);
    assert_eq!(wait_exit(&mut child).exit_code(), 2, "a usage error");
    std::thread::sleep(Duration::from_millis(200));
    assert!(tty.screen().contains("--plain"), "{}", tty.screen());
    assert_eq!(
        std::fs::read_to_string(&out).unwrap(),
        "",
        "nothing drawn into the file"
    );
    assert!(
        !home.path().join("sessions").exists() || sessions_json(home.path()) == serde_json::json!([]),
        "no session started"
    );
}

#[test]
fn a_paste_is_never_read_as_keys() {
    let (mut tty, mut child, master, home) = start_drill(&[]);
    std::thread::sleep(Duration::from_millis(500));
    // Two pasted lines: as keys, `1` would choose, `u` undo and `n` open a note.
    tty.send("\u{1b}[200~1\nu\nn\u{1b}[201~");
    std::thread::sleep(Duration::from_millis(500));
    assert!(
        tty.wait_for("paste goes only into a note", Duration::from_secs(5)),
        "{}",
        tty.screen()
    );
    // Keys still work after the paste: one `1` takes one decision, and it is saved.
    tty.send("1");
    wait_for_decisions(home.path(), 1);
    tty.send("q");
    tty.send("y");
    assert_eq!(wait_exit(&mut child).exit_code(), 3);
    assert_cooked(&*master, &tty);
    let session = saved_session(home.path());
    let log = session["log"].as_array().expect("a log");
    assert_eq!(
        (log.len(), choices_in(&session)),
        (1, 1),
        "the paste chose, undid and noted nothing: {log:?}"
    );
}

#[test]
fn enter_alone_never_takes_a_decision() {
    let (mut tty, mut child, master, home) = start_drill(&[]);
    // Enter goes on through the pages to read; at the decision it says how to choose.
    let mut asked = false;
    for _ in 0..12 {
        std::thread::sleep(Duration::from_millis(400));
        tty.send("\r");
        if tty.wait_for("Nothing is chosen yet", Duration::from_millis(300)) {
            asked = true;
            break;
        }
    }
    assert!(asked, "Enter at the decision says how to choose:\n{}", tty.screen());
    for _ in 0..3 {
        std::thread::sleep(Duration::from_millis(400));
        tty.send("\r");
    }
    tty.send("q");
    tty.send("y");
    assert_eq!(wait_exit(&mut child).exit_code(), 3, "stopped, resumable");
    assert_cooked(&*master, &tty);
    let session = saved_session(home.path());
    let chosen = session["log"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["action"] == "choose")
        .count();
    assert_eq!(chosen, 0, "Enter alone took a decision: {}", session["log"]);
}

/// The one session file under `home`, as JSON.
fn saved_session(home: &Path) -> serde_json::Value {
    let files: Vec<PathBuf> = std::fs::read_dir(home.join("sessions"))
        .expect("a sessions folder")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    assert_eq!(files.len(), 1, "one session file: {files:?}");
    serde_json::from_str(&std::fs::read_to_string(&files[0]).unwrap()).expect("the session file is whole JSON")
}

/// The decisions (`choose` actions) in a session file's log.
fn choices_in(session: &serde_json::Value) -> usize {
    session["log"]
        .as_array()
        .expect("a log")
        .iter()
        .filter(|a| a["action"] == "choose")
        .count()
}

/// Waits until the session file under `home` holds `n` decisions (the UI saves after each).
fn wait_for_decisions(home: &Path, n: usize) {
    let end = Instant::now() + Duration::from_secs(10);
    let saved = || {
        let text = std::fs::read_dir(home.join("sessions")).ok()?.flatten().find_map(|e| {
            let p = e.path();
            p.extension()
                .is_some_and(|x| x == "json")
                .then(|| std::fs::read_to_string(p).ok())?
        })?;
        serde_json::from_str::<serde_json::Value>(&text)
            .ok()
            .map(|v| choices_in(&v))
    };
    while saved() != Some(n) {
        assert!(Instant::now() < end, "{n} decision(s) never saved (now {:?})", saved());
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// `laget sessions --format json` on the data directory `home`.
fn sessions_json(home: &Path) -> serde_json::Value {
    let out = laget(home).args(["sessions", "--format", "json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("JSON")
}

#[test]
fn the_full_screen_drill_honours_format_and_debrief_out() {
    let fixture = crate::support::root().join("tests/fixtures/valid/liten-uro.nb.ron");
    let out_dir = tempfile::tempdir().unwrap();
    let out = out_dir.path().join("debrief.md");
    let (mut tty, mut child, master, _home) = spawn_with(
        &[
            "play",
            fixture.to_str().unwrap(),
            "--seed",
            "3",
            "--format",
            "md",
            "--debrief-out",
            out.to_str().unwrap(),
        ],
        &[],
        "· day 0",
    );
    // `1` at each decision, Enter on each page, each once the screen has settled.
    let mut reached = false;
    for _ in 0..40 {
        std::thread::sleep(Duration::from_millis(400));
        if tty.screen().contains("How it ended") {
            reached = true;
            break;
        }
        tty.send(if tty.screen().contains("1–9 choose") {
            "1"
        } else {
            "\r"
        });
    }
    assert!(reached, "never reached the ending:\n{}", tty.screen());
    let before_quit = tty.text().len();
    tty.send("q");
    tty.send("y");
    assert_eq!(wait_exit(&mut child).exit_code(), 0);
    assert_cooked(&*master, &tty);
    let written = std::fs::read_to_string(&out).expect("--debrief-out written");
    assert!(written.starts_with("# Debrief"), "Markdown: {written}");
    std::thread::sleep(Duration::from_millis(200));
    let all = tty.text();
    let printed = &all[before_quit..];
    assert!(printed.contains("# Debrief"), "the Markdown debrief printed: {printed}");
}
