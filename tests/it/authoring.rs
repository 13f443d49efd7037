//! What a trainer trips on (issue 16), through the real binary: a byte-order mark, parse errors
//! that name their cause in the user's language, quotes never doubled, graph and handouts in the
//! scenario's language, the guide stub's commands, explore's proof of dead choices.

use std::path::Path;

use serde_json::Value;

use crate::support::{FIXTURE, INVALID, Run, fixture_text, root, run};

/// `laget ARGS…` in `dir`, with an empty home.
fn laget_in(dir: &Path, args: &[&str], stdin: &str) -> Run {
    let home = tempfile::tempdir().unwrap();
    run(crate::support::laget(home.path()).current_dir(dir).args(args), stdin)
}

fn laget(args: &[&str]) -> Run {
    laget_in(root(), args, "")
}

#[test]
fn a_file_with_a_byte_order_mark_checks_lists_and_plays() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("scenarios")).unwrap();
    let with_bom = format!("\u{FEFF}{}", fixture_text());
    std::fs::write(dir.path().join("scenarios/liten-uro.nb.ron"), with_bom).unwrap();
    let check = laget_in(dir.path(), &["--lang", "en", "check", "scenarios"], "");
    assert_eq!(check.code, 0, "{}", check.stdout);
    assert_eq!(check.stdout, "Checked one file: 0 errors, 0 warnings.\n");
    // `list` finds it in ./scenarios/ (as a file, not the built-in copy).
    let list = laget_in(dir.path(), &["list", "--format", "json"], "");
    let v: Value = serde_json::from_str(&list.stdout).unwrap();
    assert!(
        v.as_array()
            .unwrap()
            .iter()
            .any(|s| s["id"] == "liten-uro" && s["source"].as_str().unwrap().contains("scenarios")),
        "{}",
        list.stdout
    );
    let play = laget_in(
        dir.path(),
        &[
            "play",
            "scenarios/liten-uro.nb.ron",
            "--plain",
            "--seed",
            "1",
            "--mode",
            "solo",
        ],
        "observere\ntydelig\ndokumenterer\n",
    );
    assert_eq!(play.code, 0, "{}{}", play.stdout, play.stderr);
}

/// The first diagnostic of `laget --lang LANG check --format json PATH`.
fn first_json(lang: &str, path: &str) -> Value {
    let run = laget(&["--lang", lang, "check", "--format", "json", path]);
    let v: Value = serde_json::from_str(&run.stdout).unwrap();
    v[0].clone()
}

#[test]
fn parse_errors_name_their_cause_with_the_same_code_and_place_in_every_language() {
    for (name, code) in [
        ("L012-straight-quote.ron", "L012"),
        ("L013-whole-number.ron", "L013"),
        ("L014-curly-quote.ron", "L014"),
        ("L015-missing-comma.ron", "L015"),
        ("L016-stray-bom.ron", "L016"),
        ("L001-syntax.ron", "L001"),
    ] {
        let path = format!("{INVALID}/{name}");
        let en = first_json("en", &path);
        assert_eq!(en["code"], code, "{name}");
        for lang in ["nb", "nn"] {
            let other = first_json(lang, &path);
            assert_eq!(
                (&other["code"], &other["line"], &other["col"]),
                (&en["code"], &en["line"], &en["col"]),
                "{name} in {lang}"
            );
            let message = other["message"].as_str().unwrap();
            assert_ne!(
                message,
                en["message"].as_str().unwrap(),
                "{name}: translated into {lang}"
            );
            assert!(
                !message.contains("Expected"),
                "{name}: no English from ron in {lang}: {message}"
            );
        }
    }
    // The straight quote is named in the error line itself.
    let run = laget(&["--lang", "nb", "check", &format!("{INVALID}/L012-straight-quote.ron")]);
    let first = run.stdout.lines().next().unwrap();
    assert!(first.contains("error[L012]") && first.contains("(\")"), "{first}");
}

#[test]
fn text_already_in_quotation_marks_is_not_quoted_again() {
    let dir = tempfile::tempdir().unwrap();
    let text = fixture_text()
        .replace(
            "Styrer leder videre arbeid og setter av tid.",
            "«Jeg leder dette videre.»",
        )
        .replace(
            "Styrer har tillit til pedagogisk leders vurdering og ber henne følge det opp slik hun synes er best.",
            "«Jeg stoler på deg, følg det opp slik du synes.»",
        );
    std::fs::write(dir.path().join("liten-uro.nb.ron"), text).unwrap();
    // Solo as pedagogisk leder: the computer plays the head (styrer) in the round.
    let play = laget_in(
        dir.path(),
        &["play", "liten-uro.nb.ron", "--plain", "--seed", "3", "--mode", "solo"],
        "observere\ntydelig\ndokumenterer\n",
    );
    assert_eq!(play.code, 0, "{}{}", play.stdout, play.stderr);
    assert!(
        play.stdout.contains("«Jeg "),
        "the head's line is shown:\n{}",
        play.stdout
    );
    assert!(!play.stdout.contains("««"), "quoted once:\n{}", play.stdout);
}

#[test]
fn graph_speaks_the_scenarios_language_and_handouts_too() {
    // A Norwegian scenario: Norwegian words around the ids, whatever --lang says.
    for lang in ["en", "nb"] {
        let dot = laget(&["--lang", lang, "graph", FIXTURE]);
        assert_eq!(dot.code, 0, "{}", dot.stderr);
        assert!(dot.stdout.contains("(godt)"), "{}", dot.stdout);
        assert!(!dot.stdout.contains("(good)"), "{}", dot.stdout);
        assert!(!dot.stdout.contains("timeout\""), "{}", dot.stdout);
    }
    let out = tempfile::tempdir().unwrap();
    let cards = out.path().join("kort");
    let run = laget(&["--lang", "en", "handouts", FIXTURE, "--out", cards.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let card = std::fs::read_to_string(cards.join("pedagogisk_leder.md")).unwrap();
    let nb = laget::i18n::Messages::new(laget::i18n::Lang::Nb);
    assert!(card.contains(&nb.get("handout-brief")), "{card}");
}

#[test]
fn by_path_lang_picks_the_translation_beside_the_file_as_by_id() {
    let dir = root().join(INVALID).join("L401-translation-differs");
    // That translation differs from its original: the original is played, not the translation.
    let differs = laget(&["--lang", "en", "graph", dir.join("liten-uro.nb.ron").to_str().unwrap()]);
    assert!(differs.stdout.contains("(godt)"), "{}", differs.stdout);
    // A translation that matches is taken.
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("liten-uro.nb.ron"), fixture_text()).unwrap();
    let en = fixture_text()
        .replace("language: \"nb\",", "language: \"en\",\n    translation_of: \"nb\",")
        .replace("title: \"En liten uro\"", "title: \"A small worry\"");
    std::fs::write(tmp.path().join("liten-uro.en.ron"), en).unwrap();
    let run = laget_in(tmp.path(), &["--lang", "en", "graph", "liten-uro.nb.ron"], "");
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("(good)"), "{}", run.stdout);
    let run = laget_in(
        tmp.path(),
        &[
            "--lang",
            "en",
            "play",
            "liten-uro.nb.ron",
            "--plain",
            "--seed",
            "1",
            "--mode",
            "solo",
            "--format",
            "json",
        ],
        "observere\ntydelig\ndokumenterer\n",
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let v: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(v["scenario"]["language"], "en");
}

#[test]
fn the_guide_stubs_commands_work_as_written() {
    let dir = tempfile::tempdir().unwrap();
    let run = laget_in(dir.path(), &["--lang", "nb", "new", "min-sak", "--out", "utkast"], "");
    assert_eq!(run.code, 0, "{}", run.stderr);
    let guide = std::fs::read_to_string(dir.path().join("utkast/min-sak.nb.md")).unwrap();
    let commands: Vec<&str> = guide
        .split('`')
        .filter(|s| s.starts_with("laget "))
        .filter(|s| !s.contains(" play ") && !s.contains(" explore "))
        .collect();
    assert!(commands.iter().any(|c| c.contains("handouts")), "{guide}");
    for c in commands {
        let args: Vec<&str> = c.split_whitespace().skip(1).collect();
        let run = laget_in(dir.path(), &args, "");
        assert_eq!(run.code, 0, "`{c}` works as written: {}{}", run.stdout, run.stderr);
    }
}

#[test]
fn explore_says_whether_its_dead_choices_are_proven() {
    let walks = laget(&["--lang", "en", "explore", FIXTURE, "--walks", "200"]);
    assert!(
        walks.stdout.contains("Not proven") && walks.stdout.contains("--exhaustive"),
        "{}",
        walks.stdout
    );
    let all = laget(&["explore", FIXTURE, "--exhaustive", "--format", "json"]);
    let v: Value = serde_json::from_str(&all.stdout).unwrap();
    assert_eq!(v["dead_choices_proven"], true);
}

#[test]
fn help_is_in_the_users_language() {
    let nb = laget(&["--lang", "nb", "--help"]);
    assert_eq!(nb.code, 0);
    assert!(
        nb.stdout.contains("Bruk:") && nb.stdout.contains("Sjekk scenariofiler"),
        "{}",
        nb.stdout
    );
    let nn = laget(&["check", "--help", "--lang", "nn"]);
    assert!(nn.stdout.contains("Avslutt med 1 også ved åtvaringar"), "{}", nn.stdout);
    let en = laget(&["--lang", "en", "--help"]);
    assert!(
        en.stdout.contains("Usage:") && en.stdout.contains("docs/cli.md"),
        "{}",
        en.stdout
    );
}

/// Plays a scenario to its end, always taking the first choice open, and returns its events.
fn play_through(text: &str, seed: u64) -> Vec<laget::engine::Event> {
    use laget::engine::{Drill, Mode, State};
    let (source, scenario) = laget::scenario::load::load_bytes("t.ron", text.as_bytes().to_vec()).unwrap();
    let d = Drill::new(source, scenario);
    let g = &d.graph;
    let mut st = State::new(g, seed, None);
    st.advance(g, Mode::Group, 0);
    while let Some((_, role, _)) = st.acting(g) {
        let first = st.open(g, role).next().expect("a choice is open");
        st.choose(g, first, true);
        st.advance(g, Mode::Group, 0);
    }
    st.events
}

#[test]
fn a_chance_that_rolls_once_fires_at_the_first_entry_or_never() {
    use laget::engine::Event;
    let once = fixture_text().replace("trigger: Random(20),", "trigger: Once(50),");
    let every = fixture_text().replace("trigger: Random(20),", "trigger: Random(50),");
    let (mut fired_once, mut fired_every) = (0, 0);
    for seed in 0..200 {
        let events = play_through(&once, seed);
        let first_entry = events.iter().position(|e| matches!(e, Event::Enter { .. })).unwrap();
        if let Some(at) = events
            .iter()
            .position(|e| matches!(e, Event::Injected { random: true, .. }))
        {
            fired_once += 1;
            // Rolled on the first entry, not on a later one.
            assert!(
                events[first_entry + 1..at]
                    .iter()
                    .all(|e| !matches!(e, Event::Enter { .. })),
                "seed {seed}: a Once chance fires at the first entry or not at all: {events:?}"
            );
        }
        if play_through(&every, seed)
            .iter()
            .any(|e| matches!(e, Event::Injected { random: true, .. }))
        {
            fired_every += 1;
        }
    }
    assert!(
        (60..=140).contains(&fired_once),
        "about half the plays: {fired_once} of 200"
    );
    assert!(
        fired_every > fired_once,
        "Random rolls at every entry: {fired_every} > {fired_once}"
    );
    // And the file checks clean, with the same code for a chance over 100 as Random has.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("once.ron"), &once).unwrap();
    assert_eq!(
        laget_in(dir.path(), &["check", "--deny-warnings", "once.ron"], "").code,
        0
    );
    std::fs::write(dir.path().join("over.ron"), once.replace("Once(50)", "Once(150)")).unwrap();
    let over = laget_in(dir.path(), &["check", "--format", "json", "over.ron"], "");
    assert!(over.stdout.contains("\"L304\""), "{}", over.stdout);
}
