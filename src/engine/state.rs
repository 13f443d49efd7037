//! The drill's state and the rules that move it: conditions, effects, routes, rounds, the
//! horizon, random injects and the computer's choices for roles nobody plays.

use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};

use super::graph::{Cond, CounterRange, Eff, Graph, Kind, NONE, Span, bit};
use crate::scenario::model::{Compare, Policy};
use crate::splitmix::SplitMix;

/// Who plays: everyone (group) or one role, with the computer playing the rest (solo).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    #[default]
    Group,
    Solo,
}

/// What happened, in order. Scoring and the debrief read this; nothing else does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// The drill entered `scene` at `at`; `variant` is the text variant whose conditions held
    /// then (an index into the scene's `variants`), so that the scene reads later as it read
    /// when it happened, whatever the drill did after.
    Enter {
        scene: u32,
        at: i64,
        variant: Option<u16>,
    },
    Chose {
        choice: u32,
        role: u16,
        at: i64,
        by_player: bool,
        round: Option<u32>,
    },
    /// A round finished: its scene and the sequence number shared by its picks.
    RoundDone {
        scene: u32,
        round: u32,
        at: i64,
    },
    Injected {
        inject: u16,
        at: i64,
        random: bool,
    },
    /// No choice was available at a decision: the drill ran out.
    Stuck {
        scene: u32,
        at: i64,
    },
    HorizonReached {
        at: i64,
    },
}

impl Event {
    /// When it happened (simulated minutes since day 0).
    pub fn at(&self) -> i64 {
        match *self {
            Event::Enter { at, .. }
            | Event::Chose { at, .. }
            | Event::RoundDone { at, .. }
            | Event::Injected { at, .. }
            | Event::Stuck { at, .. }
            | Event::HorizonReached { at } => at,
        }
    }
}

/// What the drill waits for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pending {
    /// `role` must choose at `scene`, among `choices` (global indices). `round` is set in a round.
    Choice {
        scene: u32,
        role: u16,
        choices: Vec<u32>,
        round: Option<u32>,
    },
    Ended {
        ending: u32,
    },
}

#[derive(Debug, Clone)]
pub struct State {
    pub scene: u32,
    pub clock: i64,
    pub flags: Vec<bool>,
    pub counters: Vec<i64>,
    /// Times each scene was entered, by scene index. Write it only through `visit`, which
    /// keeps `visited` in step.
    pub visits: Vec<u32>,
    /// The scenes with a visit, in the order first entered: what `reset` and `copy_from` clear
    /// and copy, so that their cost follows the play, not the scenario's size (issue 13).
    visited: Vec<u32>,
    pub present: u64,
    /// The simulated time each key decision was first made.
    pub decided: Vec<Option<i64>>,
    pub injected: Vec<bool>,
    pub events: Vec<Event>,
    pub ended: Option<u32>,
    /// Off when checking the exemplary path, which must not depend on luck.
    pub random_injects: bool,
    rng: ChaCha8Rng,
    /// Seeds the order choices are shown in (from the session seed, apart from `rng`, so that
    /// showing choices never shifts a random inject or a computer's pick).
    order_seed: u64,
    /// Choices taken so far, by people and by the computer: each decision point has its own
    /// number, and so its own shown order.
    decisions: u32,
    entered: bool,
    /// In a round: the roles still to pick (in order) and the picks so far.
    round_queue: Vec<u16>,
    round_picks: Vec<u32>,
    round_seq: u32,
    in_round: bool,
}

/// Consecutive steps without a human decision after which the drill is stopped at the
/// timeout ending. Validation forbids the loops that could get here; this is the backstop.
const MAX_AUTO_STEPS: u32 = 100_000;
/// The most random-inject rolls between two decisions (each scene entered rolls every
/// inject): with `MAX_AUTO_STEPS`, what bounds the work of one step however a scenario is
/// written. Honest scenarios (tens of injects) never come near it.
const MAX_AUTO_ROLLS: usize = 1_000_000;

impl State {
    pub fn new(g: &Graph, seed: u64, from: Option<u32>) -> State {
        State {
            scene: from.unwrap_or(g.start),
            clock: 0,
            flags: vec![false; g.flag_count],
            counters: g.counters.iter().map(|c| c.start).collect(),
            visits: vec![0; g.scenes.len()],
            visited: Vec::new(),
            present: g.present_at_start,
            decided: vec![None; g.windows.len()],
            injected: vec![false; g.injects.len()],
            events: Vec::with_capacity(64),
            ended: None,
            random_injects: true,
            rng: ChaCha8Rng::seed_from_u64(seed),
            order_seed: order_seed(seed),
            decisions: 0,
            entered: false,
            round_queue: Vec::new(),
            round_picks: Vec::new(),
            round_seq: 0,
            in_round: false,
        }
    }

    /// Back to the state `State::new(g, seed, from)` would build, keeping the buffers: `laget
    /// explore` plays millions of walks, and allocating five vectors per walk would dominate.
    pub fn reset(&mut self, g: &Graph, seed: u64, from: Option<u32>) {
        self.scene = from.unwrap_or(g.start);
        self.clock = 0;
        self.flags.clear();
        self.flags.resize(g.flag_count, false);
        self.counters.clear();
        self.counters.extend(g.counters.iter().map(|c| c.start));
        if self.visits.len() == g.scenes.len() {
            for &s in &self.visited {
                self.visits[s as usize] = 0;
            }
        } else {
            self.visits.clear();
            self.visits.resize(g.scenes.len(), 0);
        }
        self.visited.clear();
        self.present = g.present_at_start;
        self.decided.clear();
        self.decided.resize(g.windows.len(), None);
        self.injected.clear();
        self.injected.resize(g.injects.len(), false);
        self.events.clear();
        self.ended = None;
        self.random_injects = true;
        self.rng = ChaCha8Rng::seed_from_u64(seed);
        self.order_seed = order_seed(seed);
        self.decisions = 0;
        self.entered = false;
        self.round_queue.clear();
        self.round_picks.clear();
        self.round_seq = 0;
        self.in_round = false;
    }

    /// Makes this state a copy of `other` (of the same graph), keeping this one's buffers:
    /// what `clone` does, at a cost that follows the play so far rather than the scenario's
    /// size (the visit counts are cleared and copied scene by scene, by their `visited`
    /// lists). `laget explore` copies a state at every probe and every exhaustive decision.
    pub fn copy_from(&mut self, other: &State) {
        if self.visits.len() == other.visits.len() {
            for &s in &self.visited {
                self.visits[s as usize] = 0;
            }
            for &s in &other.visited {
                self.visits[s as usize] = other.visits[s as usize];
            }
        } else {
            self.visits.clone_from(&other.visits);
        }
        self.visited.clone_from(&other.visited);
        self.scene = other.scene;
        self.clock = other.clock;
        self.flags.clone_from(&other.flags);
        self.counters.clone_from(&other.counters);
        self.present = other.present;
        self.decided.clone_from(&other.decided);
        self.injected.clone_from(&other.injected);
        self.events.clone_from(&other.events);
        self.ended = other.ended;
        self.random_injects = other.random_injects;
        self.rng.clone_from(&other.rng);
        self.order_seed = other.order_seed;
        self.decisions = other.decisions;
        self.entered = other.entered;
        self.round_queue.clone_from(&other.round_queue);
        self.round_picks.clone_from(&other.round_picks);
        self.round_seq = other.round_seq;
        self.in_round = other.in_round;
    }

    fn visit(&mut self, s: u32) {
        let v = &mut self.visits[s as usize];
        if *v == 0 {
            self.visited.push(s);
        }
        *v = v.saturating_add(1);
    }

    pub fn holds(&self, c: &Cond) -> bool {
        match *c {
            Cond::Flag(f) => self.flags[f as usize],
            Cond::NotFlag(f) => !self.flags[f as usize],
            Cond::Counter(n, cmp) => {
                let v = self.counters[n as usize];
                match cmp {
                    Compare::AtLeast(x) => v >= x,
                    Compare::AtMost(x) => v <= x,
                    Compare::Equals(x) => v == x,
                }
            }
            Cond::Visited(s) => self.visits.get(s as usize).is_some_and(|&v| v > 0),
            Cond::NotVisited(s) => self.visits.get(s as usize).is_none_or(|&v| v == 0),
            Cond::After(t) => self.clock >= t,
            Cond::Before(t) => self.clock < t,
            Cond::Present(r) => self.present & bit(r) != 0,
            Cond::Absent(r) => self.present & bit(r) == 0,
            Cond::Decided(k) => self.decided[k as usize].is_some(),
            Cond::NotDecided(k) => self.decided[k as usize].is_none(),
            Cond::Injected(i) => self.injected[i as usize],
        }
    }

    /// The first text variant of `scene` whose conditions hold now, if any.
    pub fn variant(&self, g: &Graph, scene: u32) -> Option<u16> {
        g.variants(g.scenes[scene as usize].variants)
            .iter()
            .position(|&w| self.all(g.conds(w)))
            .map(|v| v as u16)
    }

    pub fn all(&self, when: &[Cond]) -> bool {
        when.iter().all(|c| self.holds(c))
    }

    fn apply(&mut self, g: &Graph, effects: &[Eff]) {
        for e in effects {
            match *e {
                Eff::Set(f) => self.flags[f as usize] = true,
                Eff::Clear(f) => self.flags[f as usize] = false,
                Eff::Add(n, v) => {
                    let CounterRange { min: lo, max: hi, .. } = g.counters[n as usize];
                    let c = &mut self.counters[n as usize];
                    *c = c.saturating_add(v).clamp(lo, hi);
                }
                Eff::Assign(n, v) => {
                    let CounterRange { min: lo, max: hi, .. } = g.counters[n as usize];
                    self.counters[n as usize] = v.clamp(lo, hi);
                }
                Eff::Join(r) => self.present |= bit(r),
                Eff::Leave(r) => self.present &= !bit(r),
            }
        }
    }

    fn route(&self, g: &Graph, default: u32, branches: Span) -> u32 {
        g.branches(branches)
            .iter()
            .find(|b| self.all(g.conds(b.when)))
            .map_or(default, |b| b.next)
    }

    fn go(&mut self, scene: u32) {
        self.scene = scene;
        self.entered = false;
    }

    /// Choices of the current scene open now, in the order written: in a round, those of
    /// `role`; in a decision or conversation, all of them (a choice's own `role` says who
    /// acts when it is taken, e.g. handing over to the principal).
    pub fn available(&self, g: &Graph, role: u16) -> Vec<u32> {
        self.open(g, role).collect()
    }

    /// The same as `available`, without allocating.
    pub fn open<'a>(&'a self, g: &'a Graph, role: u16) -> impl Iterator<Item = u32> + 'a {
        g.choices_of(self.scene).filter(move |&c| self.is_open(g, c, role))
    }

    fn is_open(&self, g: &Graph, c: u32, role: u16) -> bool {
        let ch = &g.choices[c as usize];
        let round = g.scenes[self.scene as usize].kind == Kind::Round;
        (!round || ch.role == role) && self.all(g.conds(ch.when))
    }

    /// Puts the choices open at the current decision point (`open`, in the order written) in
    /// the order people see them: a permutation drawn from the session seed and the number of
    /// choices taken so far, so every decision point has its own order and the same seed and
    /// inputs always give the same orders, through undo and resume. A scene with `keep_order`
    /// keeps the written order. Position never gives the best choice away.
    pub fn shuffle(&self, g: &Graph, choices: &mut [u32]) {
        if choices.len() < 2 || g.scenes[self.scene as usize].keep_order {
            return;
        }
        let mut key = SplitMix(self.order_seed.wrapping_add(u64::from(self.decisions)));
        let mut r = SplitMix(key.next_u64());
        for i in (1..choices.len()).rev() {
            choices.swap(i, r.below(i + 1));
        }
    }

    /// The choices open to `role` now, in the order shown (see [`State::shuffle`]).
    pub fn shown(&self, g: &Graph, role: u16) -> Vec<u32> {
        let mut v = self.available(g, role);
        self.shuffle(g, &mut v);
        v
    }

    /// Who must act now: `(scene, role, round)`, or `None` once the drill has ended.
    /// `pending` without the list of choices, for callers that keep their own buffer.
    pub fn acting(&self, g: &Graph) -> Option<(u32, u16, Option<u32>)> {
        if self.ended.is_some() {
            return None;
        }
        Some(if self.in_round {
            (
                self.scene,
                self.round_queue.first().copied().unwrap_or(0),
                Some(self.round_seq),
            )
        } else {
            (self.scene, g.scenes[self.scene as usize].role, None)
        })
    }

    /// Who must act now, and on what.
    pub fn pending(&self, g: &Graph) -> Pending {
        if let Some(e) = self.ended {
            return Pending::Ended { ending: e };
        }
        let (scene, role, round) = self.acting(g).unwrap_or((self.scene, 0, None));
        Pending::Choice {
            scene,
            role,
            choices: self.shown(g, role),
            round,
        }
    }

    /// Whether inject `inject` can happen now: the drill is not over, it has not happened yet
    /// (an inject is an event in the story: a sick leave, a phone call; it happens once), and
    /// its conditions hold.
    pub fn inject_possible(&self, g: &Graph, inject: u16) -> bool {
        g.injects
            .get(inject as usize)
            .is_some_and(|inj| self.ended.is_none() && !self.injected[inject as usize] && self.all(g.conds(inj.when)))
    }

    /// Fires a facilitator's inject (or a random one). Returns false if its conditions do
    /// not hold now or the drill is over.
    pub fn inject(&mut self, g: &Graph, inject: u16, random: bool) -> bool {
        if !self.inject_possible(g, inject) {
            return false;
        }
        let Some(inj) = g.injects.get(inject as usize) else {
            return false;
        };
        self.injected[inject as usize] = true;
        self.events.push(Event::Injected {
            inject,
            at: self.clock,
            random,
        });
        self.apply(g, g.effs(inj.effects));
        true
    }

    /// Takes a choice for the acting role. The caller has checked it is available.
    pub fn choose(&mut self, g: &Graph, choice: u32, by_player: bool) {
        let ch = &g.choices[choice as usize];
        let round = self.in_round.then_some(self.round_seq);
        self.events.push(Event::Chose {
            choice,
            role: ch.role,
            at: self.clock,
            by_player,
            round,
        });
        if let Some(k) = ch.decides {
            self.decided[k as usize].get_or_insert(self.clock);
        }
        self.decisions = self.decisions.saturating_add(1);
        if self.in_round {
            self.round_picks.push(choice);
            if !self.round_queue.is_empty() {
                self.round_queue.remove(0);
            }
            return;
        }
        self.apply(g, g.effs(ch.effects));
        self.clock = g.calendar.after(self.clock, ch.elapsed);
        let next = self.route(g, ch.next, ch.branches);
        if let Some(sc) = g.scenes.get(next as usize) {
            self.clock = g.calendar.land_choice(self.clock, ch.at, sc.landing);
        }
        self.go(next);
    }

    /// Moves on until a person must choose or the drill ends: enters scenes, rolls random
    /// injects, passes narration, lets the computer choose for roles nobody plays, and
    /// finishes rounds.
    pub fn advance(&mut self, g: &Graph, mode: Mode, player: u16) {
        let mut steps = 0u32;
        let mut rolls = 0usize;
        while self.ended.is_none() {
            steps += 1;
            if steps > MAX_AUTO_STEPS || rolls > MAX_AUTO_ROLLS || self.scene == NONE {
                self.finish_at_timeout(g);
                return;
            }
            if !self.entered {
                self.entered = true;
                let s = self.scene;
                let sc = &g.scenes[s as usize];
                self.clock = g.calendar.land(self.clock, sc.landing);
                if sc.kind != Kind::Ending && self.clock >= g.horizon {
                    self.events.push(Event::HorizonReached { at: self.clock });
                    self.go(g.timeout);
                    continue;
                }
                self.visit(s);
                self.events.push(Event::Enter {
                    scene: s,
                    at: self.clock,
                    variant: self.variant(g, s),
                });
                if sc.kind == Kind::Ending {
                    self.ended = Some(s);
                    return;
                }
                self.roll_injects(g);
                rolls += g.injects.len();
                if sc.kind == Kind::Round {
                    self.start_round(g, mode, player);
                }
            }
            let sc = &g.scenes[self.scene as usize];
            match sc.kind {
                Kind::Ending => {
                    self.ended = Some(self.scene);
                    return;
                }
                Kind::Narration => {
                    self.apply(g, g.effs(sc.effects));
                    self.clock = g.calendar.after(self.clock, sc.elapsed);
                    let next = self.route(g, sc.next, sc.branches);
                    self.go(next);
                }
                Kind::Decision | Kind::Conversation => {
                    if self.open(g, sc.role).next().is_none() {
                        self.events.push(Event::Stuck {
                            scene: self.scene,
                            at: self.clock,
                        });
                        self.finish_at_timeout(g);
                        return;
                    }
                    if is_human(g, mode, player, sc.role) {
                        return;
                    }
                    let c = self.policy_pick(g, sc.role);
                    self.choose(g, c, false);
                }
                Kind::Round => {
                    // Skip roles with nothing to choose.
                    while let Some(&r) = self.round_queue.first() {
                        if self.open(g, r).next().is_none() {
                            self.round_queue.remove(0);
                        } else {
                            break;
                        }
                    }
                    match self.round_queue.first().copied() {
                        None => self.finish_round(g),
                        Some(r) if is_human(g, mode, player, r) => return,
                        Some(r) => {
                            let c = self.policy_pick(g, r);
                            self.choose(g, c, false);
                        }
                    }
                }
            }
        }
    }

    fn finish_at_timeout(&mut self, g: &Graph) {
        self.in_round = false;
        if g.timeout != NONE {
            self.clock = g.calendar.land(self.clock, g.scenes[g.timeout as usize].landing);
            self.scene = g.timeout;
            self.visit(g.timeout);
            self.events.push(Event::Enter {
                scene: g.timeout,
                at: self.clock,
                variant: self.variant(g, g.timeout),
            });
        }
        self.ended = Some(g.timeout);
    }

    fn roll_injects(&mut self, g: &Graph) {
        if !self.random_injects {
            return;
        }
        for (i, inj) in g.injects.iter().enumerate() {
            if inj.percent == 0 || self.injected[i] {
                continue;
            }
            // The roll happens whether or not the conditions hold, so adding a condition
            // does not shift every later random draw of the session.
            let roll: u8 = if inj.once {
                // `Once`: the same number at every entry of this play, from the session seed
                // (not from `rng`, so that it shifts no other draw).
                (SplitMix(self.order_seed ^ 0x6f6e_6365 ^ ((i as u64) << 40)).next_u64() % 100) as u8
            } else {
                self.rng.random_range(0..100)
            };
            if roll < inj.percent && self.all(g.conds(inj.when)) {
                self.inject(g, i as u16, true);
            }
        }
    }

    /// The people in a round choose first, in the order written; the roles the computer plays
    /// come after them, so what the computer picks is revealed with the people's choices and
    /// never before (the picks of a round take effect together at its end, so the order of
    /// asking changes nothing else).
    fn start_round(&mut self, g: &Graph, mode: Mode, player: u16) {
        let sc = &g.scenes[self.scene as usize];
        self.in_round = true;
        self.round_seq += 1;
        self.round_picks.clear();
        // Refilled in place: the queue's buffer is reused from round to round.
        let present = self.present;
        self.round_queue.clear();
        if sc.round_order.is_empty() {
            let mask = g.playable & present;
            self.round_queue.extend((0..64u16).filter(|&r| mask & bit(r) != 0));
        } else {
            self.round_queue
                .extend(g.ids(sc.round_order).iter().copied().filter(|&r| present & bit(r) != 0));
        }
        // Stable: people in the order written, then the computer's roles in the order written.
        self.round_queue.sort_by_key(|&r| !is_human(g, mode, player, r));
    }

    fn finish_round(&mut self, g: &Graph) {
        let sc = &g.scenes[self.scene as usize];
        let picks = std::mem::take(&mut self.round_picks);
        // The round takes its own time, then as long as the slowest pick.
        let base = g.calendar.after(self.clock, sc.elapsed);
        let mut end = base;
        for &c in &picks {
            let ch = &g.choices[c as usize];
            self.apply(g, g.effs(ch.effects));
            end = end.max(g.calendar.after(base, ch.elapsed));
        }
        self.round_picks = picks;
        self.in_round = false;
        self.events.push(Event::RoundDone {
            scene: self.scene,
            round: self.round_seq,
            at: self.clock,
        });
        self.clock = end;
        let next = self.route(g, sc.next, sc.branches);
        self.go(next);
    }

    /// The computer's choice for a role, by the role's policy. The caller has made sure
    /// some choice is open to the role.
    fn policy_pick(&mut self, g: &Graph, role: u16) -> u32 {
        let first = self.open(g, role).next().unwrap_or(NONE);
        match &g.policies[role as usize] {
            Policy::Random => {
                let n = self.open(g, role).count();
                let k = self.rng.random_range(0..n.max(1));
                self.open(g, role).nth(k).unwrap_or(first)
            }
            Policy::First => first,
            Policy::Exemplary => g
                .exemplary_at(self.scene)
                .find(|&c| g.choices[c as usize].scene == self.scene && self.is_open(g, c, role))
                .unwrap_or(first),
            Policy::Prefer(_) => {
                let rank = &g.prefer[role as usize];
                self.open(g, role)
                    .min_by_key(|c| rank.get(c).copied().unwrap_or(u32::MAX))
                    .unwrap_or(first)
            }
        }
    }

    /// Draws from the session's generator (used by `explore` to walk at random).
    pub fn draw(&mut self, n: usize) -> usize {
        self.rng.random_range(0..n.max(1))
    }
}

/// The seed of the shown orders, kept apart from the engine's generator.
fn order_seed(seed: u64) -> u64 {
    SplitMix(seed ^ 0x7669_7374_206f_7264).next_u64()
}

pub fn is_human(g: &Graph, mode: Mode, player: u16, role: u16) -> bool {
    g.playable & bit(role) != 0 && (mode == Mode::Group || role == player)
}
