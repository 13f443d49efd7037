//! Scoring the three dimensions from what happened. Pure functions of the compiled scenario
//! and the event log: the same play always gives the same scores. The rules are documented,
//! with worked examples, in `docs/scoring.md`; keep the two in step.

mod child_voice;
pub mod counters;
mod focus;
mod relational;
mod role_clarity;
mod timing;

pub use crate::engine::facts::Facts;

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
    // Issue 12: harm, too early, endings, relational safety.
    /// A choice breached a duty or boundary (role clarity, against the role).
    Breach,
    /// A choice harmed the child's voice (counts 0 points in the child's voice mean).
    VoiceHarmed,
    /// A key decision made without grounding, or closing before the measures were evaluated.
    TooEarly,
    /// The play ended in a mixed or poor ending about this dimension: the score is capped.
    EndingOutcome,
    /// A conversation line with more safe than unsafe qualities (or only safe ones).
    SafeLine,
    /// A conversation line with more unsafe than safe qualities.
    UnsafeLine,
    /// A person's counter ended safer than it started over the conversation lines.
    TrustBuilt,
    /// A person's counter ended where it started.
    TrustKept,
    /// A person's counter ended less safe than it started.
    TrustLost,
}

impl Rule {
    /// The rule's key: its value in the debrief JSON (the serde name) and the suffix of its
    /// message id (`rule-KEY`). snake_case, as every JSON key and value.
    pub fn key(self) -> &'static str {
        match self {
            Rule::OwnResponsibility => "own_responsibility",
            Rule::ClearLead => "clear_lead",
            Rule::PassesOn => "passes_on",
            Rule::Oversteps => "oversteps",
            Rule::ParallelMeasures => "parallel_measures",
            Rule::NoLead => "no_lead",
            Rule::SeveralLeads => "several_leads",
            Rule::NeededNotPerformed => "needed_not_performed",
            Rule::OpportunityUsed => "opportunity_used",
            Rule::OpportunityMissed => "opportunity_missed",
            Rule::InWindow => "in_window",
            Rule::Early => "early",
            Rule::Late => "late",
            Rule::AfterLatest => "after_latest",
            Rule::NeverMade => "never_made",
            Rule::NotApplicable => "not_applicable",
            Rule::Breach => "breach",
            Rule::VoiceHarmed => "voice_harmed",
            Rule::TooEarly => "too_early",
            Rule::EndingOutcome => "ending_outcome",
            Rule::SafeLine => "safe_line",
            Rule::UnsafeLine => "unsafe_line",
            Rule::TrustBuilt => "trust_built",
            Rule::TrustKept => "trust_kept",
            Rule::TrustLost => "trust_lost",
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
    /// The breach or harm named (`Breach::key`, `VoiceHarm::key`).
    pub detail: Option<&'static str>,
    /// A counter (relational safety) and how far it moved, up positive: whether that was the
    /// safer way is the rule (`TrustBuilt`, `TrustLost`), as a counter may be safer lower.
    pub counter: Option<u32>,
    pub delta: Option<i64>,
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
            detail: None,
            counter: None,
            delta: None,
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
    /// Only for plays with conversation lines.
    pub relational_safety: Option<DimensionScore>,
    pub roles: Vec<RoleResult>,
    /// The choices (with their simulated time) that led to a mixed or poor ending: where the
    /// people's choices left the exemplary choices of a scene.
    pub led_to_ending: Vec<(u32, i64)>,
}

impl Scores {
    pub fn dimensions(&self) -> impl Iterator<Item = &DimensionScore> {
        [&self.role_clarity, &self.child_voice, &self.decision_timing]
            .into_iter()
            .chain(self.relational_safety.as_ref())
    }
}

/// The highest role clarity after a breach, and the highest child's voice after a harm: not
/// strong.
pub const HARM_CAP: u32 = 79;

/// The highest score a play may have on a dimension an ending is about: a mixed ending
/// cannot be strong (79), a poor one not better than weak (49).
pub fn outcome_cap(outcome: crate::scenario::model::Outcome) -> Option<u32> {
    use crate::scenario::model::Outcome;
    match outcome {
        Outcome::Good => None,
        Outcome::Mixed => Some(79),
        Outcome::Poor => Some(49),
    }
}

/// The ending this play reached, if it is mixed or poor and about some dimensions: (scene,
/// dimension bits, cap).
fn ending_cap(g: &Graph, st: &State) -> Option<(u32, u8, u32)> {
    let e = st.ended.filter(|&e| e != crate::engine::graph::NONE)?;
    let crate::engine::facts::EndingFacts { outcome, about } = *g.facts.endings.get(e as usize)?;
    let cap = outcome_cap(outcome)?;
    (about != 0).then_some((e, about, cap))
}

/// Caps a dimension's score by the ending, adding the evidence that says so.
fn apply_ending(g: &Graph, st: &State, d: &mut DimensionScore) {
    let Some((scene, about, cap)) = ending_cap(g, st) else {
        return;
    };
    if about & crate::engine::facts::dim_bit(d.dimension) == 0 {
        return;
    }
    let mut x = Evidence::new(Rule::EndingOutcome, false);
    x.scene = Some(scene);
    x.at = Some(st.clock);
    x.points = Some(cap);
    d.evidence.push(x);
    if d.score > cap {
        d.score = cap;
        d.band = Band::of(cap);
    }
}

/// The people's choices that left the exemplary choices of their scene, in order.
fn led_to_ending(g: &Graph, st: &State) -> Vec<(u32, i64)> {
    if ending_cap(g, st).is_none() {
        return Vec::new();
    }
    st.events
        .iter()
        .filter_map(|e| match *e {
            crate::engine::Event::Chose {
                choice, at, by_player, ..
            } if by_player => {
                let scene = g.choices[choice as usize].scene;
                let mut ex = g.exemplary_at(scene).peekable();
                (ex.peek().is_some() && !ex.any(|c| c == choice)).then_some((choice, at))
            }
            _ => None,
        })
        .collect()
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
    let mut t = [
        role_clarity::total(g, st, work),
        child_voice::total(g, st),
        timing::total(g, st),
    ];
    if let Some((_, about, cap)) = ending_cap(g, st) {
        for (i, d) in Dimension::ALL.iter().enumerate() {
            if about & crate::engine::facts::dim_bit(*d) != 0 {
                t[i] = t[i].min(cap);
            }
        }
    }
    t
}

/// The scores of a play as its set-up asks: the team's, or with `player` (solo mode) the
/// player's part of each dimension (see `focus`).
pub fn score_for(g: &Graph, st: &State, player: Option<u16>) -> Scores {
    let mut s = score(g, st);
    if let Some(p) = player {
        focus::narrow(g, st, p, &mut s);
    }
    s
}

/// `totals` for a play as its set-up asks. Solo plays are scored in full and then narrowed to
/// the player's part, which costs more than the team's totals; group plays take the fast path.
pub fn totals_for(g: &Graph, st: &State, work: &mut Work, player: Option<u16>) -> [u32; 3] {
    match player {
        None => totals(g, st, work),
        Some(_) => {
            let s = score_for(g, st, player);
            [s.role_clarity.score, s.child_voice.score, s.decision_timing.score]
        }
    }
}

/// Relational safety alone, `None` for a play without conversation lines.
pub fn relational_total(g: &Graph, st: &State) -> Option<u32> {
    let mut d = relational::score(g, st)?;
    apply_ending(g, st, &mut d);
    Some(d.score)
}

pub fn score(g: &Graph, st: &State) -> Scores {
    let (mut role_clarity, roles) = role_clarity::score(g, st);
    let mut child_voice = child_voice::score(g, st);
    let mut decision_timing = timing::score(g, st);
    let mut relational_safety = relational::score(g, st);
    for d in [&mut role_clarity, &mut child_voice, &mut decision_timing]
        .into_iter()
        .chain(relational_safety.as_mut())
    {
        apply_ending(g, st, d);
    }
    Scores {
        role_clarity,
        child_voice,
        decision_timing,
        relational_safety,
        roles,
        led_to_ending: led_to_ending(g, st),
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
