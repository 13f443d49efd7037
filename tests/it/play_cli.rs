//! The real binary through its contract: plain play, determinism, undo, quit and resume,
//! `laget debrief SESSION`, and the debrief snapshots.

use serde_json::Value;

use crate::support::{FIXTURE, laget};

fn play(home: &std::path::Path, args: &[&str], input: &str) -> (i32, String, String) {
    let out = laget(home).args(args).write_stdin(input).output().expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The debrief JSON without the part that belongs to this run only.
fn stable(json: &str) -> Value {
    let mut v: Value = serde_json::from_str(json).expect("debrief is JSON");
    v.as_object_mut().expect("object").remove("wall_clock");
    v
}

#[test]
fn plays_to_the_end_and_prints_the_three_scores_in_english_and_norwegian() {
    let home = tempfile::tempdir().unwrap();
    let (code, out, _) = play(
        home.path(),
        &["--lang", "en", "play", FIXTURE, "--plain", "--seed", "7"],
        "1\n1\n1\n1\n",
    );
    assert_eq!(code, 0);
    for w in ["Debrief", "Role clarity", "Child's voice", "Decision timing"] {
        assert!(out.contains(w), "missing {w} in\n{out}");
    }
    let (code, out, _) = play(
        home.path(),
        &["--lang", "nb", "play", FIXTURE, "--plain", "--seed", "7"],
        "1\n1\n1\n1\n",
    );
    assert_eq!(code, 0);
    for w in ["Debrief", "Rolleklarhet", "Barnets stemme", "Beslutningstiming"] {
        assert!(out.contains(w), "missing {w} in\n{out}");
    }
}

#[test]
fn same_seed_and_inputs_give_the_same_debrief_outside_wall_clock() {
    let home = tempfile::tempdir().unwrap();
    let args = [
        "--lang", "en", "play", FIXTURE, "--plain", "--seed", "42", "--format", "json",
    ];
    let (c1, a, _) = play(home.path(), &args, "2\n1\n2\n1\n");
    let (c2, b, _) = play(home.path(), &args, "2\n1\n2\n1\n");
    assert_eq!((c1, c2), (0, 0));
    assert_eq!(
        serde_json::to_string(&stable(&a)).unwrap(),
        serde_json::to_string(&stable(&b)).unwrap()
    );
    let v = stable(&a);
    for key in [
        "scenario",
        "seed",
        "mode",
        "ending",
        "scores",
        "timeline",
        "transcript",
        "reflection_questions",
    ] {
        assert!(v.get(key).is_some(), "debrief JSON lacks {key}");
    }
    for d in ["role_clarity", "child_voice", "decision_timing"] {
        let s = &v["scores"][d];
        assert!(
            s["score"].as_u64().is_some_and(|x| x <= 100) && s["band"].is_string(),
            "{d}: {s}"
        );
    }
}

#[test]
fn golden_trace_seed_to_transcript_to_scores() {
    // Pins what a seed and inputs lead to: the transcript, the ending and the scores.
    let home = tempfile::tempdir().unwrap();
    let (code, out, _) = play(
        home.path(),
        &[
            "--lang", "en", "play", FIXTURE, "--plain", "--seed", "3", "--format", "json",
        ],
        "2\n1\n2\n1\n",
    );
    assert_eq!(code, 0);
    let v = stable(&out);
    let trace: Vec<String> = v["transcript"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| format!("{} {} {} @{}", t["scene"], t["role"], t["choice"], t["at"]))
        .collect();
    let scores: Vec<String> = ["role_clarity", "child_voice", "decision_timing"]
        .iter()
        .map(|d| format!("{d} {} {}", v["scores"][d]["score"], v["scores"][d]["band"]))
        .collect();
    insta::assert_snapshot!(
        "golden_trace",
        format!(
            "ending {}\n{}\n{}",
            v["ending"]["id"],
            trace.join("\n"),
            scores.join("\n")
        )
    );
}

#[test]
fn text_and_markdown_debriefs_of_a_full_play() {
    let home = tempfile::tempdir().unwrap();
    let (_, text, _) = play(
        home.path(),
        &[
            "--lang", "en", "play", FIXTURE, "--plain", "--seed", "7", "--format", "text",
        ],
        // By choice id: the play the snapshot shows does not depend on the order shown.
        "observere\n/note Godt samarbeid\ntydelig\noverlater\ndokumenterer\n",
    );
    let start = text.find("Debrief:").expect("debrief printed");
    insta::assert_snapshot!("debrief_text_en", &text[start..]);
    let (code, md, err) = play(
        home.path(),
        &[
            "--lang", "nb", "play", FIXTURE, "--plain", "--seed", "7", "--format", "md",
        ],
        "observere\nunnvikende\n",
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        md.starts_with("# Debrief"),
        "with --format md standard output holds the debrief alone:\n{md}"
    );
    insta::assert_snapshot!("debrief_md_nb", md);
}

#[test]
fn undo_gives_the_same_result_as_never_having_chosen() {
    let home = tempfile::tempdir().unwrap();
    let base = [
        "--lang", "en", "play", FIXTURE, "--plain", "--seed", "5", "--format", "json",
    ];
    let (_, straight, _) = play(home.path(), &base, "1\n1\n1\n1\n");
    let (code, undone, _) = play(home.path(), &base, "2\n/undo\n1\n1\n1\n1\n");
    assert_eq!(code, 0);
    assert_eq!(stable(&straight), stable(&undone));
}

#[test]
fn quit_then_resume_and_debrief_again_match_an_uninterrupted_play() {
    let home = tempfile::tempdir().unwrap();
    let base = [
        "--lang", "en", "play", FIXTURE, "--plain", "--seed", "9", "--format", "json",
    ];
    let (_, straight, _) = play(home.path(), &base, "1\n1\n1\n1\n");

    let (code, out, err) = play(home.path(), &base, "1\n/quit\n");
    assert_eq!(code, 3, "/quit stops with exit code 3");
    assert!(out.is_empty(), "no debrief yet: {out}");
    assert!(err.contains("laget resume"), "stderr says how to resume: {err}");
    let (code, resumed, _) = play(
        home.path(),
        &["--lang", "en", "resume", "--latest", "--plain", "--format", "json"],
        "1\n1\n1\n",
    );
    assert_eq!(code, 0);
    assert_eq!(stable(&straight), stable(&resumed));

    // End of input mid-drill also saves and exits 3.
    let (code, _, err) = play(home.path(), &base, "1\n");
    assert_eq!(code, 3);
    assert!(err.contains("laget resume"));

    let v: Value = serde_json::from_str(&resumed).unwrap();
    let id = v["wall_clock"]["session"].as_str().expect("session id").to_string();
    let (code, again, _) = play(home.path(), &["--lang", "en", "debrief", &id, "--format", "json"], "");
    assert_eq!(code, 0);
    assert_eq!(stable(&straight), stable(&again));

    let (code, list, _) = play(home.path(), &["sessions", "--format", "json"], "");
    assert_eq!(code, 0);
    let list: Value = serde_json::from_str(&list).unwrap();
    assert_eq!(
        list.as_array().unwrap().len(),
        3,
        "three sessions were started (a resume goes on in its own)"
    );
}

#[test]
fn bad_answers_are_refused_and_the_same_question_is_asked_again() {
    let home = tempfile::tempdir().unwrap();
    let (code, out, _) = play(
        home.path(),
        &["--lang", "en", "play", FIXTURE, "--plain", "--seed", "1"],
        "0\n9\nabc\n\n1\n1\n1\n1\n",
    );
    assert_eq!(code, 0);
    assert_eq!(out.matches("Not a choice").count(), 4, "{out}");
    assert!(out.contains("Debrief"));
}

#[test]
fn facilitator_commands_work_in_plain_mode() {
    let home = tempfile::tempdir().unwrap();
    let (code, out, _) = play(
        home.path(),
        &["--lang", "en", "play", FIXTURE, "--plain", "--seed", "1"],
        "/inject\n/inject nope\n/brief\n/note Fin start\n/undo\n/help\n1\n1\n1\n1\n",
    );
    assert_eq!(code, 0);
    assert!(out.contains("mor_ringer"), "/inject lists the injects");
    assert!(out.contains("There is no inject “nope”"));
    assert!(
        out.contains("Emma trekker seg unna"),
        "/brief shows the acting role's brief"
    );
    assert!(out.contains("Fin start"), "the note is in the debrief");
    assert!(out.contains("There is no decision to undo"));
}

#[test]
fn an_event_triggered_with_inject_is_shown_logged_and_on_the_timeline() {
    let home = tempfile::tempdir().unwrap();
    let text = "Mor ringer og spør om Emma har det bra";
    let args = [
        "--lang", "en", "play", FIXTURE, "--plain", "--seed", "1", "--format", "json",
    ];
    // The same play without the event: seed 1 never fires it by chance.
    let (code, _, quiet) = play(home.path(), &args, "observere\ntydelig\nleder\ndokumenterer\n");
    assert_eq!(code, 0, "{quiet}");
    assert!(!quiet.contains(text), "{quiet}");
    // Triggered after the first decision, a week into the case.
    let (code, debrief, err) = play(
        home.path(),
        &args,
        "observere\n/inject mor_ringer\ntydelig\nleder\ndokumenterer\n",
    );
    assert_eq!(code, 0, "{err}");
    let at = err
        .find(text)
        .unwrap_or_else(|| panic!("the event's text is shown:\n{err}"));
    assert!(
        err[..at].contains("Observere Emma") && err[at..].contains("Jeg har lagt merke til"),
        "shown after the first decision and before the next:\n{err}"
    );
    let v = stable(&debrief);
    let events: Vec<&Value> = v["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| t["text"] == "Mor ringer")
        .collect();
    assert_eq!(events.len(), 1, "on the debrief's timeline: {}", v["timeline"]);
    assert_eq!(events[0]["day"], 7, "a week after the first concern: {}", events[0]);
    // And in the session's log, where a resume or `laget debrief` finds it.
    let id = session_of(&debrief);
    let file: Value = serde_json::from_str(
        &std::fs::read_to_string(home.path().join("sessions").join(format!("{id}.json"))).unwrap(),
    )
    .unwrap();
    let injects: Vec<&Value> = file["log"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["action"] == "inject")
        .collect();
    assert_eq!(injects.len(), 1, "{}", file["log"]);
    assert_eq!(injects[0]["inject"], "mor_ringer");
}

/// The session id a debrief JSON names (under `wall_clock`).
fn session_of(debrief: &str) -> String {
    let v: Value = serde_json::from_str(debrief).unwrap();
    v["wall_clock"]["session"].as_str().expect("session id").to_string()
}

#[test]
fn solo_mode_plays_the_other_roles_and_coaches() {
    let home = tempfile::tempdir().unwrap();
    let (code, out, _) = play(
        home.path(),
        &[
            "--lang", "en", "play", FIXTURE, "--plain", "--mode", "solo", "--seed", "2",
        ],
        "1\n1\n1\n",
    );
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("Feedback:"), "coaching is on by default in solo");
    assert!(
        out.contains("Styrer: “Styrer leder videre arbeid"),
        "the computer plays styrer by the exemplary policy:\n{out}"
    );
}

#[test]
fn unknown_scenario_and_role_are_clear_errors() {
    let home = tempfile::tempdir().unwrap();
    let (code, _, err) = play(home.path(), &["--lang", "en", "play", "no-such-drill", "--plain"], "");
    assert_eq!(code, 1);
    assert!(err.contains("There is no scenario \"no-such-drill\""), "{err}");
    let (code, _, err) = play(
        home.path(),
        &[
            "--lang", "en", "play", FIXTURE, "--plain", "--mode", "solo", "--role", "forelder",
        ],
        "",
    );
    assert_eq!(code, 2);
    assert!(err.contains("pedagogisk_leder"), "{err}");
}

#[test]
fn list_json_has_the_contract_fields_for_every_shipped_scenario() {
    let home = tempfile::tempdir().unwrap();
    let (code, out, _) = play(home.path(), &["--lang", "nb", "list", "--format", "json"], "");
    assert_eq!(code, 0);
    let v: Value = serde_json::from_str(&out).unwrap();
    let arr = v.as_array().unwrap();
    assert!(arr.len() >= 5);
    for s in arr {
        for key in [
            "id",
            "title",
            "language",
            "translations",
            "source",
            "roles",
            "summary",
            "duration_minutes",
        ] {
            assert!(s.get(key).is_some(), "{key} missing in {s}");
        }
        assert!(s["translations"].as_array().unwrap().iter().any(|l| l == "en"));
        assert_eq!(s["language"], "nb", "titles in --lang where a translation exists");
    }
}

#[test]
fn a_shipped_scenario_plays_to_its_end_in_english_and_in_bokmal() {
    let home = tempfile::tempdir().unwrap();
    // Always the first choice: a legal path through the whole drill.
    let answers = "1\n".repeat(60);
    for (lang, words) in [
        ("en", ["Role clarity", "Child's voice", "Decision timing"]),
        ("nb", ["Rolleklarhet", "Barnets stemme", "Beslutningstiming"]),
    ] {
        let (code, out, err) = play(
            home.path(),
            &["--lang", lang, "play", "den-forste-samtalen", "--plain", "--seed", "7"],
            &answers,
        );
        assert_eq!(code, 0, "{err}");
        for w in words {
            assert!(out.contains(w), "{lang}: {w}");
        }
    }
}

#[test]
fn from_starts_at_a_scene_and_debrief_out_writes_the_file() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("debrief.md");
    let (code, out, _) = play(
        home.path(),
        &[
            "--lang",
            "en",
            "play",
            FIXTURE,
            "--plain",
            "--seed",
            "1",
            "--from",
            "samtale",
            "--format",
            "md",
            "--debrief-out",
            file.to_str().unwrap(),
        ],
        "1\n1\n1\n",
    );
    assert_eq!(code, 0);
    let written = std::fs::read_to_string(&file).unwrap();
    assert_eq!(written.trim_end(), out.trim_end(), "the file holds the same debrief");
    let (code, _, err) = play(
        home.path(),
        &["--lang", "en", "play", FIXTURE, "--plain", "--from", "nowhere"],
        "",
    );
    assert_eq!(code, 2);
    assert!(err.contains("nowhere"));
}

#[cfg(unix)]
#[test]
fn everything_written_under_the_data_directory_is_private() {
    use std::os::unix::fs::PermissionsExt;
    let base = tempfile::tempdir().unwrap();
    let home = base.path().join("laget-home");
    let (code, _, _) = play(
        &home,
        &["--lang", "en", "play", FIXTURE, "--plain", "--seed", "1"],
        "1\n1\n1\n1\n",
    );
    assert_eq!(code, 0);
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&home), 0o700);
    assert_eq!(mode(&home.join("sessions")), 0o700);
    let files: Vec<_> = std::fs::read_dir(home.join("sessions")).unwrap().flatten().collect();
    assert!(!files.is_empty(), "the session was written");
    for f in files {
        assert_eq!(mode(&f.path()), 0o600, "{}", f.path().display());
    }
}

#[test]
fn pressing_1_at_every_decision_does_not_win() {
    // What a room that stopped thinking would do, through the real binary: for every shipped
    // scenario and seeds 1–20, always the first choice shown. The order is drawn from the seed,
    // so this is a random walk: strong on all three in at most 2 plays, and a mean below 65.
    let home = tempfile::tempdir().unwrap();
    let ones = "1\n".repeat(200);
    // Every scenario built into the binary, as `laget list` names them.
    let list = laget(home.path())
        .args(["list", "--format", "json"])
        .output()
        .expect("laget list runs");
    let list: Value = serde_json::from_slice(&list.stdout).expect("the list is JSON");
    let ids: Vec<String> = list
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["source"] == "embedded")
        .map(|s| s["id"].as_str().unwrap().to_string())
        .collect();
    assert!(ids.len() >= 5, "{ids:?}");
    for id in ids.iter().map(String::as_str) {
        let (mut strong, mut sum) = (0, 0.0);
        for seed in 1..=20 {
            let seed = seed.to_string();
            let (code, out, err) = play(
                home.path(),
                &[
                    "--lang", "en", "play", id, "--plain", "--seed", &seed, "--format", "json",
                ],
                &ones,
            );
            assert_eq!(code, 0, "{id} seed {seed}: {err}");
            let v = stable(&out);
            let scores: Vec<u64> = ["role_clarity", "child_voice", "decision_timing"]
                .iter()
                .map(|d| v["scores"][d]["score"].as_u64().unwrap())
                .collect();
            if scores.iter().all(|&s| s >= 80) {
                strong += 1;
            }
            sum += scores.iter().sum::<u64>() as f64 / 3.0;
        }
        let mean = sum / 20.0;
        assert!(
            strong <= 2,
            "{id}: always 1 was strong on all three in {strong} of 20 plays"
        );
        assert!(mean < 65.0, "{id}: always 1 averaged {mean:.1}");
    }
}

#[test]
fn a_line_may_be_the_choice_id_and_the_same_seed_shows_the_same_order() {
    let home = tempfile::tempdir().unwrap();
    let args = [
        "--lang", "en", "play", FIXTURE, "--plain", "--seed", "11", "--format", "json",
    ];
    let (code, by_id, err) = play(home.path(), &args, "observere\ntydelig\nleder\ndokumenterer\n");
    assert_eq!(code, 0, "{err}");
    let transcript: Vec<String> = stable(&by_id)["transcript"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["choice"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(transcript, ["observere", "tydelig", "leder", "dokumenterer"]);
    // The numbers shown for that seed lead to the same debrief, byte for byte.
    let (_, shown, _) = play(home.path(), &args[..7], "observere\ntydelig\nleder\ndokumenterer\n");
    let number_of = |id: &str| -> String {
        let line = shown
            .lines()
            .filter(|l| l.trim_start().starts_with(|c: char| c.is_ascii_digit()))
            .find(|l| match id {
                "observere" => l.contains("Observere Emma"),
                "tydelig" => l.contains("Jeg har lagt merke til"),
                "leder" => l.contains("Styrer leder videre"),
                _ => l.contains("skriver ned observasjonene"),
            })
            .unwrap_or_else(|| panic!("{id} shown in:\n{shown}"));
        line.trim_start().split(')').next().unwrap().to_string()
    };
    let numbers: String = ["observere", "tydelig", "leder", "dokumenterer"]
        .iter()
        .map(|id| format!("{}\n", number_of(id)))
        .collect();
    let (_, by_number, _) = play(home.path(), &args, &numbers);
    assert_eq!(stable(&by_number), stable(&by_id));
}

#[test]
fn solo_plays_in_story_order() {
    // Played as the head: the scenes the computer passes through carry their own date.
    let home = tempfile::tempdir().unwrap();
    let solo = |role: &str, input: &str| {
        let (code, out, err) = play(
            home.path(),
            &[
                "--lang", "en", "play", FIXTURE, "--plain", "--mode", "solo", "--role", role, "--seed", "3",
            ],
            input,
        );
        assert_eq!(code, 0, "{err}");
        out
    };
    let out = solo("styrer", "leder\n");
    let first = out.lines().find(|l| l.starts_with("──")).unwrap();
    assert!(first.contains("day 0"), "the first scene is on day 0: {first}");
    // Played as the pedagogical leader: the round asks the head (the computer's) first as
    // written, yet the head's pick is revealed after the player's choice, never before.
    let out = solo("pedagogisk_leder", "observere\ntydelig\ndokumenterer\n");
    let round = out.find("Round:").expect("the round is shown");
    let head = out[round..]
        .find("Styrer: “")
        .map(|i| i + round)
        .expect("the head's pick is shown");
    let last_prompt = out.rfind("\n> ").unwrap();
    assert!(last_prompt < head, "the head's pick comes after the player's:\n{out}");
}

#[test]
fn the_full_screen_drill_refuses_a_redirected_standard_output() {
    // assert_cmd captures standard output: it is a pipe, not a terminal.
    let home = tempfile::tempdir().unwrap();
    for args in [
        &["--lang", "en"][..],
        &["--lang", "en", "play", "den-forste-samtalen"][..],
    ] {
        let (code, out, err) = play(home.path(), args, "");
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(err.contains("--plain"), "says what to do instead: {err}");
        assert!(out.is_empty(), "nothing drawn into the pipe: {out:?}");
    }
    let sessions = home.path().join("sessions");
    let saved = std::fs::read_dir(&sessions).map_or(0, |d| d.count());
    assert_eq!(saved, 0, "no session is created for a drill that cannot start");
}
