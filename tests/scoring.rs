//! Every scoring rule pinned with a small purpose-made scenario, played through the library.

use laget::engine::{Action, Drill, Mode, Session, Setup};
use laget::scenario::load::load_bytes;
use laget::score::{self, Rule};

/// A meeting round of three services, then a decision by the teacher about talking to the
/// child and lifting the concern; time passes according to the choice.
const SCENARIO: &str = r#"Scenario(
    id: "poeng", title: "Poeng", language: "nb", summary: "Test", duration_minutes: 10,
    clock: Clock(start: "2026-01-05", horizon: Weeks(20), timeout: "slutt"),
    roles: [
        Role(id: "styrer"), Role(id: "ppt"), Role(id: "helsesykepleier"), Role(id: "barnevern", playable: false, present: false),
        Role(id: "pedagogisk_leder", responsibilities: [Responsibility(id: "melde", text: "Løfte saken", needed: true)]),
    ],
    key_decisions: [KeyDecision(id: "lofte", title: "Løfte saken", window: Window(ideal_from: Days(7), ideal_to: Days(14), latest: Days(28)))],
    voice_opportunities: [VoiceOpportunity(id: "hore", text: "Høre barnet", scenes: ["barnet"], best: Involved)],
    start: "mote",
    scenes: [
        Round(id: "mote", text: "Møte", roles: ["styrer", "ppt", "helsesykepleier"], elapsed: Days(7), next: "barnet", choices: [
            Choice(id: "leder", role: "styrer", text: "Leder", leads: true, performs: ["lead_process"]),
            Choice(id: "venter", role: "styrer", text: "Venter"),
            Choice(id: "tiltak", role: "ppt", text: "Eget tiltak", measure: true),
            Choice(id: "leder_ppt", role: "ppt", text: "PPT leder", leads: true),
            Choice(id: "tiltak_hs", role: "helsesykepleier", text: "Eget tiltak", measure: true),
            Choice(id: "undersoker", role: "helsesykepleier", text: "Undersøker saken selv", performs: ["investigate"]),
        ]),
        Decision(id: "barnet", role: "pedagogisk_leder", text: "Barnet", choices: [
            Choice(id: "involvere", text: "Involvere", next: "lofte", child_voice: Involved),
            Choice(id: "informere", text: "Informere", next: "lofte", child_voice: Informed),
            Choice(id: "ingenting", text: "Ingenting", next: "lofte"),
        ]),
        Decision(id: "lofte", role: "pedagogisk_leder", text: "Løfte", choices: [
            Choice(id: "na", text: "Nå", next: "slutt", decides: "lofte", performs: ["melde"]),
            Choice(id: "senere", text: "Om tre uker", elapsed: Weeks(3), next: "lofte2"),
            Choice(id: "aldri", text: "Aldri", next: "slutt", passes_on: true),
        ]),
        Decision(id: "lofte2", role: "pedagogisk_leder", text: "Løfte nå?", choices: [
            Choice(id: "na", text: "Nå", next: "slutt", decides: "lofte", performs: ["melde"]),
        ]),
        Ending(id: "slutt", title: "Slutt", text: "Slutt"),
    ],
    exemplary_path: ["mote.leder", "mote.tiltak", "mote.undersoker", "barnet.involvere", "lofte.na"],
)"#;

fn scores(picks: &[&str]) -> score::Scores {
    scores_in(SCENARIO, picks)
}

fn scores_in(text: &str, picks: &[&str]) -> score::Scores {
    let (source, scenario) = load_bytes("poeng.ron", text.as_bytes().to_vec()).unwrap_or_else(|d| panic!("{d:?}"));
    let drill = Drill::new(source, scenario);
    let setup = Setup {
        seed: 1,
        mode: Mode::Group,
        role: None,
        coach: false,
        from: None,
    };
    let mut s = Session::new(std::sync::Arc::new(drill), setup);
    for p in picks {
        s.apply(Action::Choose {
            choice: p.to_string(),
            seconds: 0,
        })
        .unwrap_or_else(|e| panic!("{p}: {e:?}"));
    }
    assert!(s.is_over(), "the play reaches an ending");
    score::score(&s.drill.graph, &s.state)
}

fn rules(d: &score::DimensionScore) -> Vec<Rule> {
    d.evidence.iter().map(|e| e.rule).collect()
}

#[test]
fn a_round_with_one_lead_and_own_responsibilities_is_clear() {
    let s = scores(&["leder", "tiltak", "tiltak_hs", "involvere", "na"]);
    let r = rules(&s.role_clarity);
    assert!(r.contains(&Rule::ClearLead));
    assert!(
        r.contains(&Rule::ParallelMeasures),
        "two services started their own measures"
    );
    assert!(!r.contains(&Rule::NeededNotPerformed));
    // For: styrer's own lead_process, the clear lead, the teacher's "melde". Against: parallel measures.
    assert_eq!(s.role_clarity.score, 75);
}

#[test]
fn a_round_with_a_gap_nobody_leads() {
    let s = scores(&["venter", "tiltak", "undersoker", "involvere", "na"]);
    let r = rules(&s.role_clarity);
    assert!(r.contains(&Rule::NoLead));
    assert!(
        r.contains(&Rule::Oversteps),
        "the nurse investigating oversteps the child welfare service's mandate"
    );
    assert!(!r.contains(&Rule::ParallelMeasures));
}

#[test]
fn a_round_with_an_overlap_two_lead() {
    let s = scores(&["leder", "leder_ppt", "undersoker", "involvere", "na"]);
    assert!(rules(&s.role_clarity).contains(&Rule::SeveralLeads));
}

#[test]
fn passing_on_and_a_needed_responsibility_never_performed_count_against() {
    let s = scores(&["leder", "tiltak", "tiltak_hs", "involvere", "aldri"]);
    let r = rules(&s.role_clarity);
    assert!(r.contains(&Rule::PassesOn));
    assert!(r.contains(&Rule::NeededNotPerformed));
    let teacher = s
        .roles
        .iter()
        .find(|x| x.role == 4)
        .expect("the teacher has a per-role result");
    assert_eq!((teacher.for_count, teacher.against_count), (0, 2));
}

#[test]
fn a_needed_responsibility_is_excused_only_when_every_declaration_of_it_says_so() {
    let teacher = r#"Responsibility(id: "melde", text: "Løfte saken", needed: true)"#;
    let excused =
        r#"Responsibility(id: "melde", text: "Løfte saken", needed: true, not_needed_when: [Visited("barnet")])"#;
    let one = SCENARIO.replacen(teacher, excused, 1);
    let never_lifted = ["leder", "tiltak", "tiltak_hs", "involvere", "aldri"];
    assert!(!rules(&scores_in(&one, &never_lifted).role_clarity).contains(&Rule::NeededNotPerformed));
    // The head of kindergarten also holds it as needed, without an excuse: it counts again.
    let both = one.replacen(
        r#"Role(id: "styrer")"#,
        r#"Role(id: "styrer", responsibilities: [Responsibility(id: "melde", text: "Løfte saken", needed: true)])"#,
        1,
    );
    assert!(rules(&scores_in(&both, &never_lifted).role_clarity).contains(&Rule::NeededNotPerformed));
}

#[test]
fn the_childs_voice_is_scored_against_the_best_level_possible() {
    assert_eq!(
        scores(&["leder", "tiltak", "tiltak_hs", "involvere", "na"])
            .child_voice
            .score,
        100
    );
    // Informed is level 1 of the best possible 3 (Involved).
    let s = scores(&["leder", "tiltak", "tiltak_hs", "informere", "na"]);
    assert_eq!(s.child_voice.score, 33);
    assert_eq!(rules(&s.child_voice), [Rule::OpportunityMissed]);
    let s = scores(&["leder", "tiltak", "tiltak_hs", "ingenting", "na"]);
    assert_eq!(s.child_voice.score, 0, "a missed opportunity scores nothing");
}

#[test]
fn decision_timing_full_in_window_falling_off_late_zero_never() {
    // The round takes 7 days: deciding at once is inside the window (7–14 days).
    let s = scores(&["leder", "tiltak", "tiltak_hs", "involvere", "na"]);
    assert_eq!(
        (rules(&s.decision_timing), s.decision_timing.score),
        (vec![Rule::InWindow], 100)
    );
    // Three weeks later is day 28: the latest acceptable day, half the points.
    let s = scores(&["leder", "tiltak", "tiltak_hs", "involvere", "senere", "na"]);
    assert_eq!(
        (rules(&s.decision_timing), s.decision_timing.score),
        (vec![Rule::Late], 50)
    );
    let s = scores(&["leder", "tiltak", "tiltak_hs", "involvere", "aldri"]);
    assert_eq!(
        (rules(&s.decision_timing), s.decision_timing.score),
        (vec![Rule::NeverMade], 0)
    );
}

#[test]
fn the_exemplary_path_of_the_fixture_scores_high_on_all_three() {
    let text = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/valid/liten-uro.nb.ron"
    ))
    .unwrap();
    let (source, scenario) = load_bytes("liten-uro", text).unwrap_or_else(|d| panic!("{d:?}"));
    let drill = Drill::new(source, scenario);
    let st = laget::engine::exemplary::play(&drill.graph).expect("the exemplary path is legal");
    let s = score::score(&drill.graph, &st);
    for d in s.dimensions() {
        assert!(d.score >= 80, "{:?} {}", d.dimension, d.score);
    }
}

#[test]
fn a_narration_applies_its_effects_as_the_story_passes() {
    let text = r#"Scenario(
        id: "n", title: "N", language: "nb", summary: "S", duration_minutes: 5,
        clock: Clock(start: "2026-01-05", horizon: Weeks(4), timeout: "slutt"),
        roles: [Role(id: "styrer")],
        flags: ["ventet"],
        start: "tid",
        scenes: [
            Narration(id: "tid", text: "En uke går.", elapsed: Weeks(1), effects: [Set("ventet")], next: "valg"),
            Decision(id: "valg", role: "styrer", text: "Valg", choices: [
                Choice(id: "etter", text: "Etter ventingen", when: [Flag("ventet")], next: "slutt"),
                Choice(id: "for", text: "Uten venting", when: [NotFlag("ventet")], next: "slutt"),
            ]),
            Ending(id: "slutt", title: "Slutt", text: "Slutt"),
        ],
        exemplary_path: ["valg.etter"],
    )"#;
    let (source, scenario) = load_bytes("n.ron", text.as_bytes().to_vec()).unwrap_or_else(|d| panic!("{d:?}"));
    let drill = Drill::new(source, scenario);
    let s = Session::new(
        std::sync::Arc::new(drill),
        Setup {
            seed: 1,
            mode: Mode::Group,
            role: None,
            coach: false,
            from: None,
        },
    );
    let laget::engine::Pending::Choice { choices, .. } = s.pending() else {
        panic!("waits for a choice")
    };
    assert_eq!(choices.len(), 1);
    assert_eq!(s.choice_id(choices[0]), "etter");
    assert_eq!(s.state.clock, 7 * 1440);
}
