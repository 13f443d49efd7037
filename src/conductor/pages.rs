//! What a front end shows between decisions: the drill's events turned into pages, in story
//! order, with coaching put right after the player's choice. Every front end shows the same
//! pages (the full-screen drill one at a time, plain mode line after line).

use crate::engine::{Event, Pending, Session};

/// Something to read before the next decision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Page {
    /// On resume: what the drill has done so far, as one page (a front end may list the
    /// events up to `upto`), instead of every earlier scene again.
    SoFar,
    /// The drill entered `scene` at `at` (simulated minutes since day 0). `current` is set for
    /// the scene the drill now waits at (its decision, or its ending): a front end that shows
    /// the decision together with its scene may pass over that page.
    Scene { scene: u32, at: i64, current: bool },
    /// An inject (a facilitator's, or a random one) happened.
    Inject { inject: u16, at: i64 },
    /// The computer chose for a role nobody plays.
    Auto { role: u16, choice: u32 },
    /// Coaching on the player's choice (only when the set-up has coaching on and the choice
    /// has feedback or qualities to give).
    Feedback { choice: u32 },
    /// The scenario's horizon was reached: the drill ends on time, not on a decision.
    HorizonReached { at: i64 },
    /// No choice was open at a decision: the drill ran out there.
    Stuck { scene: u32, at: i64 },
}

/// A page and how far into the drill it stands: the events up to (not including) `upto`, so
/// a header's date and a team board can show that moment, not the one the drill waits at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageAt {
    pub page: Page,
    pub upto: usize,
}

/// The pages for events `from..` of `session`.
pub fn of_events(session: &Session, from: usize) -> Vec<PageAt> {
    let events = &session.state.events;
    let waiting_at = match session.pending() {
        Pending::Choice { scene, .. } => scene,
        Pending::Ended { ending } => ending,
    };
    let last_enter = events.iter().rposition(|e| matches!(e, Event::Enter { .. }));
    let mut out = Vec::new();
    for (i, e) in events.iter().enumerate().skip(from.min(events.len())) {
        let page = match *e {
            Event::Enter { scene, at } => Page::Scene {
                scene,
                at,
                current: scene == waiting_at && Some(i) == last_enter,
            },
            Event::Injected { inject, at, .. } => Page::Inject { inject, at },
            Event::Chose {
                choice,
                role,
                by_player: false,
                ..
            } => Page::Auto { role, choice },
            Event::HorizonReached { at } => Page::HorizonReached { at },
            Event::Stuck { scene, at } => Page::Stuck { scene, at },
            Event::Chose { .. } | Event::RoundDone { .. } => continue,
        };
        out.push(PageAt { page, upto: i + 1 });
    }
    out
}

/// Whether coaching has something to say about `choice`.
pub fn has_feedback(session: &Session, choice: u32) -> bool {
    let ch = session.drill.choice(choice);
    ch.feedback.is_some() || !ch.qualities.is_empty()
}
