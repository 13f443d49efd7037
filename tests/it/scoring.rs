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
    let s = played(text, picks);
    score::score(&s.drill.graph, &s.state)
}

/// A group play of the scenario `text` with these choices, to its ending.
fn played(text: &str, picks: &[&str]) -> Session {
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
    s
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
    let text = crate::support::fixture_text().into_bytes();
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

// Issue 12: breaches, harms to the child's voice, too early, endings that count, and
// relational safety, each pinned with one purpose-made scenario. The numbers are the worked
// examples in docs/scoring.md, section 7 (examples 8 to 12).

/// The teacher hears the child (or promises secrecy, or probes), talks with the father, and
/// then reports (in good time, in panic, or shares without consent).
const TRYGG: &str = r#"Scenario(
    id: "trygg", title: "Trygg", language: "nb", summary: "Test", duration_minutes: 10,
    clock: Clock(start: "2026-01-05 08:00", horizon: Weeks(20), timeout: "god"),
    roles: [
        Role(id: "pedagogisk_leder", playable: true, responsibilities: [Responsibility(id: "melde", text: "Melde", needed: true)]),
        Role(id: "forelder", name: "Far"),
        Role(id: "barn", name: "Jonas"),
    ],
    counters: [
        Counter(id: "tillit", label: "Fars tillit", start: 5, person: "forelder"),
        Counter(id: "redsel", label: "Fars redsel", start: 4, person: "forelder", safer: Lower),
    ],
    key_decisions: [KeyDecision(id: "melde", title: "Melde", window: Window(ideal_from: Days(2), ideal_to: Days(14), latest: Days(28)))],
    voice_opportunities: [VoiceOpportunity(id: "hore", text: "Høre Jonas", scenes: ["barnet"], best: Heard)],
    start: "barnet",
    scenes: [
        Decision(id: "barnet", role: "pedagogisk_leder", text: "Jonas forteller", choices: [
            Choice(id: "lytte", text: "Lytte", next: "samtale", elapsed: Days(2), child_voice: Heard),
            Choice(id: "love", text: "Love hemmelighold", next: "samtale", elapsed: Days(2), child_voice: Heard, harms_voice: [PromisesSecrecy]),
            Choice(id: "sporre", text: "Spørre ut", next: "samtale", elapsed: Days(2), child_voice: Heard, breaches: [Investigates], harms_voice: [LeadingQuestions]),
        ]),
        Conversation(id: "samtale", role: "pedagogisk_leder", with: "forelder", text: "Far", choices: [
            Choice(id: "varm", text: "Varm", next: "melde", elapsed: Hours(1), qualities: [Warm, Honest, Opens], effects: [Add("tillit", 2), Add("redsel", -1)]),
            Choice(id: "skyld", text: "Skyld", next: "melde", elapsed: Hours(1), qualities: [Blames, Closes], effects: [Add("tillit", -3), Add("redsel", 2)]),
            Choice(id: "blandet", text: "Blandet", next: "melde", elapsed: Hours(1), qualities: [Warm, Pressures], effects: [Add("tillit", 1), Add("redsel", 1)]),
        ]),
        Decision(id: "melde", role: "pedagogisk_leder", text: "Melde?", choices: [
            Choice(id: "na", text: "Melde nå", next: "god", decides: "melde", performs: ["melde"]),
            Choice(id: "panikk", text: "Melde i panikk", next: "god", decides: "melde", performs: ["melde"], too_early: true),
            Choice(id: "dele_uten", text: "Dele uten samtykke", next: "skar", decides: "melde", performs: ["melde"], breaches: [Consent]),
        ]),
        Ending(id: "god", title: "God", text: "God", outcome: Good),
        Ending(id: "skar", title: "Skår", text: "Skår", outcome: Mixed, about: [RelationalSafety, RoleClarity], because: "Far mistet tilliten."),
    ],
    exemplary_path: ["barnet.lytte", "samtale.varm", "melde.na"],
)"#;

fn trygg(picks: &[&str]) -> score::Scores {
    scores_in(TRYGG, picks)
}

#[test]
fn the_exemplary_play_is_strong_on_all_four() {
    let s = trygg(&["lytte", "varm", "na"]);
    let all: Vec<u32> = s.dimensions().map(|d| d.score).collect();
    assert_eq!(all, [100, 100, 100, 100]);
    let r = s.relational_safety.as_ref().expect("a play with a conversation");
    assert_eq!(rules(r), [Rule::SafeLine, Rule::TrustBuilt, Rule::TrustBuilt]);
    assert!(s.led_to_ending.is_empty());
}

#[test]
fn a_play_without_conversations_has_no_relational_safety() {
    let s = scores(&["leder", "tiltak", "tiltak_hs", "involvere", "na"]);
    assert!(s.relational_safety.is_none());
    assert_eq!(s.dimensions().count(), 3);
}

#[test]
fn promising_secrecy_harms_the_childs_voice() {
    let s = trygg(&["love", "varm", "na"]);
    // The opportunity was used (100), and the harm counts one more item at 0: (100 + 0) / 2.
    assert_eq!(s.child_voice.score, 50);
    let harm = s
        .child_voice
        .evidence
        .iter()
        .find(|e| e.rule == Rule::VoiceHarmed)
        .expect("a harm");
    assert_eq!(harm.detail, Some("promises_secrecy"));
    assert_eq!(harm.points, Some(0));
    assert_eq!(s.role_clarity.score, 100, "a harm to the voice is not a breach of role");
}

#[test]
fn probing_breaches_the_role_and_harms_the_voice() {
    let s = trygg(&["sporre", "varm", "na"]);
    // Role clarity: the breach against, the teacher's own report for.
    assert_eq!(s.role_clarity.score, 50);
    let b = s
        .role_clarity
        .evidence
        .iter()
        .find(|e| e.rule == Rule::Breach)
        .expect("a breach");
    assert_eq!(b.detail, Some("investigates"));
    assert!(!b.positive);
    assert_eq!(s.child_voice.score, 50);
    let teacher = &s.roles[0];
    assert_eq!(
        (teacher.for_count, teacher.against_count),
        (1, 1),
        "the breach counts against the role"
    );
}

#[test]
fn a_report_in_panic_is_too_early_whenever_it_comes() {
    let s = trygg(&["lytte", "varm", "panikk"]);
    let e = &s.decision_timing.evidence[0];
    assert_eq!(e.rule, Rule::TooEarly);
    assert_eq!(e.points, Some(25));
    assert_eq!(s.decision_timing.score, 25);
    // The same moment, made with grounding, is in good time.
    assert_eq!(trygg(&["lytte", "varm", "na"]).decision_timing.score, 100);
}

#[test]
fn blaming_loses_the_father_and_relational_safety_is_weak() {
    let s = trygg(&["lytte", "skyld", "na"]);
    let r = s.relational_safety.expect("a conversation");
    // No positive quality: 0 of 2. Trust down 3, fear up 2: both less safe.
    assert_eq!(r.score, 0);
    assert_eq!(r.band, score::Band::Weak);
    let deltas: Vec<(Rule, Option<i64>)> = r
        .evidence
        .iter()
        .filter(|e| e.counter.is_some())
        .map(|e| (e.rule, e.delta))
        .collect();
    // Each counter's own movement: the trust down 3, the fear up 2; both less safe.
    assert_eq!(deltas, [(Rule::TrustLost, Some(-3)), (Rule::TrustLost, Some(2))]);
    // And the debrief says so, in those words: a fear that rose is never "down".
    let text = trygg_debrief(&["lytte", "skyld", "na"]);
    assert!(text.contains("[−] Fars tillit: ned 3 gjennom samtalen"), "{text}");
    assert!(text.contains("[−] Fars redsel: opp 2 gjennom samtalen"), "{text}");
}

#[test]
fn a_counter_moves_no_further_than_its_limits() {
    // The father's trust starts at 1: blaming him (−3) takes it to 0, a move of 1, not 3.
    let low = TRYGG.replace(
        r#"Counter(id: "tillit", label: "Fars tillit", start: 5,"#,
        r#"Counter(id: "tillit", label: "Fars tillit", start: 1,"#,
    );
    assert_ne!(low, TRYGG);
    let r = scores_in(&low, &["lytte", "skyld", "na"]).relational_safety.unwrap();
    let deltas: Vec<Option<i64>> = r
        .evidence
        .iter()
        .filter(|e| e.counter.is_some())
        .map(|e| e.delta)
        .collect();
    assert_eq!(deltas, [Some(-1), Some(2)], "{:?}", r.evidence);
}

/// The full text debrief of a play of `TRYGG`, in bokmål.
fn trygg_debrief(picks: &[&str]) -> String {
    let d = laget::debrief::build(&played(TRYGG, picks), laget::debrief::WallClock::default());
    laget::debrief::text_full(&d, &laget::i18n::Messages::new(laget::i18n::Lang::Nb), true)
}

#[test]
fn a_mixed_line_that_leaves_one_counter_less_safe_is_not_strong() {
    // One positive, one negative quality: 50. Trust up 1, fear up 1 (less safe): net 0, not
    // lost overall, but one counter less safe caps at 79; 50 is below it.
    let s = trygg(&["lytte", "blandet", "na"]);
    let r = s.relational_safety.expect("a conversation");
    assert_eq!(r.score, 50);
    assert_eq!(r.band, score::Band::Partial);
}

#[test]
fn a_mixed_ending_caps_the_dimensions_it_is_about() {
    let s = trygg(&["lytte", "varm", "dele_uten"]);
    // Relational safety would be 100; the mixed ending about it caps it at 79.
    let r = s.relational_safety.as_ref().expect("a conversation");
    assert_eq!(r.score, 79);
    assert_eq!(r.band, score::Band::Partial);
    assert!(
        r.evidence
            .iter()
            .any(|e| e.rule == Rule::EndingOutcome && e.points == Some(79))
    );
    // Role clarity: the consent breach against, the report for: 50, under the cap.
    assert_eq!(s.role_clarity.score, 50);
    // The ending is not about the child's voice or timing: those stand.
    assert_eq!((s.child_voice.score, s.decision_timing.score), (100, 100));
    // The choice that led there: the one off the exemplary path, on day 2.
    assert_eq!(s.led_to_ending.len(), 1);
    assert_eq!(s.led_to_ending[0].1 / 1440, 2);
}

#[test]
fn totals_apply_the_ending_cap_like_the_full_scores() {
    let (source, scenario) = load_bytes("trygg.ron", TRYGG.as_bytes().to_vec()).unwrap_or_else(|d| panic!("{d:?}"));
    let drill = Drill::new(source, scenario);
    let mut s = Session::new(
        std::sync::Arc::new(drill),
        Setup {
            seed: 1,
            mode: Mode::Solo,
            role: Some("pedagogisk_leder".into()),
            coach: false,
            from: None,
        },
    );
    for p in ["lytte", "varm", "dele_uten"] {
        s.apply(Action::Choose {
            choice: p.into(),
            seconds: 0,
        })
        .unwrap();
    }
    let full = score::score(&s.drill.graph, &s.state);
    let t = score::totals(&s.drill.graph, &s.state, &mut score::Work::default());
    assert_eq!(
        t,
        [
            full.role_clarity.score,
            full.child_voice.score,
            full.decision_timing.score
        ]
    );
    assert_eq!(score::relational_total(&s.drill.graph, &s.state), Some(79));
}

#[test]
fn solo_scores_the_players_part_not_the_team_the_computer_plays() {
    // Played alone as the pedagogical leader: the computer runs the meeting well (its policy
    // follows the exemplary path), and the player neither involves the child nor raises the
    // concern. Scored as a team, the meeting's good work would hide that; the player's part is
    // what solo practice is for.
    let (source, scenario) = load_bytes("poeng.ron", SCENARIO.as_bytes().to_vec()).unwrap();
    let drill = std::sync::Arc::new(Drill::new(source, scenario));
    let setup = Setup {
        seed: 1,
        mode: Mode::Solo,
        role: Some("pedagogisk_leder".into()),
        coach: false,
        from: None,
    };
    let mut s = Session::new(drill, setup);
    for p in ["ingenting", "aldri"] {
        s.apply(Action::Choose {
            choice: p.to_string(),
            seconds: 0,
        })
        .unwrap();
    }
    assert!(s.is_over());
    let g = &s.drill.graph;
    let team = score::score_for(g, &s.state, None);
    let mine = score::score_for(g, &s.state, Some(s.player()));
    assert!(team.role_clarity.score > 0, "the team did some good work");
    assert_eq!(mine.role_clarity.score, 0, "{:?}", rules(&mine.role_clarity));
    assert!(
        mine.role_clarity.evidence.iter().all(|e| e.role == Some(s.player())),
        "only the player's evidence is left"
    );
    assert_eq!((mine.child_voice.score, mine.decision_timing.score), (0, 0));
    // The same narrowing in `totals_for`, which explore uses.
    let mut work = score::Work::default();
    assert_eq!(score::totals_for(g, &s.state, &mut work, Some(s.player())), [0, 0, 0]);
}
