//! The exemplary path: the authors' good practice, played through the real engine. `laget
//! check` proves with it that the path is legal and scores high (check/exemplary.rs); the
//! debrief compares a play with it.

use super::graph::{Graph, Kind, bit};
use super::state::{Mode, Pending, State, is_human};
use crate::scenario::Scenario;

/// Why the path is not a legal play.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PathError {
    /// Step `step` (0-based) is not open at `scene` for `role`; `absent` is the step's role
    /// when the step is a round choice of a role not present at that moment.
    NotAvailable {
        step: usize,
        scene: u32,
        role: u16,
        absent: Option<u16>,
    },
    /// The drill ended after `used` steps, with steps left over.
    EndedEarly { used: usize, ending: u32 },
    /// All steps were used and the drill waits at `scene`.
    NoEnding { scene: u32 },
}

/// Plays the exemplary path in group mode without random injects.
pub fn play(g: &Graph) -> Result<State, PathError> {
    walk(g, |_, _| {})
}

/// `play`, telling `on_step` at each step the choices offered (in the order shown) and the
/// one the path takes.
fn walk(g: &Graph, mut on_step: impl FnMut(&[u32], u32)) -> Result<State, PathError> {
    let mut st = State::new(g, 0, None);
    st.random_injects = false;
    st.advance(g, Mode::Group, 0);
    for (step, &c) in g.exemplary.iter().enumerate() {
        match st.pending(g) {
            Pending::Ended { ending } => return Err(PathError::EndedEarly { used: step, ending }),
            Pending::Choice {
                scene, role, choices, ..
            } => {
                if !choices.contains(&c) || !is_human(g, Mode::Group, 0, role) {
                    let gc = g.choices.get(c as usize);
                    let absent = gc
                        .filter(|gc| g.scenes[gc.scene as usize].kind == Kind::Round)
                        .filter(|gc| st.present & bit(gc.role) == 0)
                        .map(|gc| gc.role);
                    return Err(PathError::NotAvailable {
                        step,
                        scene,
                        role,
                        absent,
                    });
                }
                on_step(&choices, c);
                st.choose(g, c, true);
                st.advance(g, Mode::Group, 0);
            }
        }
    }
    match st.pending(g) {
        Pending::Ended { .. } => Ok(st),
        Pending::Choice { scene, .. } => Err(PathError::NoEnding { scene }),
    }
}

/// Decisions on the exemplary path with more than one choice offered, and how many of them
/// the path's choice has the longest text (in characters, strictly longer than every other
/// choice offered). `None` when the path is not a legal play.
pub fn longest_count(g: &Graph, s: &Scenario) -> Option<(usize, usize)> {
    let len = |c: u32| {
        let gc = &g.choices[c as usize];
        s.scenes[gc.scene as usize].choices()[gc.local as usize]
            .text
            .chars()
            .count()
    };
    let (mut decisions, mut longest) = (0, 0);
    walk(g, |offered, c| {
        if offered.len() > 1 {
            decisions += 1;
            if offered.iter().all(|&o| o == c || len(o) < len(c)) {
                longest += 1;
            }
        }
    })
    .ok()?;
    Some((decisions, longest))
}

/// The length tell (L507) needs at least this many decisions on the path…
pub const LENGTH_TELL_MIN_DECISIONS: usize = 3;

/// …and the path's choice the longest in more than half of them.
pub fn is_length_tell(decisions: usize, longest: usize) -> bool {
    decisions >= LENGTH_TELL_MIN_DECISIONS && longest * 2 > decisions
}
