//! `laget play`, `laget resume`, `laget sessions` and `laget debrief`.

use std::io::Write;
use std::path::PathBuf;

use anyhow::bail;

use super::Context;
use std::sync::Arc;

use crate::conductor::{self, Clock, Conductor, DebriefError, Request, ResumeError, StartError, SystemClock, Which};
use crate::engine::{Drill, Mode, SetupError};
use crate::i18n::Arg;
use crate::library::{self, Library, ResolveError};
use crate::plain::{Options, Plain, PlainEnd};
use crate::store::{Listed, SessionFile, Store};

/// Options shared by `play` and `resume`.
#[derive(clap::Args, Debug, Clone)]
pub struct PlayOptions {
    /// Line-oriented mode for screen readers, pipes and scripts.
    #[arg(long)]
    pub plain: bool,
    /// Format of the debrief printed at the end (and written to --debrief-out).
    #[arg(long, value_enum, default_value = "text")]
    pub format: FormatArg,
    /// Also write the debrief to this file.
    #[arg(long)]
    pub debrief_out: Option<PathBuf>,
    /// The debrief with every piece of evidence, not only what decided each score.
    #[arg(long)]
    pub full: bool,
}

#[derive(clap::Args, Debug, Clone)]
pub struct NewSession {
    /// A scenario id from `laget list`, or a path to a .ron file.
    pub scenario: String,
    #[arg(long, value_enum, default_value = "group")]
    pub mode: ModeArg,
    /// Solo: the role the player takes (default: the scenario's solo role).
    #[arg(long)]
    pub role: Option<String>,
    /// Seed for injects and any chance in the drill (default: drawn and shown).
    #[arg(long)]
    pub seed: Option<u64>,
    /// Show feedback after each choice (default in solo).
    #[arg(long, overrides_with = "no_coach")]
    pub coach: bool,
    /// Hold feedback for the debrief (default in group).
    #[arg(long)]
    pub no_coach: bool,
    /// Start at this scene (for authors), with the scenario's starting state.
    #[arg(long, value_name = "SCENE")]
    pub from: Option<String>,
    #[command(flatten)]
    pub play: PlayOptions,
}

/// `--format` of a debrief (`debrief::Format`).
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormatArg {
    Text,
    Md,
    Json,
}

impl From<FormatArg> for crate::debrief::Format {
    fn from(f: FormatArg) -> Self {
        match f {
            FormatArg::Text => crate::debrief::Format::Text,
            FormatArg::Md => crate::debrief::Format::Md,
            FormatArg::Json => crate::debrief::Format::Json,
        }
    }
}

impl PlayOptions {
    /// What becomes of the debrief at the end of a drill, in either front end.
    pub fn debrief_options(&self) -> Options {
        Options {
            format: self.format.into(),
            debrief_out: self.debrief_out.clone(),
            full: self.full,
        }
    }
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ModeArg {
    Group,
    Solo,
}

fn home(ctx: &Context) -> anyhow::Result<PathBuf> {
    ctx.home
        .clone()
        .ok_or_else(|| anyhow::anyhow!("{}", ctx.msgs.get("cli-no-home")))
}

/// Loads a scenario argument, printing diagnostics for a broken file.
pub fn drill(ctx: &Context, arg: &str) -> anyhow::Result<Result<Drill, i32>> {
    let lib = Library::discover(ctx.home.as_deref());
    match library::resolve(&lib, arg, ctx.lang(), ctx.lang_given) {
        Ok(d) => Ok(Ok(d)),
        Err(ResolveError::Invalid(diags)) => {
            for d in diags {
                eprintln!("{}", d.render_human(&ctx.msgs));
            }
            Ok(Err(1))
        }
        Err(ResolveError::NotFound { known }) => {
            eprintln!(
                "{}",
                ctx.msgs.fmt(
                    "cli-unknown-scenario",
                    &[("name", Arg::Str(arg)), ("known", Arg::Str(&known.join(", ")))]
                )
            );
            Ok(Err(1))
        }
    }
}

/// Says that `name` is not a role a person can play here, listing those that are; exit 2.
pub fn unknown_role(ctx: &Context, drill: &Drill, name: &str) -> i32 {
    let known = drill.playable_roles().join(", ");
    eprintln!(
        "{}",
        ctx.msgs.fmt(
            "cli-unknown-role",
            &[("name", Arg::Str(name)), ("known", Arg::Str(&known))]
        )
    );
    2
}

/// Checks `--debrief-out` before the drill starts: its folder must exist and take a new
/// file, and the path must not be a folder. Found after an hour's drill, it would be late.
pub fn check_debrief_out(ctx: &Context, opts: &PlayOptions) -> anyhow::Result<()> {
    let Some(p) = &opts.debrief_out else { return Ok(()) };
    let dir = match p.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let problem = if p.is_dir() {
        Some(std::io::Error::from(std::io::ErrorKind::IsADirectory).to_string())
    } else {
        // A probe of the same kind as the real write: a temporary file beside the target.
        tempfile::Builder::new()
            .prefix(".laget-probe.")
            .tempfile_in(&dir)
            .err()
            .map(|e| e.to_string())
    };
    match problem {
        None => Ok(()),
        Some(reason) => bail!(
            "{}",
            ctx.msgs.fmt(
                "cli-debrief-out-bad",
                &[
                    ("path", Arg::Str(&p.display().to_string())),
                    ("reason", Arg::Str(&reason))
                ]
            )
        ),
    }
}

pub fn play(ctx: &Context, args: NewSession) -> anyhow::Result<i32> {
    if let Some(code) = super::needs_terminal(ctx, args.play.plain) {
        return Ok(code);
    }
    check_debrief_out(ctx, &args.play)?;
    let drill = match drill(ctx, &args.scenario)? {
        Ok(d) => d,
        Err(code) => return Ok(code),
    };
    let req = Request {
        mode: match args.mode {
            ModeArg::Group => Mode::Group,
            ModeArg::Solo => Mode::Solo,
        },
        role: args.role.clone(),
        coach: if args.coach {
            Some(true)
        } else if args.no_coach {
            Some(false)
        } else {
            None
        },
        seed: args.seed,
        from: args.from.clone(),
        labels: Default::default(),
        countdown_seconds: None,
    };
    let store = Arc::new(Store::new(&home(ctx)?));
    let clock: Arc<dyn Clock> = Arc::new(SystemClock::new());
    let drill = Arc::new(drill);
    let started = match conductor::start(&req, drill.clone(), Some(store.clone()), clock) {
        Ok(s) => s,
        Err(StartError::Setup(e)) => return Ok(setup_refused(ctx, &e, &drill)),
        Err(StartError::Store(e)) => return Err(e.into()),
    };
    if started.seed_drawn {
        let seed = started.conductor.file().setup.seed.to_string();
        eprintln!("{}", ctx.msgs.fmt("plain-seed", &[("seed", Arg::Str(&seed))]));
    }
    run(ctx, store, started.conductor, &args.play)
}

/// Says why a set-up does not fit its drill; exit 2 (a usage error).
fn setup_refused(ctx: &Context, e: &SetupError, drill: &Drill) -> i32 {
    match e {
        SetupError::NotPlayable(name) => unknown_role(ctx, drill, name),
        SetupError::UnknownScene(name) => {
            eprintln!("{}", ctx.msgs.fmt("cli-unknown-scene", &[("name", Arg::Str(name))]));
            2
        }
    }
}

fn run(ctx: &Context, store: Arc<Store>, mut c: Conductor, opts: &PlayOptions) -> anyhow::Result<i32> {
    let options = opts.debrief_options();
    if !opts.plain {
        return super::run_tui(ctx, Some(store), crate::tui::Start::Play(Box::new(c)), &options);
    }
    let stdin = std::io::stdin();
    let input = stdin.lock();
    // With a data format the debrief alone goes to standard output (CONTRACT.md).
    let outcome = if options.format == crate::debrief::Format::Text {
        let mut p = Plain {
            msgs: &ctx.msgs,
            input,
            out: std::io::stdout(),
            debrief: std::io::stdout(),
        };
        p.run(&mut c, &options)?
    } else {
        let mut p = Plain {
            msgs: &ctx.msgs,
            input,
            out: std::io::stderr(),
            debrief: std::io::stdout(),
        };
        p.run(&mut c, &options)?
    };
    Ok(match outcome {
        PlainEnd::Finished => 0,
        PlainEnd::Stopped { session, why } => {
            if let Some(why) = why {
                eprintln!("{why}");
            }
            eprintln!("{}", ctx.msgs.fmt("plain-stopped", &[("session", Arg::Str(&session))]));
            3
        }
    })
}

pub fn resume(ctx: &Context, session: Option<String>, latest: bool, opts: PlayOptions) -> anyhow::Result<i32> {
    if let Some(code) = super::needs_terminal(ctx, opts.plain) {
        return Ok(code);
    }
    check_debrief_out(ctx, &opts)?;
    let store = Arc::new(Store::new(&home(ctx)?));
    let which = match session {
        Some(s) => Which::Named(s),
        None => Which::Latest,
    };
    let _ = latest;
    let c = match conductor::resume(which, store.clone(), Arc::new(SystemClock::new())) {
        Ok(c) => c,
        Err(ResumeError::Store(e)) => return Err(e.into()),
        Err(ResumeError::NoneUnfinished { damaged: 0 }) => bail!("{}", ctx.msgs.get("cli-no-unfinished")),
        Err(ResumeError::NoneUnfinished { damaged }) => bail!(
            "{}",
            ctx.msgs
                .fmt("cli-no-unfinished-damaged", &[("count", Arg::Num(damaged as i64))])
        ),
        Err(ResumeError::AlreadyFinished(id)) => {
            bail!(
                "{}",
                ctx.msgs.fmt("cli-already-finished", &[("session", Arg::Str(&id))])
            )
        }
        Err(ResumeError::Replay(e)) => bail!(
            "{}",
            ctx.msgs
                .fmt("plain-replay-failed", &[("session", Arg::Str(&e.session))])
        ),
    };
    // Tell the user when the scenario has changed since: the session goes on with its own copy.
    if scenario_changed(ctx, c.file()) {
        eprintln!("{}", ctx.msgs.get("cli-scenario-changed"));
    }
    run(ctx, store, c, &opts)
}

/// Whether the scenario a session was started from reads differently now: the library's
/// scenario of the same id and language, or the file it was started from by path.
fn scenario_changed(ctx: &Context, file: &SessionFile) -> bool {
    let differs = |text: &[u8]| crate::engine::content_hash(text) != file.scenario.hash;
    let origin = &file.scenario.origin;
    if !origin.starts_with("embedded:") {
        let path = std::path::Path::new(origin);
        if path.is_file() {
            // Read as a scenario is (at most its size limit), never more.
            use std::io::Read;
            let mut text = Vec::new();
            let limit = crate::scenario::load::MAX_FILE_BYTES + 1;
            if let Ok(f) = std::fs::File::open(path)
                && f.take(limit).read_to_end(&mut text).is_ok()
            {
                return differs(&text);
            }
        }
    }
    let lib = Library::discover(ctx.home.as_deref());
    lib.family(&file.scenario.id).is_some_and(|f| {
        f.members
            .iter()
            .any(|e| e.scenario.language == file.scenario.language && differs(e.source.text.as_bytes()))
    })
}

pub fn sessions(ctx: &Context, json: bool) -> anyhow::Result<i32> {
    let store = Store::new(&home(ctx)?);
    let list = store.list()?;
    let mut out = std::io::stdout().lock();
    let safe = |s: &str| crate::text::terminal_line(s).into_owned();
    if json {
        // JSON escapes every control character, so nothing here can reach a terminal raw.
        let arr: Vec<_> = list
            .iter()
            .map(|l| match l {
                Listed::Ok(s) => serde_json::json!({
                    "id": s.id, "scenario": s.scenario.id, "title": s.scenario.title, "language": s.scenario.language,
                    "started": s.started, "updated": s.updated, "finished": s.finished,
                    "decisions": s.log.iter().filter(|a| matches!(a, crate::engine::Action::Choose { .. })).count(),
                }),
                Listed::Damaged { path, error } => serde_json::json!({
                    "id": path.file_stem().map(|s| s.to_string_lossy().into_owned()),
                    "path": path.display().to_string(),
                    "damaged": true,
                    "error": error.message(&ctx.msgs),
                }),
            })
            .collect();
        writeln!(out, "{}", serde_json::to_string_pretty(&arr)?)?;
    } else if list.is_empty() {
        writeln!(out, "{}", ctx.msgs.get("sessions-none"))?;
    } else {
        for l in &list {
            match l {
                Listed::Ok(s) => {
                    let state = ctx.msgs.get(if s.finished {
                        "sessions-finished"
                    } else {
                        "sessions-unfinished"
                    });
                    writeln!(
                        out,
                        "{}  {}  {}  {state}",
                        safe(&s.id),
                        safe(&s.scenario.title),
                        safe(&s.started)
                    )?;
                }
                Listed::Damaged { path, error } => {
                    let name = path
                        .file_stem()
                        .map(|s| s.to_string_lossy().into_owned())
                        .unwrap_or_default();
                    let line = ctx.msgs.fmt(
                        "sessions-damaged",
                        &[
                            ("name", Arg::Str(&name)),
                            ("reason", Arg::Str(&error.message(&ctx.msgs))),
                        ],
                    );
                    writeln!(out, "{}", safe(&line))?;
                }
            }
        }
    }
    Ok(0)
}

pub fn debrief_again(ctx: &Context, which: Option<&str>, format: FormatArg, full: bool) -> anyhow::Result<i32> {
    let store = Store::new(&home(ctx)?);
    let file = match which {
        Some(w) => store.load(w)?,
        // The most recently finished session (`list` is oldest first).
        None => store
            .list()?
            .into_iter()
            .rev()
            .find_map(|l| match l {
                crate::store::Listed::Ok(f) if f.finished => Some(*f),
                _ => None,
            })
            .ok_or_else(|| anyhow::anyhow!("{}", ctx.msgs.get("cli-no-finished")))?,
    };
    let d = match conductor::debrief_of(file, Some(Arc::new(store))) {
        Ok(d) => d,
        Err(DebriefError::Store(e)) => return Err(e.into()),
        Err(DebriefError::NotFinished(id)) => {
            bail!("{}", ctx.msgs.fmt("cli-not-finished", &[("session", Arg::Str(&id))]))
        }
        Err(DebriefError::Replay(id)) => {
            bail!("{}", ctx.msgs.fmt("plain-replay-failed", &[("session", Arg::Str(&id))]))
        }
    };
    let mut out = std::io::stdout().lock();
    let text = crate::debrief::render(&d, &ctx.msgs, format.into(), full);
    out.write_all(text.as_bytes())?;
    if !text.ends_with('\n') {
        writeln!(out)?;
    }
    Ok(0)
}
