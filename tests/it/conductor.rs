//! The conductor, driven as a front end drives it: commands in, pages and a debrief out, the
//! session file kept (or, when a save fails, the drill held and nobody told it was saved).

use std::sync::Arc;
use std::time::Duration;

use laget::conductor::{self, Command, Conductor, Done, FixedClock, Page, Pick, Refusal, Request, Workspace};
use laget::engine::{Drill, Mode};
use laget::scenario::load::load_bytes;
use laget::store::Store;

const FIXTURE: &str = include_str!("../fixtures/valid/liten-uro.nb.ron");
/// 2026-01-01T00:00:00Z.
const NEW_YEAR_2026: u64 = 1_767_225_600;

fn drill() -> Arc<Drill> {
    let (source, scenario) = load_bytes("liten-uro.nb.ron", FIXTURE.as_bytes().to_vec()).expect("the fixture loads");
    Arc::new(Drill::new(source, scenario))
}

fn clock() -> Arc<FixedClock> {
    Arc::new(FixedClock::at(NEW_YEAR_2026))
}

fn start(req: &Request, store: Option<Arc<Store>>, clock: Arc<FixedClock>) -> Conductor {
    let ws = Workspace::new(store, clock);
    ws.start(req, drill()).expect("the set-up fits").conductor
}

fn group(seed: u64) -> Request {
    Request {
        seed: Some(seed),
        ..Request::default()
    }
}

/// The number choice `id` is shown with now.
fn shown(c: &Conductor, id: &str) -> usize {
    let d = c.decision().expect("a decision");
    1 + d
        .choices
        .iter()
        .position(|&x| c.session().choice_id(x) == id)
        .unwrap_or_else(|| panic!("{id} is not offered"))
}

const PATH: [&str; 4] = ["observere", "tydelig", "leder", "dokumenterer"];

#[test]
fn the_same_seed_and_choices_give_the_same_debrief_by_number_or_by_id() {
    let mut by_id = start(&group(3), None, clock());
    let mut by_number = start(&group(3), None, clock());
    for id in PATH {
        assert!(matches!(
            by_id.apply(Command::Choose(Pick::Id(id.into()))),
            Ok(Done::Chose { .. })
        ));
        let n = shown(&by_number, id);
        assert!(matches!(
            by_number.apply(Command::Choose(Pick::Shown(n))),
            Ok(Done::Chose { .. })
        ));
    }
    assert!(by_id.is_over() && by_number.is_over());
    let (a, b) = (by_id.debrief().unwrap(), by_number.debrief().unwrap());
    assert_eq!(a.to_json(), b.to_json());
}

#[test]
fn refused_commands_change_nothing() {
    let mut c = start(&group(3), None, clock());
    let n = c.decision().unwrap().choices.len();
    assert_eq!(
        c.apply(Command::Choose(Pick::Shown(0))),
        Err(Refusal::NotAChoice { max: n })
    );
    assert_eq!(
        c.apply(Command::Choose(Pick::Shown(n + 1))),
        Err(Refusal::NotAChoice { max: n })
    );
    assert_eq!(
        c.apply(Command::Choose(Pick::Id("nope".into()))),
        Err(Refusal::NotAChoice { max: n })
    );
    assert_eq!(c.apply(Command::Undo), Err(Refusal::NothingToUndo));
    assert_eq!(c.apply(Command::Inject("nope".into())), Err(Refusal::UnknownInject));
    assert_eq!(c.apply(Command::Note("   ".into())), Err(Refusal::EmptyNote));
    assert!(c.session().log().is_empty());
}

#[test]
fn a_paused_drill_holds_its_choices_and_its_deliberation_clock() {
    let clock = clock();
    let mut c = start(&group(3), None, clock.clone());
    c.decision_shown();
    clock.advance(Duration::from_secs(4));
    assert_eq!(c.apply(Command::Pause), Ok(Done::Paused(true)));
    clock.advance(Duration::from_secs(60));
    assert_eq!(c.deliberation(), 4, "paused time is not counted");
    assert_eq!(c.apply(Command::Choose(Pick::Shown(1))), Err(Refusal::Paused));
    assert_eq!(c.apply(Command::Pause), Ok(Done::Paused(false)));
    c.decision_shown();
    clock.advance(Duration::from_secs(1));
    assert!(matches!(
        c.apply(Command::Choose(Pick::Shown(1))),
        Ok(Done::Chose { .. })
    ));
    assert_eq!(
        c.session().seconds,
        vec![5],
        "deliberation is recorded with the decision"
    );
}

#[test]
fn coaching_comes_right_after_the_players_own_choice() {
    let solo = Request {
        mode: Mode::Solo,
        seed: Some(3),
        ..Request::default()
    };
    let mut c = start(&solo, None, clock());
    assert!(c.file().setup.coach, "coaching is on by default in solo");
    c.take_pages();
    c.apply(Command::Choose(Pick::Id("observere".into()))).unwrap();
    let pages = c.take_pages();
    let index = |c: &Conductor, id: &str| {
        c.drill()
            .graph
            .choices
            .iter()
            .position(|g| c.drill().scenario.scenes[g.scene as usize].choices()[g.local as usize].id == id)
            .unwrap() as u32
    };
    let choice = index(&c, "observere");
    assert_eq!(
        pages.first().map(|p| &p.page),
        Some(&Page::Feedback { choice, better: None }),
        "a good choice: nothing better to name: {pages:?}"
    );
    // An evasive line in the conversation: the coaching names the scenario's better line.
    c.apply(Command::Choose(Pick::Id("unnvikende".into()))).unwrap();
    let pages = c.take_pages();
    let (choice, better) = (index(&c, "unnvikende"), Some(index(&c, "tydelig")));
    assert_eq!(
        pages.first().map(|p| &p.page),
        Some(&Page::Feedback { choice, better }),
        "{pages:?}"
    );
    // In a group, coaching waits for the debrief.
    let mut g = start(&group(3), None, clock());
    g.take_pages();
    g.apply(Command::Choose(Pick::Id("observere".into()))).unwrap();
    assert!(!g.take_pages().iter().any(|p| matches!(p.page, Page::Feedback { .. })));
}

#[test]
fn pages_say_where_the_drill_waits_and_a_resume_opens_on_so_far() {
    let mut c = start(&group(3), None, clock());
    let pages = c.take_pages();
    let last = pages
        .iter()
        .rev()
        .find(|p| matches!(p.page, Page::Scene { .. }))
        .unwrap();
    assert!(matches!(last.page, Page::Scene { current: true, .. }), "{pages:?}");
    c.apply(Command::Choose(Pick::Id("observere".into()))).unwrap();
    let file = c.file().clone();
    let mut again = Conductor::open(c.session().drill.clone(), file, None, clock()).expect("replays");
    assert_eq!(
        again.take_pages().iter().map(|p| &p.page).collect::<Vec<_>>(),
        [&Page::SoFar]
    );
    assert_eq!(again.decision(), c.decision());
}

/// A group drill (seed 3) saved in a data folder of its own: the folder (kept while the test
/// runs), the store, the conductor and the session file's path.
fn saved_group_drill() -> (tempfile::TempDir, Arc<Store>, Conductor, std::path::PathBuf) {
    let home = tempfile::tempdir().unwrap();
    let store = Arc::new(Store::new(home.path()));
    let c = start(&group(3), Some(store.clone()), clock());
    let path = c.session_path().unwrap();
    (home, store, c, path)
}

#[test]
fn every_action_is_saved_and_a_failed_save_holds_the_drill() {
    let (_home, store, mut c, path) = saved_group_drill();
    c.apply(Command::Choose(Pick::Id("observere".into()))).unwrap();
    let saved = store.load(c.id()).unwrap();
    assert_eq!(saved.log, c.session().log(), "saved after the decision");
    crate::support::break_file(&path);
    c.apply(Command::Note("Mor var urolig".into())).unwrap();
    assert!(c.unsaved().is_some(), "the failure is kept");
    assert_eq!(
        c.apply(Command::Choose(Pick::Id("tydelig".into()))),
        Err(Refusal::Unsaved),
        "nothing more is played that could be lost"
    );
    assert!(matches!(c.apply(Command::Quit), Ok(Done::Stopped { saved: false, .. })));
    crate::support::mend(&path);
    assert!(c.retry_save().is_ok());
    assert_eq!(store.load(c.id()).unwrap().log.len(), 2, "the decision and the note");
    assert!(matches!(c.apply(Command::Quit), Ok(Done::Stopped { saved: true, .. })));
}

#[test]
fn leaving_a_finished_drill_whose_last_save_failed_tries_once_more() {
    let (_home, store, mut c, path) = saved_group_drill();
    for id in &PATH[..3] {
        c.apply(Command::Choose(Pick::Id((*id).into()))).unwrap();
    }
    crate::support::break_file(&path);
    c.apply(Command::Choose(Pick::Id(PATH[3].into()))).unwrap();
    assert!(c.is_over() && c.unsaved().is_some());
    // Still failing: said, never "left" as if all were well.
    assert!(matches!(c.apply(Command::Quit), Ok(Done::Stopped { saved: false, .. })));
    // The disk has room again: the last try saves, and a finished drill is simply left.
    crate::support::mend(&path);
    assert_eq!(c.apply(Command::Quit), Ok(Done::Left));
    assert_eq!(store.load(c.id()).unwrap().log.len(), 4, "every decision on disk");
}

#[test]
fn a_set_up_is_checked_and_a_drawn_seed_is_said() {
    let ws = Workspace::unsaved(clock());
    let bad = Request {
        mode: Mode::Solo,
        role: Some("forelder".into()),
        ..Request::default()
    };
    assert!(matches!(ws.start(&bad, drill()), Err(conductor::StartError::Setup(_))));
    let started = ws.start(&Request::default(), drill()).unwrap();
    assert!(started.seed_drawn);
    assert_eq!(started.conductor.file().setup.seed, NEW_YEAR_2026 % 1_000_000);
    assert!(!ws.start(&group(5), drill()).unwrap().seed_drawn);
}

/// A scene's page reads as the scene read when the drill entered it: its text variant is
/// chosen then, not when the page is shown (after later effects, a round the computer played,
/// a narration that set a flag).
#[test]
fn a_scene_reads_as_it_read_when_the_drill_entered_it() {
    use laget::engine::{Action, Session, Setup};
    let mut s = Session::new(
        drill(),
        Setup {
            seed: 3,
            mode: Mode::Group,
            role: None,
            coach: false,
            from: None,
        },
    );
    s.apply(Action::Choose {
        choice: "vente".into(),
        seconds: 0,
    })
    .unwrap();
    let samtale = s.state.scene;
    let main = s.drill.scene(samtale).text().to_string();
    // Something after the entry sets the flag the scene's variant asks for.
    let flag = s
        .drill
        .scenario
        .flags
        .iter()
        .position(|f| f == "har_observert")
        .unwrap();
    s.state.flags[flag] = true;
    assert_ne!(
        s.drill.scene_text(&s.state, samtale),
        main,
        "read now, it would be the variant"
    );
    let page = conductor::pages::of_events(&s, 0)
        .into_iter()
        .find_map(|p| match p.page {
            Page::Scene { scene, variant, .. } if scene == samtale => Some(variant),
            _ => None,
        })
        .expect("the scene's page");
    assert_eq!(s.drill.scene_text_variant(samtale, page), main, "as it read on entry");
}
