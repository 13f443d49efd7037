//! The scenario compiled for play: every id replaced by an index, so the engine's hot path
//! (millions of choices a second in `laget explore`) never compares or clones a string.
//! Indices line up with the scenario's own vectors: scene `i` is `scenario.scenes[i]`, choice
//! `(i, j)` is `scenario.scenes[i].choices()[j]`, role `r` is `scenario.roles[r]`.

use foldhash::HashMap;

use crate::scenario::calendar::{Anchor, Calendar, Landing, Step};
use crate::scenario::model::{self as m, Compare, Participation, Scenario};

pub const NONE: u32 = u32::MAX;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Narration,
    Decision,
    Round,
    Conversation,
    Ending,
}

/// Where a run of items sits in one of the graph's pools (see `Pools`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Span {
    pub start: u32,
    pub len: u32,
}

impl Span {
    pub fn is_empty(self) -> bool {
        self.len == 0
    }

    fn range(self) -> std::ops::Range<usize> {
        self.start as usize..(self.start + self.len) as usize
    }
}

/// Conditions, effects, branches and role lists of every scene and choice, each kind in one
/// vector: one allocation per kind for the whole scenario instead of several per choice,
/// which keeps the graph of a 100,000-scene scenario small and the engine's reads local.
#[derive(Debug, Clone, Default)]
pub struct Pools {
    conds: Vec<Cond>,
    effs: Vec<Eff>,
    branches: Vec<Branch>,
    ids: Vec<u16>,
    variants: Vec<Span>,
}

impl Pools {
    fn conds(&mut self, w: &[m::Condition], f: impl Fn(&m::Condition) -> Cond) -> Span {
        let start = self.conds.len() as u32;
        self.conds.extend(w.iter().map(f));
        Span {
            start,
            len: w.len() as u32,
        }
    }

    fn effs(&mut self, e: &[m::Effect], f: impl Fn(&m::Effect) -> Eff) -> Span {
        let start = self.effs.len() as u32;
        self.effs.extend(e.iter().map(f));
        Span {
            start,
            len: e.len() as u32,
        }
    }

    fn ids(&mut self, ids: impl Iterator<Item = u16>) -> Span {
        let start = self.ids.len() as u32;
        self.ids.extend(ids);
        Span {
            start,
            len: self.ids.len() as u32 - start,
        }
    }
}

#[derive(Debug, Clone, Copy)]
pub struct Branch {
    pub when: Span,
    pub next: u32,
}

#[derive(Debug, Clone)]
pub struct GScene {
    pub kind: Kind,
    /// The acting role of a decision or conversation.
    pub role: u16,
    /// The roles asked in a round (0: every present playable role).
    pub round_roles: u64,
    /// Round roles in the order written (for prompting).
    pub round_order: Span,
    pub elapsed: Step,
    /// Where the scene lands in the week (`calendar`).
    pub landing: Landing,
    pub next: u32,
    pub branches: Span,
    /// Global index of the first choice; choices of a scene are contiguous.
    pub first_choice: u32,
    pub choice_count: u32,
    /// Conditions of the scene's text variants, in order (spans of conditions).
    pub variants: Span,
    /// What a narration does as the story passes it.
    pub effects: Span,
    /// Choices shown in the order written, not shuffled (`keep_order`).
    pub keep_order: bool,
}

#[derive(Debug, Clone)]
pub struct GChoice {
    pub scene: u32,
    pub local: u32,
    pub role: u16,
    pub next: u32,
    pub branches: Span,
    pub elapsed: Step,
    /// Where the next scene lands in the week (`Choice::at`).
    pub at: Anchor,
    pub when: Span,
    pub effects: Span,
    /// Responsibility indices.
    pub performs: Span,
    pub passes_on: bool,
    pub leads: bool,
    pub measure: bool,
    pub voice: Option<Participation>,
    pub decides: Option<u16>,
}

#[derive(Debug, Clone, Copy)]
pub enum Cond {
    Flag(u32),
    NotFlag(u32),
    Counter(u32, Compare),
    Visited(u32),
    NotVisited(u32),
    After(i64),
    Before(i64),
    Present(u16),
    Absent(u16),
    Decided(u16),
    NotDecided(u16),
    Injected(u16),
}

#[derive(Debug, Clone, Copy)]
pub enum Eff {
    Set(u32),
    Clear(u32),
    Add(u32, i64),
    Assign(u32, i64),
    Join(u16),
    Leave(u16),
}

#[derive(Debug, Clone)]
pub struct GInject {
    /// Chance in percent of firing on entering a scene; 0 for facilitator-only injects.
    pub percent: u8,
    /// `Once`: the chance is rolled once per play, not at every entry.
    pub once: bool,
    pub when: Span,
    pub effects: Span,
}

/// A counter's start value and the limits every change is clamped to (the counter's own
/// units, as the scenario's `Counter` gives them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CounterRange {
    pub start: i64,
    pub min: i64,
    pub max: i64,
}

/// A key decision's window (the scenario's `Window`), in simulated minutes since day 0, the
/// calendar already applied (working days counted).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    /// Before this the decision is too early.
    pub ideal_from: i64,
    /// Up to this (its whole day, when it falls on a day's start) the decision is in time.
    pub ideal_to: i64,
    /// After this (likewise) the decision is after the latest acceptable time.
    pub latest: i64,
}

/// One exemplary choice of a scene.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExemplaryChoice {
    /// Scene index.
    pub scene: u32,
    /// Global choice index.
    pub choice: u32,
}

/// A voice opportunity (the scenario's `VoiceOpportunity`), compiled.
#[derive(Debug, Clone, PartialEq)]
pub struct Opportunity {
    /// Scene indices where the child's voice can be heard (unknown ids dropped).
    pub scenes: Vec<u32>,
    /// The best level of participation the opportunity allows (Lundy's model).
    pub best: Participation,
    /// Counted even when none of its scenes was reached.
    pub required: bool,
}

#[derive(Debug, Clone)]
pub struct Graph {
    pub scenes: Vec<GScene>,
    pub choices: Vec<GChoice>,
    pub start: u32,
    pub timeout: u32,
    pub horizon: i64,
    /// The working week the clock runs on.
    pub calendar: Calendar,
    /// Per counter: its start value and limits.
    pub counters: Vec<CounterRange>,
    pub flag_count: usize,
    pub playable: u64,
    pub present_at_start: u64,
    pub policies: Vec<m::Policy>,
    /// For roles with a `Prefer` policy: each preferred choice's rank (lower is preferred).
    pub prefer: Vec<HashMap<u32, u32>>,
    /// Unique responsibility ids, and for each a bit mask of the roles that own it.
    pub responsibilities: Vec<String>,
    pub owners: Vec<u64>,
    pub needed: Vec<bool>,
    /// Per responsibility, the `not_needed_when` of each declaration that marks it needed: it is
    /// excused only when every one of them holds (an empty one never does).
    pub not_needed: Vec<Vec<Span>>,
    /// Per key decision: its window on the simulated clock.
    pub windows: Vec<Window>,
    /// Per key decision, the conditions under which it does not apply (see `KeyDecision`).
    pub not_applicable: Vec<Span>,
    pub injects: Vec<GInject>,
    /// The exemplary path as global choice indices, in order.
    pub exemplary: Vec<u32>,
    /// The exemplary choices of each scene, in the order the path first takes them, sorted by
    /// scene (see `exemplary_at`).
    pub exemplary_by_scene: Vec<ExemplaryChoice>,
    /// Per voice opportunity, in declaration order.
    pub opportunities: Vec<Opportunity>,
    pub pools: Pools,
    /// Breaches, harms, endings' dimensions and the like (issue 12), for scoring.
    pub facts: super::facts::Facts,
}

impl Graph {
    /// Compiles a scenario that `laget check` found free of errors. Unknown ids (which
    /// validation reports) compile to harmless placeholders rather than panicking.
    pub fn new(s: &Scenario) -> Graph {
        let calendar = Calendar::new(&s.clock.start, &s.calendar);
        let span = |d: crate::scenario::duration::Duration| calendar.from_day0(d);
        let scene_ix: HashMap<&str, u32> = s.scenes.iter().enumerate().map(|(i, x)| (x.id(), i as u32)).collect();
        let role_ix: HashMap<&str, u16> = s
            .roles
            .iter()
            .enumerate()
            .map(|(i, r)| (r.id.as_str(), i as u16))
            .collect();
        let flag_ix: HashMap<&str, u32> = s
            .flags
            .iter()
            .enumerate()
            .map(|(i, f)| (f.as_str(), i as u32))
            .collect();
        let counter_ix: HashMap<&str, u32> = s
            .counters
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id.as_str(), i as u32))
            .collect();
        let kd_ix: HashMap<&str, u16> = s
            .key_decisions
            .iter()
            .enumerate()
            .map(|(i, k)| (k.id.as_str(), i as u16))
            .collect();
        let inj_ix: HashMap<&str, u16> = s
            .injects
            .iter()
            .enumerate()
            .map(|(i, k)| (k.id.as_str(), i as u16))
            .collect();

        let mut responsibilities: Vec<String> = Vec::new();
        let mut owners: Vec<u64> = Vec::new();
        let mut needed: Vec<bool> = Vec::new();
        // Every declaration that marks each responsibility needed (roles can share one).
        let mut needed_by: Vec<Vec<&m::Responsibility>> = Vec::new();
        for (ri, r) in s.roles.iter().enumerate() {
            for x in &r.responsibilities {
                let i = match responsibilities.iter().position(|y| y == x.id) {
                    Some(i) => i,
                    None => {
                        responsibilities.push(x.id.to_string());
                        owners.push(0);
                        needed.push(false);
                        needed_by.push(Vec::new());
                        responsibilities.len() - 1
                    }
                };
                owners[i] |= bit(ri as u16);
                needed[i] |= x.needed;
                if x.needed {
                    needed_by[i].push(x);
                }
            }
        }
        let resp_ix: HashMap<String, u16> = responsibilities
            .iter()
            .enumerate()
            .map(|(i, r)| (r.clone(), i as u16))
            .collect();

        let sc = |id: &str| scene_ix.get(id).copied().unwrap_or(NONE);
        let ro = |id: &str| role_ix.get(id).copied().unwrap_or(0);
        let cond = |c: &m::Condition| -> Cond {
            match c {
                m::Condition::Flag(f) => Cond::Flag(flag_ix.get(f.as_str()).copied().unwrap_or(0)),
                m::Condition::NotFlag(f) => Cond::NotFlag(flag_ix.get(f.as_str()).copied().unwrap_or(0)),
                m::Condition::Counter(n, cmp) => Cond::Counter(counter_ix.get(n.as_str()).copied().unwrap_or(0), *cmp),
                m::Condition::Visited(x) => Cond::Visited(sc(x)),
                m::Condition::NotVisited(x) => Cond::NotVisited(sc(x)),
                m::Condition::After(d) => Cond::After(span(*d)),
                m::Condition::Before(d) => Cond::Before(span(*d)),
                m::Condition::Present(r) => Cond::Present(ro(r)),
                m::Condition::Absent(r) => Cond::Absent(ro(r)),
                m::Condition::Decided(k) => Cond::Decided(kd_ix.get(k.as_str()).copied().unwrap_or(0)),
                m::Condition::NotDecided(k) => Cond::NotDecided(kd_ix.get(k.as_str()).copied().unwrap_or(0)),
                m::Condition::Injected(i) => Cond::Injected(inj_ix.get(i.as_str()).copied().unwrap_or(0)),
            }
        };
        let eff = |e: &m::Effect| -> Eff {
            match e {
                m::Effect::Set(f) => Eff::Set(flag_ix.get(f.as_str()).copied().unwrap_or(0)),
                m::Effect::Clear(f) => Eff::Clear(flag_ix.get(f.as_str()).copied().unwrap_or(0)),
                m::Effect::Add(n, v) => Eff::Add(counter_ix.get(n.as_str()).copied().unwrap_or(0), *v),
                m::Effect::Assign(n, v) => Eff::Assign(counter_ix.get(n.as_str()).copied().unwrap_or(0), *v),
                m::Effect::Join(r) => Eff::Join(ro(r)),
                m::Effect::Leave(r) => Eff::Leave(ro(r)),
            }
        };
        let mut pools = Pools::default();
        let branches = |pools: &mut Pools, b: &[m::Branch]| -> Span {
            let list: Vec<Branch> = b
                .iter()
                .map(|b| Branch {
                    when: pools.conds(&b.when, cond),
                    next: sc(&b.next),
                })
                .collect();
            let start = pools.branches.len() as u32;
            pools.branches.extend(list);
            Span {
                start,
                len: b.len() as u32,
            }
        };

        let mut scenes = Vec::with_capacity(s.scenes.len());
        let mut choices = Vec::with_capacity(s.scenes.iter().map(|x| x.choices().len()).sum());
        for (si, scene) in s.scenes.iter().enumerate() {
            let none = Span::default();
            let (kind, role, elapsed, next, br, round_order, round_roles): (Kind, u16, Step, u32, Span, Span, u64) =
                match scene {
                    m::Scene::Narration {
                        elapsed,
                        next,
                        branches: b,
                        ..
                    } => (
                        Kind::Narration,
                        0,
                        Step::new(*elapsed),
                        sc(next),
                        branches(&mut pools, b),
                        none,
                        0,
                    ),
                    m::Scene::Decision { role, .. } => (Kind::Decision, ro(role), Step::None, NONE, none, none, 0),
                    m::Scene::Conversation { role, .. } => {
                        (Kind::Conversation, ro(role), Step::None, NONE, none, none, 0)
                    }
                    m::Scene::Round {
                        roles,
                        elapsed,
                        next,
                        branches: b,
                        ..
                    } => (
                        Kind::Round,
                        0,
                        Step::new(*elapsed),
                        sc(next),
                        branches(&mut pools, b),
                        pools.ids(roles.iter().map(|r| ro(r))),
                        roles.iter().fold(0, |m, r| m | bit(ro(r))),
                    ),
                    m::Scene::Ending { .. } => (Kind::Ending, 0, Step::None, NONE, none, none, 0),
                };
            let first_choice = choices.len() as u32;
            for (ci, c) in scene.choices().iter().enumerate() {
                choices.push(GChoice {
                    scene: si as u32,
                    local: ci as u32,
                    role: c.role.as_deref().map_or(role, ro),
                    next: c.next.as_deref().map_or(NONE, sc),
                    branches: branches(&mut pools, &c.branches),
                    elapsed: Step::new(c.elapsed),
                    at: Landing::new(c.at.as_ref(), false).anchor,
                    when: pools.conds(&c.when, cond),
                    effects: pools.effs(&c.effects, eff),
                    performs: pools.ids(c.performs.iter().filter_map(|p| resp_ix.get(p.as_str()).copied())),
                    passes_on: c.passes_on,
                    leads: c.leads,
                    measure: c.measure,
                    voice: c.child_voice,
                    decides: c.decides.as_deref().and_then(|k| kd_ix.get(k).copied()),
                });
            }
            let variants: Vec<Span> = scene.variants().iter().map(|v| pools.conds(&v.when, cond)).collect();
            let variants = {
                let start = pools.variants.len() as u32;
                pools.variants.extend(variants);
                Span {
                    start,
                    len: scene.variants().len() as u32,
                }
            };
            scenes.push(GScene {
                kind,
                role,
                round_roles,
                round_order,
                elapsed,
                landing: {
                    let (at, any_day) = scene.landing();
                    Landing::new(at, any_day)
                },
                next,
                branches: br,
                first_choice,
                choice_count: scene.choices().len() as u32,
                variants,
                effects: match scene {
                    m::Scene::Narration { effects, .. } => pools.effs(effects, eff),
                    _ => none,
                },
                keep_order: scene.keep_order(),
            });
        }

        let choice_ix = |step: &str| -> Option<u32> {
            let (scene, choice) = step.split_once('.')?;
            let si = *scene_ix.get(scene)?;
            let local = s.scenes[si as usize].choices().iter().position(|c| c.id == choice)?;
            Some(scenes[si as usize].first_choice + local as u32)
        };
        let exemplary: Vec<u32> = s.exemplary_path.iter().filter_map(|st| choice_ix(st)).collect();
        let mut seen = vec![false; choices.len()];
        let mut exemplary_by_scene: Vec<ExemplaryChoice> = exemplary
            .iter()
            .filter(|&&c| !std::mem::replace(&mut seen[c as usize], true))
            .map(|&c| ExemplaryChoice {
                scene: choices[c as usize].scene,
                choice: c,
            })
            .collect();
        // Stable: within a scene, the order the path first takes them.
        exemplary_by_scene.sort_by_key(|e| e.scene);

        let prefer = s
            .roles
            .iter()
            .map(|r| match &r.policy {
                m::Policy::Prefer(ids) => choices
                    .iter()
                    .enumerate()
                    .filter_map(|(gi, c)| {
                        let id = &s.scenes[c.scene as usize].choices()[c.local as usize].id;
                        ids.iter().position(|x| x == id).map(|rank| (gi as u32, rank as u32))
                    })
                    .collect(),
                _ => HashMap::default(),
            })
            .collect();
        Graph {
            prefer,
            start: sc(&s.start),
            timeout: sc(&s.clock.timeout),
            horizon: span(s.clock.horizon),
            counters: s
                .counters
                .iter()
                .map(|c| CounterRange {
                    start: c.start,
                    min: c.min,
                    max: c.max,
                })
                .collect(),
            flag_count: s.flags.len(),
            playable: s
                .roles
                .iter()
                .enumerate()
                .filter(|(_, r)| r.is_playable())
                .fold(0, |m, (i, _)| m | bit(i as u16)),
            present_at_start: s
                .roles
                .iter()
                .enumerate()
                .filter(|(_, r)| r.present)
                .fold(0, |m, (i, _)| m | bit(i as u16)),
            policies: s.roles.iter().map(|r| r.policy.clone()).collect(),
            responsibilities,
            owners,
            needed,
            windows: s
                .key_decisions
                .iter()
                .map(|k| Window {
                    ideal_from: span(k.window.ideal_from),
                    ideal_to: span(k.window.ideal_to),
                    latest: span(k.window.latest),
                })
                .collect(),
            not_needed: needed_by
                .iter()
                .map(|xs| xs.iter().map(|r| pools.conds(&r.not_needed_when, cond)).collect())
                .collect(),
            not_applicable: s
                .key_decisions
                .iter()
                .map(|k| pools.conds(&k.not_applicable_when, cond))
                .collect(),
            injects: s
                .injects
                .iter()
                .map(|i| GInject {
                    percent: match i.trigger {
                        m::Trigger::Random(p) | m::Trigger::Once(p) => p.min(100),
                        m::Trigger::Facilitator => 0,
                    },
                    once: matches!(i.trigger, m::Trigger::Once(_)),
                    when: pools.conds(&i.when, cond),
                    effects: pools.effs(&i.effects, eff),
                })
                .collect(),
            exemplary,
            exemplary_by_scene,
            opportunities: s
                .voice_opportunities
                .iter()
                .map(|v| Opportunity {
                    scenes: v.scenes.iter().map(|x| sc(x)).filter(|&x| x != NONE).collect(),
                    best: v.best,
                    required: v.required,
                })
                .collect(),
            scenes,
            choices,
            pools,
            calendar,
            facts: super::facts::Facts::new(s),
        }
    }

    /// The conditions, effects, branches, role or responsibility ids, or variant conditions
    /// a span of a scene, choice or inject refers to.
    pub fn conds(&self, s: Span) -> &[Cond] {
        &self.pools.conds[s.range()]
    }
    pub fn effs(&self, s: Span) -> &[Eff] {
        &self.pools.effs[s.range()]
    }
    pub fn branches(&self, s: Span) -> &[Branch] {
        &self.pools.branches[s.range()]
    }
    pub fn ids(&self, s: Span) -> &[u16] {
        &self.pools.ids[s.range()]
    }
    pub fn variants(&self, s: Span) -> &[Span] {
        &self.pools.variants[s.range()]
    }

    /// The exemplary choices at a scene (global indices), in the order the path takes them.
    pub fn exemplary_at(&self, scene: u32) -> impl Iterator<Item = u32> + '_ {
        let from = self.exemplary_by_scene.partition_point(|e| e.scene < scene);
        self.exemplary_by_scene[from..]
            .iter()
            .take_while(move |e| e.scene == scene)
            .map(|e| e.choice)
    }

    /// The global indices of a scene's choices.
    pub fn choices_of(&self, scene: u32) -> std::ops::Range<u32> {
        let s = &self.scenes[scene as usize];
        s.first_choice..s.first_choice + s.choice_count
    }
}

pub fn bit(role: u16) -> u64 {
    1u64 << (role.min(63))
}
