//! The command line (CONTRACT.md): a thin layer that parses arguments, calls the library and
//! maps outcomes to exit codes. 0 done, 1 error, 2 usage, 3 a session stopped before its end.

mod check;
mod explore;
mod graph;
mod handouts;
pub mod help;
mod list;
mod new;
mod play;

use std::path::PathBuf;

use clap::{FromArgMatches, Parser, Subcommand, ValueEnum};

use crate::i18n::{Lang, Messages};

#[derive(Parser, Debug)]
#[command(
    name = "laget",
    version,
    about = "Preparedness drills for the team around the child (laget rundt barnet)",
    long_about = "Preparedness drills for the team around the child (laget rundt barnet).\n\n\
        Run `laget` with no command to open the drill on the home screen. Scenarios are \
        fictional cases written in RON; see docs/scenario-format.md."
)]
pub struct Cli {
    /// Language of the program's own text (default: from LC_ALL, LC_MESSAGES, LANG).
    #[arg(long, global = true, value_enum)]
    pub lang: Option<LangArg>,
    /// Where sessions, autosaves and exported debriefs live (also LAGET_HOME).
    #[arg(long, global = true, env = "LAGET_HOME")]
    pub home: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(ValueEnum, Clone, Copy, Debug)]
pub enum LangArg {
    Nb,
    Nn,
    En,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Validate scenario files (a directory is searched for *.ron).
    Check {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        #[arg(long, value_enum, default_value = "human")]
        format: CheckFormat,
        /// Exit 1 on warnings too.
        #[arg(long)]
        deny_warnings: bool,
    },
    /// List the known scenarios.
    List {
        #[arg(long, value_enum, default_value = "text")]
        format: ListFormat,
    },
    /// Play a scenario (the full-screen drill, or line by line with --plain).
    Play {
        #[command(flatten)]
        args: play::NewSession,
    },
    /// Continue a saved session from exactly where it stopped.
    Resume {
        /// A session id from `laget sessions`, or a session file.
        session: Option<String>,
        /// The most recently written unfinished session (the default without SESSION).
        #[arg(long)]
        latest: bool,
        #[command(flatten)]
        play: play::PlayOptions,
    },
    /// List saved sessions.
    Sessions {
        #[arg(long, value_enum, default_value = "text")]
        format: ListFormat,
    },
    /// Print the debrief of a finished session again.
    Debrief {
        /// A session id or a session file (without it, or with --latest: the most recently
        /// finished session).
        session: Option<String>,
        /// The most recently finished session.
        #[arg(long, conflicts_with = "session")]
        latest: bool,
        #[arg(long, value_enum, default_value = "text")]
        format: play::FormatArg,
        /// Every piece of evidence, not only what decided each score.
        #[arg(long)]
        full: bool,
    },
    /// Write one printable Markdown role card per playable role into DIR.
    Handouts {
        /// A scenario id from `laget list`, or a path to a .ron file.
        scenario: String,
        #[arg(long)]
        out: PathBuf,
    },
    /// Play the scenario many times automatically: endings, scores, coverage, dead choices.
    Explore {
        #[command(flatten)]
        args: explore::ExploreArgs,
    },
    /// Print the scenario's branching structure (Graphviz DOT or Mermaid).
    Graph {
        /// A scenario id from `laget list`, or a path to a .ron file.
        scenario: String,
        #[arg(long, value_enum, default_value = "dot")]
        format: graph::GraphFormat,
    },
    /// Write a new scenario from a template (in the language of --lang) and a facilitator-guide stub.
    New {
        /// The new scenario's id: lowercase letters, digits, '-' and '_'.
        id: String,
        /// The folder to write <ID>.<lang>.ron and <ID>.<lang>.md in.
        #[arg(long, default_value = ".")]
        out: PathBuf,
    },
    /// Print shell completions.
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum CheckFormat {
    Human,
    Json,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListFormat {
    Text,
    Json,
}

/// Everything a command needs from the global options.
pub struct Context {
    pub msgs: Messages,
    pub home: Option<PathBuf>,
    /// Whether `--lang` was given: only then does a scenario named by path give way to its
    /// translation beside it (the locale alone never swaps the file an author named).
    pub lang_given: bool,
}

impl Context {
    pub fn lang(&self) -> Lang {
        self.msgs.lang()
    }
}

/// The full-screen drill draws on standard output: redirected to a file or a pipe, it would
/// draw escape codes into it and wait unseen for keys. Refused before anything starts (no
/// session is created), with a pointer to `--plain`: a usage error, exit 2 (CONTRACT.md).
pub fn needs_terminal(ctx: &Context, plain: bool) -> Option<i32> {
    use std::io::IsTerminal;
    if plain || std::io::stdout().is_terminal() {
        return None;
    }
    eprintln!("{}", ctx.msgs.get("tui-stdout-not-terminal"));
    Some(2)
}

/// Messages in a scenario's own language (else the user's), for what is printed with its text.
pub fn scenario_messages(ctx: &Context, s: &crate::scenario::Scenario) -> Messages {
    Messages::new(Lang::parse(&s.language).unwrap_or(ctx.lang()))
}

/// The data directory: `--home`, `LAGET_HOME`, else the platform's (`~/.local/share/laget`).
pub fn default_home() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "laget").map(|d| d.data_dir().to_path_buf())
}

/// The full-screen drill over `store`, opening at `start`; says how it ended.
pub fn run_tui(
    ctx: &Context,
    store: Option<std::sync::Arc<crate::store::Store>>,
    start: crate::tui::Start,
    options: &crate::plain::Options,
) -> anyhow::Result<i32> {
    let ws = crate::conductor::Workspace::new(store, std::sync::Arc::new(crate::conductor::SystemClock::new()));
    let lib = crate::library::Library::discover(ctx.home.as_deref());
    let theme = crate::tui::theme::Theme::from_env(std::env::var_os("LAGET_HIGH_CONTRAST").is_some());
    let seed = ws.draw_seed();
    let app = crate::tui::App::new(Messages::new(ctx.lang()), theme, &lib, ws, seed);
    finish_tui(ctx, crate::tui::run(app, start)?, options)
}

/// After the UI: the debrief printed as the last thing on the terminal (in `--format`, and
/// written to `--debrief-out` if given, as at the end of a plain drill), or how to resume.
pub fn finish_tui(ctx: &Context, exit: crate::tui::Exit, options: &crate::plain::Options) -> anyhow::Result<i32> {
    use std::io::Write;
    match exit {
        crate::tui::Exit::Done {
            debrief,
            unsaved_session,
        } => {
            let mut code = 0;
            if let Some(d) = debrief {
                let rendered = crate::debrief::render(&d, &ctx.msgs, options.format, options.full);
                // The file first, atomically: a failed write leaves any earlier file whole.
                if let Some(path) = &options.debrief_out {
                    match crate::store::write_atomic(path, rendered.as_bytes()) {
                        Ok(()) => crate::store::private_file(path),
                        Err(e) => {
                            eprintln!(
                                "{}",
                                ctx.msgs.fmt(
                                    "plain-debrief-out-failed",
                                    &[
                                        ("path", crate::i18n::Arg::Str(&path.display().to_string())),
                                        ("reason", crate::i18n::Arg::Str(&e.message(&ctx.msgs))),
                                        (
                                            "session",
                                            crate::i18n::Arg::Str(&d.wall_clock.session.clone().unwrap_or_default())
                                        ),
                                    ],
                                )
                            );
                            code = 1;
                        }
                    }
                }
                let mut out = std::io::stdout().lock();
                out.write_all(rendered.as_bytes())?;
                if !rendered.ends_with('\n') {
                    writeln!(out)?;
                }
            }
            if let Some(session) = unsaved_session {
                // The drill ended, but not on disk: an error (CONTRACT.md, exit code 1).
                eprintln!(
                    "{}",
                    ctx.msgs
                        .fmt("tui-stopped-unsaved", &[("session", crate::i18n::Arg::Str(&session))])
                );
                code = 1;
            }
            Ok(code)
        }
        crate::tui::Exit::Stopped { session, saved } => {
            // "Saved" only after a write that succeeded.
            let key = if saved { "plain-stopped" } else { "tui-stopped-unsaved" };
            eprintln!("{}", ctx.msgs.fmt(key, &[("session", crate::i18n::Arg::Str(&session))]));
            Ok(3)
        }
    }
}

pub fn main() -> i32 {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let parsed = help::command(help::lang_from_args(&args))
        .try_get_matches_from(&args)
        .and_then(|m| Cli::from_arg_matches(&m));
    let cli = match parsed {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() { 2 } else { 0 };
        }
    };
    let lang = match cli.lang {
        Some(LangArg::Nb) => Lang::Nb,
        Some(LangArg::Nn) => Lang::Nn,
        Some(LangArg::En) => Lang::En,
        None => Lang::from_env(),
    };
    let ctx = Context {
        msgs: Messages::new(lang),
        home: cli.home.clone().or_else(default_home),
        lang_given: cli.lang.is_some(),
    };
    let result = match cli.command {
        Some(Command::Check {
            paths,
            format,
            deny_warnings,
        }) => check::run(&ctx, &paths, format, deny_warnings),
        Some(Command::List { format }) => list::run(&ctx, format),
        Some(Command::Play { args }) => play::play(&ctx, args),
        Some(Command::Resume {
            session,
            latest,
            play: opts,
        }) => play::resume(&ctx, session, latest, opts),
        Some(Command::Sessions { format }) => play::sessions(&ctx, format == ListFormat::Json),
        Some(Command::Debrief {
            session,
            latest: _,
            format,
            full,
        }) => play::debrief_again(&ctx, session.as_deref(), format, full),
        Some(Command::Handouts { scenario, out }) => handouts::run(&ctx, &scenario, &out),
        Some(Command::Explore { args }) => explore::run(&ctx, args),
        Some(Command::Graph { scenario, format }) => graph::run(&ctx, &scenario, format),
        Some(Command::New { id, out }) => new::run(&ctx, &id, &out),
        Some(Command::Completions { shell }) => {
            clap_complete::generate(shell, &mut help::command(lang), "laget", &mut std::io::stdout());
            Ok(0)
        }
        None if needs_terminal(&ctx, false).is_some() => Ok(2),
        None => {
            let store = ctx
                .home
                .as_deref()
                .map(|h| std::sync::Arc::new(crate::store::Store::new(h)));
            run_tui(&ctx, store, crate::tui::Start::Home, &crate::plain::Options::default())
        }
    };
    match result {
        Ok(code) => code,
        // A reader that went away (`laget list | head`) is not an error worth a message.
        Err(e)
            if e.downcast_ref::<std::io::Error>()
                .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe) =>
        {
            0
        }
        Err(e) => {
            // Messages carry names and paths from files and arguments: one sanitiser before
            // the terminal.
            let text = match e.downcast_ref::<crate::store::StoreError>() {
                Some(se) => se.message(&ctx.msgs),
                None => format!("{e:#}"),
            };
            eprintln!("{}: {}", ctx.msgs.get("cli-error"), crate::text::terminal(&text));
            1
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cli_definition_is_consistent() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}
