//! The report as `laget explore --format json` prints it (docs/cli.md). A view that borrows
//! from [`Report`]: the JSON shape differs from the report's (the options at the top level, a
//! cut as `{reason, limit}`, strategies by name, means rounded to two decimals), so it gets
//! its own structs rather than `Serialize` on the report itself.
//!
//! Every struct lists its fields in alphabetical order, and every map is a `BTreeMap`: the
//! keys come out sorted, as they always have (the JSON used to be assembled as a
//! `serde_json::Value`, whose map is sorted), so two reports diff line by line. A test holds
//! the order.

use std::collections::BTreeMap;

use serde::Serialize;

use super::{ClosedDayScene, Cut, DeadChoice, Distribution, PathReport, Report, StrategyReport};
use crate::engine::Mode;

#[derive(Debug, Serialize)]
pub struct Json<'a> {
    best_path: Option<Path<'a>>,
    closed_days: Vec<ClosedDay<'a>>,
    /// Exhaustive mode: whether every path was enumerated; `null` after random walks.
    complete: Option<bool>,
    cut: Option<CutJson>,
    dead_choice_details: Vec<Dead<'a>>,
    dead_choices: Vec<&'a str>,
    dead_choices_proven: bool,
    elapsed_seconds: f64,
    endings: &'a BTreeMap<String, u64>,
    exhaustive: bool,
    language: &'a str,
    mode: Mode,
    probe_steps: u64,
    role: Option<&'a str>,
    scenario: &'a str,
    scores: BTreeMap<&'static str, Spread>,
    seed: u64,
    steps: u64,
    steps_per_second: f64,
    strategies: BTreeMap<&'static str, Strategy>,
    unreached_choices: &'a [String],
    unreached_scenes: &'a [String],
    walks: u64,
    walks_per_second: f64,
    worst_path: Option<Path<'a>>,
}

/// The three dimensions of a play, by their keys (`Dimension::key`).
#[derive(Debug, Serialize)]
struct Dims<T> {
    child_voice: T,
    decision_timing: T,
    role_clarity: T,
}

impl<T: Copy> Dims<T> {
    /// From role clarity, child's voice, decision timing (the order of `Dimension::ALL`).
    fn of(v: [T; 3]) -> Dims<T> {
        Dims {
            role_clarity: v[0],
            child_voice: v[1],
            decision_timing: v[2],
        }
    }
}

#[derive(Debug, Serialize)]
struct Path<'a> {
    ending: &'a str,
    /// One element per line of input: the 1-based number of the choice offered, or
    /// `/inject ID` for an event the facilitator triggers.
    inputs: &'a [String],
    mode: Mode,
    role: Option<&'a str>,
    scores: Dims<u32>,
    seed: u64,
}

#[derive(Debug, Serialize)]
struct Spread {
    count: u64,
    histogram: [u64; 10],
    max: Option<u32>,
    mean: Option<f64>,
    median: Option<u32>,
    min: Option<u32>,
    q1: Option<u32>,
    q3: Option<u32>,
}

#[derive(Debug, Serialize)]
struct CutJson {
    limit: u64,
    /// `max_paths` or `max_depth`, the option that cut the enumeration short.
    reason: &'static str,
}

#[derive(Debug, Serialize)]
struct Dead<'a> {
    choice: &'a str,
    probes: u32,
    same_as: &'a [String],
}

#[derive(Debug, Serialize)]
struct Strategy {
    /// Share of plays strong on all dimensions, 0–1.
    all_strong: f64,
    mean: Dims<f64>,
    plays: u64,
    /// Whether the strategy gives the scenario away (`Report::tells`).
    tell: bool,
}

#[derive(Debug, Serialize)]
struct ClosedDay<'a> {
    any_day: bool,
    date: &'a str,
    decides: &'a [String],
    example: Example<'a>,
    reason: &'a str,
    scene: &'a str,
    walks: u64,
}

/// How to replay the first walk that entered a scene on a closed day.
#[derive(Debug, Serialize)]
struct Example<'a> {
    inputs: &'a [String],
    mode: Mode,
    role: Option<&'a str>,
    seed: u64,
}

/// Two decimals: enough to compare means and shares, and stable from machine to machine.
fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// `n` per second of `seconds`, 0 when no time was measured.
pub fn per_second(n: u64, seconds: f64) -> f64 {
    if seconds > 0.0 { n as f64 / seconds } else { 0.0 }
}

impl<'a> Json<'a> {
    /// The report, explored in `elapsed` seconds (measured by the caller: the core reads no
    /// clock).
    pub fn new(r: &'a Report, elapsed: f64) -> Json<'a> {
        let tells = r.tells();
        Json {
            best_path: r.best_path.as_ref().map(Path::of),
            closed_days: r.closed_days.iter().map(ClosedDay::of).collect(),
            complete: r.options.exhaustive.then_some(r.cut.is_none()),
            cut: r.cut.map(|c| match c {
                Cut::Paths(n) => CutJson {
                    limit: n,
                    reason: "max_paths",
                },
                Cut::Depth(n) => CutJson {
                    limit: n as u64,
                    reason: "max_depth",
                },
            }),
            dead_choice_details: r.dead_choices.iter().map(Dead::of).collect(),
            dead_choices: r.dead_choices.iter().map(|d| d.choice.as_str()).collect(),
            dead_choices_proven: r.dead_choices_proven,
            elapsed_seconds: elapsed,
            endings: &r.endings,
            exhaustive: r.options.exhaustive,
            language: &r.language,
            mode: r.options.mode,
            probe_steps: r.probe_steps,
            role: r.options.role.as_deref(),
            scenario: &r.scenario,
            scores: r.scores.iter().map(|(&k, d)| (k, Spread::of(d))).collect(),
            seed: r.options.seed,
            steps: r.steps,
            steps_per_second: per_second(r.steps, elapsed).round(),
            strategies: r
                .strategies
                .iter()
                .map(|s| {
                    (
                        s.strategy.key(),
                        Strategy::of(s, tells.iter().any(|t| t.strategy == s.strategy)),
                    )
                })
                .collect(),
            unreached_choices: &r.unreached_choices,
            unreached_scenes: &r.unreached_scenes,
            walks: r.walks,
            walks_per_second: per_second(r.walks, elapsed).round(),
            worst_path: r.worst_path.as_ref().map(Path::of),
        }
    }
}

impl<'a> Path<'a> {
    fn of(p: &'a PathReport) -> Path<'a> {
        Path {
            ending: &p.ending,
            inputs: &p.inputs,
            mode: p.mode,
            role: p.role.as_deref(),
            scores: Dims::of(p.scores),
            seed: p.seed,
        }
    }
}

impl Spread {
    fn of(d: &Distribution) -> Spread {
        Spread {
            count: d.count,
            histogram: d.histogram,
            max: d.max,
            mean: d.mean.map(round2),
            median: d.median,
            min: d.min,
            q1: d.q1,
            q3: d.q3,
        }
    }
}

impl<'a> Dead<'a> {
    fn of(d: &'a DeadChoice) -> Dead<'a> {
        Dead {
            choice: &d.choice,
            probes: d.probes,
            same_as: &d.same_as,
        }
    }
}

impl Strategy {
    fn of(s: &StrategyReport, tell: bool) -> Strategy {
        Strategy {
            all_strong: round2(s.all_strong),
            mean: Dims::of(s.mean.map(round2)),
            plays: s.plays,
            tell,
        }
    }
}

impl<'a> ClosedDay<'a> {
    fn of(c: &'a ClosedDayScene) -> ClosedDay<'a> {
        ClosedDay {
            any_day: c.any_day,
            date: &c.date,
            decides: &c.decides,
            example: Example {
                inputs: &c.inputs,
                mode: c.mode,
                role: c.role.as_deref(),
                seed: c.seed,
            },
            reason: &c.reason,
            scene: &c.scene,
            walks: c.walks,
        }
    }
}
