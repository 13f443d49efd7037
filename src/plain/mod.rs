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
/// Scenario text on its way to the terminal (checked for control characters already; this
/// also holds for the direction overrides `check` lets through).
use crate::text::terminal as safe;

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
    /// Stopped (by `/quit`, end of input, an input line over the limit, or standard output
    /// closed) and saved. `why` is said on standard error before the resume line.
    Stopped { session: String, why: Option<String> },
}

/// The longest line plain mode reads (bytes, the newline not counted). A longer line is not
/// held in memory: reading stops at the limit, the drill is saved and stops with exit 3.
pub const MAX_LINE_BYTES: usize = 16 * 1024;

/// What one bounded read gave.
#[derive(Debug, PartialEq, Eq)]
pub enum Line {
    /// End of input, nothing read.
    End,
    /// A line (its newline removed), or the last bytes before end of input.
    Read,
    /// More than `max` bytes without a newline; `buf` holds the first `max`.
    TooLong,
}

/// Reads one line into `buf` (cleared first), never holding more than `max` bytes of it.
pub fn read_line_bounded<R: BufRead>(r: &mut R, buf: &mut Vec<u8>, max: usize) -> std::io::Result<Line> {
    buf.clear();
    let mut any = false;
    loop {
        let chunk = match r.fill_buf() {
            Ok(c) => c,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if chunk.is_empty() {
            return Ok(if any { Line::Read } else { Line::End });
        }
        any = true;
        let (take, done) = match chunk.iter().position(|&b| b == b'\n') {
            Some(i) => (i, true),
            None => (chunk.len(), false),
        };
        let room = max - buf.len();
        if take > room {
            buf.extend_from_slice(&chunk[..room]);
            r.consume(room);
            return Ok(Line::TooLong);
        }
        buf.extend_from_slice(&chunk[..take]);
        r.consume(if done { take + 1 } else { take });
        if done {
            return Ok(Line::Read);
        }
    }
}

/// Whether an error is standard output (or error) gone: a reader that went away.
fn output_closed(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
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
        match self.play(drill, &mut file, opts) {
            // The reader went away (`| head -3`): the session is saved (again, to be sure:
            // an action may have been taken just before the write that failed) and the drill
            // stops as it would at end of input (CONTRACT.md: exit 3).
            Err(e) if output_closed(&e) && !file.finished => {
                self.save(&file)?;
                Ok(Outcome::Stopped {
                    session: file.id.clone(),
                    why: Some(self.msgs.get("plain-output-closed")),
                })
            }
            other => other,
        }
    }

    fn play(
        &mut self,
        drill: std::sync::Arc<Drill>,
        file: &mut SessionFile,
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
                return self.finish(&session, file, opts);
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
            // as such below), and must not end the drill. Bounded: a line with no end (a
            // runaway pipe, `< /dev/zero`) must not fill the memory.
            let mut raw = Vec::new();
            match read_line_bounded(&mut self.input, &mut raw, MAX_LINE_BYTES)? {
                Line::End => {
                    writeln!(self.out)?;
                    return self.stop(file, None);
                }
                Line::TooLong => {
                    let why = self
                        .msgs
                        .fmt("plain-line-too-long", &[("max", Arg::Num(MAX_LINE_BYTES as i64))]);
                    return self.stop(file, Some(why));
                }
                Line::Read => {}
            }
            let line = String::from_utf8_lossy(&raw);
            let line = line.trim();
            if let Some(cmd) = line.strip_prefix('/') {
                match self.command(drill, &mut session, file, cmd, role)? {
                    Some(outcome) => return Ok(outcome),
                    None => {
                        // A command changes what is shown; show the question again.
                        last_prompt = None;
                        continue;
                    }
                }
            }
            // The number shown, or the choice's id (a path that does not depend on the order).
            let picked = line
                .parse::<usize>()
                .ok()
                .filter(|n| (1..=choices.len()).contains(n))
                .or_else(|| {
                    choices
                        .iter()
                        .position(|&c| session.choice_id(c) == line)
                        .map(|i| i + 1)
                });
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
            let _ = self.apply(&mut session, file, action)?;
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
            self.save(file)?;
        }
        Ok(r)
    }

    /// Saves the session; a failure stops the drill with what failed and what is kept (a
    /// session open in another `laget` is said as such).
    fn save(&self, file: &SessionFile) -> anyhow::Result<PathBuf> {
        self.store.save(file).map_err(|e| match e {
            crate::store::StoreError::Locked(_) => anyhow::Error::new(e),
            e => anyhow::anyhow!(
                "{}",
                self.msgs.fmt(
                    "plain-save-failed",
                    &[
                        ("error", Arg::Str(&e.message(self.msgs))),
                        ("session", Arg::Str(&file.id))
                    ]
                )
            ),
        })
    }

    fn stop(&mut self, file: &SessionFile, why: Option<String>) -> anyhow::Result<Outcome> {
        self.save(file)?;
        Ok(Outcome::Stopped {
            session: file.id.clone(),
            why,
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
                    writeln!(self.out, "  {}  {}{mark}", safe(&inj.id), safe(&inj.title))?;
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
                    self.save(file)?;
                    writeln!(self.out, "{}", m.get("plain-undone"))?;
                    // Show the current scene again.
                    self.show_scene(drill, session, session.state.scene, entered_at(session))?;
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
                writeln!(
                    self.out,
                    "{}",
                    safe(r.brief.as_deref().unwrap_or(&m.get("plain-no-brief")))
                )?;
            }
            "quit" => return self.stop(file, None).map(Some),
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
            s.push_str(&format!("  {}) {}\n", i + 1, safe(&drill.choice(c).text)));
        }
        s
    }

    fn coach(&mut self, drill: &Drill, c: u32) -> anyhow::Result<()> {
        let ch = drill.choice(c);
        if let Some(f) = &ch.feedback {
            writeln!(self.out, "{}: {}", self.msgs.get("plain-feedback"), safe(f))?;
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

    /// Shows a scene as it was entered at `at` (simulated minutes since day 0): scenes the
    /// drill passed through carry their own time, not the time it waits at now.
    fn show_scene(&mut self, drill: &Drill, session: &Session, scene: u32, at: i64) -> anyhow::Result<()> {
        let d = drill.date_at(at);
        let date = d.words(self.msgs, "plain-date", drill.day_at(at));
        writeln!(self.out, "\n── {date} ──")?;
        let sc = drill.scene(scene);
        if let Scene::Ending { title, .. } = sc {
            writeln!(
                self.out,
                "{}",
                self.msgs.fmt("plain-ending", &[("title", Arg::Str(&safe(title)))])
            )?;
        }
        match sc.speaker() {
            Some(sp) => writeln!(
                self.out,
                "{}: {}",
                safe(sp),
                safe(drill.scene_text(&session.state, scene))
            )?,
            None => writeln!(self.out, "{}", safe(drill.scene_text(&session.state, scene)))?,
        }
        Ok(())
    }

    /// Prints what happened since event `from`; returns the new position.
    fn show_events(&mut self, drill: &Drill, session: &Session, from: usize) -> anyhow::Result<usize> {
        let events = &session.state.events;
        let from = from.min(events.len());
        for e in &events[from..] {
            match *e {
                Event::Enter { scene, at } => self.show_scene(drill, session, scene, at)?,
                Event::Chose {
                    choice,
                    role,
                    by_player: false,
                    ..
                } => {
                    let line = self.msgs.fmt(
                        "plain-auto-said",
                        &[
                            ("role", Arg::Str(drill.role_name(role))),
                            (
                                "text",
                                Arg::Str(&crate::i18n::quoted(&safe(&drill.choice(choice).text))),
                            ),
                        ],
                    );
                    writeln!(self.out, "{line}")?;
                }
                Event::Injected { inject, .. } => {
                    let inj = drill.inject(inject);
                    writeln!(self.out, "\n!! {}: {}", safe(&inj.title), safe(&inj.text))?;
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
        let path = self.save(file)?;
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
        // The file first: a reader that goes away before the debrief is printed does not
        // keep it from being written. Atomic: a failed write (a full disk) leaves the
        // previous file whole; the debrief is still printed, then the failure reported.
        let mut export_failed = None;
        if let Some(p) = &opts.debrief_out {
            match crate::store::write_atomic(p, rendered.as_bytes()) {
                Ok(()) => crate::store::private_file(p),
                Err(e) => {
                    export_failed = Some(self.msgs.fmt(
                        "plain-debrief-out-failed",
                        &[
                            ("path", Arg::Str(&p.display().to_string())),
                            ("reason", Arg::Str(&e.message(self.msgs))),
                            ("session", Arg::Str(&file.id)),
                        ],
                    ))
                }
            }
        }
        writeln!(self.out)?;
        self.debrief.write_all(rendered.as_bytes())?;
        if !rendered.ends_with('\n') {
            writeln!(self.debrief)?;
        }
        self.debrief.flush()?;
        if let Some(e) = export_failed {
            anyhow::bail!("{e}");
        }
        Ok(Outcome::Finished)
    }
}

/// When the scene the session waits at was entered (simulated minutes since day 0).
fn entered_at(session: &Session) -> i64 {
    session
        .state
        .events
        .iter()
        .rev()
        .find_map(|e| match *e {
            Event::Enter { scene, at } if scene == session.state.scene => Some(at),
            _ => None,
        })
        .unwrap_or(session.state.clock)
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

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(input: &[u8], cap: usize, max: usize) -> Vec<(Line, Vec<u8>)> {
        let mut r = std::io::BufReader::with_capacity(cap, input);
        let mut out = Vec::new();
        loop {
            let mut buf = Vec::new();
            let l = read_line_bounded(&mut r, &mut buf, max).unwrap();
            let stop = l != Line::Read;
            out.push((l, buf));
            if stop {
                return out;
            }
        }
    }

    #[test]
    fn bounded_lines_split_like_read_until_across_any_buffer_size() {
        for cap in [1, 2, 3, 7, 64] {
            let got = lines(b"1\nab\n\nlast", cap, 8);
            let want = vec![
                (Line::Read, b"1".to_vec()),
                (Line::Read, b"ab".to_vec()),
                (Line::Read, b"".to_vec()),
                (Line::Read, b"last".to_vec()),
                (Line::End, b"".to_vec()),
            ];
            assert_eq!(got, want, "buffer of {cap}");
        }
    }

    #[test]
    fn a_line_over_the_limit_is_refused_holding_no_more_than_the_limit() {
        for cap in [1, 3, 64] {
            // Exactly the limit is a line; one byte more is not.
            assert_eq!(lines(b"abcd\n", cap, 4)[0], (Line::Read, b"abcd".to_vec()));
            let got = lines(b"abcde\nx\n", cap, 4);
            assert_eq!(got, vec![(Line::TooLong, b"abcd".to_vec())], "buffer of {cap}");
        }
        // An endless line (`/dev/zero`) ends the read at the limit.
        let mut zeros = std::io::BufReader::new(std::io::repeat(0));
        let mut buf = Vec::new();
        assert_eq!(
            read_line_bounded(&mut zeros, &mut buf, MAX_LINE_BYTES).unwrap(),
            Line::TooLong
        );
        assert_eq!(buf.len(), MAX_LINE_BYTES);
    }
}
