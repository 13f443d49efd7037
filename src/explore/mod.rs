//! `laget explore`: the scenario played many times by the real engine, to show authors what
//! their graph does. Endings and how often they are reached, the spread of each score, scenes
//! and choices never reached, choices that make no difference, and the best and worst play as
//! a transcript that `laget play --plain` replays exactly.
//!
//! # Walks
//!
//! Walk `i` gets its own seed, drawn from `--seed`. That seed is the walk's *session* seed:
//! the engine's generator (random injects, `Random` policies) is seeded with it exactly as
//! `laget play SCENARIO --plain --seed SEED --mode MODE [--role ROLE]` seeds it. The walk's own
//! picks (uniform among the choices offered) come from a second, separate generator seeded
//! from the same walk seed, so they never shift the engine's draws. Feeding the walk's
//! `inputs` (1-based numbers among the choices offered, one per line) to plain mode therefore
//! replays the walk, injects included. Where the scenario has events only a facilitator
//! triggers, a walk triggers one now and then (about one decision in twenty, drawn from the
//! walk's picking generator), so that what only such an event leads to is explored too; such a
//! step is the line `/inject ID` in `inputs`, which plain mode takes as the facilitator's
//! command.
//!
//! # Exhaustive
//!
//! `--exhaustive` enumerates every distinct sequence of choices (depth first, cloning the
//! state at each decision). Random injects make "every path" ill-defined, since whether an
//! inject fires depends on the generator; so every path is played with the one seed given by
//! `--seed`, and an inject fires on a path as that seed decides there. Enumeration stops at a
//! cap on paths (and on decisions per path); the report then says so.
//!
//! # Dead choices
//!
//! A *probe* is taken at a decision point met during exploration: from a copy of the state
//! there, each choice offered is taken in turn and the drill is played to its end with the
//! *same* continuation (copies of the walk's picking generator and of the engine's
//! generator), giving for each choice an outcome: the ending and the three scores. Two
//! siblings (choices offered together to the same role) *differ* if some probe gave them
//! different outcomes. A choice is **dead** when it was probed and some sibling never differed
//! from it: as far as the probes show, taking one instead of the other changes no score and no
//! ending. Both members of such a pair are reported. Choices marked
//! `intended_no_effect: true` are left out. Probes are taken at the first
//! [`Options::probes_per_scene`] times each decision point (a scene, and in a round each role
//! in it) is met, so their cost does not
//! grow with the number of walks, and they stop once they have cost more steps than the walks
//! plus a million (so on a very large scenario only the scenes met first are probed). A
//! choice whose effect shows only rarely can escape them, and a probe's one continuation can
//! make two choices look alike that are not: after random walks the report is a hint for
//! authors, not a proof (`Report::dead_choices_proven` is false, and the text says so).
//!
//! `--exhaustive` does not probe: it knows every path. At each decision it collects, for each
//! choice offered, the set of outcomes reachable after it; two siblings differ if at some
//! decision those sets differ. A pair is dead when at every decision that offered both, the
//! same endings and scores remained possible after either. When the enumeration was complete
//! this is a proof (for the seed given), and the report says so.
//!
//! The core reads no clock: the command line measures the time around [`explore`].

mod closed;
pub mod json;
mod stats;

use std::collections::{BTreeMap, BTreeSet};

use crate::engine::graph::NONE;
use crate::engine::{Drill, Event, Mode, State};
use crate::scenario::model::Dimension;
pub use closed::ClosedDayScene;
pub use stats::Distribution;

/// What to explore.
#[derive(Debug, Clone)]
pub struct Options {
    pub walks: u64,
    pub seed: u64,
    pub exhaustive: bool,
    pub mode: Mode,
    /// The role the player takes in solo mode (an id of a playable role).
    pub role: Option<String>,
    /// Exhaustive: stop after this many complete paths.
    pub max_paths: u64,
    /// Exhaustive: stop a path after this many decisions.
    pub max_depth: usize,
    /// Probes for dead choices at the first this-many decision points of each scene.
    pub probes_per_scene: u32,
    /// Plays per naive strategy (`strategies`); at most `walks`.
    pub strategy_plays: u64,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            walks: 10_000,
            seed: 0,
            exhaustive: false,
            mode: Mode::Group,
            role: None,
            max_paths: 100_000,
            max_depth: 10_000,
            probes_per_scene: 16,
            strategy_plays: 1_000,
        }
    }
}

/// A play that `laget play --plain` replays: `--seed seed --mode mode [--role role]`, fed
/// `inputs` one per line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PathReport {
    pub seed: u64,
    pub mode: Mode,
    pub role: Option<String>,
    /// The lines to type: the 1-based number of a choice offered, or `/inject ID` where the
    /// walk triggered one of the facilitator's events.
    pub inputs: Vec<String>,
    pub ending: String,
    /// Role clarity, child's voice, decision timing.
    pub scores: [u32; 3],
}

/// A naive way to play: what a room that stopped thinking would press.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Strategy {
    /// Always the first choice shown.
    First,
    /// Always the longest text (the first shown of equals).
    Longest,
    /// Always the shortest text (the first shown of equals).
    Shortest,
}

impl Strategy {
    pub const ALL: [Strategy; 3] = [Strategy::First, Strategy::Longest, Strategy::Shortest];

    pub fn key(self) -> &'static str {
        match self {
            Strategy::First => "first",
            Strategy::Longest => "longest",
            Strategy::Shortest => "shortest",
        }
    }
}

/// How a naive strategy fared over its plays (group or solo as explored; every play with its
/// own seed, no facilitator's events).
#[derive(Debug, Clone, PartialEq)]
pub struct StrategyReport {
    pub strategy: Strategy,
    pub plays: u64,
    /// Mean score per dimension (role clarity, child's voice, decision timing), 0–100.
    pub mean: [f64; 3],
    /// Share of plays strong on all three dimensions, 0–1.
    pub all_strong: f64,
}

impl StrategyReport {
    /// The mean of the three dimensions' means.
    pub fn overall(&self) -> f64 {
        self.mean.iter().sum::<f64>() / 3.0
    }
}

/// A naive strategy is a *tell* when it averages within this many points of the best path…
pub const TELL_MARGIN: f64 = 15.0;
/// …or is strong on all dimensions in more than this share of its plays.
pub const TELL_ALL_STRONG: f64 = 0.10;

/// Marks an entry of a walk's inputs as a facilitator's inject (the low bits: its index).
const INJECT: u32 = 1 << 31;

/// Why an exhaustive enumeration is incomplete.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cut {
    /// More paths than `max_paths`.
    Paths(u64),
    /// A path longer than `max_depth` decisions.
    Depth(usize),
}

/// Two siblings that no probe could tell apart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeadChoice {
    /// `scene.choice`.
    pub choice: String,
    /// `scene.choice` of the siblings it was never seen to differ from.
    pub same_as: Vec<String>,
    /// How many probes compared it with a sibling.
    pub probes: u32,
}

#[derive(Debug, Clone)]
pub struct Report {
    pub scenario: String,
    pub language: String,
    pub options: Options,
    /// Walks played (in exhaustive mode: complete paths).
    pub walks: u64,
    /// Choices taken in the walks, by people and by the computer (a round: one per role).
    pub steps: u64,
    /// Choices taken in dead-choice probes (not counted in `steps`).
    pub probe_steps: u64,
    pub endings: BTreeMap<String, u64>,
    /// Per dimension key (`role_clarity`, `child_voice`, `decision_timing`).
    pub scores: BTreeMap<&'static str, Distribution>,
    pub unreached_scenes: Vec<String>,
    pub unreached_choices: Vec<String>,
    pub dead_choices: Vec<DeadChoice>,
    pub best_path: Option<PathReport>,
    pub worst_path: Option<PathReport>,
    /// Exhaustive mode: `None` when every path was enumerated.
    pub cut: Option<Cut>,
    /// Scenes entered on closed days (weekends, public holidays, declared closed days).
    pub closed_days: Vec<ClosedDayScene>,
    /// The naive strategies, in the order of [`Strategy::ALL`].
    pub strategies: Vec<StrategyReport>,
    /// Whether `dead_choices` is complete and exact: an exhaustive enumeration that was not
    /// cut. After random walks it is a hint (probes can miss a difference or see one twice).
    pub dead_choices_proven: bool,
}

impl Report {
    /// The naive strategies that give the scenario away: within [`TELL_MARGIN`] points of the
    /// best path's mean, or all-strong in more than [`TELL_ALL_STRONG`] of their plays.
    pub fn tells(&self) -> Vec<&StrategyReport> {
        let best = self
            .best_path
            .as_ref()
            .map_or(100.0, |b| b.scores.iter().map(|&x| f64::from(x)).sum::<f64>() / 3.0);
        self.strategies
            .iter()
            .filter(|s| s.plays > 0 && (s.overall() >= best - TELL_MARGIN || s.all_strong > TELL_ALL_STRONG))
            .collect()
    }
}

/// Why exploring could not start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExploreError {
    /// Solo mode needs a playable role; this one is not (or there is none).
    NotPlayable(String),
}

/// A small, fast generator for the walk's own picks (SplitMix64). It is kept apart from the
/// engine's ChaCha8 generator so that picking never shifts the engine's draws.
use crate::splitmix::SplitMix as Picker;

/// The outcome of one play: the ending scene (or `NONE`) and the three scores.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct WalkResult {
    ending: u32,
    scores: [u32; 3],
    /// Relational safety, for plays with conversation lines: a choice that changes only how
    /// safe a conversation felt is not dead.
    relational: Option<u32>,
}

/// Probe steps allowed beyond the walks' own steps (see `may_probe`).
const PROBE_ALLOWANCE: u64 = 1_000_000;

struct Explorer<'d> {
    drill: &'d Drill,
    opts: &'d Options,
    player: u16,
    /// Buffers the scorer reuses from one walk to the next.
    score_work: crate::score::Work,
    scene_seen: Vec<bool>,
    choice_seen: Vec<bool>,
    endings: Vec<u64>,
    timeout_endings: u64,
    /// Per dimension, how many plays got each score 0..=100.
    score_counts: [Vec<u64>; 3],
    walks: u64,
    steps: u64,
    probe_steps: u64,
    best: Option<(u32, PathReport)>,
    worst: Option<(u32, PathReport)>,
    /// Probes taken per decision point, by the index of its first choice.
    probes_at: Vec<u32>,
    /// (choice, sibling) → (compared, differed).
    pairs: BTreeMap<(u32, u32), (u32, bool)>,
    /// The injects only a facilitator triggers; walks trigger them now and then, so that what
    /// only such an event leads to is explored too.
    facilitator: Vec<u16>,
    /// Reused buffers.
    options: Vec<u32>,
    outcomes: Vec<WalkResult>,
    /// The state a probe plays on, copied from the walk's (`State::copy_from`, whose cost
    /// follows the walk; a `clone` would copy a visit count for every scene of the scenario).
    /// Taken out while a probe runs.
    probe_state: Option<State>,
    probe_options: Vec<u32>,
    /// The scenes a walk entered on a closed day (`note_closed_days`).
    closed_seen: Vec<u32>,
    closed_days: closed::Tally,
}

/// Explores the scenario. The result depends only on the scenario and `opts`.
pub fn explore(drill: &Drill, opts: &Options) -> Result<Report, ExploreError> {
    let g = &drill.graph;
    // The set-up rules every drill obeys (`Setup::check`): solo needs a role people can play.
    let role = match opts.mode {
        Mode::Group => None,
        Mode::Solo => opts
            .role
            .clone()
            .or_else(|| drill.default_solo_role().map(str::to_string)),
    };
    let setup = crate::engine::Setup {
        seed: opts.seed,
        mode: opts.mode,
        role: role.clone(),
        coach: false,
        from: None,
    };
    if let Err(crate::engine::SetupError::NotPlayable(name) | crate::engine::SetupError::UnknownScene(name)) =
        setup.check(drill)
    {
        return Err(ExploreError::NotPlayable(name));
    }
    let player = role.as_deref().and_then(|r| drill.role_index(r)).unwrap_or(0);
    let mut opts = opts.clone();
    if opts.mode == Mode::Solo {
        opts.role = Some(drill.role_id(player).to_string());
    } else {
        opts.role = None;
    }
    let opts = &opts;
    let mut ex = Explorer {
        drill,
        opts,
        player,
        score_work: Default::default(),
        scene_seen: vec![false; g.scenes.len()],
        choice_seen: vec![false; g.choices.len()],
        endings: vec![0; g.scenes.len()],
        timeout_endings: 0,
        score_counts: [vec![0; 101], vec![0; 101], vec![0; 101]],
        walks: 0,
        steps: 0,
        probe_steps: 0,
        best: None,
        worst: None,
        probes_at: vec![0; g.choices.len()],
        pairs: BTreeMap::new(),
        facilitator: (0..g.injects.len() as u16)
            .filter(|&i| g.injects[i as usize].percent == 0)
            .collect(),
        options: Vec::new(),
        outcomes: Vec::new(),
        probe_state: Some(State::new(g, 0, None)),
        probe_options: Vec::new(),
        closed_seen: Vec::new(),
        closed_days: Default::default(),
    };
    let cut = if opts.exhaustive {
        ex.exhaustive()
    } else {
        ex.random_walks();
        None
    };
    let strategies = Strategy::ALL.iter().map(|&s| ex.strategy(s)).collect();
    let mut report = ex.report(cut);
    report.strategies = strategies;
    Ok(report)
}

impl Explorer<'_> {
    fn random_walks(&mut self) {
        let drill = self.drill;
        let g = &drill.graph;
        let mut seeds = Picker(self.opts.seed);
        let mut st = State::new(g, 0, None);
        let mut inputs: Vec<u32> = Vec::new();
        for _ in 0..self.opts.walks {
            // 40-bit seeds: short enough to type, and collisions (harmless) are rare.
            let seed = seeds.next_u64() >> 24;
            let mut picker = Picker(seed ^ 0x6c61_6765_7420_7761);
            st.reset(g, seed, None);
            st.advance(g, self.opts.mode, self.player);
            inputs.clear();
            while let Some((_, role, _)) = st.acting(g) {
                // Now and then the facilitator triggers an event (about one decision in 20).
                // No draw at all when there is none, so such scenarios walk as before.
                if !self.facilitator.is_empty() && picker.below(20) == 0 {
                    let i = self.facilitator[picker.below(self.facilitator.len())];
                    if st.inject(g, i, false) {
                        inputs.push(INJECT | u32::from(i));
                    }
                }
                let mut options = std::mem::take(&mut self.options);
                options.clear();
                options.extend(st.open(g, role));
                // In the order shown, so that `inputs` are the numbers a person would type.
                st.shuffle(g, &mut options);
                if options.is_empty() {
                    // The engine stops only where a choice is open; this is a backstop.
                    self.options = options;
                    break;
                }
                let point = decision_point(&options);
                if options.len() > 1 && self.may_probe(point) {
                    self.probes_at[point as usize] += 1;
                    self.probe(&st, &options, &picker);
                }
                let k = picker.below(options.len());
                inputs.push(k as u32 + 1);
                st.choose(g, options[k], true);
                st.advance(g, self.opts.mode, self.player);
                self.options = options;
            }
            self.finish_walk(&st, seed, &inputs);
        }
    }

    /// Plays the scenario `strategy_plays` times (at most `walks`) by a naive strategy. The
    /// plays are not counted in `walks`, `steps`, coverage or the best and worst path.
    fn strategy(&mut self, strategy: Strategy) -> StrategyReport {
        let drill = self.drill;
        let g = &drill.graph;
        let plays = self.opts.strategy_plays.min(self.opts.walks);
        let mut seeds = Picker(self.opts.seed ^ 0x7374_7261_7465_6779);
        let mut st = State::new(g, 0, None);
        let mut options: Vec<u32> = Vec::new();
        let mut sums = [0u64; 3];
        let mut strong = 0u64;
        for _ in 0..plays {
            st.reset(g, seeds.next_u64() >> 24, None);
            st.advance(g, self.opts.mode, self.player);
            while let Some((_, role, _)) = st.acting(g) {
                options.clear();
                options.extend(st.open(g, role));
                st.shuffle(g, &mut options);
                let len = |c: &u32| drill.choice(*c).text.chars().count();
                // `min_by_key` and `max_by_key` keep the first and last of equals: the first shown
                // wins ties either way (reversed for the longest).
                let pick = match strategy {
                    Strategy::First => options.first().copied(),
                    Strategy::Longest => options.iter().rev().max_by_key(|c| len(c)).copied(),
                    Strategy::Shortest => options.iter().min_by_key(|c| len(c)).copied(),
                };
                let Some(c) = pick else { break };
                st.choose(g, c, true);
                st.advance(g, self.opts.mode, self.player);
            }
            let focus = self.focus();
            let scores = crate::score::totals_for(g, &st, &mut self.score_work, focus);
            for (sum, &v) in sums.iter_mut().zip(&scores) {
                *sum += u64::from(v);
            }
            if scores
                .iter()
                .all(|&v| crate::score::Band::of(v) == crate::score::Band::Strong)
            {
                strong += 1;
            }
        }
        let n = plays.max(1) as f64;
        StrategyReport {
            strategy,
            plays,
            mean: sums.map(|x| x as f64 / n),
            all_strong: strong as f64 / n,
        }
    }

    /// Depth first over every sequence of choices, all with the seed of `--seed`.
    fn exhaustive(&mut self) -> Option<Cut> {
        let drill = self.drill;
        let g = &drill.graph;
        let seed = self.opts.seed;
        let mut root = State::new(g, seed, None);
        root.advance(g, self.opts.mode, self.player);
        // Each decision on the current path, with the outcomes reachable after each of its
        // options so far (dead choices are compared on these, exactly; no probes).
        struct Frame {
            state: State,
            options: Vec<u32>,
            next: usize,
            reachable: Vec<BTreeSet<WalkResult>>,
        }
        /// A finished path's outcome, noted under the option the decision above it is exploring.
        fn note(stack: &mut [Frame], o: WalkResult) {
            if let Some(top) = stack.last_mut() {
                top.reachable[top.next - 1].insert(o);
            }
        }
        let mut stack: Vec<Frame> = Vec::new();
        let mut inputs: Vec<u32> = Vec::new();
        let mut cut = None;
        // States of finished frames, reused: a child is a copy of its parent made by
        // `State::copy_from`, whose cost follows the path, not the scenario's size.
        let mut pool: Vec<State> = Vec::new();
        let frame_of =
            |ex: &mut Explorer, st: State, stack: &mut Vec<Frame>, pool: &mut Vec<State>, inputs: &[u32]| -> bool {
                match st.acting(g) {
                    Some((_, role, _)) => {
                        let mut options: Vec<u32> = st.open(g, role).collect();
                        st.shuffle(g, &mut options);
                        if options.is_empty() {
                            let o = ex.finish_walk(&st, seed, inputs);
                            note(stack, o);
                            pool.push(st);
                            return false;
                        }
                        let reachable = vec![BTreeSet::new(); options.len()];
                        stack.push(Frame {
                            state: st,
                            options,
                            next: 0,
                            reachable,
                        });
                        true
                    }
                    None => {
                        let o = ex.finish_walk(&st, seed, inputs);
                        note(stack, o);
                        pool.push(st);
                        false
                    }
                }
            };
        frame_of(self, root, &mut stack, &mut pool, &inputs);
        while let Some(top) = stack.last_mut() {
            if self.walks >= self.opts.max_paths {
                cut = Some(Cut::Paths(self.opts.max_paths));
                break;
            }
            if top.next >= top.options.len() {
                let done = stack.pop().expect("the top frame");
                inputs.pop();
                self.compare(&done.options, &done.reachable);
                pool.push(done.state);
                if let Some(parent) = stack.last_mut() {
                    let k = parent.next - 1;
                    for r in done.reachable {
                        parent.reachable[k].extend(r);
                    }
                }
                continue;
            }
            let k = top.next;
            top.next += 1;
            let mut child = pool.pop().unwrap_or_else(|| State::new(g, seed, None));
            child.copy_from(&top.state);
            child.choose(g, top.options[k], true);
            child.advance(g, self.opts.mode, self.player);
            inputs.push(k as u32 + 1);
            if inputs.len() > self.opts.max_depth {
                cut = Some(Cut::Depth(self.opts.max_depth));
                inputs.pop();
                pool.push(child);
                continue;
            }
            if !frame_of(self, child, &mut stack, &mut pool, &inputs) {
                inputs.pop();
            }
        }
        cut
    }

    /// Notes, for every pair of options offered together at a fully explored decision, whether
    /// the outcomes reachable after them differ.
    fn compare(&mut self, options: &[u32], reachable: &[BTreeSet<WalkResult>]) {
        if options.len() < 2 {
            return;
        }
        for (i, &a) in options.iter().enumerate() {
            for (j, &b) in options.iter().enumerate() {
                if i != j {
                    let e = self.pairs.entry((a, b)).or_insert((0, false));
                    e.0 += 1;
                    e.1 |= reachable[i] != reachable[j];
                }
            }
        }
    }

    /// Whether to probe here: the first `probes_per_scene` times a scene is met, as long as
    /// probing has cost no more steps than the walks themselves plus a million (on a large
    /// scenario every probe plays to the end, and unbounded probing would dwarf the walks).
    /// Probes are counted per decision point, that is per scene and acting role (in a round
    /// each role has its own choices); the first choice written stands for it.
    fn may_probe(&self, first_option: u32) -> bool {
        self.probes_at[first_option as usize] < self.opts.probes_per_scene
            && self.probe_steps <= self.steps.saturating_add(PROBE_ALLOWANCE)
    }

    /// Plays every option from `st` to the end with the same continuation, and notes which
    /// siblings gave different outcomes.
    fn probe(&mut self, st: &State, options: &[u32], picker: &Picker) {
        let drill = self.drill;
        let g = &drill.graph;
        let mut outcomes = std::mem::take(&mut self.outcomes);
        outcomes.clear();
        let mut buf = std::mem::take(&mut self.probe_options);
        let mut s = self.probe_state.take().unwrap_or_else(|| State::new(g, 0, None));
        for &c in options {
            s.copy_from(st);
            let mut p = picker.clone();
            s.choose(g, c, true);
            s.advance(g, self.opts.mode, self.player);
            self.probe_steps += 1;
            let mut depth = 0;
            while let Some((_, role, _)) = s.acting(g) {
                buf.clear();
                buf.extend(s.open(g, role));
                depth += 1;
                if buf.is_empty() || depth > self.opts.max_depth {
                    break;
                }
                let k = p.below(buf.len());
                s.choose(g, buf[k], true);
                s.advance(g, self.opts.mode, self.player);
                self.probe_steps += 1;
            }
            outcomes.push(self.outcome(&s, true));
        }
        self.probe_state = Some(s);
        self.probe_options = buf;
        for (i, &a) in options.iter().enumerate() {
            for (j, &b) in options.iter().enumerate() {
                if i != j {
                    let e = self.pairs.entry((a, b)).or_insert((0, false));
                    e.0 += 1;
                    e.1 |= outcomes[i] != outcomes[j];
                }
            }
        }
        self.outcomes = outcomes;
    }

    /// The outcome of a finished play, and the scenes and choices it covered. Scored afresh
    /// every time: the totals (`score::totals`) cost less than looking a log up in a cache
    /// of earlier plays did (measured in docs/performance.md).
    /// `relational`: also relational safety, which only the dead-choice probes compare (the
    /// walks report three dimensions, and computing it for every walk costs about 6%).
    fn outcome(&mut self, st: &State, relational: bool) -> WalkResult {
        for e in &st.events {
            match *e {
                Event::Enter { scene, .. } => {
                    if let Some(x) = self.scene_seen.get_mut(scene as usize) {
                        *x = true;
                    }
                }
                Event::Chose { choice, .. } => {
                    if let Some(x) = self.choice_seen.get_mut(choice as usize) {
                        *x = true;
                    }
                }
                _ => {}
            }
        }
        let focus = self.focus();
        let g = &self.drill.graph;
        WalkResult {
            ending: st.ended.unwrap_or(NONE),
            scores: crate::score::totals_for(g, st, &mut self.score_work, focus),
            relational: if relational {
                crate::score::relational_total(g, st)
            } else {
                None
            },
        }
    }

    /// Whose part the scores measure: the player's in solo mode (`score::score_for`).
    fn focus(&self) -> Option<u16> {
        (self.opts.mode == Mode::Solo).then_some(self.player)
    }

    fn finish_walk(&mut self, st: &State, seed: u64, inputs: &[u32]) -> WalkResult {
        let o = self.outcome(st, false);
        self.note_closed_days(st, seed, inputs);
        self.walks += 1;
        self.steps += st.events.iter().filter(|e| matches!(e, Event::Chose { .. })).count() as u64;
        match self.endings.get_mut(o.ending as usize) {
            Some(n) => *n += 1,
            None => self.timeout_endings += 1,
        }
        for (d, &v) in o.scores.iter().enumerate() {
            self.score_counts[d][v.min(100) as usize] += 1;
        }
        let total: u32 = o.scores.iter().sum();
        // The first play with the highest (lowest) total wins ties: the result is stable.
        let better = self.best.as_ref().is_none_or(|(t, _)| total > *t);
        let worse = self.worst.as_ref().is_none_or(|(t, _)| total < *t);
        if better || worse {
            let path = PathReport {
                seed,
                mode: self.opts.mode,
                role: self.opts.role.clone(),
                inputs: self.input_lines(inputs),
                ending: self.ending_id(o.ending),
                scores: o.scores,
            };
            if better {
                self.best = Some((total, path.clone()));
            }
            if worse {
                self.worst = Some((total, path));
            }
        }
        o
    }

    /// A walk's inputs as the lines `laget play --plain` takes: the number of a choice as
    /// shown, or `/inject ID` for a facilitator's event.
    fn input_lines(&self, inputs: &[u32]) -> Vec<String> {
        inputs
            .iter()
            .map(|&n| match n & INJECT {
                0 => n.to_string(),
                _ => format!("/inject {}", self.drill.scenario.injects[(n & !INJECT) as usize].id),
            })
            .collect()
    }

    fn ending_id(&self, ending: u32) -> String {
        self.drill
            .scenario
            .scenes
            .get(ending as usize)
            .map_or_else(|| "(none)".to_string(), |s| s.id().to_string())
    }

    fn report(self, cut: Option<Cut>) -> Report {
        let d = self.drill;
        let s = &d.scenario;
        let mut endings = BTreeMap::new();
        for (i, &n) in self.endings.iter().enumerate() {
            if n > 0 {
                endings.insert(s.scenes[i].id().to_string(), n);
            }
        }
        if self.timeout_endings > 0 {
            endings.insert("(none)".to_string(), self.timeout_endings);
        }
        let mut scores = BTreeMap::new();
        for (i, dim) in Dimension::ALL.iter().enumerate() {
            scores.insert(dim.key(), Distribution::from_counts(&self.score_counts[i]));
        }
        let unreached_scenes = s
            .scenes
            .iter()
            .enumerate()
            .filter(|(i, _)| !self.scene_seen[*i])
            .map(|(_, x)| x.id().to_string())
            .collect();
        let unreached_choices = (0..d.graph.choices.len() as u32)
            .filter(|&c| !self.choice_seen[c as usize])
            .map(|c| d.choice_ref(c))
            .collect();
        let mut dead: BTreeMap<u32, (Vec<u32>, u32)> = BTreeMap::new();
        for (&(a, b), &(n, differed)) in &self.pairs {
            let e = dead.entry(a).or_default();
            e.1 += n;
            if !differed {
                e.0.push(b);
            }
        }
        let dead_choices = dead
            .into_iter()
            .filter(|(c, (same, _))| !same.is_empty() && !d.choice(*c).intended_no_effect)
            .map(|(c, (same, probes))| DeadChoice {
                choice: d.choice_ref(c),
                same_as: same.iter().map(|&x| d.choice_ref(x)).collect(),
                probes,
            })
            .collect();
        Report {
            scenario: s.id.to_string(),
            language: s.language.to_string(),
            options: self.opts.clone(),
            walks: self.walks,
            steps: self.steps,
            probe_steps: self.probe_steps,
            endings,
            scores,
            unreached_scenes,
            unreached_choices,
            dead_choices,
            best_path: self.best.map(|b| b.1),
            worst_path: self.worst.map(|w| w.1),
            dead_choices_proven: self.opts.exhaustive && cut.is_none(),
            cut,
            closed_days: self.closed_days.into_values().collect(),
            strategies: Vec::new(),
        }
    }
}

/// The choice that stands for a decision point: the first of its choices as written (the
/// choices are shown shuffled, so the first shown changes from visit to visit).
fn decision_point(options: &[u32]) -> u32 {
    options.iter().copied().min().unwrap_or(NONE)
}

impl Mode {
    pub fn key(self) -> &'static str {
        match self {
            Mode::Group => "group",
            Mode::Solo => "solo",
        }
    }
}

#[cfg(test)]
mod tests;
