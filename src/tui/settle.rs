//! Keys typed before anyone could read: dropped, never carried into a decision or past a page.
//!
//! A room presses keys by accident: an Enter meant for the last page, a `1` held down, a burst
//! of `1111`. Two rules keep such keys from taking a decision nobody saw (issue #14):
//! - a key that takes or moves a choice, or turns a page, does nothing until what it acts on
//!   has been on screen for [`SETTLE`];
//! - a key that takes a choice or turns a page does nothing when the same key arrived less
//!   than [`SETTLE`] before it (a held key's repeats, a burst): one press, one action.
//!
//! The terminal loop asks [`Settle::admit`] for every key; the rules are here, apart from the
//! terminal, so that they can be tested with made-up times.

use std::time::{Duration, Instant};

use ratatui::crossterm::event::{KeyCode, KeyEvent};

/// How long a new decision or page must have been on screen before a key acts on it, and how
/// long the same key must rest before it acts again.
pub const SETTLE: Duration = Duration::from_millis(300);

/// What on screen keys act on; a new value means something new has appeared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnScreen {
    /// A decision: the number of actions taken before it.
    Decision(usize),
    /// A page to read (narration, coaching, so far…): actions taken, and pages still to read.
    Page(usize, usize),
    /// The ending, the first screen of the debrief.
    Ending,
}

/// The clock of the two rules.
#[derive(Debug)]
pub struct Settle {
    shown: Option<(OnScreen, Instant)>,
    last_key: Option<(KeyCode, Instant)>,
}

impl Settle {
    pub fn new() -> Settle {
        Settle {
            shown: None,
            last_key: None,
        }
    }

    /// What is on screen now (after each draw); its clock starts when it changes.
    pub fn on_screen(&mut self, what: Option<OnScreen>, now: Instant) {
        match (what, self.shown) {
            (Some(w), Some((s, _))) if w == s => {}
            (Some(w), _) => self.shown = Some((w, now)),
            (None, _) => self.shown = None,
        }
    }

    /// Whether key `k`, arriving at `now`, may act. Every key counts as the last key, kept or
    /// dropped, so a held key stays dropped for as long as it repeats.
    pub fn admit(&mut self, k: &KeyEvent, now: Instant) -> bool {
        let repeat = self
            .last_key
            .is_some_and(|(code, at)| code == k.code && now.saturating_duration_since(at) < SETTLE);
        self.last_key = Some((k.code, now));
        let Some((what, since)) = self.shown else { return true };
        let fresh = now.saturating_duration_since(since) < SETTLE;
        let (moves, takes) = match what {
            OnScreen::Decision(_) => (
                matches!(k.code, KeyCode::Up | KeyCode::Down),
                matches!(k.code, KeyCode::Char('1'..='9') | KeyCode::Enter),
            ),
            OnScreen::Page(..) | OnScreen::Ending => (false, matches!(k.code, KeyCode::Enter | KeyCode::Char(' '))),
        };
        !((moves || takes) && fresh || takes && repeat)
    }
}

impl Default for Settle {
    fn default() -> Self {
        Settle::new()
    }
}
