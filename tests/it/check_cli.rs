//! `laget check` through the real binary (CONTRACT.md): one invalid fixture per diagnostic code
//! under `tests/fixtures/invalid/`, hostile inputs generated into temporary folders, and the
//! exit codes. The exact human and JSON output of every fixture is an insta snapshot under
//! `tests/it/snapshots/`; read a changed snapshot before accepting it (the `line:col` must point
//! at the offending text, and the `^` marker must sit under it).

use std::collections::BTreeSet;
use std::path::Path;

use serde_json::Value;

use crate::support::lcg::Lcg;
use crate::support::{INVALID, Run, fixture_text, root, run};

/// Runs `laget --lang LANG ARGS…` in `dir`, with an empty home.
fn laget_in(dir: &Path, lang: &str, args: &[&str]) -> Run {
    let home = tempfile::tempdir().unwrap();
    let mut cmd = crate::support::laget(home.path());
    cmd.current_dir(dir).arg("--lang").arg(lang).args(args);
    run(&mut cmd, "")
}

/// Runs `laget --lang en ARGS…` from the crate root, so paths in the output are relative.
fn laget(args: &[&str]) -> Run {
    laget_in(root(), "en", args)
}

/// The JSON output as a list of diagnostics, each checked for the contract's fields.
fn parse_json(stdout: &str) -> Vec<Value> {
    let v: Value = serde_json::from_str(stdout).unwrap_or_else(|e| panic!("not JSON ({e}):\n{stdout}"));
    let arr = v.as_array().expect("an array").clone();
    for d in &arr {
        for key in ["path", "message", "code", "severity"] {
            assert!(d[key].is_string(), "`{key}` is a string in {d}");
        }
        assert!(d["line"].as_u64().is_some_and(|n| n >= 1), "line ≥ 1 in {d}");
        assert!(d["col"].as_u64().is_some_and(|n| n >= 1), "col ≥ 1 in {d}");
        assert!(matches!(d["severity"].as_str(), Some("error" | "warning")), "{d}");
    }
    arr
}

/// The header lines of the human output: `(path, line, col, severity, code)`.
fn headers(stdout: &str) -> Vec<(String, usize, usize, String, String)> {
    stdout
        .lines()
        .filter_map(|l| {
            // `PATH:LINE:COL: SEVERITY[CODE]: message`; PATH has no `: ` in these tests.
            let (loc, rest) = l.split_once(": ")?;
            let (sev, rest) = rest.split_once('[')?;
            let (code, _) = rest.split_once("]: ")?;
            if sev != "error" && sev != "warning" {
                return None;
            }
            let mut parts = loc.rsplitn(3, ':');
            let col = parts.next()?.parse().ok()?;
            let line = parts.next()?.parse().ok()?;
            let path = parts.next()?.to_string();
            Some((path, line, col, sev.to_string(), code.to_string()))
        })
        .collect()
}

/// Checks the shape of the human output: every diagnostic's excerpt shows the line it names and
/// its `^` marker starts under the column it names; the human and JSON outputs agree. Returns
/// how many excerpts were checked (a diagnostic about a whole file may have none).
fn check_human_against_json(human: &str, json: &[Value]) -> usize {
    let hs = headers(human);
    assert_eq!(hs.len(), json.len(), "as many diagnostics in both formats:\n{human}");
    for (h, j) in hs.iter().zip(json) {
        assert_eq!(h.0, j["path"].as_str().unwrap());
        assert_eq!(h.1 as u64, j["line"].as_u64().unwrap());
        assert_eq!(h.2 as u64, j["col"].as_u64().unwrap());
        assert_eq!(h.3, j["severity"].as_str().unwrap());
        assert_eq!(h.4, j["code"].as_str().unwrap());
    }
    let lines: Vec<&str> = human.lines().collect();
    let mut excerpts = 0;
    for (i, l) in lines.iter().enumerate() {
        let Some((_, line, col, _, _)) = headers(l).pop() else {
            continue;
        };
        // With an excerpt: ` |`, `LINE | text`, ` | marker`.
        let Some(numbered) = lines.get(i + 2) else { continue };
        let prefix = format!("{line} | ");
        let Some(text) = numbered.strip_prefix(&prefix) else {
            continue;
        };
        let pad = " ".repeat(line.to_string().len());
        let marker = lines[i + 3]
            .strip_prefix(&format!("{pad} | "))
            .unwrap_or_else(|| panic!("a marker line under {numbered:?}"));
        let at = marker.find('^').expect("a ^ marker");
        assert_eq!(
            at,
            col - 1,
            "the marker starts at column {col}:\n{numbered}\n{}",
            lines[i + 3]
        );
        assert!(
            text.chars().count() >= col - 1,
            "column {col} is inside (or just past) the excerpt {text:?}"
        );
        excerpts += 1;
    }
    excerpts
}

/// Codes in the JSON output, in order.
fn codes(json: &[Value]) -> Vec<String> {
    json.iter().map(|d| d["code"].as_str().unwrap().to_string()).collect()
}

/// Checks one fixture (a file, or a folder for the translation codes) and snapshots its
/// human and JSON output. `expected` lists every code the fixture gives, in output order;
/// the first is the one its name carries.
fn fixture(name: &str, expected: &[&str]) {
    let path = format!("{INVALID}/{name}");
    assert!(root().join(&path).exists(), "{path} exists");
    let code = &name[..4];
    assert!(expected.contains(&code), "the fixture's own code {code} is expected");
    let stem = name.trim_end_matches(".ron");

    let human = laget(&["check", &path]);
    let json = laget(&["check", "--format", "json", &path]);
    assert!(
        human.stdout.contains(&format!("[{code}]: ")),
        "{code} in:\n{}",
        human.stdout
    );
    assert!(
        json.stdout.contains(&format!("\"code\": \"{code}\"")),
        "{code} in:\n{}",
        json.stdout
    );
    let diags = parse_json(&json.stdout);
    assert_eq!(codes(&diags), expected, "the codes {name} gives");
    // Every fixture's diagnostics point into its text (an empty file has no line to show): the
    // excerpt check may not skip them all.
    let excerpts = check_human_against_json(&human.stdout, &diags);
    assert!(
        excerpts > 0 || code == "L008",
        "{name}: no excerpt with a marker in:\n{}",
        human.stdout
    );

    let has_error = diags.iter().any(|d| d["severity"] == "error");
    if has_error {
        assert_eq!(human.code, 1, "{name}: an error exits 1");
        assert_eq!(json.code, 1, "{name}: an error exits 1 with --format json too");
    } else {
        // Warnings only: 0, and 1 once warnings are denied (with the same output).
        assert_eq!(human.code, 0, "{name}: warnings alone exit 0");
        assert_eq!(json.code, 0, "{name}: warnings alone exit 0");
        let denied = laget(&["check", "--deny-warnings", &path]);
        assert_eq!(denied.code, 1, "{name}: --deny-warnings makes a warning exit 1");
        assert_eq!(denied.stdout, human.stdout);
    }
    insta::assert_snapshot!(format!("{stem}-human"), human.stdout);
    insta::assert_snapshot!(format!("{stem}-json"), json.stdout);
}

/// One test per fixture; `every_fixture_has_a_test` keeps this list and the folder in step.
macro_rules! fixtures {
    ($($test:ident: $name:literal => [$($code:literal),+];)*) => {
        $(
            #[test]
            fn $test() {
                fixture($name, &[$($code),+]);
            }
        )*
        const FIXTURES: &[&str] = &[$($name),*];
    };
}

fixtures! {
    l001_syntax: "L001-syntax.ron" => ["L001"];
    l002_unknown_field: "L002-unknown-field.ron" => ["L002"];
    l003_missing_field: "L003-missing-field.ron" => ["L003"];
    l004_bad_value: "L004-bad-value.ron" => ["L004"];
    l006_too_deep: "L006-too-deep.ron" => ["L006"];
    l008_empty: "L008-empty.ron" => ["L008"];
    l011_control_char: "L011-control-char.ron" => ["L011"];
    l012_straight_quote: "L012-straight-quote.ron" => ["L012"];
    l013_whole_number: "L013-whole-number.ron" => ["L013"];
    l014_curly_quote: "L014-curly-quote.ron" => ["L014"];
    l015_missing_comma: "L015-missing-comma.ron" => ["L015"];
    l016_stray_bom: "L016-stray-bom.ron" => ["L016"];
    l101_duplicate_id: "L101-duplicate-id.ron" => ["L101"];
    l102_unknown_scene: "L102-unknown-scene.ron" => ["L102"];
    l103_unknown_role: "L103-unknown-role.ron" => ["L103"];
    l104_unknown_responsibility: "L104-unknown-responsibility.ron" => ["L104"];
    l105_unknown_key_decision: "L105-unknown-key-decision.ron" => ["L105"];
    l106_unknown_flag: "L106-unknown-flag.ron" => ["L106"];
    l107_unknown_counter: "L107-unknown-counter.ron" => ["L107"];
    l108_unknown_inject: "L108-unknown-inject.ron" => ["L108"];
    l109_unknown_language: "L109-unknown-language.ron" => ["L109"];
    l110_bad_date: "L110-bad-date.ron" => ["L110"];
    l111_misplaced_next: "L111-misplaced-next.ron" => ["L111"];
    l112_missing_next: "L112-missing-next.ron" => ["L112"];
    l113_round_choice_role: "L113-round-choice-role.ron" => ["L113"];
    l114_not_an_ending: "L114-not-an-ending.ron" => ["L114"];
    l115_not_playable: "L115-not-playable.ron" => ["L115"];
    l116_bad_exemplary_step: "L116-bad-exemplary-step.ron" => ["L116"];
    l117_bad_id: "L117-bad-id.ron" => ["L117"];
    l201_unreachable: "L201-unreachable.ron" => ["L201"];
    l202_dead_end: "L202-dead-end.ron" => ["L202"];
    l203_no_ending: "L203-no-ending.ron" => ["L203"];
    l204_zero_time_cycle: "L204-zero-time-cycle.ron" => ["L204"];
    l205_key_decision_unreachable: "L205-key-decision-unreachable.ron" => ["L205"];
    l206_exemplary_not_legal: "L206-exemplary-not-legal.ron" => ["L206"];
    l207_impossible_condition: "L207-impossible-condition.ron" => ["L207"];
    // A role that is never present cannot act anywhere either.
    l208_round_role_absent: "L208-round-role-absent.ron" => ["L501", "L208"];
    l209_exemplary_role_absent: "L209-exemplary-role-absent.ron" => ["L209"];
    l301_window_order: "L301-window-order.ron" => ["L301"];
    l302_negative_duration: "L302-negative-duration.ron" => ["L302"];
    l303_duration_too_large: "L303-duration-too-large.ron" => ["L303"];
    l304_bad_percent: "L304-bad-percent.ron" => ["L304"];
    l305_too_many_indexed: "L305-too-many-indexed.ron" => ["L305"];
    l306_long_condition: "L306-long-condition.ron" => ["L306"];
    l401_translation_differs: "L401-translation-differs" => ["L401"];
    l402_duplicate_translation: "L402-duplicate-translation" => ["L402"];
    l403_original_missing: "L403-original-missing" => ["L403"];
    // Compared with its original although it does not say it is a translation.
    l404_translation_unmarked: "L404-translation-unmarked" => ["L401", "L404"];
    l501_role_never_acts: "L501-role-never-acts.ron" => ["L501"];
    // Without any opportunity the exemplary path cannot score the child's voice either.
    l502_no_voice_opportunity: "L502-no-voice-opportunity.ron" => ["L502", "L506"];
    l503_voice_outside_opportunity: "L503-voice-outside-opportunity.ron" => ["L503"];
    l504_all_choices_conditional: "L504-all-choices-conditional.ron" => ["L504"];
    l505_unused_flag: "L505-unused-flag.ron" => ["L505"];
    l506_exemplary_not_good: "L506-exemplary-not-good.ron" => ["L506"];
    l507_length_tell: "L507-length-tell.ron" => ["L507"];
    l601_bad_closed_day: "L601-bad-closed-day.ron" => ["L601"];
    l602_bad_anchor_time: "L602-bad-anchor-time.ron" => ["L602"];
    l603_start_on_closed_day: "L603-start-on-closed-day.ron" => ["L603"];
    l604_weekday_not_in_text: "L604-weekday-not-in-text.ron" => ["L604"];
    l605_key_decision_any_day: "L605-key-decision-any-day.ron" => ["L605"];
    l606_anchor_in_round: "L606-anchor-in-round.ron" => ["L606"];
    l701_ending_about_nothing: "L701-ending-about-nothing.ron" => ["L701"];
    l702_too_early_decides_nothing: "L702-too-early-decides-nothing.ron" => ["L702"];
}

/// Codes tested with files generated at run time (`generated_*` and `hostile_*` below) rather
/// than committed fixtures: too big, binary, or not a file at all.
const GENERATED: &[&str] = &["L005", "L007", "L009", "L010"];

#[test]
fn every_fixture_has_a_test() {
    let dir = root().join(INVALID);
    let on_disk: BTreeSet<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    let listed: BTreeSet<String> = FIXTURES.iter().map(|s| s.to_string()).collect();
    assert_eq!(on_disk, listed, "tests/fixtures/invalid and the fixtures! list agree");
}

#[test]
fn every_code_is_covered() {
    let covered: BTreeSet<&str> = FIXTURES
        .iter()
        .map(|n| &n[..4])
        .chain(GENERATED.iter().copied())
        .collect();
    let all: BTreeSet<&str> = laget::check::Code::ALL.iter().map(|c| c.code()).collect();
    let missing: Vec<&&str> = all.difference(&covered).collect();
    assert!(missing.is_empty(), "codes without a test: {missing:?}");
    for name in FIXTURES {
        let code = laget::check::Code::ALL.iter().find(|c| c.code() == &name[..4]).unwrap();
        let want = format!("{}-{}", code.code(), code.slug());
        assert_eq!(name.trim_end_matches(".ron"), want, "fixture names are <CODE>-<slug>");
    }
}

#[test]
fn the_valid_folder_passes() {
    let run = laget(&["check", "tests/fixtures/valid"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert_eq!(run.stdout, "Checked one file: 0 errors, 0 warnings.\n");
    let denied = laget(&["check", "--deny-warnings", "tests/fixtures/valid"]);
    assert_eq!(denied.code, 0, "{}", denied.stdout);
    let json = laget(&["check", "--format", "json", "tests/fixtures/valid"]);
    assert_eq!(json.code, 0);
    assert!(parse_json(&json.stdout).is_empty());
}

#[test]
fn deny_warnings_turns_a_warning_into_exit_1() {
    let path = format!("{INVALID}/L505-unused-flag.ron");
    assert_eq!(laget(&["check", &path]).code, 0);
    assert_eq!(laget(&["check", "--deny-warnings", &path]).code, 1);
    assert_eq!(laget(&["check", "--format", "json", "--deny-warnings", &path]).code, 1);
}

#[test]
fn norwegian_gives_the_same_first_line_prefix() {
    let path = format!("{INVALID}/L102-unknown-scene.ron");
    let nb = laget_in(root(), "nb", &["check", &path]);
    let en = laget(&["check", &path]);
    assert_eq!(nb.code, 1);
    let prefix = |s: &str| {
        let first = s.lines().next().unwrap_or_default();
        let end = first.find("]:").map_or(first.len(), |i| i + 2);
        first[..end].to_string()
    };
    assert_eq!(prefix(&nb.stdout), prefix(&en.stdout));
    insta::assert_snapshot!("L102-unknown-scene-nb-prefix", prefix(&nb.stdout));
}

// ---------------------------------------------------------------------------------------------
// Generated inputs: written into a temporary folder, checked from inside it so that the paths
// in the output (and so the snapshots) do not depend on where the folder is.

/// Writes `bytes` as `name` in a new temporary folder and checks it in both formats; returns
/// the human output and the diagnostics, after asserting a located error, exit 1, no panic.
fn check_generated(name: &str, bytes: &[u8]) -> (String, Vec<Value>) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(name), bytes).unwrap();
    check_in(dir.path(), name)
}

fn check_in(dir: &Path, name: &str) -> (String, Vec<Value>) {
    let human = laget_in(dir, "en", &["check", name]);
    let json = laget_in(dir, "en", &["check", "--format", "json", name]);
    assert_eq!(human.code, 1, "{name} exits 1:\n{}{}", human.stdout, human.stderr);
    assert_eq!(json.code, 1, "{name} exits 1 with --format json");
    let diags = parse_json(&json.stdout);
    assert!(!diags.is_empty(), "{name} gives a diagnostic");
    assert!(diags.iter().any(|d| d["severity"] == "error"));
    check_human_against_json(&human.stdout, &diags);
    let first = human.stdout.lines().next().unwrap();
    assert!(
        first.starts_with(&format!("{name}:")) && headers(first).len() == 1,
        "a located first line `{name}:LINE:COL: error[CODE]: …`, not {first:?}"
    );
    (human.stdout, diags)
}

#[test]
fn generated_l005_too_large() {
    // A sparse file just over 64 MiB: nothing is written, and laget refuses it by its size.
    let dir = tempfile::tempdir().unwrap();
    let f = std::fs::File::create(dir.path().join("huge.ron")).unwrap();
    f.set_len(laget::scenario::load::MAX_FILE_BYTES + 1).unwrap();
    drop(f);
    let (human, diags) = check_in(dir.path(), "huge.ron");
    assert_eq!(codes(&diags), ["L005"]);
    insta::assert_snapshot!("generated-L005-too-large-human", human);
}

#[test]
fn generated_l007_not_utf8() {
    // A Latin-1 `ø` (0xF8) in the title, as an editor saving in the wrong encoding would write.
    let text = fixture_text().replacen("En liten uro", "En liten uro (f\u{f8}rste)", 1);
    let mut bytes = text.into_bytes();
    let at = bytes.windows(2).position(|w| w == "ø".as_bytes()).unwrap();
    bytes.splice(at..at + 2, [0xF8]);
    let (human, diags) = check_generated("latin1.ron", &bytes);
    assert_eq!(codes(&diags), ["L007"]);
    assert_eq!(
        (diags[0]["line"].as_u64(), diags[0]["col"].as_u64()),
        (Some(4), Some(28))
    );
    insta::assert_snapshot!("generated-L007-not-utf8-human", human);
}

#[test]
fn generated_l009_too_many() {
    // A scene text one character over the limit.
    let long = "x".repeat(laget::check::MAX_TEXT_CHARS + 1);
    let text = fixture_text().replacen("Uken ble til måneder. Emma er fortsatt stille.", &long, 1);
    let (human, diags) = check_generated("long-text.ron", text.as_bytes());
    assert_eq!(codes(&diags), ["L009"]);
    insta::assert_snapshot!("generated-L009-too-many-human", human);
}

#[test]
fn generated_l010_unreadable() {
    // A path that does not exist. The reason comes from the OS, so only its shape is checked.
    let path = format!("{INVALID}/does-not-exist.ron");
    for format in ["human", "json"] {
        let run = laget(&["check", "--format", format, &path]);
        assert_eq!(run.code, 1);
        assert!(run.stdout.contains("L010"), "{}", run.stdout);
    }
    let run = laget(&["check", &path]);
    assert!(
        run.stdout
            .starts_with(&format!("{path}:1:1: error[L010]: the file cannot be read: ")),
        "{}",
        run.stdout
    );
}

// ---------------------------------------------------------------------------------------------
// Hostile inputs: each gives a located error, exit 1 and no panic (checked in `laget_in`).

#[test]
fn hostile_truncated_file() {
    // Cut at the end of a line near the middle: the parser runs out of input.
    let text = fixture_text();
    let cut = text[..text.len() / 2].rfind('\n').unwrap() + 1;
    let (human, diags) = check_generated("truncated.ron", &text.as_bytes()[..cut]);
    assert_eq!(codes(&diags), ["L001"]);
    insta::assert_snapshot!("hostile-truncated-human", human);
    // Cut inside a string.
    let cut = text.find("Vente og se").unwrap() + 5;
    let (human, diags) = check_generated("truncated-string.ron", &text.as_bytes()[..cut]);
    assert_eq!(codes(&diags), ["L001"]);
    insta::assert_snapshot!("hostile-truncated-string-human", human);
    // Every cut on a line end, so no cut point can make the loader panic or lose the place.
    let ends: Vec<usize> = text
        .match_indices('\n')
        .map(|(i, _)| i)
        .filter(|&i| i < text.trim_end().len() - 1)
        .step_by(7)
        .collect();
    for cut in ends {
        let (_, diags) = check_generated("cut.ron", &text.as_bytes()[..cut]);
        assert_eq!(diags.len(), 1, "one diagnostic when cut at byte {cut}");
    }
}

#[test]
fn hostile_random_bytes() {
    for seed in 0..8 {
        let bytes = Lcg::bytes(seed, 4096);
        let (_, diags) = check_generated("random.ron", &bytes);
        assert_eq!(diags.len(), 1, "one diagnostic for random bytes (seed {seed})");
    }
    // Random printable text is UTF-8, so it reaches the parser.
    for seed in 0..8 {
        let text: Vec<u8> = Lcg::bytes(seed, 4096).iter().map(|b| b' ' + b % 95).collect();
        let (_, diags) = check_generated("random-text.ron", &text);
        assert_eq!(diags.len(), 1, "one diagnostic for random text (seed {seed})");
    }
}

#[test]
fn hostile_random_bytes_snapshot() {
    // Seed 0 starts with bytes that are not UTF-8; the excerpt is then empty.
    let (human, diags) = check_generated("random.ron", &Lcg::bytes(0, 4096));
    assert_eq!(codes(&diags), ["L007"]);
    insta::assert_snapshot!("hostile-random-bytes-human", human);
}

#[test]
fn hostile_not_utf8() {
    // UTF-16 with a byte-order mark, as some Windows editors save.
    let mut bytes = vec![0xFF, 0xFE];
    for u in fixture_text().encode_utf16() {
        bytes.extend(u.to_le_bytes());
    }
    let (human, diags) = check_generated("utf16.ron", &bytes);
    assert_eq!(codes(&diags), ["L007"]);
    assert_eq!(
        (diags[0]["line"].as_u64(), diags[0]["col"].as_u64()),
        (Some(1), Some(1))
    );
    insta::assert_snapshot!("hostile-not-utf8-human", human);
    // A lone lead byte at the very end of an otherwise valid file.
    let mut bytes = fixture_text().into_bytes();
    bytes.push(0xC3);
    let (_, diags) = check_generated("cut-char.ron", &bytes);
    assert_eq!(codes(&diags), ["L007"]);
}

#[test]
fn hostile_empty_files() {
    for (name, bytes) in [("empty.ron", &b""[..]), ("blank.ron", &b"  \n\t\r\n  \n"[..])] {
        let (_, diags) = check_generated(name, bytes);
        assert_eq!(codes(&diags), ["L008"], "{name}");
    }
    // Only a comment: not empty text, but nothing in it.
    let (_, diags) = check_generated("comment.ron", b"// nothing here\n");
    assert_eq!(codes(&diags), ["L001"]);
}

#[test]
fn hostile_deep_nesting() {
    let deep = "[".repeat(100_000);
    let (human, diags) = check_generated("deep.ron", deep.as_bytes());
    assert_eq!(codes(&diags), ["L006"]);
    assert_eq!(
        (diags[0]["line"].as_u64(), diags[0]["col"].as_u64()),
        (Some(1), Some(65))
    );
    insta::assert_snapshot!("hostile-deep-nesting-human", human);
    // Closed again, and as struct parentheses inside a real field: the same guard.
    let deep = format!("Scenario(id: {}{})", "(".repeat(100_000), ")".repeat(100_000));
    let (_, diags) = check_generated("deep-parens.ron", deep.as_bytes());
    assert_eq!(codes(&diags), ["L006"]);
}

#[test]
fn hostile_control_characters_are_refused_and_not_printed() {
    // A raw escape sequence (clear the screen) in an id: refused with L011, and the excerpt
    // reaches the terminal only as replacement characters, one per character.
    let text = fixture_text().replacen("next: \"samtale\",", "next: \"\u{1b}[2Jsamtale\",", 1);
    let (human, diags) = check_generated("escape.ron", text.as_bytes());
    assert_eq!(codes(&diags), ["L011"]);
    assert!(!human.chars().any(|c| c.is_control() && c != '\n'), "{human:?}");
    assert!(human.contains("\u{fffd}[2Jsamtale"), "{human}");
    insta::assert_snapshot!("hostile-control-characters-human", human);
}

#[test]
fn generated_l009_too_many_choices_and_roles() {
    // 201 choices in one scene.
    let choices: String = (0..=laget::check::MAX_CHOICES_PER_SCENE)
        .map(|i| format!("Choice(id: \"c{i}\", text: \"Valg {i}.\", next: \"samtale\"),\n"))
        .collect();
    let text = fixture_text().replacen(
        "choices: [\n                Choice(\n                    id: \"observere\"",
        &format!("choices: [\n{choices}                Choice(\n                    id: \"observere\""),
        1,
    );
    let (_, diags) = check_generated("many-choices.ron", text.as_bytes());
    assert_eq!(codes(&diags), ["L009"]);
    assert_eq!(
        (diags[0]["line"].as_u64(), diags[0]["col"].as_u64()),
        (Some(59), Some(17))
    );
    assert!(diags[0]["message"].as_str().unwrap().contains("choices"));
    // 65 roles.
    let roles: String = (0..laget::check::MAX_ROLES)
        .map(|i| format!("Role(id: \"r{i}\", name: \"R{i}\"),\n"))
        .collect();
    let text = fixture_text().replacen("roles: [\n", &format!("roles: [\n{roles}"), 1);
    let (_, diags) = check_generated("many-roles.ron", text.as_bytes());
    assert_eq!(codes(&diags), ["L009"]);
    assert!(diags[0]["message"].as_str().unwrap().contains("roles"));
}

#[test]
fn several_paths_are_checked_together() {
    let run = laget(&[
        "check",
        "tests/fixtures/valid",
        &format!("{INVALID}/L102-unknown-scene.ron"),
        &format!("{INVALID}/L505-unused-flag.ron"),
    ]);
    assert_eq!(run.code, 1);
    // The fixtures keep the example's id and language, so checked together the later files
    // are also duplicates (L402) of the first.
    let hs = headers(&run.stdout);
    let got: Vec<(&str, &str)> = hs.iter().map(|h| (h.0.as_str(), h.4.as_str())).collect();
    assert_eq!(
        got,
        [
            ("tests/fixtures/invalid/L102-unknown-scene.ron", "L402"),
            ("tests/fixtures/invalid/L102-unknown-scene.ron", "L102"),
            ("tests/fixtures/invalid/L505-unused-flag.ron", "L402"),
            ("tests/fixtures/invalid/L505-unused-flag.ron", "L505"),
        ]
    );
    assert!(
        run.stdout
            .contains("there is already a \"nb\" version of this scenario: tests/fixtures/valid/liten-uro.nb.ron"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.ends_with("Checked 3 files: 3 errors, one warning.\n"),
        "{}",
        run.stdout
    );
}
