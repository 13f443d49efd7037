//! The scoring facts of issue 12 compiled beside the graph: breaches, harms to the child's
//! voice, decisions made too early, the qualities of lines, what endings are about, and which
//! counters are a simulated person's sense of safety. Indexed like the graph (global choice
//! index, scene index, counter index).

use crate::scenario::model::{Dimension, Outcome, Safer, Scenario, Scene};

/// How many of a conversation line's qualities (`Quality::is_positive`) make it safer and how
/// many make it less safe.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct LineQualities {
    pub positive: u8,
    pub negative: u8,
}

/// What a scene's ending is about: its outcome and the dimensions it names (`about`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EndingFacts {
    pub outcome: Outcome,
    /// A bit per dimension (`dim_bit`).
    pub about: u8,
}

/// A counter that is a simulated person's sense of safety.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PersonCounter {
    /// Role index of the person.
    pub person: u16,
    /// +1 when higher is safer, −1 when lower is (the counter's `safer`).
    pub sign: i64,
}

#[derive(Debug, Clone, Default)]
pub struct Facts {
    /// Per choice: a bit per `Breach` (in declaration order).
    pub breaches: Vec<u8>,
    /// Per choice: a bit per `VoiceHarm`.
    pub harms: Vec<u8>,
    /// Per choice: makes its key decision too early.
    pub too_early: Vec<bool>,
    /// Per choice: the qualities of the line.
    pub qualities: Vec<LineQualities>,
    /// Per scene: for an ending, its outcome and the dimensions it is about (`Good` and none
    /// for any other scene).
    pub endings: Vec<EndingFacts>,
    /// Per scene: for a conversation, the simulated person (role index) it is with.
    pub with: Vec<Option<u16>>,
    /// Per counter: the person it belongs to, if any.
    pub person: Vec<Option<PersonCounter>>,
    /// Whether any choice has a harm or is too early: the fast totals skip those passes when not.
    pub any_harm: bool,
    pub any_too_early: bool,
    /// Per key decision: some choice marked `too_early` makes it.
    pub too_early_decides: Vec<bool>,
}

pub fn dim_bit(d: Dimension) -> u8 {
    1 << (d as u8)
}

impl Facts {
    pub fn new(s: &Scenario) -> Facts {
        let role = |id: &str| s.roles.iter().position(|r| r.id == id).map(|i| i as u16);
        let mut f = Facts::default();
        for sc in &s.scenes {
            for c in sc.choices() {
                f.breaches.push(c.breaches.iter().fold(0, |m, b| m | 1 << (*b as u8)));
                f.harms.push(c.harms_voice.iter().fold(0, |m, h| m | 1 << (*h as u8)));
                f.too_early.push(c.too_early);
                let pos = c.qualities.iter().filter(|q| q.is_positive()).count() as u8;
                f.qualities.push(LineQualities {
                    positive: pos,
                    negative: c.qualities.len() as u8 - pos,
                });
            }
            f.endings.push(match sc {
                Scene::Ending { outcome, about, .. } => EndingFacts {
                    outcome: *outcome,
                    about: about.iter().fold(0, |m, d| m | dim_bit(*d)),
                },
                _ => EndingFacts {
                    outcome: Outcome::Good,
                    about: 0,
                },
            });
            f.with.push(match sc {
                Scene::Conversation { with, .. } => role(with),
                _ => None,
            });
        }
        f.any_harm = f.harms.iter().any(|&h| h != 0);
        f.any_too_early = f.too_early.iter().any(|&t| t);
        f.too_early_decides = s
            .key_decisions
            .iter()
            .map(|k| {
                s.scenes
                    .iter()
                    .flat_map(|sc| sc.choices())
                    .any(|c| c.too_early && c.decides.as_deref() == Some(k.id.as_str()))
            })
            .collect();
        f.person = s
            .counters
            .iter()
            .map(|c| {
                let p = role(c.person.as_deref()?)?;
                Some(PersonCounter {
                    person: p,
                    sign: if c.safer == Safer::Lower { -1 } else { 1 },
                })
            })
            .collect();
        f
    }
}
