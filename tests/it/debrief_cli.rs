//! Issue 12 through the real binary: relational safety and the ending's dimensions in the JSON
//! debrief, the short default debrief and `--full`, on `laget play` and `laget debrief`.
//! Inputs are always "1" (whatever is shown first): the tests hold for any play.

use serde_json::Value;

use crate::support::{FIXTURE, laget};

fn run(home: &std::path::Path, args: &[&str]) -> (i32, String) {
    let out = laget(home)
        .args(args)
        .write_stdin("1\n".repeat(60))
        .output()
        .expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

const SOLO: [&str; 8] = [
    "play",
    "den-forste-samtalen",
    "--plain",
    "--mode",
    "solo",
    "--seed",
    "3",
    "--format",
];

#[test]
fn a_solo_first_conversation_has_relational_safety_in_json() {
    let home = tempfile::tempdir().unwrap();
    let (code, out) = run(home.path(), &[&SOLO[..], &["json"]].concat());
    assert_eq!(code, 0);
    let v: Value = serde_json::from_str(&out).expect("JSON");
    let r = &v["scores"]["relational_safety"];
    assert!(r["score"].is_u64(), "{r}");
    assert!(["strong", "partial", "weak"].contains(&r["band"].as_str().unwrap()));
    assert!(r["evidence"].is_array());
    assert!(v["ending"]["about"].is_array());
    assert!(v["ending"]["led_by"].is_array());
    assert!(v["improvements"].is_array());
}

fn words(t: &str) -> usize {
    t.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

#[test]
fn full_gives_every_piece_of_evidence_and_the_default_stays_short() {
    let home = tempfile::tempdir().unwrap();
    for lang in ["nb", "en"] {
        let (c1, short) = run(home.path(), &[&["--lang", lang], &SOLO[..], &["text"]].concat());
        let (c2, full) = run(
            home.path(),
            &[&["--lang", lang], &SOLO[..], &["text", "--full"]].concat(),
        );
        assert_eq!((c1, c2), (0, 0));
        let short = &short[short.find("Debrief:").expect("a debrief")..];
        let full = &full[full.find("Debrief:").expect("a debrief")..];
        assert!(words(short) <= 1200, "{}", words(short));
        assert!(full.len() > short.len());
        let per_role = if lang == "nb" {
            "Rolleklarhet per rolle"
        } else {
            "Role clarity per role"
        };
        assert!(full.contains(per_role) && !short.contains(per_role));
        // Solo speaks to the player.
        let you = if lang == "nb" {
            "Én ting for deg"
        } else {
            "One thing for you"
        };
        assert!(short.contains(you), "{short}");
    }
}

#[test]
fn debrief_again_takes_full_too() {
    let home = tempfile::tempdir().unwrap();
    let (code, _) = run(home.path(), &[&SOLO[..], &["text"]].concat());
    assert_eq!(code, 0);
    let (_, list) = run(home.path(), &["sessions", "--format", "json"]);
    let v: Value = serde_json::from_str(&list).expect("JSON");
    let id = v[0]["id"].as_str().expect("a session id").to_string();
    let (c1, short) = run(home.path(), &["--lang", "en", "debrief", &id]);
    let (c2, full) = run(home.path(), &["--lang", "en", "debrief", &id, "--full"]);
    assert_eq!((c1, c2), (0, 0));
    assert!(full.len() > short.len());
    let (c3, a) = run(home.path(), &["debrief", &id, "--format", "json"]);
    let (c4, b) = run(home.path(), &["debrief", &id, "--format", "json"]);
    assert_eq!((c3, c4), (0, 0));
    assert_eq!(a, b, "the same session gives the same JSON");
}

#[test]
fn debrief_without_a_session_gives_the_latest_finished_one() {
    let home = tempfile::tempdir().unwrap();
    // None finished yet: said, exit 1.
    let out = laget(home.path()).args(["--lang", "en", "debrief"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no finished session"));
    let (code, _) = run(home.path(), &[&SOLO[..], &["text"]].concat());
    assert_eq!(code, 0);
    let (_, list) = run(home.path(), &["sessions", "--format", "json"]);
    let v: Value = serde_json::from_str(&list).expect("JSON");
    let id = v[0]["id"].as_str().expect("a session id").to_string();
    let (c1, named) = run(home.path(), &["--lang", "en", "debrief", &id]);
    let (c2, bare) = run(home.path(), &["--lang", "en", "debrief"]);
    let (c3, latest) = run(home.path(), &["--lang", "en", "debrief", "--latest"]);
    assert_eq!((c1, c2, c3), (0, 0, 0));
    assert_eq!(named, bare);
    assert_eq!(named, latest);
}

#[test]
fn the_fixtures_poor_ending_names_timing_in_json() {
    let home = tempfile::tempdir().unwrap();
    let ending = |input: &str| {
        let out = laget(home.path())
            .args(["play", FIXTURE, "--plain", "--seed", "7", "--format", "json"])
            .write_stdin(input)
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
        serde_json::from_slice::<Value>(&out.stdout).expect("JSON")
    };
    // Waiting, then an evasive talk: too late, a poor ending about timing.
    let poor = ending("vente\nunnvikende\n");
    assert_eq!(poor["ending"]["id"], "for_sent");
    assert_eq!(poor["ending"]["outcome"], "poor");
    assert_eq!(poor["ending"]["about"], serde_json::json!(["decision_timing"]));
    assert!(poor["scores"]["decision_timing"]["score"].as_u64().unwrap() <= 49);
    // The good ending is about nothing in particular.
    let good = ending("observere\ntydelig\nleder\ndokumenterer\n");
    assert_eq!(good["ending"]["outcome"], "good");
    assert_eq!(good["ending"]["about"], serde_json::json!([]));
}
