//! The debrief: a structured report of a finished (or stopped) drill, built from the session
//! alone, then rendered as text, Markdown or JSON. Everything that depends on this particular
//! run's wall clock sits under `wall_clock`; the rest is identical for the same scenario, seed
//! and inputs.

mod build;
mod render;

use serde::Serialize;

pub use build::build;
pub use render::{markdown, markdown_full, render, text, text_body, text_full};

/// How a debrief is written out: text for a terminal, Markdown for a document, JSON for a tool.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    #[default]
    Text,
    Md,
    Json,
}

use crate::engine::Mode;
use crate::scenario::model::{LearningPoint, Reflection};
use crate::score::{Band, Rule};

#[derive(Debug, Clone, Serialize)]
pub struct Debrief {
    pub scenario: ScenarioRef,
    pub seed: u64,
    pub mode: Mode,
    /// The player's role in solo mode.
    pub role: Option<String>,
    pub ending: EndingRef,
    pub scores: Scores,
    /// Role clarity per role.
    pub roles: Vec<RoleResult>,
    pub timeline: Vec<TimelineItem>,
    pub intervals: Vec<Interval>,
    pub transcript: Vec<TranscriptItem>,
    pub strengths: Vec<EvidenceItem>,
    pub areas_for_improvement: Vec<EvidenceItem>,
    pub missed_voice: Vec<EvidenceItem>,
    /// Where the path left the exemplary path, and the score difference to it.
    pub departure: Option<Departure>,
    pub conversations: Vec<ConversationReport>,
    /// One improvement per role that played: its first choice off the exemplary choices of
    /// a scene, and the exemplary choice there.
    pub improvements: Vec<Improvement>,
    pub notes: Vec<NoteItem>,
    pub reflection_questions: Reflection,
    pub learning_points: Vec<LearningPointItem>,
    pub wall_clock: WallClock,
}

#[derive(Debug, Clone, Serialize)]
pub struct ScenarioRef {
    pub id: String,
    pub title: String,
    pub language: String,
    pub version: String,
    pub hash: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct EndingRef {
    pub id: String,
    pub title: String,
    pub text: String,
    pub outcome: String,
    /// False when the session stopped before an ending.
    pub reached: bool,
    /// The dimensions a mixed or poor outcome is about (`about` in the scenario).
    pub about: Vec<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub because: Option<String>,
    /// The people's choices that led here: where they left the exemplary choices of a scene
    /// (only for a mixed or poor ending that names its dimensions).
    pub led_by: Vec<LedBy>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Improvement {
    pub role: String,
    pub role_name: String,
    /// None when the role kept to the exemplary choices all through.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub day: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub taken: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub taken_text: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub better: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub better_text: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct LedBy {
    pub choice: String,
    pub text: String,
    pub role: String,
    pub role_name: String,
    pub day: i64,
}

#[derive(Debug, Clone, Serialize)]
pub struct Scores {
    pub role_clarity: DimensionResult,
    pub child_voice: DimensionResult,
    pub decision_timing: DimensionResult,
    /// Only when the play had conversation lines.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub relational_safety: Option<DimensionResult>,
}

impl Scores {
    /// Every dimension scored in this play, in the debrief's order.
    pub fn all(&self) -> Vec<(&'static str, &DimensionResult)> {
        let mut v = vec![
            ("role_clarity", &self.role_clarity),
            ("child_voice", &self.child_voice),
            ("decision_timing", &self.decision_timing),
        ];
        if let Some(r) = &self.relational_safety {
            v.push(("relational_safety", r));
        }
        v
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct DimensionResult {
    pub score: u32,
    pub band: Band,
    pub evidence: Vec<EvidenceItem>,
}

/// One fact behind a score, with the scenario's own words for it.
#[derive(Debug, Clone, Serialize)]
pub struct EvidenceItem {
    pub dimension: &'static str,
    pub rule: Rule,
    pub positive: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub choice: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub choice_text: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subject_text: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub day: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub points: Option<u32>,
    /// The breach or harm named, or a line's qualities.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// How far a person's counter moved in the conversation, up positive (relational safety);
    /// whether that was safer is the rule (`trust_built`, `trust_lost`): some counters, such
    /// as a fear, are safer lower.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delta: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rationale: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct RoleResult {
    pub id: String,
    pub name: String,
    pub for_count: u32,
    pub against_count: u32,
    pub score: Option<u32>,
}

#[derive(Debug, Clone, Serialize)]
pub struct TimelineItem {
    /// Simulated minutes since day 0.
    pub at: i64,
    pub day: i64,
    /// `YYYY-MM-DD HH:MM` on the simulated calendar.
    pub date: String,
    pub kind: TimelineKind,
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
}

#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum TimelineKind {
    FirstConcern,
    KeyDecision,
    Inject,
    Ending,
}

#[derive(Debug, Clone, Serialize)]
pub struct Interval {
    pub key: IntervalKind,
    pub days: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// Open days in the interval, where the key decision's window counts `WorkingDays`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub working_days: Option<i64>,
}

#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum IntervalKind {
    /// Day 0 to the first choice that carried out a responsibility or made a key decision.
    FirstConcernToFirstAction,
    /// Day 0 to a key decision (`subject`).
    FirstConcernToDecision,
    /// Day 0 to the end of the drill.
    FirstConcernToEnd,
}

#[derive(Debug, Clone, Serialize)]
pub struct TranscriptItem {
    pub scene: String,
    pub role: String,
    pub role_name: String,
    pub choice: String,
    pub by_player: bool,
    pub at: i64,
    pub text: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Departure {
    /// 0-based index into the people's choices where the path first differed.
    pub step: usize,
    pub scene: String,
    pub exemplary: String,
    pub exemplary_text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub taken: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub taken_text: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rationale: Option<String>,
    /// The exemplary path's scores minus this play's, per dimension.
    pub cost: CostItem,
}

#[derive(Debug, Clone, Serialize)]
pub struct CostItem {
    pub role_clarity: i64,
    pub child_voice: i64,
    pub decision_timing: i64,
    /// When both this play and the exemplary path had conversations.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub relational_safety: Option<i64>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ConversationReport {
    pub scene: String,
    pub with: String,
    pub lines: Vec<ConversationLine>,
    pub state: Vec<StateChange>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ConversationLine {
    pub choice: String,
    pub text: String,
    pub qualities: Vec<&'static str>,
}

#[derive(Debug, Clone, Serialize)]
pub struct StateChange {
    pub counter: String,
    pub label: String,
    pub from: i64,
    pub to: i64,
}

/// A learning point as the debrief shows it. The scenario format names the dimension in
/// RON's own spelling (`RoleClarity`); the JSON uses the same snake_case key as `scores`.
#[derive(Debug, Clone, Serialize)]
pub struct LearningPointItem {
    pub text: String,
    /// A law, guideline or recommendation by name.
    pub reference: Option<String>,
    /// `role_clarity`, `child_voice`, `decision_timing` or `relational_safety`.
    pub dimension: Option<&'static str>,
}

impl From<&LearningPoint> for LearningPointItem {
    fn from(lp: &LearningPoint) -> Self {
        LearningPointItem {
            text: lp.text.to_string(),
            reference: lp.reference.as_ref().map(|r| r.to_string()),
            dimension: lp.dimension.map(|d| d.key()),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct NoteItem {
    pub text: String,
    pub day: i64,
    pub after_decisions: usize,
}

/// What belongs to this run only (CONTRACT.md): excluded from the byte-for-byte guarantee.
#[derive(Debug, Clone, Serialize, Default)]
pub struct WallClock {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub started: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub finished: Option<String>,
    /// Seconds the group deliberated on each of its decisions.
    pub seconds_per_decision: Vec<u32>,
    pub total_seconds: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session_file: Option<String>,
}

/// How many of `width` cells a score bar fills for a score from 0 to 100 (above 100 counts as
/// 100): the score's share of the width, rounded half up. The one rounding every front end uses,
/// so that the text debrief and the terminal UI draw the same score the same length.
pub fn bar_cells(score: u32, width: usize) -> usize {
    (score.min(100) as usize * width + 50) / 100
}

impl Debrief {
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_else(|_| "{}".into()) + "\n"
    }
}

#[cfg(test)]
mod tests {
    use super::bar_cells;

    #[test]
    fn bar_cells_round_half_up_and_stay_in_width() {
        assert_eq!(bar_cells(0, 20), 0);
        assert_eq!(bar_cells(2, 20), 0);
        assert_eq!(bar_cells(3, 20), 1); // 0.6 cells
        assert_eq!(bar_cells(67, 20), 13); // 13.4 cells
        assert_eq!(bar_cells(68, 20), 14); // 13.6 cells
        assert_eq!(bar_cells(25, 10), 3); // 2.5 cells: half up
        assert_eq!(bar_cells(100, 37), 37);
        assert_eq!(bar_cells(250, 20), 20);
    }
}
