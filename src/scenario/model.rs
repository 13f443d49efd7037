//! The scenario as a trainer writes it: serde types that mirror the RON file one to one.
//!
//! Every struct denies unknown fields so that a misspelt field is a located error instead of
//! being silently ignored. Ids are plain strings here; the engine interns them (see
//! `engine::graph`) so the hot path never touches a string.

use serde::{Deserialize, Serialize};

use super::calendar::{At, CalendarSpec};
use super::duration::Duration;

/// Text and ids in a scenario. Short ones (up to 24 bytes: nearly every id) are kept inline
/// instead of in an allocation of their own, which halves the memory a large scenario takes.
pub type Text = compact_str::CompactString;

/// One drill: metadata, the people involved, the story graph, and the debrief material.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub id: Text,
    pub title: Text,
    /// `nb`, `nn` or `en`.
    pub language: Text,
    /// Set in a translation: the language of the original this file translates.
    #[serde(default)]
    pub translation_of: Option<Text>,
    pub summary: Text,
    #[serde(default)]
    pub target_group: Text,
    pub duration_minutes: u32,
    #[serde(default = "default_version")]
    pub version: Text,
    #[serde(default)]
    pub objectives: Vec<Objective>,
    /// The role a player takes in solo mode unless `--role` says otherwise.
    #[serde(default)]
    pub solo_role: Option<Text>,
    pub clock: Clock,
    /// The scenario's own closed days, beside weekends and public holidays (`calendar`).
    #[serde(default)]
    pub calendar: CalendarSpec,
    pub roles: Vec<Role>,
    #[serde(default)]
    pub flags: Vec<Text>,
    #[serde(default)]
    pub counters: Vec<Counter>,
    #[serde(default)]
    pub key_decisions: Vec<KeyDecision>,
    #[serde(default)]
    pub voice_opportunities: Vec<VoiceOpportunity>,
    #[serde(default)]
    pub injects: Vec<Inject>,
    /// The id of the first scene.
    pub start: Text,
    pub scenes: Vec<Scene>,
    /// The choices the authors consider good practice, in order, as `"scene.choice"`.
    /// In a round, one entry per role that acts, in the round's role order.
    #[serde(default)]
    pub exemplary_path: Vec<Text>,
    #[serde(default)]
    pub learning_points: Vec<LearningPoint>,
    #[serde(default)]
    pub reflection: Reflection,
}

fn default_version() -> Text {
    Text::const_new("1")
}

/// The things a drill scores: three always, and relational safety when the play had
/// conversations.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Dimension {
    RoleClarity,
    ChildVoice,
    DecisionTiming,
    RelationalSafety,
}

impl Dimension {
    /// The three dimensions every play is scored on (relational safety only with conversations).
    pub const ALL: [Dimension; 3] = [Dimension::RoleClarity, Dimension::ChildVoice, Dimension::DecisionTiming];

    /// Stable key used in JSON output and message ids.
    pub fn key(self) -> &'static str {
        match self {
            Dimension::RoleClarity => "role_clarity",
            Dimension::ChildVoice => "child_voice",
            Dimension::DecisionTiming => "decision_timing",
            Dimension::RelationalSafety => "relational_safety",
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Objective {
    pub dimension: Dimension,
    pub text: Text,
}

/// The simulated clock. Day 0 is the moment the first concern (uro) arises.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Clock {
    /// `"YYYY-MM-DD"` or `"YYYY-MM-DD HH:MM"`.
    pub start: Text,
    /// When the simulated time reaches the horizon, the drill ends in `timeout`.
    pub horizon: Duration,
    /// The ending scene reached when the horizon runs out.
    pub timeout: Text,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Default)]
#[serde(deny_unknown_fields)]
pub struct Role {
    pub id: Text,
    /// Defaults to the catalogue's name when `id` is a catalogue role.
    #[serde(default)]
    pub name: Option<Text>,
    #[serde(default)]
    pub description: Option<Text>,
    /// What only this role knows; shown after an "only this role looks now" step.
    #[serde(default)]
    pub brief: Option<Text>,
    /// Added to the catalogue's responsibilities for a catalogue role.
    #[serde(default)]
    pub responsibilities: Vec<Responsibility>,
    /// Whether people can play this role (parents and the child are simulated by default).
    #[serde(default)]
    pub playable: Option<bool>,
    /// Whether the role is part of the case from the start (see the `Join` effect).
    #[serde(default = "yes")]
    pub present: bool,
    /// How the computer plays this role in solo mode.
    #[serde(default)]
    pub policy: Policy,
}

impl Role {
    /// Whether people can play this role. `playable` is `None` only before the catalogue has
    /// filled in its default (`scenario::catalogue`), and an unresolved role is not playable.
    pub fn is_playable(&self) -> bool {
        self.playable == Some(true)
    }
}

fn yes() -> bool {
    true
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Default)]
#[serde(deny_unknown_fields)]
pub struct Responsibility {
    pub id: Text,
    pub text: Text,
    /// A needed responsibility that nobody performs counts against role clarity.
    #[serde(default)]
    pub needed: bool,
    /// A needed responsibility is not needed in a play where all these hold at its end (e.g.
    /// the kindergarten's first conversation with the parents, once the child welfare service
    /// has taken over because violence is suspected).
    #[serde(default)]
    pub not_needed_when: Vec<Condition>,
}

/// How the computer chooses for a role it plays.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Default)]
pub enum Policy {
    /// The exemplary path's choice where there is one, else the first available choice.
    #[default]
    Exemplary,
    /// The first available choice.
    First,
    /// A choice drawn from the session's random generator.
    Random,
    /// The first available of these choice ids, else the first available choice.
    Prefer(Vec<Text>),
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Counter {
    pub id: Text,
    #[serde(default)]
    pub label: Option<Text>,
    #[serde(default)]
    pub start: i64,
    #[serde(default)]
    pub min: i64,
    #[serde(default = "default_counter_max")]
    pub max: i64,
    /// The simulated person (a role id) whose state this counter is, e.g. a parent's trust.
    #[serde(default)]
    pub person: Option<Text>,
    /// Which way is safer for relational safety: `Higher` (the default: trust, openness) or
    /// `Lower` (fear, worry). Read only for counters with a `person`.
    #[serde(default)]
    pub safer: Safer,
}

/// Which way a person's counter moves when the relation gets safer.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Default)]
pub enum Safer {
    #[default]
    Higher,
    Lower,
}

fn default_counter_max() -> i64 {
    10
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct KeyDecision {
    pub id: Text,
    pub title: Text,
    pub window: Window,
    /// The decision does not belong to a play where these all hold at its end, and is left
    /// out of the timing score (e.g. when the child welfare service has taken over because
    /// violence is suspected, the kindergarten's first conversation with the parent must not
    /// happen). Empty: the decision always counts.
    #[serde(default)]
    pub not_applicable_when: Vec<Condition>,
}

/// When a key decision should be made, counted from day 0 of the simulated clock.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Window {
    pub ideal_from: Duration,
    pub ideal_to: Duration,
    pub latest: Duration,
}

impl Window {
    /// Whether the window is counted in working days (then the debrief shows them too).
    pub fn in_working_days(&self) -> bool {
        [self.ideal_from, self.ideal_to, self.latest]
            .iter()
            .any(|d| matches!(d, Duration::WorkingDays(_)))
    }
}

/// A moment where the child could be informed, heard or involved.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct VoiceOpportunity {
    pub id: Text,
    /// What the opportunity is, in the debrief's words.
    pub text: Text,
    /// The scenes where the choices made decide the level reached.
    pub scenes: Vec<Text>,
    /// The best level of participation possible here.
    pub best: Participation,
    /// When true (the default) an opportunity whose scenes were never visited counts as missed.
    #[serde(default = "yes")]
    pub required: bool,
}

/// Levels of the child's participation, after Lundy's space, voice, audience and influence.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Participation {
    NotInformed,
    Informed,
    Heard,
    Involved,
    Influences,
}

impl Participation {
    pub fn level(self) -> u32 {
        self as u32
    }
    pub fn key(self) -> &'static str {
        match self {
            Participation::NotInformed => "not_informed",
            Participation::Informed => "informed",
            Participation::Heard => "heard",
            Participation::Involved => "involved",
            Participation::Influences => "influences",
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Inject {
    pub id: Text,
    pub title: Text,
    pub text: Text,
    #[serde(default)]
    pub trigger: Trigger,
    #[serde(default)]
    pub when: Vec<Condition>,
    #[serde(default)]
    pub effects: Vec<Effect>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Default)]
pub enum Trigger {
    /// Only when the facilitator triggers it.
    #[default]
    Facilitator,
    /// Also fires by itself on entering a scene, with this chance in percent (seeded RNG).
    Random(u8),
    /// A chance that rolls once per play: with this chance in percent (drawn once from the
    /// session seed) it fires by itself the first time a scene is entered while its `when`
    /// holds; otherwise it never fires by itself in this play.
    Once(u8),
}

/// A scene: one screen of the drill.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub enum Scene {
    /// Text that moves the story on by itself.
    Narration {
        id: Text,
        /// Where the scene lands in the week (see `calendar::At`).
        #[serde(default)]
        at: Option<At>,
        /// The scene may happen on a weekend, a public holiday or a declared closed day.
        #[serde(default)]
        any_day: bool,
        #[serde(default)]
        speaker: Option<Text>,
        text: Text,
        #[serde(default)]
        variants: Box<[Variant]>,
        #[serde(default)]
        elapsed: Duration,
        /// Applied as the story passes this scene (e.g. a parent's worry grows while time passes).
        #[serde(default)]
        effects: Box<[Effect]>,
        next: Text,
        #[serde(default)]
        branches: Box<[Branch]>,
    },
    /// One role decides.
    Decision {
        id: Text,
        /// Where the scene lands in the week (see `calendar::At`).
        #[serde(default)]
        at: Option<At>,
        /// The scene may happen on a weekend, a public holiday or a declared closed day.
        #[serde(default)]
        any_day: bool,
        role: Text,
        #[serde(default)]
        speaker: Option<Text>,
        text: Text,
        #[serde(default)]
        variants: Box<[Variant]>,
        choices: Box<[Choice]>,
        /// Show the choices in the order written instead of an order drawn from the seed: for
        /// a scale whose order carries meaning ("not at all" … "at once"). Off by default, so
        /// that neither position nor habit gives the best choice away.
        #[serde(default)]
        keep_order: bool,
    },
    /// Every present role among `roles` picks its own action at the same time.
    Round {
        id: Text,
        /// Where the scene lands in the week (see `calendar::At`).
        #[serde(default)]
        at: Option<At>,
        /// The scene may happen on a weekend, a public holiday or a declared closed day.
        #[serde(default)]
        any_day: bool,
        /// Who takes part, if present; empty means every present playable role.
        #[serde(default)]
        roles: Box<[Text]>,
        #[serde(default)]
        speaker: Option<Text>,
        text: Text,
        #[serde(default)]
        variants: Box<[Variant]>,
        #[serde(default)]
        elapsed: Duration,
        choices: Box<[Choice]>,
        /// Show the choices in the order written instead of an order drawn from the seed: for
        /// a scale whose order carries meaning ("not at all" … "at once"). Off by default, so
        /// that neither position nor habit gives the best choice away.
        #[serde(default)]
        keep_order: bool,
        next: Text,
        #[serde(default)]
        branches: Box<[Branch]>,
    },
    /// A role talks with a simulated person (`with`), whose counters react to the lines chosen.
    Conversation {
        id: Text,
        /// Where the scene lands in the week (see `calendar::At`).
        #[serde(default)]
        at: Option<At>,
        /// The scene may happen on a weekend, a public holiday or a declared closed day.
        #[serde(default)]
        any_day: bool,
        role: Text,
        with: Text,
        #[serde(default)]
        speaker: Option<Text>,
        /// What the simulated person says or does.
        text: Text,
        #[serde(default)]
        variants: Box<[Variant]>,
        choices: Box<[Choice]>,
        /// Show the choices in the order written instead of an order drawn from the seed: for
        /// a scale whose order carries meaning ("not at all" … "at once"). Off by default, so
        /// that neither position nor habit gives the best choice away.
        #[serde(default)]
        keep_order: bool,
    },
    Ending {
        id: Text,
        /// Where the scene lands in the week (see `calendar::At`).
        #[serde(default)]
        at: Option<At>,
        /// The scene may happen on a weekend, a public holiday or a declared closed day.
        #[serde(default)]
        any_day: bool,
        title: Text,
        text: Text,
        #[serde(default)]
        outcome: Outcome,
        /// The dimensions a mixed or poor outcome is about: a play that ends here cannot be
        /// strong on them (see docs/scoring.md).
        #[serde(default)]
        about: Box<[Dimension]>,
        /// Why the outcome is about those dimensions, in the debrief's words.
        #[serde(default)]
        because: Option<Text>,
        #[serde(default)]
        learning_points: Box<[LearningPoint]>,
        #[serde(default)]
        reflection: Reflection,
    },
}

/// Text shown instead of the scene's own text when its conditions hold (first match wins).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Variant {
    pub when: Box<[Condition]>,
    pub text: Text,
}

/// Go to `next` instead of the default when the conditions hold (first match wins).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Branch {
    pub when: Box<[Condition]>,
    pub next: Text,
}

/// The list fields are boxed slices rather than `Vec`s: a scenario holds many choices, most
/// lists in them are empty or short, and a boxed slice is a third smaller.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Default)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    /// Unique within its scene.
    pub id: Text,
    pub text: Text,
    /// The acting role; defaults to the scene's role (required in a round).
    #[serde(default)]
    pub role: Option<Text>,
    /// The next scene (not in a round: the round has its own `next`).
    #[serde(default)]
    pub next: Option<Text>,
    #[serde(default)]
    pub branches: Box<[Branch]>,
    #[serde(default)]
    pub elapsed: Duration,
    /// Where the next scene lands in the week when this choice is taken ("Thursday at two"),
    /// after `elapsed`; the scene's own `at` and open-day rule apply after it. Not in a round.
    #[serde(default)]
    pub at: Option<At>,
    /// The choice is offered only when all these hold.
    #[serde(default)]
    pub when: Box<[Condition]>,
    #[serde(default)]
    pub effects: Box<[Effect]>,
    // The semantic facts the scoring reads.
    /// Responsibilities this choice carries out; by a role that does not own one, it oversteps.
    #[serde(default)]
    pub performs: Box<[Text]>,
    /// The role hands the case on instead of acting on its own responsibility.
    #[serde(default)]
    pub passes_on: bool,
    /// In a round: the role takes the lead.
    #[serde(default)]
    pub leads: bool,
    /// In a round: the role starts a measure of its own.
    #[serde(default)]
    pub measure: bool,
    #[serde(default)]
    pub child_voice: Option<Participation>,
    /// The key decision this choice makes.
    #[serde(default)]
    pub decides: Option<Text>,
    #[serde(default)]
    pub qualities: Box<[Quality]>,
    /// Duties or boundaries this choice breaches; each counts against the role's clarity.
    #[serde(default)]
    pub breaches: Box<[Breach]>,
    /// Ways this choice harms the child's voice; each counts in the child's voice score.
    #[serde(default)]
    pub harms_voice: Box<[VoiceHarm]>,
    /// The key decision this choice makes (`decides`) is made too early: without grounding,
    /// or closing before the measures were evaluated. Timing scores it as such.
    #[serde(default)]
    pub too_early: bool,
    /// Shown at once in coaching mode.
    #[serde(default)]
    pub feedback: Option<Box<str>>,
    /// Shown in the debrief.
    #[serde(default)]
    pub rationale: Option<Box<str>>,
    /// The authors know this choice changes no score or ending (for `laget explore`).
    #[serde(default)]
    pub intended_no_effect: bool,
}

/// A duty or boundary a choice can breach (role clarity counts it against the role).
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Breach {
    /// Shares confidential information without a legal basis (taushetsplikt).
    Confidentiality,
    /// Shares or acts without the consent it needs, or takes a consent that is none.
    Consent,
    /// Investigates what belongs to the child welfare service or the police.
    Investigates,
    /// Tells or confronts a suspected caregiver before the child welfare service or police.
    WarnsSuspect,
}

impl Breach {
    pub fn key(self) -> &'static str {
        match self {
            Breach::Confidentiality => "confidentiality",
            Breach::Consent => "consent",
            Breach::Investigates => "investigates",
            Breach::WarnsSuspect => "warns_suspect",
        }
    }
}

/// A way a choice harms the child's voice (the child's voice score counts it).
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum VoiceHarm {
    /// Promises the child secrecy that the adult cannot keep.
    PromisesSecrecy,
    /// Asks leading or probing questions.
    LeadingQuestions,
    /// Leaves the adults' decision for the child to carry.
    BurdensChild,
}

impl VoiceHarm {
    pub fn key(self) -> &'static str {
        match self {
            VoiceHarm::PromisesSecrecy => "promises_secrecy",
            VoiceHarm::LeadingQuestions => "leading_questions",
            VoiceHarm::BurdensChild => "burdens_child",
        }
    }
}

/// Qualities of a line in a conversation, shown in coaching and the debrief.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Quality {
    Warm,
    Honest,
    Clear,
    Acknowledges,
    Opens,
    ReflectsBack,
    Reassures,
    TakesResponsibility,
    Evades,
    Frightens,
    Closes,
    Leads,
    Pressures,
    Blames,
}

impl Quality {
    pub fn is_positive(self) -> bool {
        (self as u8) <= (Quality::TakesResponsibility as u8)
    }
    pub fn key(self) -> &'static str {
        match self {
            Quality::Warm => "warm",
            Quality::Honest => "honest",
            Quality::Clear => "clear",
            Quality::Acknowledges => "acknowledges",
            Quality::Opens => "opens",
            Quality::ReflectsBack => "reflects_back",
            Quality::Reassures => "reassures",
            Quality::TakesResponsibility => "takes_responsibility",
            Quality::Evades => "evades",
            Quality::Frightens => "frightens",
            Quality::Closes => "closes",
            Quality::Leads => "leads",
            Quality::Pressures => "pressures",
            Quality::Blames => "blames",
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub enum Condition {
    Flag(Text),
    NotFlag(Text),
    Counter(Text, Compare),
    Visited(Text),
    NotVisited(Text),
    /// Simulated time since day 0 is at least this.
    After(Duration),
    /// Simulated time since day 0 is less than this.
    Before(Duration),
    Present(Text),
    Absent(Text),
    Decided(Text),
    NotDecided(Text),
    Injected(Text),
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq)]
pub enum Compare {
    AtLeast(i64),
    AtMost(i64),
    Equals(i64),
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub enum Effect {
    Set(Text),
    Clear(Text),
    Add(Text, i64),
    Assign(Text, i64),
    /// The role becomes part of the case.
    Join(Text),
    /// The role is away (e.g. on sick leave) until it joins again.
    Leave(Text),
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Default)]
pub enum Outcome {
    Good,
    #[default]
    Mixed,
    Poor,
}

impl Outcome {
    pub fn key(self) -> &'static str {
        match self {
            Outcome::Good => "good",
            Outcome::Mixed => "mixed",
            Outcome::Poor => "poor",
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct LearningPoint {
    pub text: Text,
    /// A law, guideline or recommendation by name.
    #[serde(default)]
    pub reference: Option<Text>,
    #[serde(default)]
    pub dimension: Option<Dimension>,
}

/// Reflection questions grouped by the phases of a PEARLS-style debrief.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Default)]
#[serde(deny_unknown_fields)]
pub struct Reflection {
    #[serde(default)]
    pub reactions: Box<[Text]>,
    #[serde(default)]
    pub description: Box<[Text]>,
    #[serde(default)]
    pub analysis: Box<[Text]>,
    #[serde(default)]
    pub summary: Box<[Text]>,
}

impl Scene {
    pub fn id(&self) -> &str {
        match self {
            Scene::Narration { id, .. }
            | Scene::Decision { id, .. }
            | Scene::Round { id, .. }
            | Scene::Conversation { id, .. }
            | Scene::Ending { id, .. } => id,
        }
    }

    /// Where the scene lands in the week, and whether it may happen on a closed day.
    pub fn landing(&self) -> (Option<&At>, bool) {
        match self {
            Scene::Narration { at, any_day, .. }
            | Scene::Decision { at, any_day, .. }
            | Scene::Round { at, any_day, .. }
            | Scene::Conversation { at, any_day, .. }
            | Scene::Ending { at, any_day, .. } => (at.as_ref(), *any_day),
        }
    }

    pub fn text(&self) -> &str {
        match self {
            Scene::Narration { text, .. }
            | Scene::Decision { text, .. }
            | Scene::Round { text, .. }
            | Scene::Conversation { text, .. }
            | Scene::Ending { text, .. } => text,
        }
    }

    pub fn choices(&self) -> &[Choice] {
        match self {
            Scene::Decision { choices, .. } | Scene::Round { choices, .. } | Scene::Conversation { choices, .. } => {
                choices
            }
            Scene::Narration { .. } | Scene::Ending { .. } => &[],
        }
    }

    /// Whether the choices are shown in the order written (`keep_order`).
    pub fn keep_order(&self) -> bool {
        match self {
            Scene::Decision { keep_order, .. }
            | Scene::Round { keep_order, .. }
            | Scene::Conversation { keep_order, .. } => *keep_order,
            Scene::Narration { .. } | Scene::Ending { .. } => false,
        }
    }

    pub fn variants(&self) -> &[Variant] {
        match self {
            Scene::Narration { variants, .. }
            | Scene::Decision { variants, .. }
            | Scene::Round { variants, .. }
            | Scene::Conversation { variants, .. } => variants,
            Scene::Ending { .. } => &[],
        }
    }

    pub fn speaker(&self) -> Option<&str> {
        match self {
            Scene::Narration { speaker, .. }
            | Scene::Decision { speaker, .. }
            | Scene::Round { speaker, .. }
            | Scene::Conversation { speaker, .. } => speaker.as_deref(),
            Scene::Ending { .. } => None,
        }
    }

    /// The role that acts in a decision or conversation.
    pub fn role(&self) -> Option<&str> {
        match self {
            Scene::Decision { role, .. } | Scene::Conversation { role, .. } => Some(role),
            _ => None,
        }
    }

    pub fn is_ending(&self) -> bool {
        matches!(self, Scene::Ending { .. })
    }

    /// Stable name of the scene's kind, as written in the file.
    pub fn kind(&self) -> &'static str {
        match self {
            Scene::Narration { .. } => "Narration",
            Scene::Decision { .. } => "Decision",
            Scene::Round { .. } => "Round",
            Scene::Conversation { .. } => "Conversation",
            Scene::Ending { .. } => "Ending",
        }
    }
}

impl Choice {
    /// Every scene this choice can lead to.
    pub fn targets(&self) -> impl Iterator<Item = &str> {
        self.next
            .iter()
            .map(Text::as_str)
            .chain(self.branches.iter().map(|b| b.next.as_str()))
    }
}
