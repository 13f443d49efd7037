use super::*;
use crate::scenario::load::load_bytes;

const FIXTURE: &str = include_str!("../../tests/fixtures/valid/liten-uro.nb.ron");

fn drill(text: &str) -> Drill {
    let (source, scenario) = load_bytes("t.ron", text.as_bytes().to_vec()).unwrap_or_else(|d| panic!("{d:?}"));
    Drill::new(source, scenario)
}

#[test]
fn the_same_options_give_the_same_report() {
    let d = drill(FIXTURE);
    let a = explore(&d, &Options::default()).unwrap();
    let b = explore(&d, &Options::default()).unwrap();
    assert_eq!(format!("{a:?}"), format!("{b:?}"));
}

#[test]
fn exhaustive_enumerates_every_path_of_the_fixture() {
    let d = drill(FIXTURE);
    let opts = Options {
        exhaustive: true,
        seed: 5,
        ..Options::default()
    };
    let r = explore(&d, &opts).unwrap();
    // uro: 2 × (samtale.tydelig → round: styrer 2 × leder 1, or samtale.unnvikende).
    assert_eq!(r.walks, 6);
    assert_eq!(r.cut, None);
    assert!(r.unreached_choices.is_empty() && r.unreached_scenes.is_empty());
    let best = r.best_path.unwrap();
    assert_eq!(best.ending, "godt_i_gang");
    assert_eq!(best.seed, 5);

    let capped = explore(&d, &Options { max_paths: 4, ..opts }).unwrap();
    assert_eq!((capped.walks, capped.cut), (4, Some(Cut::Paths(4))));
}

const DEAD: &str = r#"Scenario(
    id: "dod", title: "Død", language: "nb", summary: "Test", duration_minutes: 5,
    clock: Clock(start: "2026-01-05", horizon: Weeks(20), timeout: "slutt"),
    roles: [Role(id: "pedagogisk_leder", responsibilities: [Responsibility(id: "melde", text: "Melde", needed: true)])],
    key_decisions: [KeyDecision(id: "k", title: "K", window: Window(ideal_from: Days(0), ideal_to: Days(14), latest: Days(28)))],
    voice_opportunities: [VoiceOpportunity(id: "v", text: "V", scenes: ["a"], best: Heard)],
    start: "a",
    scenes: [
        Decision(id: "a", role: "pedagogisk_leder", text: "A", choices: [
            Choice(id: "hore", text: "Høre", next: "b", child_voice: Heard, elapsed: Days(1)),
            Choice(id: "ikke", text: "Ikke", next: "b", elapsed: Days(1)),
        ]),
        Decision(id: "b", role: "pedagogisk_leder", text: "B", choices: [
            Choice(id: "na", text: "Nå", next: "slutt", decides: "k", performs: ["melde"]),
            Choice(id: "ogsa_na", text: "Også nå", next: "slutt", decides: "k", performs: ["melde"]),
            Choice(id: "samme", text: "Samme", next: "slutt", decides: "k", performs: ["melde"], intended_no_effect: true),
            Choice(id: "aldri", text: "Aldri", next: "slutt", performs: ["melde"]),
        ]),
        Ending(id: "slutt", title: "Slutt", text: "Slutt"),
    ],
    exemplary_path: ["a.hore", "b.na"],
)"#;

#[test]
fn dead_choices_are_siblings_no_probe_told_apart() {
    let d = drill(DEAD);
    let r = explore(&d, &Options::default()).unwrap();
    let dead: Vec<(&str, Vec<&str>)> = r
        .dead_choices
        .iter()
        .map(|x| (x.choice.as_str(), x.same_as.iter().map(String::as_str).collect()))
        .collect();
    // `b.aldri` never makes the key decision: it differs. `b.samme` is intended.
    assert_eq!(
        dead,
        vec![
            ("b.na", vec!["b.ogsa_na", "b.samme"]),
            ("b.ogsa_na", vec!["b.na", "b.samme"]),
        ]
    );
}

/// The dead pairs a report names, `(choice, same_as)`.
fn dead_of(r: &Report) -> Vec<(String, Vec<String>)> {
    r.dead_choices
        .iter()
        .map(|x| (x.choice.clone(), x.same_as.clone()))
        .collect()
}

#[test]
fn exhaustive_proves_the_dead_choices_and_random_walks_say_they_cannot() {
    let d = drill(DEAD);
    let walks = explore(&d, &Options::default()).unwrap();
    assert!(!walks.dead_choices_proven, "random walks are a hint, not a proof");
    let all = explore(
        &d,
        &Options {
            exhaustive: true,
            ..Options::default()
        },
    )
    .unwrap();
    assert!(all.dead_choices_proven, "a complete enumeration is a proof");
    assert_eq!(dead_of(&all), dead_of(&walks));
    let cut = explore(
        &d,
        &Options {
            exhaustive: true,
            max_paths: 2,
            ..Options::default()
        },
    )
    .unwrap();
    assert!(!cut.dead_choices_proven, "a cut enumeration proves nothing");
}

/// Two choices that lead to the same scene but set a flag a later branch reads are not dead,
/// however the rest of the play goes (a probe with one continuation could take them for alike).
#[test]
fn exhaustive_does_not_call_a_choice_dead_that_changes_what_can_happen_later() {
    let text = DEAD
        .replace(
            r#"Choice(id: "ikke", text: "Ikke", next: "b", elapsed: Days(1)),"#,
            r#"Choice(id: "ikke", text: "Ikke", next: "b", elapsed: Days(1), child_voice: Heard, effects: [Set("f")]),"#,
        )
        .replace(r#"start: "a","#, r#"start: "a", flags: ["f"],"#)
        .replace(
            r#"Ending(id: "slutt", title: "Slutt", text: "Slutt"),"#,
            r#"Ending(id: "slutt", title: "Slutt", text: "Slutt"),
        Ending(id: "annen", title: "Annen", text: "Annen", outcome: Poor),"#,
        )
        .replace(
            r#"Choice(id: "aldri", text: "Aldri", next: "slutt", performs: ["melde"]),"#,
            r#"Choice(id: "aldri", text: "Aldri", next: "slutt", performs: ["melde"], branches: [Branch(when: [Flag("f")], next: "annen")]),"#,
        );
    let d = drill(&text);
    let all = explore(
        &d,
        &Options {
            exhaustive: true,
            ..Options::default()
        },
    )
    .unwrap();
    assert!(all.dead_choices_proven);
    let dead = dead_of(&all);
    assert!(
        dead.iter().all(|(c, _)| !c.starts_with("a.")),
        "a.hore and a.ikke differ through the flag: {dead:?}"
    );
    assert!(
        dead.iter().any(|(c, _)| c == "b.na"),
        "b.na and b.ogsa_na stay dead: {dead:?}"
    );
}

/// The JSON's shape where the pinned CLI snapshots (tests/it/explore_cli.rs) have nothing to
/// show — a cut, dead choices, a scene on a closed day — and its keys sorted at every level,
/// as they were when the JSON was assembled as a `serde_json::Value`.
#[test]
fn the_json_keeps_its_shape_and_lists_keys_sorted() {
    let d = drill(FIXTURE);
    let opts = Options {
        exhaustive: true,
        max_paths: 2,
        seed: 7,
        ..Options::default()
    };
    let mut r = explore(&d, &opts).unwrap();
    r.dead_choices.push(DeadChoice {
        choice: "a.x".into(),
        same_as: vec!["a.y".into()],
        probes: 4,
    });
    r.closed_days.push(ClosedDayScene {
        scene: "a".into(),
        any_day: true,
        decides: vec!["kd".into()],
        walks: 3,
        date: "2026-04-04".into(),
        reason: "weekend".into(),
        seed: 9,
        mode: Mode::Solo,
        role: Some("styrer".into()),
        inputs: vec!["1".into(), "/inject i".into()],
    });
    let text = serde_json::to_string_pretty(&json::Json::new(&r, 2.0)).unwrap();
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    // serde_json's own map is sorted: printed again, the text is unchanged only if every
    // object's keys already were.
    assert_eq!(text, serde_json::to_string_pretty(&v).unwrap());
    assert_eq!(v["cut"], serde_json::json!({"limit": 2, "reason": "max_paths"}));
    assert_eq!(
        (v["exhaustive"].clone(), v["complete"].clone()),
        (true.into(), false.into())
    );
    assert_eq!(v["walks"], 2);
    assert_eq!(v["steps_per_second"], (r.steps as f64 / 2.0).round());
    assert_eq!(v["dead_choices"], serde_json::json!(["a.x"]));
    assert_eq!(
        v["dead_choice_details"],
        serde_json::json!([{"choice": "a.x", "probes": 4, "same_as": ["a.y"]}])
    );
    assert_eq!(
        v["closed_days"],
        serde_json::json!([{
            "any_day": true, "date": "2026-04-04", "decides": ["kd"], "reason": "weekend",
            "scene": "a", "walks": 3,
            "example": {"inputs": ["1", "/inject i"], "mode": "solo", "role": "styrer", "seed": 9},
        }])
    );
    let best = r.best_path.as_ref().unwrap();
    assert_eq!(v["best_path"]["scores"]["child_voice"], best.scores[1]);
    assert_eq!(v["best_path"]["mode"], "group");
    // After random walks there is no enumeration to be complete or cut.
    let r = explore(
        &d,
        &Options {
            walks: 10,
            ..Options::default()
        },
    )
    .unwrap();
    let v = serde_json::to_value(json::Json::new(&r, 0.0)).unwrap();
    assert!(v["complete"].is_null() && v["cut"].is_null());
    assert_eq!(v["steps_per_second"], 0.0);
}

/// Explore reuses one state for all its walks and copies states for its probes by the scenes
/// visited alone (`State::reset`, `State::copy_from`): a reused or copied state must hold
/// exactly what a fresh one or a clone holds, visit counts of every scene included.
#[test]
fn a_reused_or_copied_state_is_a_fresh_one() {
    let d = drill(&crate::synth::scenario(60, 3));
    let g = &d.graph;
    let mut reused = State::new(g, 0, None);
    let mut copy = State::new(g, 0, None);
    let mut visited_some = false;
    for seed in 0..40u64 {
        let mut fresh = State::new(g, seed, None);
        reused.reset(g, seed, None);
        let mut picker = Picker(seed);
        for st in [&mut fresh, &mut reused] {
            let mut p = picker.clone();
            st.advance(g, Mode::Group, 0);
            while let Some((_, role, _)) = st.acting(g) {
                let open: Vec<u32> = st.open(g, role).collect();
                if open.is_empty() {
                    break;
                }
                st.choose(g, open[p.below(open.len())], true);
                st.advance(g, Mode::Group, 0);
            }
        }
        picker.next_u64();
        assert_eq!(fresh.visits, reused.visits, "seed {seed}");
        assert_eq!(fresh.events, reused.events, "seed {seed}");
        // `copy` still holds the previous walk's visits: copying must clear them.
        copy.copy_from(&fresh);
        assert_eq!(copy.visits, fresh.visits, "seed {seed}");
        assert_eq!(copy.events, fresh.events, "seed {seed}");
        assert_eq!(copy.ended, fresh.ended, "seed {seed}");
        visited_some |= fresh.visits.iter().filter(|&&v| v > 0).count() > 5;
    }
    assert!(
        visited_some,
        "the walks visit scenes, so the comparison means something"
    );
}
