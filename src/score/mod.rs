//! Scoring the three dimensions from what happened. Pure functions of the compiled scenario
//! and the event log: the same play always gives the same scores. The rules are documented,
//! with worked examples, in `docs/scoring.md`; keep the two in step.

mod child_voice;
mod role_clarity;
mod timing;

pub use timing::applies as key_decision_applies;

use serde::Serialize;

use crate::engine::{Graph, State};
use crate::scenario::model::Dimension;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Band {
    Strong,
    Partial,
    Weak,
}

impl Band {
    pub fn of(score: u32) -> Band {
        match score {
            80.. => Band::Strong,
            50..=79 => Band::Partial,
            _ => Band::Weak,
        }
    }
    pub fn key(self) -> &'static str {
        match self {
            Band::Strong => "strong",
            Band::Partial => "partial",
            Band::Weak => "weak",
        }
    }
}

/// The rule behind one piece of evidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    // Role clarity.
    OwnResponsibility,
    ClearLead,
    PassesOn,
    Oversteps,
    ParallelMeasures,
    NoLead,
    SeveralLeads,
    NeededNotPerformed,
    // The child's voice.
    OpportunityUsed,
    OpportunityMissed,
    // Decision timing.
    InWindow,
    Early,
    Late,
    AfterLatest,
    NeverMade,
    /// The key decision does not belong to this play (`not_applicable_when`): not counted.
    NotApplicable,
}

impl Rule {
    pub fn key(self) -> &'static str {
        match self {
            Rule::OwnResponsibility => "own-responsibility",
            Rule::ClearLead => "clear-lead",
            Rule::PassesOn => "passes-on",
            Rule::Oversteps => "oversteps",
            Rule::ParallelMeasures => "parallel-measures",
            Rule::NoLead => "no-lead",
            Rule::SeveralLeads => "several-leads",
            Rule::NeededNotPerformed => "needed-not-performed",
            Rule::OpportunityUsed => "opportunity-used",
            Rule::OpportunityMissed => "opportunity-missed",
            Rule::InWindow => "in-window",
            Rule::Early => "early",
            Rule::Late => "late",
            Rule::AfterLatest => "after-latest",
            Rule::NeverMade => "never-made",
            Rule::NotApplicable => "not-applicable",
        }
    }
}

/// One fact behind a score. Indices refer to the scenario (see `engine::graph`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evidence {
    pub rule: Rule,
    pub positive: bool,
    pub choice: Option<u32>,
    pub role: Option<u16>,
    pub responsibility: Option<u16>,
    pub key_decision: Option<u16>,
    pub opportunity: Option<u16>,
    pub scene: Option<u32>,
    /// Simulated minutes since day 0 when it happened.
    pub at: Option<i64>,
    /// Points this item earned out of 100 (timing, child's voice), where that applies.
    pub points: Option<u32>,
}

impl Evidence {
    pub(crate) fn new(rule: Rule, positive: bool) -> Evidence {
        Evidence {
            rule,
            positive,
            choice: None,
            role: None,
            responsibility: None,
            key_decision: None,
            opportunity: None,
            scene: None,
            at: None,
            points: None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DimensionScore {
    pub dimension: Dimension,
    pub score: u32,
    pub band: Band,
    pub evidence: Vec<Evidence>,
}

/// Role clarity counted for one role.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleResult {
    pub role: u16,
    pub for_count: u32,
    pub against_count: u32,
    pub score: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scores {
    pub role_clarity: DimensionScore,
    pub child_voice: DimensionScore,
    pub decision_timing: DimensionScore,
    pub roles: Vec<RoleResult>,
}

impl Scores {
    pub fn dimensions(&self) -> impl Iterator<Item = &DimensionScore> {
        [&self.role_clarity, &self.child_voice, &self.decision_timing].into_iter()
    }
}

/// Buffers the scorers reuse from one play to the next.
#[derive(Debug, Default)]
pub struct Work {
    evidence: Vec<Evidence>,
    performed: Vec<bool>,
    round: Vec<u32>,
}

/// The three scores alone — role clarity, the child's voice, decision timing — by the same
/// rules as `score`, without keeping evidence: what `laget explore` needs for each of
/// millions of plays.
pub fn totals(g: &Graph, st: &State, work: &mut Work) -> [u32; 3] {
    [
        role_clarity::total(g, st, work),
        child_voice::total(g, st),
        timing::total(g, st),
    ]
}

pub fn score(g: &Graph, st: &State) -> Scores {
    let (role_clarity, roles) = role_clarity::score(g, st);
    Scores {
        role_clarity,
        child_voice: child_voice::score(g, st),
        decision_timing: timing::score(g, st),
        roles,
    }
}

/// `part` of `whole` as a whole percentage, rounded half up; `None` for 0 of 0.
pub(crate) fn percent(part: u64, whole: u64) -> Option<u32> {
    (whole > 0).then(|| ((part * 100 + whole / 2) / whole) as u32)
}

/// The mean of `count` scores adding up to `sum`, rounded half up; 0 when there are none.
pub(crate) fn mean(sum: u64, count: u64) -> u32 {
    (sum + count / 2).checked_div(count).unwrap_or(0) as u32
}

pub(crate) fn dimension(dimension: Dimension, score: u32, evidence: Vec<Evidence>) -> DimensionScore {
    DimensionScore {
        dimension,
        score,
        band: Band::of(score),
        evidence,
    }
}
