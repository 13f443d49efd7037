//! Nothing lost: the real binary is killed with SIGKILL after each of the first decisions of a
//! scripted plain-mode play, resumed each time, and finished. The final debrief must equal an
//! uninterrupted run's, outside `wall_clock`.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::support::{FIXTURE, laget_std};

const ANSWERS: [&str; 4] = ["1", "1", "2", "1"];

/// The binary in English, with its data directory in `home`.
fn laget(home: &Path) -> Command {
    let mut c = laget_std(home);
    c.args(["--lang", "en"]);
    c
}

/// Decisions recorded in the one session file under `home`.
fn decisions(home: &Path) -> usize {
    let Ok(rd) = std::fs::read_dir(home.join("sessions")) else {
        return 0;
    };
    rd.flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "json"))
        .filter_map(|e| std::fs::read_to_string(e.path()).ok())
        .filter_map(|t| serde_json::from_str::<serde_json::Value>(&t).ok())
        .map(|v| {
            v["log"]
                .as_array()
                .map_or(0, |l| l.iter().filter(|a| a["action"] == "choose").count())
        })
        .max()
        .unwrap_or(0)
}

fn stable(json: &[u8]) -> serde_json::Value {
    let mut v: serde_json::Value = serde_json::from_slice(json).expect("debrief JSON");
    v.as_object_mut().unwrap().remove("wall_clock");
    v
}

#[test]
fn killed_after_each_decision_and_resumed_gives_the_same_debrief() {
    let straight_home = tempfile::tempdir().unwrap();
    let out = laget(straight_home.path())
        .args(["play", FIXTURE, "--plain", "--seed", "9", "--format", "json"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .and_then(|mut c| {
            c.stdin
                .take()
                .unwrap()
                .write_all((ANSWERS.join("\n") + "\n").as_bytes())?;
            c.wait_with_output()
        })
        .unwrap();
    assert!(out.status.success());
    let straight = stable(&out.stdout);

    let home = tempfile::tempdir().unwrap();
    for n in 1..ANSWERS.len() {
        let mut cmd = laget(home.path());
        if n == 1 {
            cmd.args(["play", FIXTURE, "--plain", "--seed", "9", "--format", "json"]);
        } else {
            cmd.args(["resume", "--latest", "--plain", "--format", "json"]);
        }
        let mut child = cmd
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut stdin = child.stdin.take().unwrap();
        // Only the next answer: the process then waits for more input until it is killed.
        stdin.write_all(format!("{}\n", ANSWERS[n - 1]).as_bytes()).unwrap();
        stdin.flush().unwrap();
        let end = Instant::now() + Duration::from_secs(20);
        while decisions(home.path()) < n {
            assert!(Instant::now() < end, "decision {n} was never saved");
            std::thread::sleep(Duration::from_millis(10));
        }
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        drop(stdin);
    }
    let rest = ANSWERS[ANSWERS.len() - 1..].join("\n") + "\n";
    let mut child = laget(home.path())
        .args(["resume", "--latest", "--plain", "--format", "json"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(rest.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "the resumed drill finishes");
    assert_eq!(stable(&out.stdout), straight);
}
