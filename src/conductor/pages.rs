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
    /// `variant` is the scene's text variant when the drill entered it.
    Scene {
        scene: u32,
        at: i64,
        current: bool,
        variant: Option<u16>,
    },
    /// An inject (a facilitator's, or a random one) happened.
    Inject { inject: u16, at: i64 },
    /// The computer chose for a role nobody plays.
    Auto { role: u16, choice: u32 },
    /// Coaching on the player's choice (only when the set-up has coaching on and there is
    /// something to say). After a poor choice, `better` is the scenario's exemplary choice at
    /// that decision, whose rationale says why it would have worked better.
    Feedback { choice: u32, better: Option<u32> },
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
            Event::Enter { scene, at, variant } => Page::Scene {
                scene,
                at,
                current: scene == waiting_at && Some(i) == last_enter,
                variant,
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

/// The coaching page for the player's `choice`, if coaching has something to say: its
/// feedback and qualities, and after a poor choice what would have worked better.
pub fn feedback(session: &Session, choice: u32, offered: &[u32]) -> Option<Page> {
    let ch = session.drill.choice(choice);
    let better = if is_poor(session, choice) {
        let scene = session.drill.graph.choices[choice as usize].scene;
        // The exemplary path's choice here; off that path, the offered choice that is not poor
        // with the most good qualities (a conversation's warmest honest line).
        session
            .drill
            .graph
            .exemplary_at(scene)
            .find(|&c| c != choice && offered.contains(&c))
            .or_else(|| {
                offered
                    .iter()
                    .copied()
                    .filter(|&c| c != choice && !is_poor(session, c))
                    .max_by_key(|&c| {
                        let q = &session.drill.choice(c).qualities;
                        (q.iter().filter(|q| q.is_positive()).count(), std::cmp::Reverse(c))
                    })
            })
    } else {
        None
    };
    (ch.feedback.is_some() || !ch.qualities.is_empty() || better.is_some()).then_some(Page::Feedback { choice, better })
}

/// A choice the scenario marks as poor practice: a line with a quality that hurts the
/// conversation, a breach of a duty, a harm to the child's voice, a decision made too early, or
/// the case passed on instead of acted on (docs/scoring.md counts each against the play).
/// (A good choice that is not the exemplary one is not poor: there is more than one good way.)
pub fn is_poor(session: &Session, choice: u32) -> bool {
    let ch = session.drill.choice(choice);
    ch.qualities.iter().any(|q| !q.is_positive())
        || !ch.breaches.is_empty()
        || !ch.harms_voice.is_empty()
        || ch.too_early
        || ch.passes_on
}
