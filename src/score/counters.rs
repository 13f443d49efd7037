//! The counters of a play followed event by event, as the engine moved them; for scoring a
//! conversation's lines and for the debrief's record of each conversation.

use crate::engine::Event;
use crate::engine::graph::{Eff, Graph, Kind};

/// The counters through a play, event by event, as the engine moved them: a narration's
/// effects after the injects rolled on entering it, a choice's at once, a round's picks when
/// the round is done; every value within its counter's limits.
pub struct Counters {
    values: Vec<i64>,
    before: Vec<i64>,
    narration: Option<u32>,
    round: Vec<u32>,
}

impl Counters {
    pub fn new(g: &Graph) -> Counters {
        let values: Vec<i64> = g.counters.iter().map(|c| c.start).collect();
        Counters {
            before: values.clone(),
            values,
            narration: None,
            round: Vec::new(),
        }
    }

    fn apply(&mut self, g: &Graph, effects: &[Eff]) {
        for e in effects {
            match *e {
                Eff::Add(n, v) => {
                    let r = &g.counters[n as usize];
                    let c = &mut self.values[n as usize];
                    *c = c.saturating_add(v).clamp(r.min, r.max);
                }
                Eff::Assign(n, v) => {
                    let r = &g.counters[n as usize];
                    self.values[n as usize] = v.clamp(r.min, r.max);
                }
                _ => {}
            }
        }
    }

    /// Moves the counters on past event `e`.
    pub fn event(&mut self, g: &Graph, e: &Event) {
        if !matches!(e, Event::Injected { .. })
            && let Some(scene) = self.narration.take()
        {
            self.apply(g, g.effs(g.scenes[scene as usize].effects));
        }
        self.before.clone_from(&self.values);
        match *e {
            Event::Enter { scene, .. } if g.scenes[scene as usize].kind == Kind::Narration => {
                self.narration = Some(scene);
            }
            Event::Injected { inject, .. } => self.apply(g, g.effs(g.injects[inject as usize].effects)),
            Event::Chose {
                choice, round: Some(_), ..
            } => self.round.push(choice),
            Event::Chose { choice, .. } => self.apply(g, g.effs(g.choices[choice as usize].effects)),
            Event::RoundDone { .. } => {
                for c in std::mem::take(&mut self.round) {
                    self.apply(g, g.effs(g.choices[c as usize].effects));
                }
            }
            _ => {}
        }
    }

    /// Counter `c` now, and before the last event.
    pub fn value(&self, c: usize) -> i64 {
        self.values[c]
    }
    pub fn before(&self, c: usize) -> i64 {
        self.before[c]
    }

    /// How far counter `c` moved in the last event (up positive).
    pub fn last_moved(&self, c: usize) -> i64 {
        self.values[c] - self.before[c]
    }
}
