//! Every screen of the terminal UI, driven through `update` with real key events and drawn on
//! a fixed-size test terminal, as snapshots: at 80×24 and 120×40, in bokmål and English
//! (nynorsk at one size).

use std::sync::Arc;

use laget::conductor::{FixedClock, Workspace};
use laget::debrief::TimelineKind;
use laget::engine::{Action, Event};
use laget::i18n::{Lang, Messages};
use laget::library::Library;
use laget::tui::app::{App, Msg, Screen};
use laget::tui::theme::{Theme, ThemeKind};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

const FIXTURE: &str = include_str!("../fixtures/valid/liten-uro.nb.ron");

fn library() -> Library {
    library_of(FIXTURE)
}

use crate::support::{NEW_YEAR_2026, library_of};

fn app_with_clock(lang: Lang, clock: Arc<FixedClock>) -> App {
    App::new(
        Messages::new(lang),
        Theme {
            kind: ThemeKind::NoColor,
        },
        &library(),
        Workspace::unsaved(clock),
        7,
    )
}

fn app_seeded(lang: Lang, seed: u64) -> App {
    App::new(
        Messages::new(lang),
        Theme {
            kind: ThemeKind::NoColor,
        },
        &library(),
        Workspace::unsaved(Arc::new(FixedClock::at(NEW_YEAR_2026))),
        seed,
    )
}

fn app(lang: Lang) -> App {
    app_with_clock(lang, Arc::new(FixedClock::at(NEW_YEAR_2026)))
}

fn send(a: &mut App, msg: Msg) {
    laget::tui::step(a, msg);
}

fn key(a: &mut App, code: KeyCode) {
    send(a, Msg::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

fn keys(a: &mut App, s: &str) {
    for c in s.chars() {
        let code = match c {
            '\n' => KeyCode::Enter,
            c => KeyCode::Char(c),
        };
        key(a, code);
    }
}

/// Presses the digit of the choice with this id, wherever the seed has placed it.
fn choose(a: &mut App, id: &str) {
    let shown = match a.play.as_ref().expect("playing").session().pending() {
        laget::engine::Pending::Choice { choices, .. } => choices,
        other => panic!("no decision to take {id} at: {other:?}"),
    };
    let session = &a.play.as_ref().unwrap().session();
    let n = shown
        .iter()
        .position(|&c| session.choice_id(c) == id)
        .unwrap_or_else(|| panic!("{id} is not offered"));
    keys(a, &(n + 1).to_string());
}

fn screen(a: &App, w: u16, h: u16) -> String {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| laget::tui::view::draw(f, a)).unwrap();
    format!("{}", t.backend())
}

/// The named screens, each reached from a fresh app with keys only.
fn screens(lang: Lang) -> Vec<(&'static str, App)> {
    let mut out = Vec::new();
    let a = app(lang);
    out.push(("home", a));
    let mut a = app(lang);
    keys(&mut a, "\n");
    out.push(("setup", a));
    let mut a = app(lang);
    keys(&mut a, "\n\n\n"); // set-up, start, read the random event (seed 7 fires it)
    assert_eq!(a.screen, Screen::Play);
    out.push(("play_decision", app_at_decision(lang)));
    let mut a = app_at_decision(lang);
    choose(&mut a, "observere");
    choose(&mut a, "tydelig");
    out.push(("play_round", a));
    let mut a = app_at_decision(lang);
    keys(&mut a, "b");
    out.push(("brief_gate", a));
    let mut a = app_at_decision(lang);
    keys(&mut a, "b\n");
    out.push(("brief", a));
    let mut a = app_at_decision(lang);
    keys(&mut a, "?");
    out.push(("help", a));
    let mut a = app_at_decision(lang);
    keys(&mut a, "i");
    out.push(("inject_list_none", a));
    // Seed 1: the inject has not happened by itself, so the list offers it.
    let mut a = app_seeded(lang, 1);
    keys(&mut a, "\n\ni");
    out.push(("inject_list", a));
    let mut a = app_at_decision(lang);
    keys(&mut a, "nSamarbeid om Emma");
    out.push(("note_input", a));
    let mut a = app_at_decision(lang);
    for id in ["observere", "tydelig", "leder", "dokumenterer"] {
        choose(&mut a, id);
    }
    assert_eq!(a.screen, Screen::Debrief);
    out.push(("debrief_ending", a));
    let mut a = app_at_decision(lang);
    for id in ["observere", "tydelig", "leder", "dokumenterer"] {
        choose(&mut a, id);
    }
    keys(&mut a, "\n");
    out.push(("debrief", a));
    out
}

fn app_at_decision(lang: Lang) -> App {
    let mut a = app(lang);
    to_decision(&mut a);
    a
}

/// From home: the set-up, start, and read the random event (seed 7 fires it).
fn to_decision(a: &mut App) {
    keys(a, "\n\n\n");
}

#[test]
fn every_screen_at_two_sizes_in_bokmal_and_english() {
    for (lang, code) in [(Lang::Nb, "nb"), (Lang::En, "en")] {
        for (name, a) in screens(lang) {
            for (w, h) in [(80, 24), (120, 40)] {
                insta::assert_snapshot!(format!("{name}_{code}_{w}x{h}"), screen(&a, w, h));
            }
        }
    }
}

#[test]
fn every_screen_in_nynorsk() {
    for (name, a) in screens(Lang::Nn) {
        insta::assert_snapshot!(format!("{name}_nn_80x24"), screen(&a, 80, 24));
    }
}

#[test]
fn too_small_a_window_says_so_instead_of_a_garbled_screen() {
    let a = app(Lang::En);
    let s = screen(&a, 50, 12);
    assert!(s.contains("too small"), "{s}");
}

#[test]
fn a_whole_drill_with_digits_and_enter_only_ends_in_the_debrief() {
    let mut a = app(Lang::En);
    keys(&mut a, "\n\n");
    for _ in 0..20 {
        if a.screen == Screen::Debrief {
            break;
        }
        // A digit takes a choice at a decision; Enter goes on past a page.
        keys(&mut a, "1\n");
    }
    assert_eq!(a.screen, Screen::Debrief);
    assert!(screen(&a, 80, 24).contains("Debrief"));
    keys(&mut a, "q\n");
    match &a.exit {
        Some(laget::tui::Exit::Done { debrief: Some(d), .. }) => {
            assert_eq!(d.scores.all().len(), 4, "the debrief on screen, to print")
        }
        other => panic!("expected to leave with the debrief, got {other:?}"),
    }
}

#[test]
fn undo_note_and_pause_change_the_session() {
    let clock = Arc::new(FixedClock::at(NEW_YEAR_2026));
    let mut a = app_with_clock(Lang::En, clock.clone());
    to_decision(&mut a);
    clock.advance(std::time::Duration::from_secs(2));
    assert_eq!(a.play.as_ref().unwrap().deliberation(), 2, "the group deliberates");
    keys(&mut a, "p");
    assert!(a.play.as_ref().unwrap().paused());
    clock.advance(std::time::Duration::from_secs(5));
    send(&mut a, Msg::Tick);
    assert_eq!(
        a.play.as_ref().unwrap().deliberation(),
        2,
        "a paused timer does not run"
    );
    keys(&mut a, "p");
    clock.advance(std::time::Duration::from_secs(1));
    send(&mut a, Msg::Tick);
    assert_eq!(a.play.as_ref().unwrap().deliberation(), 3);
    keys(&mut a, "1");
    let decisions = |a: &App| a.play.as_ref().unwrap().session().seconds.len();
    assert_eq!(decisions(&a), 1);
    keys(&mut a, "u");
    assert_eq!(decisions(&a), 0, "undo takes the decision back");
    keys(&mut a, "nHei\n");
    assert_eq!(a.play.as_ref().unwrap().session().notes.len(), 1);
}

#[test]
fn the_event_list_triggers_an_event_that_the_drill_and_the_debrief_show() {
    fn play(a: &App) -> &laget::tui::app::PlayState {
        a.play.as_ref().unwrap()
    }
    // Seed 1: the inject does not happen by itself at the start (seed 7's does).
    let mut a = app_seeded(Lang::En, 1);
    to_decision(&mut a);
    assert!(play(&a).pages.is_empty() && play(&a).deciding());
    // A week passes first, so the event falls on a later day.
    choose(&mut a, "observere");
    let trust = play(&a)
        .session()
        .drill
        .scenario
        .counters
        .iter()
        .position(|c| c.id == "tillit")
        .unwrap();
    let (trust_before, log_before) = (play(&a).session().state.counters[trust], play(&a).session().log().len());
    let clock = play(&a).session().state.clock;
    // Enter alone in the list fires nothing (nothing is highlighted): it says how to choose.
    keys(&mut a, "i\n");
    assert_eq!(
        play(&a).session().log().len(),
        log_before,
        "Enter alone fired an inject"
    );
    assert!(matches!(a.overlay, Some(laget::tui::app::Overlay::Injects { .. })));
    assert!(a.status.as_deref().is_some_and(|s| s.contains("Nothing is chosen yet")));
    keys(&mut a, "1");
    assert!(a.overlay.is_none(), "{:?}", a.overlay);
    let p = play(&a);
    assert_eq!(p.session().log().len(), log_before + 1);
    assert!(
        matches!(p.session().log().last(), Some(Action::Inject { inject }) if inject == "mor_ringer"),
        "{:?}",
        p.session().log()
    );
    assert!(matches!(
        p.session().state.events.last(),
        Some(Event::Injected { random: false, at, .. }) if *at == clock
    ));
    assert_eq!(
        p.session().state.counters[trust],
        trust_before + 1,
        "its effect applies"
    );
    assert_eq!(a.status.as_deref(), Some("Inject: Mor ringer"));
    // Its text is on screen before the decision goes on; Enter passes it.
    let shown = screen(&a, 80, 24);
    assert!(shown.contains("Mor ringer og spør om Emma har det bra"), "{shown}");
    keys(&mut a, "\n");
    assert!(play(&a).pages.is_empty(), "back at the decision");
    // It has happened: the list no longer offers it.
    assert!(play(&a).conductor.injects_possible().is_empty());
    keys(&mut a, "i1");
    assert_eq!(play(&a).session().log().len(), log_before + 1, "it happens once");
    a.overlay = None;
    for id in ["tydelig", "leder", "dokumenterer"] {
        choose(&mut a, id);
    }
    assert_eq!(a.screen, Screen::Debrief);
    // The debrief's timeline has the triggered event a week on.
    let timeline = &a.debrief.as_ref().unwrap().debrief.timeline;
    let events: Vec<(i64, &str)> = timeline
        .iter()
        .filter(|t| t.kind == TimelineKind::Inject)
        .map(|t| (t.day, t.text.as_str()))
        .collect();
    assert_eq!(events, [(clock / 1440, "Mor ringer")], "{timeline:?}");
    assert!(clock / 1440 > 0);
}

#[test]
fn participant_labels_are_optional_and_shown_with_the_role() {
    let mut a = app(Lang::En);
    keys(&mut a, "\n");
    // Down past coaching to the first role's label; letters (even q and ?) are typed.
    key(&mut a, KeyCode::Down);
    key(&mut a, KeyCode::Down);
    keys(&mut a, "Kari q?");
    key(&mut a, KeyCode::Backspace);
    key(&mut a, KeyCode::Backspace);
    key(&mut a, KeyCode::Backspace);
    assert!(a.exit.is_none() && a.overlay.is_none());
    keys(&mut a, "\n\n\n");
    assert_eq!(a.screen, Screen::Play);
    let s = screen(&a, 100, 30);
    assert!(s.contains("Pedagogisk leder (Kari) chooses"), "{s}");
    assert_eq!(
        a.play
            .as_ref()
            .unwrap()
            .conductor
            .file()
            .labels
            .get("pedagogisk_leder")
            .map(String::as_str),
        Some("Kari")
    );
}

#[test]
fn enter_alone_never_takes_a_decision() {
    let mut a = app_at_decision(Lang::En);
    let before = a.play.as_ref().unwrap().session().log().len();
    assert!(matches!(
        a.play.as_ref().unwrap().session().pending(),
        laget::engine::Pending::Choice { .. }
    ));
    assert!(a.play.as_ref().unwrap().pages.is_empty(), "at the decision itself");
    keys(&mut a, "\n\n\n");
    assert_eq!(
        a.play.as_ref().unwrap().session().log().len(),
        before,
        "Enter took a decision"
    );
    assert!(
        a.status.as_deref().is_some_and(|s| s.contains("Nothing is chosen yet")),
        "Enter says how to choose: {:?}",
        a.status
    );
    // An arrow highlights a choice; then Enter takes that one, as shown.
    let shown = match a.play.as_ref().unwrap().session().pending() {
        laget::engine::Pending::Choice { choices, .. } => choices,
        _ => unreachable!(),
    };
    let expected = a.play.as_ref().unwrap().session().choice_id(shown[0]).to_string();
    key(&mut a, KeyCode::Down);
    keys(&mut a, "\n");
    let log = a.play.as_ref().unwrap().session().log();
    assert_eq!(log.len(), before + 1);
    assert!(
        matches!(&log[before], laget::engine::Action::Choose { choice, .. } if *choice == expected),
        "{log:?}"
    );
}

#[test]
fn enter_does_not_stop_a_drill_in_progress() {
    let mut a = app_at_decision(Lang::En);
    keys(&mut a, "q\n");
    assert!(a.exit.is_none(), "Enter at the quit question went on with the drill");
    assert!(a.overlay.is_none() && a.screen == Screen::Play);
    keys(&mut a, "qy");
    assert!(a.exit.is_some(), "y stops it (saved, resumable)");
}

#[test]
fn a_paste_goes_into_the_note_box_or_nowhere() {
    let mut a = app_at_decision(Lang::En);
    let before = a.play.as_ref().unwrap().session().log().len();
    send(&mut a, Msg::Paste("1\nu\nn".into()));
    assert_eq!(
        a.play.as_ref().unwrap().session().log().len(),
        before,
        "no key was taken"
    );
    assert!(a.overlay.is_none());
    keys(&mut a, "n");
    send(&mut a, Msg::Paste("Godt\nsamarbeid".into()));
    assert_eq!(
        a.overlay,
        Some(laget::tui::app::Overlay::Note {
            text: "Godt samarbeid".into()
        })
    );
}

#[test]
fn a_paused_drill_holds_its_choices() {
    let mut a = app_at_decision(Lang::En);
    let before = a.play.as_ref().unwrap().session().log().len();
    keys(&mut a, "p1");
    assert_eq!(
        a.play.as_ref().unwrap().session().log().len(),
        before,
        "paused: nothing taken"
    );
    keys(&mut a, "p1");
    assert_eq!(
        a.play.as_ref().unwrap().session().log().len(),
        before + 1,
        "going on, 1 takes a choice"
    );
}

#[test]
fn resume_opens_on_one_so_far_page_and_then_the_waiting_decision() {
    let mut a = app_at_decision(Lang::En);
    choose(&mut a, "observere");
    let p = a.play.as_ref().unwrap();
    let (drill, file) = (p.session().drill.clone(), p.conductor.file().clone());
    let taken = file.log.len();
    let mut b = app(Lang::En);
    let clock = Arc::new(FixedClock::at(NEW_YEAR_2026));
    b.open(laget::conductor::Conductor::open(drill, file, None, clock).expect("the log replays"));
    let pages: Vec<_> = b.play.as_ref().unwrap().pages.iter().map(|x| x.page.clone()).collect();
    assert_eq!(
        pages,
        [laget::tui::app::Page::SoFar],
        "one labelled page, not every scene again"
    );
    assert!(screen(&b, 80, 24).contains("So far"));
    keys(&mut b, "\n\n\n");
    let p = b.play.as_ref().unwrap();
    assert!(p.pages.is_empty(), "at the waiting decision");
    assert_eq!(p.session().log().len(), taken, "Enter after Enter took nothing");
}

#[test]
fn leaving_a_debrief_whose_last_save_failed_prints_it_and_says_so() {
    use laget::tui::app::Overlay;
    let home = tempfile::tempdir().unwrap();
    let store = Arc::new(laget::store::Store::new(home.path()));
    let clock = Arc::new(FixedClock::at(NEW_YEAR_2026));
    let mut a = App::new(
        Messages::new(Lang::En),
        Theme {
            kind: ThemeKind::NoColor,
        },
        &library(),
        Workspace::new(Some(store), clock),
        7,
    );
    to_decision(&mut a);
    for id in ["observere", "tydelig", "leder"] {
        choose(&mut a, id);
    }
    let path = a.play.as_ref().unwrap().conductor.session_path().unwrap();
    crate::support::break_file(&path);
    choose(&mut a, "dokumenterer");
    assert_eq!(a.screen, Screen::Debrief);
    assert!(matches!(a.overlay, Some(Overlay::SaveFailed { .. })));
    // Enter in the dialog retries (still failing: the dialog stays); Esc leaves.
    keys(&mut a, "\n");
    assert!(a.exit.is_none());
    assert!(matches!(a.overlay, Some(Overlay::SaveFailed { .. })), "{:?}", a.overlay);
    key(&mut a, KeyCode::Esc);
    assert!(a.exit.is_some(), "Esc in the dialog leaves");
    match a.exit.take() {
        Some(laget::tui::Exit::Done {
            debrief: Some(d),
            unsaved_session: Some(_),
        }) => assert!(d.scores.all().len() >= 3),
        _ => panic!("the debrief printed and the failed save said"),
    }
}

#[test]
fn the_debrief_screen_pages_to_its_end_and_no_further() {
    let mut a = app_at_decision(Lang::En);
    for id in ["observere", "tydelig", "leder", "dokumenterer"] {
        choose(&mut a, id);
    }
    assert_eq!(a.screen, Screen::Debrief);
    let ending = screen(&a, 80, 24);
    assert!(
        ending.contains("How it ended") && !ending.contains("Role clarity"),
        "the ending first, on its own:\n{ending}"
    );
    keys(&mut a, "\n");
    let first = screen(&a, 80, 24);
    assert!(first.contains("Role clarity"), "{first}");
    key(&mut a, KeyCode::End);
    let end = screen(&a, 80, 24);
    assert_ne!(first, end, "End moves to the end of a debrief longer than the screen");
    let d = a.debrief.as_ref().unwrap();
    let at_end = d.scroll;
    assert_eq!(at_end, d.max_scroll.get());
    for _ in 0..5 {
        key(&mut a, KeyCode::PageDown);
    }
    assert_eq!(a.debrief.as_ref().unwrap().scroll, at_end, "never past the end");
    assert_eq!(screen(&a, 80, 24), end, "no blank panel after the end");
    // At the end, the report's last line sits on the panel's last row (not a blank tail,
    // nor a last line out of reach), and the marker says nothing more is below.
    let body = laget::debrief::text_body(&a.debrief.as_ref().unwrap().debrief, &a.msgs);
    let last_words = body
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap()
        .trim()
        .to_string();
    let rows: Vec<&str> = end.lines().collect();
    let bottom = rows.iter().rposition(|r| r.contains('└')).expect("the report panel");
    let last_row = rows[bottom - 1];
    let tail: String = last_words
        .chars()
        .rev()
        .take(12)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    assert!(
        last_row.contains(tail.trim()),
        "last line {last_words:?} on the last row:\n{end}"
    );
    assert!(!rows[bottom].contains("more ↓"), "{end}");
    // One line up, the marker says there is more below.
    key(&mut a, KeyCode::Up);
    assert!(screen(&a, 80, 24).contains("more ↓"));
    key(&mut a, KeyCode::End);
    key(&mut a, KeyCode::Home);
    key(&mut a, KeyCode::PageDown);
    let page = a.debrief.as_ref().unwrap().scroll;
    assert!(page > 10, "PgDn moves a full page ({page} lines at 80×24)");
}

#[test]
fn the_debrief_sections_are_reached_by_number_and_tab() {
    let mut a = app_at_decision(Lang::En);
    for id in ["observere", "tydelig", "leder", "dokumenterer"] {
        choose(&mut a, id);
    }
    keys(&mut a, "\n");
    let _ = screen(&a, 80, 24);
    let sections = a.debrief.as_ref().unwrap().sections.borrow().clone();
    assert!(sections.len() >= 4, "{sections:?}");
    assert!(sections.windows(2).all(|w| w[0] < w[1]), "in order: {sections:?}");
    keys(&mut a, "3");
    let d = a.debrief.as_ref().unwrap();
    assert_eq!(d.scroll, sections[2].min(d.max_scroll.get()));
    let shown = screen(&a, 80, 24);
    assert!(shown.contains("3 "), "{shown}");
    key(&mut a, KeyCode::Home);
    key(&mut a, KeyCode::Tab);
    let d = a.debrief.as_ref().unwrap();
    assert_eq!(d.scroll, sections[1].min(d.max_scroll.get()), "Tab: the next section");
    key(&mut a, KeyCode::BackTab);
    assert_eq!(a.debrief.as_ref().unwrap().scroll, sections[0], "Shift-Tab: back");
    // The index marks the section on view (reversed), and only it.
    keys(&mut a, "2");
    assert_eq!(marked_in_index(&a, 80, 24), "2 Reactions");
    key(&mut a, KeyCode::Home);
    assert_eq!(marked_in_index(&a, 80, 24), "1 How it ended");
    // The last section starts on the last page, so it cannot come to the top: its number,
    // and End, mark it even so; Tab from it goes round to the first.
    let last = sections.len();
    keys(&mut a, &last.to_string());
    assert_eq!(marked_in_index(&a, 80, 24), format!("{last} Summary"));
    key(&mut a, KeyCode::Home);
    key(&mut a, KeyCode::End);
    assert_eq!(marked_in_index(&a, 80, 24), format!("{last} Summary"));
    key(&mut a, KeyCode::Tab);
    assert_eq!(a.debrief.as_ref().unwrap().scroll, 0, "round to the first");
    assert_eq!(marked_in_index(&a, 80, 24), "1 How it ended");
    key(&mut a, KeyCode::BackTab);
    assert_eq!(marked_in_index(&a, 80, 24), format!("{last} Summary"));
}

/// The text drawn reversed on the debrief's index line (the row under the scores panel).
fn marked_in_index(a: &App, w: u16, h: u16) -> String {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| laget::tui::view::draw(f, a)).unwrap();
    let b = t.backend().buffer();
    let row = (0..h).find(|&y| b[(0, y)].symbol() == "└").expect("the scores panel") + 1;
    (0..w)
        .filter(|&x| b[(x, row)].modifier.contains(ratatui::style::Modifier::REVERSED))
        .map(|x| b[(x, row)].symbol().to_string())
        .collect::<String>()
}

#[test]
fn solo_shows_how_the_parent_is_doing_and_g_hides_it() {
    let mut a = app(Lang::En);
    keys(&mut a, "\nm\n");
    assert_eq!(a.screen, Screen::Play);
    keys(&mut a, "\n\n");
    let wide = screen(&a, 120, 40);
    assert!(wide.contains("Mors tillit") && wide.contains("█"), "{wide}");
    keys(&mut a, "g");
    assert!(
        !screen(&a, 120, 40).contains("Mors tillit"),
        "hidden for practice without help"
    );
}

#[test]
fn the_full_screen_drill_says_when_the_horizon_is_reached() {
    // Three weeks to act, and waiting takes four: the case runs out of time.
    let text = FIXTURE.replace("horizon: Weeks(8)", "horizon: Weeks(3)");
    assert_ne!(text, FIXTURE);
    let mut a = App::new(
        Messages::new(Lang::En),
        Theme {
            kind: ThemeKind::NoColor,
        },
        &library_of(&text),
        Workspace::unsaved(Arc::new(FixedClock::at(NEW_YEAR_2026))),
        7,
    );
    to_decision(&mut a);
    choose(&mut a, "vente");
    let pages: Vec<_> = a.play.as_ref().unwrap().pages.iter().map(|p| p.page.clone()).collect();
    assert!(
        matches!(pages.first(), Some(laget::tui::app::Page::HorizonReached { .. })),
        "{pages:?}"
    );
    let shown = screen(&a, 80, 24);
    assert!(shown.contains("Time ran out for this case."), "{shown}");
    keys(&mut a, "\n");
    assert_eq!(a.screen, Screen::Debrief, "then the ending");
}
