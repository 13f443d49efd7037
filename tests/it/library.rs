//! The shipped scenario library: every scenario and its translations are valid, the exemplary
//! path shows good practice, the scoring tells good from poor play, every ending can be
//! reached, and each scenario has a facilitator guide in both languages that names its roles.

use std::collections::BTreeSet;

use laget::engine::{Drill, Graph, Mode, Pending, State, exemplary};
use laget::scenario::load::load_path;
use laget::score;
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::support::root;

fn shipped() -> Vec<Drill> {
    let dir = root().join("scenarios");
    let mut paths: Vec<_> = std::fs::read_dir(&dir).unwrap().flatten().map(|e| e.path()).collect();
    paths.sort();
    let drills: Vec<Drill> = paths
        .iter()
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .map(|p| {
            let (source, scenario) = load_path(p).unwrap_or_else(|d| panic!("{}: {d:?}", p.display()));
            Drill::new(source, scenario)
        })
        .collect();
    // Every test below loops over these: none may pass by looping over nothing.
    assert!(!drills.is_empty(), "no scenario in {}", dir.display());
    drills
}

/// A walk that (now and then triggering an event) takes the exemplary choice where there is one with chance `keep` in 100, and
/// otherwise a choice drawn uniformly among those offered, as a group might.
fn walk(g: &Graph, seed: u64, keep: u32) -> State {
    let mut st = State::new(g, seed, None);
    let mut pick = ChaCha8Rng::seed_from_u64(seed ^ 0x5eed);
    st.advance(g, Mode::Group, 0);
    while let Pending::Choice { scene, .. } = st.pending(g) {
        // Now and then the facilitator triggers one of the scenario's events.
        if !g.injects.is_empty() && pick.random_range(0..10) == 0 {
            let i = pick.random_range(0..g.injects.len());
            st.inject(g, i as u16, false);
        }
        let choices = match st.pending(g) {
            Pending::Choice { choices, .. } => choices,
            Pending::Ended { .. } => break,
        };
        let good = g.exemplary_at(scene).find(|c| choices.contains(c));
        let c = match good {
            Some(c) if pick.random_range(0..100) < keep => c,
            _ => choices[pick.random_range(0..choices.len())],
        };
        st.choose(g, c, true);
        st.advance(g, Mode::Group, 0);
    }
    st
}

#[test]
fn there_are_at_least_five_scenarios_each_in_bokmal_and_english() {
    let drills = shipped();
    let ids: BTreeSet<&str> = drills.iter().map(|d| d.scenario.id.as_str()).collect();
    assert!(ids.len() >= 5, "scenarios: {ids:?}");
    for id in &ids {
        for lang in ["nb", "en"] {
            assert!(
                drills
                    .iter()
                    .any(|d| d.scenario.id == *id && d.scenario.language == lang),
                "{id} has no {lang} version"
            );
        }
    }
    assert!(
        drills
            .iter()
            .any(|d| d.scenario.id == "den-forste-samtalen" && d.scenario.language == "nn")
    );
}

#[test]
fn check_deny_warnings_passes_on_the_library() {
    let home = tempfile::tempdir().unwrap();
    crate::support::laget(home.path())
        .args(["--lang", "en", "check", "--deny-warnings", "scenarios/"])
        .assert()
        .success();
}

#[test]
fn the_exemplary_path_scores_at_least_80_on_all_three() {
    for d in shipped() {
        let st =
            exemplary::play(&d.graph).unwrap_or_else(|e| panic!("{} {}: {e:?}", d.scenario.id, d.scenario.language));
        let s = score::score(&d.graph, &st);
        for dim in s.dimensions() {
            assert!(
                dim.score >= 80,
                "{} {}: {:?} {}",
                d.scenario.id,
                d.scenario.language,
                dim.dimension,
                dim.score
            );
        }
    }
}

#[test]
fn some_legal_path_scores_below_50_and_every_ending_is_reached() {
    for d in shipped() {
        let g = &d.graph;
        let endings: BTreeSet<u32> = (0..g.scenes.len() as u32).filter(|&i| d.scene(i).is_ending()).collect();
        let mut reached = BTreeSet::new();
        let mut lowest = 100;
        let mut work = score::Work::default();
        for seed in 0..3000 {
            let st = walk(g, seed, [0, 50, 90][seed as usize % 3]);
            reached.insert(st.ended.expect("a walk always ends"));
            let s = score::score(g, &st);
            lowest = lowest.min(s.dimensions().map(|x| x.score).min().unwrap());
            // The totals `laget explore` uses follow the same rules as the full scores (and
            // the reused buffers carry nothing from one play to the next).
            let full = [s.role_clarity.score, s.child_voice.score, s.decision_timing.score];
            assert_eq!(score::totals(g, &st, &mut work), full, "{} seed {seed}", d.scenario.id);
        }
        let missing: Vec<&str> = endings.difference(&reached).map(|&e| d.scene(e).id()).collect();
        assert!(
            missing.is_empty(),
            "{} {}: endings never reached: {missing:?}",
            d.scenario.id,
            d.scenario.language
        );
        assert!(
            lowest < 50,
            "{} {}: no path scored below 50 (lowest {lowest})",
            d.scenario.id,
            d.scenario.language
        );
    }
}

#[test]
fn each_scenario_has_a_guide_in_both_languages_that_names_every_role() {
    let guides = root().join("facilitator-guides");
    for d in shipped()
        .iter()
        .filter(|d| d.scenario.language == "nb" || d.scenario.language == "en")
    {
        let path = guides.join(format!("{}.{}.md", d.scenario.id, d.scenario.language));
        let text = std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("missing {}", path.display()));
        for r in &d.scenario.roles {
            let name = r.name.as_deref().unwrap_or(&r.id);
            assert!(text.contains(name), "{} does not name the role {name}", path.display());
        }
    }
}

#[test]
fn explore_finds_no_unintended_dead_choice_and_reaches_every_ending_it_can() {
    use laget::explore::{Options, explore};
    for d in shipped().iter().filter(|d| d.scenario.language == "nb") {
        let r = explore(
            d,
            &Options {
                walks: 4000,
                seed: 1,
                ..Options::default()
            },
        )
        .expect("explores");
        let dead: Vec<&str> = r.dead_choices.iter().map(|c| c.choice.as_str()).collect();
        assert!(dead.is_empty(), "{}: dead choices {dead:?}", d.scenario.id);
        // Walks never trigger a facilitator's events; endings only such an event leads to are
        // covered by `some_legal_path_scores_below_50_and_every_ending_is_reached`.
        assert!(r.endings.len() >= 3, "{}: endings {:?}", d.scenario.id, r.endings);
    }
}

/// In den-forste-samtalen's bruise branch the right play — the child welfare service first, the
/// father not told — makes neither the kindergarten's first conversation with the father nor the
/// team's joint decision. Both are marked not applicable there, and the first conversation is
/// not needed there, so that play is not marked down for what it rightly did not do.
fn rules_of(d: &score::DimensionScore) -> Vec<laget::score::Rule> {
    d.evidence.iter().map(|e| e.rule).collect()
}

#[test]
fn the_right_play_in_the_bruise_branch_is_not_marked_down_for_what_does_not_apply() {
    use laget::engine::{Action, Session, Setup};
    use laget::score::Rule;
    let mut languages = 0;
    for d in shipped().into_iter().filter(|d| d.scenario.id == "den-forste-samtalen") {
        languages += 1;
        let lang = d.scenario.language.to_string();
        let setup = Setup {
            seed: 1,
            mode: Mode::Group,
            role: None,
            coach: false,
            from: None,
        };
        let mut s = Session::new(std::sync::Arc::new(d), setup);
        let choose = |s: &mut Session, id: &str| {
            s.apply(Action::Choose {
                choice: id.to_string(),
                seconds: 0,
            })
            .unwrap_or_else(|e| panic!("{lang} {id}: {e:?}"));
        };
        for id in ["undre_observere", "folge_leken", "rammer_inn", "legger_fram"] {
            choose(&mut s, id);
        }
        s.apply(Action::Inject {
            inject: "blamerke".into(),
        })
        .expect("the bruise can happen before the first conversation");
        choose(&mut s, "kontakte_barnevern");
        choose(&mut s, "tar_over");
        assert!(s.is_over());
        let g = &s.drill.graph;
        assert_eq!(s.drill.scene(s.state.ended.unwrap()).id(), "barnevernet_har_saken");
        let sc = score::score(g, &s.state);
        let not_applicable = sc
            .decision_timing
            .evidence
            .iter()
            .filter(|e| e.rule == Rule::NotApplicable)
            .count();
        assert_eq!(not_applicable, 2, "{lang}");
        assert!(
            sc.decision_timing.score >= 80,
            "{lang}: timing {}",
            sc.decision_timing.score
        );
        // Nor is the kindergarten marked down for the first conversation it rightly left alone.
        assert!(
            !sc.role_clarity
                .evidence
                .iter()
                .any(|e| e.rule == Rule::NeededNotPerformed),
            "{lang}: {:?}",
            rules_of(&sc.role_clarity)
        );
        assert_eq!(sc.role_clarity.score, 100, "{lang}");
        assert_eq!(
            score::totals(g, &s.state, &mut score::Work::default())[2],
            sc.decision_timing.score
        );
    }
    assert!(languages >= 2, "den-forste-samtalen is shipped in bokmål and English");
}

mod shown_order {
    use super::*;
    use laget::engine::{Action, Session, Setup};
    use proptest::prelude::*;
    use std::sync::Arc;

    fn drills() -> &'static [Arc<Drill>] {
        static DRILLS: std::sync::OnceLock<Vec<Arc<Drill>>> = std::sync::OnceLock::new();
        DRILLS.get_or_init(|| shipped().into_iter().map(Arc::new).collect())
    }

    fn shown(s: &Session) -> Option<Vec<u32>> {
        match s.pending() {
            Pending::Choice { choices, .. } => Some(choices),
            Pending::Ended { .. } => None,
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

        /// Every shown order is a permutation of the choices open; the same seed and inputs
        /// give the same orders on replay (resume) and after an undo.
        #[test]
        fn orders_are_permutations_and_come_back_through_undo_and_resume(
            which in 0usize..64, seed in any::<u64>(), picks in proptest::collection::vec(any::<u16>(), 1..60),
            undo_every in 2usize..6,
        ) {
            let drill = drills()[which % drills().len()].clone();
            let setup = Setup { seed, mode: Mode::Group, role: None, coach: false, from: None };
            let mut s = Session::new(drill.clone(), setup.clone());
            let mut seen: Vec<Vec<u32>> = Vec::new();
            for (i, p) in picks.iter().enumerate() {
                let Some(order) = shown(&s) else { break };
                let (_, role, _) = s.state.acting(&drill.graph).unwrap();
                let mut open = s.state.available(&drill.graph, role);
                let mut sorted = order.clone();
                sorted.sort_unstable();
                open.sort_unstable();
                prop_assert_eq!(&sorted, &open, "a permutation of the open choices");
                if i % undo_every == undo_every - 1 && !seen.is_empty() {
                    s.apply(Action::Undo).unwrap();
                    let again = shown(&s);
                    prop_assert_eq!(again.as_ref(), seen.last(), "undo shows the order again");
                    seen.pop();
                    continue;
                }
                seen.push(order.clone());
                let c = order[*p as usize % order.len()];
                let id = s.choice_id(c).to_string();
                s.apply(Action::Choose { choice: id, seconds: 0 }).unwrap();
            }
            let (resumed, applied) = Session::replay(drill.clone(), setup, s.log());
            prop_assert_eq!(applied, s.log().len());
            prop_assert_eq!(shown(&resumed), shown(&s), "resume shows the same order");
        }
    }

    #[test]
    fn the_order_changes_with_the_seed_and_from_decision_to_decision() {
        // Not a fixed order dressed up: over seeds, the first choice shown at the start varies.
        for drill in drills() {
            let firsts: BTreeSet<u32> = (0..40u64)
                .filter_map(|seed| {
                    let s = Session::new(
                        drill.clone(),
                        Setup {
                            seed,
                            mode: Mode::Group,
                            role: None,
                            coach: false,
                            from: None,
                        },
                    );
                    shown(&s).map(|c| c[0])
                })
                .collect();
            assert!(
                firsts.len() > 1,
                "{}: the first choice shown never changes",
                drill.scenario.id
            );
        }
    }
}
