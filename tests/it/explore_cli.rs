//! `laget explore` through the real binary: the JSON report pinned on the fixture, and the
//! best and worst paths replayed in plain mode to the same ending and scores.

use serde_json::Value;

use crate::support::{FIXTURE, laget};

fn explore(home: &std::path::Path, args: &[&str]) -> Value {
    let out = laget(home)
        .args(["--lang", "en", "explore", FIXTURE, "--format", "json"])
        .args(args)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("JSON")
}

/// The report without what depends on the machine's speed.
fn stable(mut v: Value) -> Value {
    let o = v.as_object_mut().expect("object");
    for k in ["elapsed_seconds", "walks_per_second", "steps_per_second"] {
        assert!(o.remove(k).is_some(), "{k} present");
    }
    v
}

#[test]
fn the_json_report_of_the_fixture_is_pinned() {
    let home = tempfile::tempdir().unwrap();
    let v = explore(home.path(), &["--walks", "2000", "--seed", "7"]);
    insta::assert_json_snapshot!("explore_fixture_group", stable(v));
    let v = explore(home.path(), &["--exhaustive", "--seed", "7", "--mode", "solo"]);
    insta::assert_json_snapshot!("explore_fixture_solo_exhaustive", stable(v));
}

#[test]
fn best_and_worst_paths_replay_in_plain_mode() {
    let home = tempfile::tempdir().unwrap();
    for args in [
        &["--walks", "500", "--seed", "11"][..],
        &["--walks", "500", "--seed", "12", "--mode", "solo"][..],
        &["--exhaustive", "--seed", "3"][..],
    ] {
        let v = explore(home.path(), args);
        for which in ["best_path", "worst_path"] {
            let p = &v[which];
            let seed = p["seed"].as_u64().unwrap().to_string();
            let mode = p["mode"].as_str().unwrap();
            let mut cmd = vec![
                "--lang", "en", "play", FIXTURE, "--plain", "--seed", &seed, "--mode", mode, "--format", "json",
            ];
            if let Some(r) = p["role"].as_str() {
                cmd.extend(["--role", r]);
            }
            let input: String = p["inputs"]
                .as_array()
                .unwrap()
                .iter()
                .map(|l| format!("{}\n", l.as_str().unwrap()))
                .collect();
            let out = laget(home.path()).args(&cmd).write_stdin(input).output().unwrap();
            assert_eq!(out.status.code(), Some(0), "{args:?} {which}");
            let d: Value = serde_json::from_slice(&out.stdout).unwrap();
            assert_eq!(d["ending"]["id"], p["ending"], "{args:?} {which}");
            for k in ["role_clarity", "child_voice", "decision_timing"] {
                assert_eq!(d["scores"][k]["score"], p["scores"][k], "{args:?} {which} {k}");
            }
        }
    }
}

#[test]
fn the_text_report_names_endings_and_the_replay_command() {
    let home = tempfile::tempdir().unwrap();
    let out = laget(home.path())
        .args(["--lang", "en", "explore", FIXTURE, "--walks", "300"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    for w in [
        "Endings",
        "godt_i_gang",
        "for_sent",
        "Best path",
        "Worst path",
        "--plain --seed",
    ] {
        assert!(text.contains(w), "missing {w} in\n{text}");
    }
}

#[test]
fn bad_arguments_are_clear_errors_not_panics() {
    let home = tempfile::tempdir().unwrap();
    let out = laget(home.path())
        .args(["--lang", "en", "explore", "no-such-scenario"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no-such-scenario"));
    let out = laget(home.path())
        .args([
            "--lang", "en", "explore", FIXTURE, "--mode", "solo", "--role", "forelder",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = laget(home.path())
        .args(["--lang", "en", "explore", FIXTURE, "--walks", "0", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["walks"], 0);
    assert!(v["best_path"].is_null());
}

#[test]
fn the_naive_strategies_are_reported_per_dimension() {
    let home = tempfile::tempdir().unwrap();
    let v = explore(home.path(), &["--walks", "300", "--seed", "1"]);
    for s in ["first", "longest", "shortest"] {
        let st = &v["strategies"][s];
        assert_eq!(st["plays"], 300, "{s}: {st}");
        for d in ["role_clarity", "child_voice", "decision_timing"] {
            let m = st["mean"][d].as_f64().unwrap_or(-1.0);
            assert!((0.0..=100.0).contains(&m), "{s}.{d} = {m}");
        }
        let share = st["all_strong"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&share));
        assert!(st["tell"].is_boolean());
    }
}
