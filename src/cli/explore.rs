//! `laget explore`: the library's exploration, timed, and printed as text or JSON.

use std::io::Write;
use std::time::Instant;

use super::play::{ModeArg, drill};
use super::{Context, ListFormat};
use crate::engine::Mode;
use crate::explore::json::{Json, per_second};
use crate::explore::{self, Cut, ExploreError, Options, PathReport, Report};
use crate::i18n::{Arg, Messages};
use crate::scenario::model::Dimension;

#[derive(clap::Args, Debug, Clone)]
pub struct ExploreArgs {
    /// A scenario id from `laget list`, or a path to a .ron file.
    pub scenario: String,
    /// How many random walks to play.
    #[arg(long, default_value_t = 10_000)]
    pub walks: u64,
    /// Seed from which each walk draws its own seed (with --exhaustive: the seed of every path).
    #[arg(long, default_value_t = 0)]
    pub seed: u64,
    /// Enumerate every distinct path instead of walking at random (up to --max-paths).
    #[arg(long)]
    pub exhaustive: bool,
    /// With --exhaustive: stop after this many paths.
    #[arg(long, default_value_t = 100_000, value_parser = clap::value_parser!(u64).range(1..))]
    pub max_paths: u64,
    /// Group (every playable role decides) or solo (one role; the computer plays the rest).
    #[arg(long, value_enum, default_value = "group")]
    pub mode: ModeArg,
    /// Solo: the role the walks play (default: the scenario's solo role).
    #[arg(long)]
    pub role: Option<String>,
    #[arg(long, value_enum, default_value = "text")]
    pub format: ListFormat,
}

pub fn run(ctx: &Context, args: ExploreArgs) -> anyhow::Result<i32> {
    let d = match drill(ctx, &args.scenario)? {
        Ok(d) => d,
        Err(code) => return Ok(code),
    };
    let opts = Options {
        walks: args.walks,
        seed: args.seed,
        exhaustive: args.exhaustive,
        mode: match args.mode {
            ModeArg::Group => Mode::Group,
            ModeArg::Solo => Mode::Solo,
        },
        role: args.role.clone(),
        max_paths: args.max_paths,
        ..Options::default()
    };
    let started = Instant::now();
    let report = match explore::explore(&d, &opts) {
        Ok(r) => r,
        Err(ExploreError::NotPlayable(name)) => return Ok(super::play::unknown_role(ctx, &d, &name)),
    };
    let elapsed = started.elapsed().as_secs_f64();
    let mut out = std::io::stdout().lock();
    match args.format {
        ListFormat::Json => writeln!(out, "{}", serde_json::to_string_pretty(&Json::new(&report, elapsed))?)?,
        ListFormat::Text => {
            out.write_all(text(&report, elapsed, &args.scenario, &d.scenario.title, &ctx.msgs).as_bytes())?
        }
    }
    Ok(0)
}

/// The naive strategies, and a plain warning for each one that gives the scenario away.
fn strategies_text(r: &Report, m: &Messages) -> String {
    let mut s = format!("\n{}\n", m.get("explore-strategies"));
    let tells = r.tells();
    for st in &r.strategies {
        let means: Vec<String> = st.mean.iter().map(|x| format!("{x:.0}")).collect();
        s.push_str(&format!(
            "  {}\n",
            m.fmt(
                "explore-strategy-line",
                &[
                    (
                        "strategy",
                        Arg::Str(&m.get(&format!("explore-strategy-{}", st.strategy.key())))
                    ),
                    ("scores", Arg::Str(&means.join("/"))),
                    ("mean", Arg::Str(&format!("{:.0}", st.overall()))),
                    ("strong", Arg::Str(&format!("{:.0}", st.all_strong * 100.0))),
                    ("plays", Arg::Num(st.plays as i64)),
                ]
            )
        ));
    }
    for t in &tells {
        // Always the first shown is a random pick: it wins only where chance does.
        let key = match t.strategy {
            explore::Strategy::First => "explore-tell-first",
            _ => "explore-tell",
        };
        s.push_str(&format!(
            "  {}\n",
            m.fmt(
                key,
                &[(
                    "strategy",
                    Arg::Str(&m.get(&format!("explore-strategy-{}", t.strategy.key())))
                )]
            )
        ));
    }
    if tells.is_empty() && !r.strategies.is_empty() {
        s.push_str(&format!("  {}\n", m.get("explore-no-tell")));
    }
    s
}

fn list_or_none(m: &Messages, items: &[String]) -> String {
    if items.is_empty() {
        format!("  {}\n", m.get("explore-none"))
    } else {
        items.iter().map(|i| format!("  {i}\n")).collect()
    }
}

fn opt(v: Option<u32>) -> String {
    v.map_or("-".into(), |v| v.to_string())
}

/// `'…'`-quotes an argument for a POSIX shell when it needs it.
fn shell_word(s: &str) -> String {
    if !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || "-_./:=+".contains(c)) {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', r"'\''"))
    }
}

fn path_text(m: &Messages, key: &str, p: &PathReport, scenario: &str) -> String {
    let scores = p.scores.iter().map(u32::to_string).collect::<Vec<_>>().join("/");
    let mut s = format!(
        "{}: {}\n",
        m.get(key),
        m.fmt(
            "explore-path",
            &[
                ("seed", Arg::Str(&p.seed.to_string())),
                ("ending", Arg::Str(&p.ending)),
                ("scores", Arg::Str(&scores)),
            ]
        )
    );
    let inputs = p.inputs.join("\\n");
    let mut cmd = format!(
        "printf '{inputs}\\n' | laget play {} --plain --seed {} --mode {}",
        shell_word(scenario),
        p.seed,
        p.mode.key()
    );
    if let Some(r) = &p.role {
        cmd.push_str(&format!(" --role {}", shell_word(r)));
    }
    s.push_str(&format!(
        "  {}\n",
        m.fmt("explore-replay", &[("command", Arg::Str(&cmd))])
    ));
    s
}

/// Why a day is closed, in words: `weekend`, `declared`, or the Norwegian name of a holiday.
fn closed_reason(m: &Messages, reason: &str) -> String {
    let kind = match reason {
        "weekend" | "declared" => reason,
        _ => "holiday",
    };
    m.fmt(
        "explore-closed-why",
        &[("kind", Arg::Str(kind)), ("name", Arg::Str(reason))],
    )
}

/// Scenes entered on closed days (only when there are some): the scene, how often, the first
/// date and a command that replays it.
fn closed_days_text(m: &Messages, r: &Report, scenario: &str) -> String {
    if r.closed_days.is_empty() {
        return String::new();
    }
    let mut s = format!("\n{}\n", m.get("explore-closed-days"));
    for c in &r.closed_days {
        s.push_str(&format!(
            "  {}\n",
            m.fmt(
                "explore-closed-line",
                &[
                    ("scene", Arg::Str(&c.scene)),
                    ("walks", Arg::Num(c.walks as i64)),
                    ("date", Arg::Str(&c.date)),
                    ("reason", Arg::Str(&closed_reason(m, &c.reason))),
                    ("anyday", Arg::Str(if c.any_day { "yes" } else { "no" })),
                ]
            )
        ));
        if !c.decides.is_empty() {
            s.push_str(&format!(
                "    {}\n",
                m.fmt(
                    "explore-closed-decides",
                    &[("decisions", Arg::Str(&c.decides.join(", ")))]
                )
            ));
        }
        let mut cmd = format!(
            "printf '{}\\n' | laget play {} --plain --seed {} --mode {}",
            c.inputs.join("\\n"),
            shell_word(scenario),
            c.seed,
            c.mode.key()
        );
        if let Some(role) = &c.role {
            cmd.push_str(&format!(" --role {}", shell_word(role)));
        }
        s.push_str(&format!(
            "    {}\n",
            m.fmt("explore-replay", &[("command", Arg::Str(&cmd))])
        ));
    }
    s
}

pub fn text(r: &Report, elapsed: f64, scenario_arg: &str, title: &str, m: &Messages) -> String {
    let mut s = String::new();
    let mode = m.get(&format!("mode-{}", r.options.mode.key()));
    s.push_str(&m.fmt(
        "explore-title",
        &[
            ("title", Arg::Str(title)),
            ("id", Arg::Str(&r.scenario)),
            ("walks", Arg::Num(r.walks as i64)),
            ("steps", Arg::Num(r.steps as i64)),
            ("mode", Arg::Str(&mode)),
            ("seed", Arg::Str(&r.options.seed.to_string())),
        ],
    ));
    s.push('\n');
    if r.options.exhaustive {
        s.push_str(&m.fmt("explore-exhaustive", &[("seed", Arg::Str(&r.options.seed.to_string()))]));
        s.push('\n');
        match r.cut {
            Some(Cut::Paths(n)) => s.push_str(&m.fmt("explore-cut-paths", &[("limit", Arg::Num(n as i64))])),
            Some(Cut::Depth(n)) => s.push_str(&m.fmt("explore-cut-depth", &[("limit", Arg::Num(n as i64))])),
            None => s.push_str(&m.get("explore-complete")),
        }
        s.push('\n');
    }
    s.push_str(&m.fmt(
        "explore-speed",
        &[
            ("seconds", Arg::Str(&format!("{elapsed:.3}"))),
            ("walks", Arg::Str(&format!("{:.0}", per_second(r.walks, elapsed)))),
            ("steps", Arg::Str(&format!("{:.0}", per_second(r.steps, elapsed)))),
        ],
    ));
    s.push_str("\n\n");
    if r.walks == 0 {
        s.push_str(&m.get("explore-no-walks"));
        s.push('\n');
        return s;
    }

    s.push_str(&format!("{}\n", m.get("explore-endings")));
    let width = r.endings.keys().map(|k| k.chars().count()).max().unwrap_or(0);
    let mut endings: Vec<(&String, &u64)> = r.endings.iter().collect();
    // Most frequent first; the id breaks ties, so the order is stable.
    endings.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    for (id, n) in endings {
        let pct = *n as f64 * 100.0 / r.walks as f64;
        s.push_str(&format!("  {id:<width$}  {n:>9}  {pct:5.1}%\n"));
    }

    s.push_str(&format!("\n{}\n", m.get("explore-scores")));
    for (key, d) in Dimension::ALL
        .iter()
        .filter_map(|k| Some((k.key(), r.scores.get(k.key())?)))
    {
        s.push_str(&format!(
            "  {}: {} · {} · {} · {} · {}\n",
            m.get(&format!("dimension-{key}")),
            opt(d.min),
            opt(d.q1),
            opt(d.median),
            opt(d.q3),
            opt(d.max)
        ));
        let top = d.histogram.iter().copied().max().unwrap_or(0).max(1);
        for (i, &n) in d.histogram.iter().enumerate() {
            let hi = if i == 9 { 100 } else { i * 10 + 9 };
            let bar = "#".repeat(((n * 40).div_ceil(top)) as usize);
            s.push_str(&format!("    {:>3}–{:<3} {bar:<40} {n}\n", i * 10, hi));
        }
    }

    s.push_str(&format!("\n{}\n", m.get("explore-unreached-scenes")));
    s.push_str(&list_or_none(m, &r.unreached_scenes));
    s.push_str(&format!("\n{}\n", m.get("explore-unreached-choices")));
    s.push_str(&list_or_none(m, &r.unreached_choices));
    s.push_str(&format!("\n{}\n", m.get("explore-dead-choices")));
    if r.dead_choices.is_empty() {
        s.push_str(&format!("  {}\n", m.get("explore-none")));
    }
    for d in &r.dead_choices {
        s.push_str(&format!(
            "  {}\n",
            m.fmt(
                "explore-dead-line",
                &[
                    ("choice", Arg::Str(&d.choice)),
                    ("same", Arg::Str(&d.same_as.join(", "))),
                    ("probes", Arg::Num(i64::from(d.probes))),
                ]
            )
        ));
    }
    // Whether the list is a proof, and if not, the command that proves it.
    let proof = if r.dead_choices_proven {
        m.get("explore-dead-proven")
    } else if r.options.exhaustive {
        m.get("explore-dead-cut")
    } else {
        m.fmt(
            "explore-dead-unproven",
            &[(
                "command",
                Arg::Str(&format!(
                    "laget explore {} --exhaustive --mode {}{}",
                    shell_word(scenario_arg),
                    r.options.mode.key(),
                    r.options
                        .role
                        .as_deref()
                        .map_or(String::new(), |x| format!(" --role {}", shell_word(x)))
                )),
            )],
        )
    };
    s.push_str(&format!("  {proof}\n"));
    s.push_str(&strategies_text(r, m));
    s.push_str(&closed_days_text(m, r, scenario_arg));
    s.push('\n');
    if let Some(p) = &r.best_path {
        s.push_str(&path_text(m, "explore-best", p, scenario_arg));
    }
    if let Some(p) = &r.worst_path {
        s.push_str(&path_text(m, "explore-worst", p, scenario_arg));
    }
    s
}
