//! Explore's walks, replayed through the conductor as `laget play --plain` replays them: the
//! reported seed, mode and role, then the reported inputs (a choice number as shown, or
//! `/inject ID`) must reach the reported ending with the reported scores.

use std::sync::Arc;

use laget::conductor::{Command, Conductor, FixedClock, Pick, Request, Workspace};
use laget::engine::{Drill, Mode};
use laget::explore::{Options, PathReport, explore};
use laget::scenario::load::load_bytes;

const FIXTURE: &str = include_str!("../fixtures/valid/liten-uro.nb.ron");

fn drill(text: &str) -> Drill {
    let (source, scenario) = load_bytes("t.ron", text.as_bytes().to_vec()).unwrap_or_else(|d| panic!("{d:?}"));
    Drill::new(source, scenario)
}

/// Plays a walk's inputs through a conductor, as plain mode does, and gives the ending and the
/// scores its debrief reports.
fn replay(d: &Drill, p: &PathReport) -> (String, [u32; 3]) {
    let req = Request {
        mode: p.mode,
        role: p.role.clone(),
        coach: Some(false),
        seed: Some(p.seed),
        ..Request::default()
    };
    let ws = Workspace::unsaved(Arc::new(FixedClock::at(0)));
    let mut c: Conductor = ws.start(&req, Arc::new(d.clone())).expect("the set-up fits").conductor;
    for line in &p.inputs {
        let command = match line.strip_prefix("/inject ") {
            Some(id) => Command::Inject(id.to_string()),
            None => Command::Choose(Pick::Shown(line.parse().expect("a choice number"))),
        };
        c.apply(command).unwrap_or_else(|r| panic!("{line}: {r:?}"));
    }
    let debrief = c.debrief().expect("the inputs reach an ending");
    let s = &debrief.scores;
    (
        debrief.ending.id.clone(),
        [s.role_clarity.score, s.child_voice.score, s.decision_timing.score],
    )
}

#[test]
fn every_single_walk_replays_through_a_session_injects_included() {
    let d = drill(FIXTURE);
    for mode in [Mode::Group, Mode::Solo] {
        for seed in 0..300 {
            let opts = Options {
                walks: 1,
                seed,
                mode,
                ..Options::default()
            };
            let r = explore(&d, &opts).unwrap();
            let p = r.best_path.clone().unwrap();
            assert_eq!(replay(&d, &p), (p.ending.clone(), p.scores), "seed {seed} {mode:?}");
            assert_eq!(r.best_path, r.worst_path);
        }
    }
}

#[test]
fn best_and_worst_of_many_walks_replay() {
    let d = drill(FIXTURE);
    let r = explore(&d, &Options::default()).unwrap();
    assert_eq!(r.walks, 10_000);
    for p in [r.best_path.unwrap(), r.worst_path.unwrap()] {
        assert_eq!(replay(&d, &p), (p.ending.clone(), p.scores));
    }
    assert_eq!(r.endings.values().sum::<u64>(), 10_000);
}

#[test]
fn walks_that_trigger_a_facilitators_event_replay_and_reach_what_only_it_leads_to() {
    let d = drill(include_str!("../../scenarios/den-forste-samtalen.nb.ron"));
    let mut with_inject = 0;
    for seed in 0..200 {
        let r = explore(
            &d,
            &Options {
                walks: 1,
                seed,
                ..Options::default()
            },
        )
        .unwrap();
        let p = r.best_path.clone().unwrap();
        with_inject += usize::from(p.inputs.iter().any(|l| l.starts_with("/inject ")));
        assert_eq!(replay(&d, &p), (p.ending.clone(), p.scores), "seed {seed}");
    }
    assert!(
        with_inject > 10,
        "walks trigger the facilitator's events ({with_inject} of 200)"
    );
    let r = explore(
        &d,
        &Options {
            walks: 20_000,
            seed: 1,
            ..Options::default()
        },
    )
    .unwrap();
    assert!(r.unreached_scenes.is_empty(), "unreached: {:?}", r.unreached_scenes);
}
