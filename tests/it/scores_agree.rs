//! Issue 12, measured over many engine walks of every shipped scenario: scores agree with the
//! ending the play reached, and the default debrief stays short, ordered and without repeats.
//! Plays are driven through the library by choice id (never by the shown number).

use std::sync::Arc;

use laget::debrief::{self, WallClock};
use laget::engine::{Action, Drill, Mode, Pending, Session, Setup};
use laget::i18n::{Lang, Messages};
use laget::scenario::load::load_path;
use laget::scenario::model::{Outcome, Scene};
use laget::score::{self, Band};
use laget::splitmix::SplitMix;

/// Every shipped scenario: the ids of the bokmål files in scenarios/.
fn shipped() -> Vec<String> {
    let dir = crate::support::root().join("scenarios");
    let mut ids: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .filter_map(|e| e.file_name().to_str()?.strip_suffix(".nb.ron").map(str::to_string))
        .collect();
    ids.sort();
    assert!(ids.len() >= 5, "{ids:?}");
    ids
}

fn drill(id: &str, lang: &str) -> Arc<Drill> {
    let path = crate::support::root().join(format!("scenarios/{id}.{lang}.ron"));
    let (source, scenario) = load_path(&path).unwrap_or_else(|d| panic!("{id}: {d:?}"));
    Arc::new(Drill::new(source, scenario))
}

fn session(d: &Arc<Drill>, mode: Mode, seed: u64) -> Session {
    let role = (mode == Mode::Solo).then(|| d.default_solo_role().expect("a solo role").to_string());
    Session::new(
        d.clone(),
        Setup {
            seed,
            mode,
            role,
            coach: false,
            from: None,
        },
    )
}

fn choose(s: &mut Session, c: u32) {
    let id = s.choice_id(c).to_string();
    s.apply(Action::Choose { choice: id, seconds: 0 })
        .expect("an available choice");
}

/// The available choices now, or None at the end.
fn open(s: &Session) -> Option<Vec<u32>> {
    match s.pending() {
        Pending::Choice { choices, .. } if !choices.is_empty() => Some(choices),
        _ => None,
    }
}

/// Plays on: the exemplary choice where one is available, else the first.
fn exemplary_choice(s: &Session, choices: &[u32]) -> u32 {
    let g = &s.drill.graph;
    let scene = g.choices[choices[0] as usize].scene;
    g.exemplary_at(scene)
        .find(|c| choices.contains(c))
        .unwrap_or(choices[0])
}

fn random_play(d: &Arc<Drill>, mode: Mode, seed: u64) -> Session {
    let mut s = session(d, mode, seed);
    // The program's own splitmix64 (the sequence these walks were measured with), so the
    // walks are the same on every run.
    let mut rng = SplitMix(seed);
    let injects: Vec<String> = d.scenario.injects.iter().map(|i| i.id.to_string()).collect();
    while let Some(cs) = open(&s) {
        // Now and then the facilitator triggers an event, as `laget explore` does.
        if !injects.is_empty() && rng.next_u64().is_multiple_of(20) {
            let i = injects[(rng.next_u64() % injects.len() as u64) as usize].clone();
            let _ = s.apply(Action::Inject { inject: i });
            continue;
        }
        let c = cs[(rng.next_u64() % cs.len() as u64) as usize];
        choose(&mut s, c);
    }
    s
}

/// Every play that leaves the exemplary path at exactly one decision and keeps to it
/// otherwise (where it can).
fn one_off_plays(d: &Arc<Drill>, mode: Mode) -> Vec<Session> {
    let mut out = Vec::new();
    for at in 0.. {
        let mut reached = false;
        for alt in 0.. {
            let mut s = session(d, mode, 7);
            let mut step = 0;
            let mut took_alt = false;
            let mut done = false;
            while let Some(cs) = open(&s) {
                let best = exemplary_choice(&s, &cs);
                let c = if step == at {
                    reached = true;
                    let others: Vec<u32> = cs.iter().copied().filter(|&c| c != best).collect();
                    if alt >= others.len() {
                        done = true;
                        break;
                    }
                    took_alt = true;
                    others[alt]
                } else {
                    best
                };
                choose(&mut s, c);
                step += 1;
            }
            if done || !took_alt {
                break;
            }
            out.push(s);
        }
        if !reached {
            break;
        }
    }
    out
}

fn outcome(s: &Session) -> Option<Outcome> {
    let e = s.state.ended?;
    match s.drill.scenario.scenes.get(e as usize)? {
        Scene::Ending { outcome, .. } => Some(*outcome),
        _ => None,
    }
}

fn all_strong(sc: &score::Scores) -> bool {
    sc.dimensions().all(|d| d.band == Band::Strong)
}

fn mean(sc: &score::Scores) -> f64 {
    let v: Vec<u32> = sc.dimensions().map(|d| d.score).collect();
    v.iter().sum::<u32>() as f64 / v.len() as f64
}

/// Random walks per scenario and mode; more with LAGET_WALKS.
fn walks() -> u64 {
    std::env::var("LAGET_WALKS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(600)
}

#[test]
fn no_mixed_or_poor_ending_is_all_strong() {
    let mut report = Vec::new();
    for id in shipped().iter().map(String::as_str) {
        let d = drill(id, "nb");
        for mode in [Mode::Group, Mode::Solo] {
            let mut plays: Vec<(String, Session)> = (0..walks())
                .map(|seed| (format!("random seed {seed}"), random_play(&d, mode, seed)))
                .collect();
            plays.extend(one_off_plays(&d, mode).into_iter().map(|s| ("one off".to_string(), s)));
            let mut bad = Vec::new();
            for (what, s) in &plays {
                let sc = score::score(&s.drill.graph, &s.state);
                if matches!(outcome(s), Some(Outcome::Mixed | Outcome::Poor)) && all_strong(&sc) {
                    bad.push(format!("{what}: {:?}", s.log()));
                }
                // The fast totals agree with the full scores.
                let t = score::totals(&s.drill.graph, &s.state, &mut score::Work::default());
                assert_eq!(
                    t,
                    [sc.role_clarity.score, sc.child_voice.score, sc.decision_timing.score],
                    "{id}"
                );
            }
            report.push(format!("{id} {mode:?}: {} plays", plays.len()));
            assert!(
                bad.is_empty(),
                "{id} {mode:?}: mixed or poor ending, all strong:\n{}",
                bad.join("\n")
            );
        }
    }
    eprintln!("{}", report.join("\n"));
}

#[test]
fn poor_endings_average_at_least_20_points_below_good_ones() {
    for id in shipped().iter().map(String::as_str) {
        let d = drill(id, "nb");
        let (mut good, mut poor) = (Vec::new(), Vec::new());
        for mode in [Mode::Group, Mode::Solo] {
            for seed in 0..walks() {
                let s = random_play(&d, mode, seed);
                let m = mean(&score::score(&s.drill.graph, &s.state));
                match outcome(&s) {
                    Some(Outcome::Good) => good.push(m),
                    Some(Outcome::Poor) => poor.push(m),
                    _ => {}
                }
            }
            for s in one_off_plays(&d, mode) {
                let m = mean(&score::score(&s.drill.graph, &s.state));
                match outcome(&s) {
                    Some(Outcome::Good) => good.push(m),
                    Some(Outcome::Poor) => poor.push(m),
                    _ => {}
                }
            }
        }
        let avg = |v: &[f64]| v.iter().sum::<f64>() / v.len().max(1) as f64;
        eprintln!(
            "{id}: good {:.1} (n={}), poor {:.1} (n={})",
            avg(&good),
            good.len(),
            avg(&poor),
            poor.len()
        );
        assert!(
            !good.is_empty() && !poor.is_empty(),
            "{id}: both good and poor endings are reached"
        );
        assert!(
            avg(&good) - avg(&poor) >= 20.0,
            "{id}: good {:.1}, poor {:.1}",
            avg(&good),
            avg(&poor)
        );
    }
}

#[test]
fn solo_first_conversation_scores_relational_safety_from_weak_to_strong() {
    let d = drill("den-forste-samtalen", "nb");
    let mut bands = Vec::new();
    for seed in 0..walks() {
        let s = random_play(&d, Mode::Solo, seed);
        let sc = score::score(&s.drill.graph, &s.state);
        let r = sc
            .relational_safety
            .expect("a solo play of the first conversation has conversations");
        bands.push(r.band);
    }
    assert!(bands.contains(&Band::Weak), "some plays lose the father");
    assert!(bands.contains(&Band::Strong), "some plays build his trust");
    assert!(bands.contains(&Band::Partial));
}

fn words(t: &str) -> usize {
    t.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

#[test]
fn the_default_debrief_is_short_ordered_and_repeats_no_line() {
    let mut longest = (0, String::new());
    for id in shipped().iter().map(String::as_str) {
        for lang in ["nb", "en"] {
            let d = drill(id, lang);
            let m = Messages::new(Lang::parse(lang).unwrap());
            for mode in [Mode::Group, Mode::Solo] {
                // More with LAGET_DEBRIEF_SEEDS (the default keeps the suite quick).
                let seeds: u64 = std::env::var("LAGET_DEBRIEF_SEEDS")
                    .ok()
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(150);
                let plays = (0..seeds)
                    .map(|seed| (seed, random_play(&d, mode, seed)))
                    .chain(one_off_plays(&d, mode).into_iter().map(|s| (u64::MAX, s)));
                for (seed, s) in plays {
                    let b = debrief::build(&s, WallClock::default());
                    for (kind, t) in [("text", debrief::text(&b, &m)), ("md", debrief::markdown(&b, &m))] {
                        let n = words(&t);
                        if n > longest.0 {
                            longest = (n, format!("{id} {lang} {mode:?} seed {seed} {kind}"));
                        }
                        // About five minutes' reading aloud; the good practice of each role is
                        // given whole (it is the lesson), which the cap allows for.
                        assert!(n <= 1300, "{id} {lang} {mode:?} seed {seed} {kind}: {n} words\n{t}");
                        let mut seen = std::collections::HashSet::new();
                        for line in t.lines() {
                            let l = line.trim();
                            if l.is_empty() || l.chars().all(|c| "═─|-:".contains(c)) || l.starts_with('#') {
                                continue;
                            }
                            assert!(
                                seen.insert(l),
                                "{id} {lang} {mode:?} seed {seed} {kind}: repeated line {l}"
                            );
                        }
                        let reactions = t.find(&m.get("phase-reactions")).expect("reactions");
                        let analysis = t.find(&m.get("phase-analysis")).expect("analysis");
                        let ending = t.find(&m.get("debrief-how-it-ended")).expect("ending");
                        assert!(ending < reactions && reactions < analysis, "{id}: PEARLS order");
                    }
                    // Same play, same debrief, byte for byte.
                    let again = debrief::build(&s, WallClock::default());
                    assert_eq!(b.to_json(), again.to_json());
                    if mode == Mode::Solo {
                        let t = debrief::text(&b, &m);
                        for team in ["The team chose", "Laget valgte"] {
                            assert!(
                                !t.contains(team),
                                "{id} {lang} seed {seed}: a solo debrief speaks to you"
                            );
                        }
                    }
                }
            }
        }
    }
    eprintln!("longest default debrief: {} words ({})", longest.0, longest.1);
}

#[test]
fn a_decision_inside_its_window_is_never_late() {
    let mut late = 0;
    for id in shipped().iter().map(String::as_str) {
        let d = drill(id, "en");
        for seed in 0..walks() {
            let s = random_play(&d, Mode::Group, seed);
            let sc = score::score(&s.drill.graph, &s.state);
            for e in &sc.decision_timing.evidence {
                if e.rule == score::Rule::Late {
                    late += 1;
                    let k = e.key_decision.unwrap() as usize;
                    let to = s.drill.graph.windows[k].ideal_to;
                    let day = e.at.unwrap() / 1440;
                    assert!(day > to / 1440 || to % 1440 != 0, "{id}: late on the window's last day");
                }
            }
        }
    }
    assert!(late > 0, "some random play decides late, so the rule was tried");
}

/// Plays `wanted` choice ids in order where they are offered, the exemplary choice elsewhere.
fn play_ids(d: &Arc<Drill>, mode: Mode, wanted: &[&str]) -> Session {
    let mut s = session(d, mode, 1);
    let mut next = 0;
    while let Some(cs) = open(&s) {
        let c = cs
            .iter()
            .copied()
            .find(|&c| next < wanted.len() && s.choice_id(c) == wanted[next]);
        match c {
            Some(c) => {
                next += 1;
                choose(&mut s, c);
            }
            None => {
                let c = exemplary_choice(&s, &cs);
                choose(&mut s, c);
            }
        }
    }
    assert_eq!(next, wanted.len(), "every wanted choice was offered");
    s
}

#[test]
fn solo_a_first_conversation_that_blames_is_weak_on_relational_safety() {
    let d = drill("den-forste-samtalen", "nb");
    // An opening straight to the problem, an interpretation that blames, quick advice.
    let s = play_ids(&d, Mode::Solo, &["rett_pa_sak", "tolke", "raske_rad"]);
    let sc = score::score(&s.drill.graph, &s.state);
    let r = sc.relational_safety.as_ref().expect("conversations");
    assert_eq!(r.band, Band::Weak, "{r:?}");
    // The exemplary conversation builds trust.
    let good = play_ids(&d, Mode::Solo, &["apne_varmt", "dele_konkret", "anerkjenne"]);
    let g = score::score(&good.drill.graph, &good.state);
    assert_eq!(g.relational_safety.as_ref().expect("conversations").band, Band::Strong);
    eprintln!(
        "blaming: {:?} {:?}; exemplary: {:?}",
        outcome(&s),
        sc.dimensions().map(|d| d.score).collect::<Vec<_>>(),
        g.dimensions().map(|d| d.score).collect::<Vec<_>>()
    );
}

#[test]
fn vold_i_hjemmet_a_promise_of_secrecy_is_not_strong_on_the_childs_voice() {
    let d = drill("vold-i-hjemmet", "nb");
    let s = play_ids(&d, Mode::Group, &["love_hemmelig"]);
    let sc = score::score(&s.drill.graph, &s.state);
    assert!(
        sc.child_voice
            .evidence
            .iter()
            .any(|e| e.rule == score::Rule::VoiceHarmed)
    );
    assert_ne!(sc.child_voice.band, Band::Strong, "{:?}", sc.child_voice.score);
}

#[test]
fn skolefravaer_closing_early_is_too_early_and_capped() {
    let d = drill("skolefravaer", "nb");
    let s = play_ids(&d, Mode::Group, &["avslutte"]);
    assert_eq!(outcome(&s), Some(Outcome::Mixed));
    let sc = score::score(&s.drill.graph, &s.state);
    assert!(
        sc.decision_timing
            .evidence
            .iter()
            .any(|e| e.rule == score::Rule::TooEarly)
    );
    assert!(sc.decision_timing.score <= 79);
    assert!(!sc.led_to_ending.is_empty(), "the debrief can show what led there");
    // The debrief names the ending's dimension, the closing choice and the rule.
    let b = debrief::build(&s, WallClock::default());
    let t = debrief::text(&b, &Messages::new(Lang::En));
    if std::env::var("LAGET_SHOW").is_ok() {
        eprintln!("{t}");
    }
    assert!(t.contains("This ending is about: Decision timing."), "{t}");
    assert!(t.contains("too early, without the grounding it needs"), "{t}");
    assert!(
        b.ending.led_by.iter().any(|l| l.choice.ends_with("avslutte")),
        "{:?}",
        b.ending.led_by
    );
}

#[test]
fn overgang_vgs_papers_without_consent_breach_consent() {
    let d = drill("overgang-vgs", "nb");
    let s = play_ids(&d, Mode::Group, &["sende_papirer"]);
    let sc = score::score(&s.drill.graph, &s.state);
    let b: Vec<_> = sc
        .role_clarity
        .evidence
        .iter()
        .filter(|e| e.rule == score::Rule::Breach)
        .filter_map(|e| e.detail)
        .collect();
    // In the order the breaches are declared in the model.
    assert_eq!(b, ["confidentiality", "consent"]);
    assert!(sc.role_clarity.score <= 79, "a breach: role clarity cannot be strong");
}

/// Coaching after a poor choice always names a better one when the decision offers one: the
/// exemplary path's choice, or off that path the best choice that is not poor.
#[test]
fn coaching_names_a_better_choice_wherever_there_is_one() {
    use laget::conductor::{Page, pages};
    let mut checked = 0;
    for id in shipped() {
        let d = drill(&id, "nb");
        let s = session(&d, Mode::Group, 1);
        let g = &d.graph;
        for scene in 0..g.scenes.len() as u32 {
            let offered: Vec<u32> = (0..g.choices.len() as u32)
                .filter(|&c| g.choices[c as usize].scene == scene)
                .collect();
            for &c in &offered {
                if !pages::is_poor(&s, c) || offered.iter().all(|&o| o == c || pages::is_poor(&s, o)) {
                    continue;
                }
                checked += 1;
                match pages::feedback(&s, c, &offered) {
                    Some(Page::Feedback { better: Some(b), .. }) => {
                        assert!(b != c && !pages::is_poor(&s, b), "{id}: {}", d.choice_ref(c))
                    }
                    other => panic!("{id}: {} gets no better choice: {other:?}", d.choice_ref(c)),
                }
            }
        }
    }
    assert!(checked > 20, "poor choices checked: {checked}");
}
