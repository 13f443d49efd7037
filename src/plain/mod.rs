//! Plain mode (`laget play --plain`): the whole drill line by line, for screen readers, pipes
//! and scripts. It reads one line per decision, or a `/command`; it holds no rules, only turns
//! lines into actions and events into text.

use std::io::{BufRead, Write};
use std::path::PathBuf;

use crate::debrief::{self, WallClock};
use crate::engine::{Action, ActionError, Drill, Event, Pending, Session};
use crate::i18n::{Arg, Messages};
use crate::scenario::model::{Scene, Trigger};
use crate::store::{SessionFile, Store, WallTime};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DebriefFormat {
    Text,
    Md,
    Json,
}

pub struct Options {
    pub format: DebriefFormat,
    pub debrief_out: Option<PathBuf>,
    /// The debrief with all its evidence (`--full`).
    pub full: bool,
}

/// How a plain session ended.
pub enum Outcome {
    /// Reached an ending; the debrief was printed.
    Finished,
    /// Stopped (by `/quit` or end of input) and saved.
    Stopped { session: String },
}

pub struct Plain<'a, R: BufRead, W: Write, D: Write> {
    pub msgs: &'a Messages,
    pub input: R,
    /// The drill's own lines (standard output, or standard error when the debrief is data).
    pub out: W,
    /// Where the debrief goes (standard output).
    pub debrief: D,
    pub store: &'a Store,
}

impl<R: BufRead, W: Write, D: Write> Plain<'_, R, W, D> {
    pub fn run(
        &mut self,
        drill: std::sync::Arc<Drill>,
        mut file: SessionFile,
        opts: &Options,
    ) -> anyhow::Result<Outcome> {
        let (mut session, applied) = Session::replay(drill.clone(), file.setup.clone(), &file.log);
        let drill: &Drill = &drill;
        if applied < file.log.len() {
            anyhow::bail!(
                "{}",
                self.msgs.fmt("plain-replay-failed", &[("session", Arg::Str(&file.id))])
            );
        }
        let mut seen = 0;
        let mut last_prompt: Option<String> = None;
        loop {
            seen = self.show_events(drill, &session, seen)?;
            let pending = session.pending();
            let Pending::Choice {
                role, choices, round, ..
            } = pending
            else {
                return self.finish(&session, &mut file, opts);
            };
            let prompt = self.prompt_text(drill, role, &choices, round.is_some());
            if last_prompt.as_deref() != Some(&prompt) {
                write!(self.out, "{prompt}")?;
            }
            write!(self.out, "> ")?;
            self.out.flush()?;
            last_prompt = Some(prompt);
            let started = std::time::Instant::now();
            // Bytes, not `read_line`: a line that is not UTF-8 is just not a choice (answered
            // as such below), and must not end the drill.
            let mut raw = Vec::new();
            if self.input.read_until(b'\n', &mut raw)? == 0 {
                writeln!(self.out)?;
                return self.stop(&file);
            }
            let line = String::from_utf8_lossy(&raw);
            let line = line.trim();
            if let Some(cmd) = line.strip_prefix('/') {
                match self.command(drill, &mut session, &mut file, cmd, role)? {
                    Some(outcome) => return Ok(outcome),
                    None => {
                        // A command changes what is shown; show the question again.
                        last_prompt = None;
                        continue;
                    }
                }
            }
            let picked = line.parse::<usize>().ok().filter(|n| (1..=choices.len()).contains(n));
            let Some(n) = picked else {
                writeln!(
                    self.out,
                    "{}",
                    self.msgs
                        .fmt("plain-not-a-choice", &[("max", Arg::Num(choices.len() as i64))])
                )?;
                continue;
            };
            let c = choices[n - 1];
            let seconds = started.elapsed().as_secs().min(u32::MAX as u64) as u32;
            let action = Action::Choose {
                choice: session.choice_id(c).to_string(),
                seconds,
            };
            // The choice was among those offered, so the engine takes it.
            let _ = self.apply(&mut session, &mut file, action)?;
            last_prompt = None;
            if session.setup.coach {
                self.coach(drill, c)?;
            }
        }
    }

    fn apply(
        &mut self,
        session: &mut Session,
        file: &mut SessionFile,
        action: Action,
    ) -> anyhow::Result<Result<(), ActionError>> {
        let r = session.apply(action);
        if r.is_ok() {
            file.log = session.log().to_vec();
            file.updated = WallTime::now().iso();
            self.store.save(file)?;
        }
        Ok(r)
    }

    fn stop(&mut self, file: &SessionFile) -> anyhow::Result<Outcome> {
        self.store.save(file)?;
        Ok(Outcome::Stopped {
            session: file.id.clone(),
        })
    }

    fn command(
        &mut self,
        drill: &Drill,
        session: &mut Session,
        file: &mut SessionFile,
        cmd: &str,
        role: u16,
    ) -> anyhow::Result<Option<Outcome>> {
        let (name, rest) = cmd.split_once(' ').map_or((cmd, ""), |(a, b)| (a, b.trim()));
        let m = self.msgs;
        match name {
            "note" if !rest.is_empty() => {
                self.apply(session, file, Action::Note { text: rest.to_string() })?.ok();
                writeln!(self.out, "{}", m.get("plain-note-saved"))?;
            }
            "inject" if rest.is_empty() => {
                writeln!(self.out, "{}", m.get("plain-injects"))?;
                for inj in &drill.scenario.injects {
                    let random = matches!(inj.trigger, Trigger::Random(_));
                    let mark = if random {
                        format!(" ({})", m.get("plain-inject-random"))
                    } else {
                        String::new()
                    };
                    writeln!(self.out, "  {}  {}{mark}", inj.id, inj.title)?;
                }
            }
            "inject" => match self.apply(
                session,
                file,
                Action::Inject {
                    inject: rest.to_string(),
                },
            )? {
                Ok(()) => {}
                Err(ActionError::UnknownInject) => writeln!(
                    self.out,
                    "{}",
                    m.fmt("plain-no-such-inject", &[("id", Arg::Str(&printable(rest)))])
                )?,
                Err(_) => writeln!(
                    self.out,
                    "{}",
                    m.fmt("plain-inject-not-now", &[("id", Arg::Str(&printable(rest)))])
                )?,
            },
            "undo" => match self.apply(session, file, Action::Undo)? {
                Ok(()) => {
                    file.log = session.log().to_vec();
                    self.store.save(file)?;
                    writeln!(self.out, "{}", m.get("plain-undone"))?;
                    // Show the current scene again.
                    self.show_scene(drill, session, session.state.scene)?;
                }
                Err(_) => writeln!(self.out, "{}", m.get("plain-nothing-to-undo"))?,
            },
            "brief" => {
                let r = &drill.scenario.roles[role as usize];
                writeln!(
                    self.out,
                    "{}",
                    m.fmt("plain-brief-for", &[("role", Arg::Str(drill.role_name(role)))])
                )?;
                writeln!(self.out, "{}", r.brief.as_deref().unwrap_or(&m.get("plain-no-brief")))?;
            }
            "quit" => return self.stop(file).map(Some),
            _ => writeln!(self.out, "{}", m.get("plain-commands"))?,
        }
        Ok(None)
    }

    fn prompt_text(&self, drill: &Drill, role: u16, choices: &[u32], round: bool) -> String {
        let key = if round { "plain-round-turn" } else { "plain-turn" };
        let mut s = format!(
            "\n{}\n",
            self.msgs.fmt(key, &[("role", Arg::Str(drill.role_name(role)))])
        );
        for (i, &c) in choices.iter().enumerate() {
            s.push_str(&format!("  {}) {}\n", i + 1, drill.choice(c).text));
        }
        s
    }

    fn coach(&mut self, drill: &Drill, c: u32) -> anyhow::Result<()> {
        let ch = drill.choice(c);
        if let Some(f) = &ch.feedback {
            writeln!(self.out, "{}: {f}", self.msgs.get("plain-feedback"))?;
        }
        if !ch.qualities.is_empty() {
            let qs: Vec<String> = ch
                .qualities
                .iter()
                .map(|q| self.msgs.get(&format!("quality-{}", q.key())))
                .collect();
            writeln!(self.out, "{}: {}", self.msgs.get("plain-qualities"), qs.join(", "))?;
        }
        Ok(())
    }

    fn show_scene(&mut self, drill: &Drill, session: &Session, scene: u32) -> anyhow::Result<()> {
        let at = session.state.clock;
        let d = drill.date_at(at);
        let date = self.msgs.date("plain-date", &d, crate::engine::view::day(at));
        writeln!(self.out, "\n── {date} ──")?;
        let sc = drill.scene(scene);
        if let Scene::Ending { title, .. } = sc {
            writeln!(
                self.out,
                "{}",
                self.msgs.fmt("plain-ending", &[("title", Arg::Str(title))])
            )?;
        }
        match sc.speaker() {
            Some(sp) => writeln!(self.out, "{sp}: {}", drill.scene_text(&session.state, scene))?,
            None => writeln!(self.out, "{}", drill.scene_text(&session.state, scene))?,
        }
        Ok(())
    }

    /// Prints what happened since event `from`; returns the new position.
    fn show_events(&mut self, drill: &Drill, session: &Session, from: usize) -> anyhow::Result<usize> {
        let events = &session.state.events;
        let from = from.min(events.len());
        for e in &events[from..] {
            match *e {
                Event::Enter { scene, .. } => self.show_scene(drill, session, scene)?,
                Event::Chose {
                    choice,
                    role,
                    by_player: false,
                    ..
                } => {
                    let line = self.msgs.fmt(
                        "plain-auto-choice",
                        &[
                            ("role", Arg::Str(drill.role_name(role))),
                            ("text", Arg::Str(&drill.choice(choice).text)),
                        ],
                    );
                    writeln!(self.out, "{line}")?;
                }
                Event::Injected { inject, .. } => {
                    let inj = drill.inject(inject);
                    writeln!(self.out, "\n!! {}: {}", inj.title, inj.text)?;
                }
                Event::HorizonReached { .. } => writeln!(self.out, "\n{}", self.msgs.get("plain-horizon"))?,
                Event::Stuck { .. } => writeln!(self.out, "\n{}", self.msgs.get("plain-stuck"))?,
                _ => {}
            }
        }
        Ok(events.len())
    }

    fn finish(&mut self, session: &Session, file: &mut SessionFile, opts: &Options) -> anyhow::Result<Outcome> {
        file.finished = true;
        let now = WallTime::now().iso();
        file.updated = now.clone();
        let path = self.store.save(file)?;
        let wall = WallClock {
            session: Some(file.id.clone()),
            started: Some(file.started.clone()),
            finished: Some(now),
            total_seconds: session.seconds.iter().map(|&s| s as u64).sum(),
            seconds_per_decision: session.seconds.clone(),
            session_file: Some(path.display().to_string()),
        };
        let d = debrief::build(session, wall);
        let rendered = render(&d, self.msgs, opts.format, opts.full);
        writeln!(self.out)?;
        self.debrief.write_all(rendered.as_bytes())?;
        if !rendered.ends_with('\n') {
            writeln!(self.debrief)?;
        }
        self.debrief.flush()?;
        if let Some(p) = &opts.debrief_out {
            std::fs::write(p, rendered.as_bytes())?;
        }
        Ok(Outcome::Finished)
    }
}

/// What a person typed, safe to print: control characters become `�`.
fn printable(s: &str) -> String {
    s.chars().map(|c| if c.is_control() { '\u{fffd}' } else { c }).collect()
}

pub fn render(d: &debrief::Debrief, m: &Messages, format: DebriefFormat, full: bool) -> String {
    match format {
        DebriefFormat::Text => debrief::text_full(d, m, full),
        DebriefFormat::Md => debrief::markdown_full(d, m, full),
        DebriefFormat::Json => d.to_json(),
    }
}
