//! The drill engine: a deterministic session over a compiled scenario.

pub mod exemplary;
pub mod facts;
pub mod graph;
pub mod session;
pub mod state;
pub mod view;

pub use graph::Graph;
pub use session::{Action, ActionError, Session, Setup, SetupError};
pub use state::{Event, Mode, Pending, State};

use crate::scenario::{Scenario, Source};

/// A scenario ready to play: the text as authored, and its compiled graph.
#[derive(Clone)]
pub struct Drill {
    pub scenario: Scenario,
    pub graph: Graph,
    pub source: Source,
    /// Identifies this exact text of the scenario (FNV-1a 64, hex): a session records it so
    /// that resuming against a changed file is noticed.
    pub hash: String,
}

impl Drill {
    pub fn new(source: Source, scenario: Scenario) -> Drill {
        let graph = Graph::new(&scenario);
        let hash = content_hash(source.text.as_bytes());
        Drill {
            scenario,
            graph,
            source,
            hash,
        }
    }

    pub fn role_index(&self, id: &str) -> Option<u16> {
        self.scenario.roles.iter().position(|r| r.id == id).map(|i| i as u16)
    }

    /// The ids of the roles people can play.
    pub fn playable_roles(&self) -> Vec<&str> {
        self.scenario
            .roles
            .iter()
            .filter(|r| r.is_playable())
            .map(|r| r.id.as_str())
            .collect()
    }

    /// The role a solo player takes by default: the declared one, else the first playable.
    pub fn default_solo_role(&self) -> Option<&str> {
        self.scenario.solo_role.as_deref().or_else(|| {
            self.scenario
                .roles
                .iter()
                .find(|r| r.is_playable())
                .map(|r| r.id.as_str())
        })
    }
}

/// FNV-1a, 64 bits: stable across platforms and versions, which is all identity needs here.
pub fn content_hash(bytes: &[u8]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{h:016x}")
}
