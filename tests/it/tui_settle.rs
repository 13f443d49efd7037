//! The rules that drop keys typed before anyone could read (`laget::tui::settle`), with
//! made-up times: a fresh decision or page takes no key for 0.3 s, and a key repeated within
//! 0.3 s (held down, a burst) acts once.

use std::time::{Duration, Instant};

use laget::tui::settle::{OnScreen, SETTLE, Settle};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

fn k(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

const MS: Duration = Duration::from_millis(1);

#[test]
fn a_new_decision_takes_no_key_until_it_has_been_seen() {
    let t0 = Instant::now();
    let mut s = Settle::new();
    s.on_screen(Some(OnScreen::Decision(3)), t0);
    for code in [KeyCode::Char('1'), KeyCode::Enter, KeyCode::Down, KeyCode::Up] {
        let mut fresh = Settle::new();
        fresh.on_screen(Some(OnScreen::Decision(3)), t0);
        assert!(!fresh.admit(&k(code), t0 + 100 * MS), "{code:?} too soon");
    }
    // Keys that take nothing (a note, help) are never held back.
    assert!(s.admit(&k(KeyCode::Char('n')), t0 + 10 * MS));
    assert!(s.admit(&k(KeyCode::Char('2')), t0 + SETTLE + MS));
    // The same decision still on screen: its clock does not restart.
    s.on_screen(Some(OnScreen::Decision(3)), t0 + 2 * SETTLE);
    assert!(s.admit(&k(KeyCode::Down), t0 + 2 * SETTLE + MS));
}

#[test]
fn a_held_key_or_a_burst_acts_once() {
    let t0 = Instant::now();
    let mut s = Settle::new();
    s.on_screen(Some(OnScreen::Decision(0)), t0);
    // The tester's case: a decision on screen for 0.4 s, then `1111` in one burst.
    let first = t0 + 400 * MS;
    assert!(s.admit(&k(KeyCode::Char('1')), first));
    s.on_screen(Some(OnScreen::Decision(1)), first);
    for i in 1..4 {
        assert!(!s.admit(&k(KeyCode::Char('1')), first + i * 5 * MS), "burst key {i}");
    }
    // A `1` held down: repeats every 33 ms for 1.5 s, long after the new decision settled.
    let mut at = first + 20 * MS;
    while at < first + 1500 * MS {
        assert!(!s.admit(&k(KeyCode::Char('1')), at), "a repeat at {:?}", at - first);
        at += 33 * MS;
    }
    // Let go, and press again: that one acts.
    assert!(s.admit(&k(KeyCode::Char('1')), at + SETTLE));
}

#[test]
fn different_keys_in_a_row_are_not_a_burst() {
    let t0 = Instant::now();
    let mut s = Settle::new();
    s.on_screen(Some(OnScreen::Decision(0)), t0);
    let at = t0 + SETTLE + MS;
    assert!(s.admit(&k(KeyCode::Down), at));
    assert!(s.admit(&k(KeyCode::Enter), at + 50 * MS), "arrow then Enter, quickly");
}

#[test]
fn a_page_is_not_turned_by_a_key_meant_for_the_last_one() {
    let t0 = Instant::now();
    let mut s = Settle::new();
    s.on_screen(Some(OnScreen::Page(4, 2)), t0);
    assert!(!s.admit(&k(KeyCode::Enter), t0 + 200 * MS));
    assert!(!s.admit(&k(KeyCode::Char(' ')), t0 + 250 * MS));
    // The next page appears: Enter pressed twice in a row turns one page, not both.
    assert!(s.admit(&k(KeyCode::Enter), t0 + 600 * MS));
    s.on_screen(Some(OnScreen::Page(4, 1)), t0 + 600 * MS);
    assert!(!s.admit(&k(KeyCode::Enter), t0 + 700 * MS));
    // The ending, the debrief's first screen, is a page too.
    s.on_screen(Some(OnScreen::Ending), t0 + 800 * MS);
    assert!(!s.admit(&k(KeyCode::Enter), t0 + 1_100 * MS - MS));
    assert!(s.admit(&k(KeyCode::Enter), t0 + 1_500 * MS));
}

#[test]
fn nothing_on_screen_to_act_on_holds_nothing_back() {
    let t0 = Instant::now();
    let mut s = Settle::new();
    s.on_screen(None, t0);
    assert!(s.admit(&k(KeyCode::Enter), t0));
    assert!(s.admit(&k(KeyCode::Enter), t0 + MS), "menus and the debrief keep Enter");
}
