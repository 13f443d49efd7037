//! Plain mode (`laget play --plain`): the whole drill line by line, for screen readers, pipes
//! and scripts. It reads one line per decision, or a `/command`; it holds no rules, only turns
//! lines into actions and events into text.

use std::io::{BufRead, Write};
use std::path::PathBuf;

use crate::conductor::{Command, Conductor, Done, Page, PageAt, Pick, Refusal};
use crate::debrief;
use crate::engine::Drill;
use crate::i18n::{Arg, Messages};
use crate::scenario::model::{Scene, Trigger};
/// Scenario text on its way to the terminal (checked for control characters already; this
/// also holds for the direction overrides `check` lets through).
use crate::text::terminal as safe;

#[derive(Debug, Clone, Default)]
pub struct Options {
    pub format: debrief::Format,
    pub debrief_out: Option<PathBuf>,
    /// The debrief with all its evidence (`--full`).
    pub full: bool,
}

/// How a plain session ended.
pub enum PlainEnd {
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
}

impl<R: BufRead, W: Write, D: Write> Plain<'_, R, W, D> {
    pub fn run(&mut self, c: &mut Conductor, opts: &Options) -> anyhow::Result<PlainEnd> {
        match self.play(c, opts) {
            // The reader went away (`| head -3`): the drill stops as it would at end of input
            // (CONTRACT.md: exit 3); the conductor saved after the last action.
            Err(e) if output_closed(&e) && !c.is_over() => {
                let why = Some(self.msgs.get("plain-output-closed"));
                self.stop(c, why)
            }
            other => other,
        }
    }

    fn play(&mut self, c: &mut Conductor, opts: &Options) -> anyhow::Result<PlainEnd> {
        let mut last_prompt: Option<String> = None;
        loop {
            for page in c.take_pages() {
                self.show_page(c, &page)?;
            }
            self.saved(c)?;
            let Some(d) = c.decision() else {
                return self.finish(c, opts);
            };
            let prompt = self.prompt_text(c.drill(), d.role, &d.choices, d.round.is_some());
            if last_prompt.as_deref() != Some(&prompt) {
                write!(self.out, "{prompt}")?;
            }
            write!(self.out, "> ")?;
            self.out.flush()?;
            last_prompt = Some(prompt);
            c.decision_shown();
            // Bytes, not `read_line`: a line that is not UTF-8 is just not a choice (answered
            // as such below), and must not end the drill. Bounded: a line with no end (a
            // runaway pipe, `< /dev/zero`) must not fill the memory.
            let mut raw = Vec::new();
            match read_line_bounded(&mut self.input, &mut raw, MAX_LINE_BYTES)? {
                Line::End => {
                    writeln!(self.out)?;
                    return self.stop(c, None);
                }
                Line::TooLong => {
                    let why = self
                        .msgs
                        .fmt("plain-line-too-long", &[("max", Arg::Num(MAX_LINE_BYTES as i64))]);
                    return self.stop(c, Some(why));
                }
                Line::Read => {}
            }
            let line = String::from_utf8_lossy(&raw);
            let line = line.trim();
            if let Some(cmd) = line.strip_prefix('/') {
                if let Some(outcome) = self.command(c, cmd, d.role)? {
                    return Ok(outcome);
                }
                // A command changes what is shown; show the question again.
                last_prompt = None;
                continue;
            }
            // The number shown, or the choice's id (a path that does not depend on the order).
            match c.apply(Command::Choose(Pick::parse(line))) {
                Ok(_) => last_prompt = None,
                Err(Refusal::NotAChoice { max }) => writeln!(
                    self.out,
                    "{}",
                    self.msgs.fmt("plain-not-a-choice", &[("max", Arg::Num(max as i64))])
                )?,
                Err(Refusal::Paused) => writeln!(self.out, "{}", self.msgs.get("plain-paused-hold"))?,
                Err(_) => self.saved(c)?,
            }
        }
    }

    /// Stops the drill with what failed when the last save did not succeed.
    fn saved(&self, c: &Conductor) -> anyhow::Result<()> {
        match c.unsaved() {
            None => Ok(()),
            Some(e) => anyhow::bail!(
                "{}",
                self.msgs.fmt(
                    "plain-save-failed",
                    &[
                        ("error", Arg::Str(&e.message(self.msgs))),
                        ("session", Arg::Str(c.id()))
                    ]
                )
            ),
        }
    }

    fn stop(&mut self, c: &mut Conductor, why: Option<String>) -> anyhow::Result<PlainEnd> {
        match c.apply(Command::Quit) {
            Ok(Done::Stopped { session, saved: true }) => Ok(PlainEnd::Stopped { session, why }),
            _ => {
                self.saved(c)?;
                Ok(PlainEnd::Stopped {
                    session: c.id().to_string(),
                    why,
                })
            }
        }
    }

    fn command(&mut self, c: &mut Conductor, cmd: &str, role: u16) -> anyhow::Result<Option<PlainEnd>> {
        let (name, rest) = cmd.split_once(' ').map_or((cmd, ""), |(a, b)| (a, b.trim()));
        let m = self.msgs;
        match name {
            "note" if !rest.is_empty() => {
                if c.apply(Command::Note(rest.to_string())).is_ok() {
                    self.saved(c)?;
                    writeln!(self.out, "{}", m.get("plain-note-saved"))?;
                }
            }
            "inject" if rest.is_empty() => {
                writeln!(self.out, "{}", m.get("plain-injects"))?;
                let drill = c.drill();
                for i in c.injects_possible() {
                    let inj = drill.inject(i);
                    let random = matches!(inj.trigger, Trigger::Random(_));
                    let mark = if random {
                        format!(" ({})", m.get("plain-inject-random"))
                    } else {
                        String::new()
                    };
                    writeln!(self.out, "  {}  {}{mark}", safe(&inj.id), safe(&inj.title))?;
                }
            }
            "inject" => match c.apply(Command::Inject(rest.to_string())) {
                Ok(_) => {}
                Err(Refusal::UnknownInject) => writeln!(
                    self.out,
                    "{}",
                    m.fmt("plain-no-such-inject", &[("id", Arg::Str(&printable(rest)))])
                )?,
                Err(Refusal::Unsaved) => self.saved(c)?,
                Err(_) => writeln!(
                    self.out,
                    "{}",
                    m.fmt("plain-inject-not-now", &[("id", Arg::Str(&printable(rest)))])
                )?,
            },
            "undo" => match c.apply(Command::Undo) {
                Ok(_) => {
                    self.saved(c)?;
                    writeln!(self.out, "{}", m.get("plain-undone"))?;
                    // Show the current scene again.
                    if let Some(d) = c.decision() {
                        let variant = c.session().state.variant(&c.drill().graph, d.scene);
                        self.show_scene(c, d.scene, d.entered_at, variant)?;
                    }
                }
                Err(Refusal::Unsaved) => self.saved(c)?,
                Err(_) => writeln!(self.out, "{}", m.get("plain-nothing-to-undo"))?,
            },
            "pause" => {
                if let Ok(Done::Paused(paused)) = c.apply(Command::Pause) {
                    let key = if paused { "plain-paused" } else { "plain-going-on" };
                    writeln!(self.out, "{}", m.get(key))?;
                }
            }
            "brief" => {
                let drill = c.drill();
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
            "quit" => return self.stop(c, None).map(Some),
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

    fn coach(&mut self, drill: &Drill, c: u32, better: Option<u32>) -> anyhow::Result<()> {
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
        if let Some(b) = better {
            let text = crate::i18n::quoted(self.msgs.lang(), &safe(&drill.choice(b).text));
            writeln!(
                self.out,
                "{}",
                self.msgs.fmt("coach-better", &[("text", Arg::Str(&text))])
            )?;
            if let Some(why) = &drill.choice(b).rationale {
                writeln!(self.out, "{}", safe(why))?;
            }
        }
        Ok(())
    }

    /// Shows a scene as it was entered at `at` (simulated minutes since day 0): scenes the
    /// drill passed through carry their own time, not the time it waits at now.
    /// Scene `scene`, entered at `at`, in its text `variant` of that moment.
    fn show_scene(&mut self, c: &Conductor, scene: u32, at: i64, variant: Option<u16>) -> anyhow::Result<()> {
        let drill = c.drill();
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
        let text = safe(drill.scene_text_variant(scene, variant));
        match sc.speaker() {
            Some(sp) => writeln!(self.out, "{}: {text}", safe(sp))?,
            None => writeln!(self.out, "{text}")?,
        }
        Ok(())
    }

    /// Prints one page: plain mode shows every page, the scene it waits at included.
    fn show_page(&mut self, c: &Conductor, p: &PageAt) -> anyhow::Result<()> {
        let drill = c.drill();
        match p.page {
            // On resume, the drill so far, event by event.
            Page::SoFar => {
                for earlier in c.pages_between(0, p.upto) {
                    self.show_page(c, &earlier)?;
                }
            }
            Page::Scene { scene, at, variant, .. } => self.show_scene(c, scene, at, variant)?,
            Page::Auto { role, choice } => {
                let line = self.msgs.fmt(
                    "plain-auto-said",
                    &[
                        ("role", Arg::Str(drill.role_name(role))),
                        (
                            "text",
                            Arg::Str(&crate::i18n::quoted(
                                self.msgs.lang(),
                                &safe(&drill.choice(choice).text),
                            )),
                        ),
                    ],
                );
                writeln!(self.out, "{line}")?;
            }
            Page::Inject { inject, .. } => {
                let inj = drill.inject(inject);
                writeln!(self.out, "\n!! {}: {}", safe(&inj.title), safe(&inj.text))?;
            }
            Page::Feedback { choice, better } => self.coach(drill, choice, better)?,
            Page::HorizonReached { .. } => writeln!(self.out, "\n{}", self.msgs.get("plain-horizon"))?,
            Page::Stuck { .. } => writeln!(self.out, "\n{}", self.msgs.get("plain-stuck"))?,
        }
        Ok(())
    }

    fn finish(&mut self, c: &mut Conductor, opts: &Options) -> anyhow::Result<PlainEnd> {
        self.saved(c)?;
        let Some(d) = c.debrief() else {
            return self.stop(c, None);
        };
        let rendered = debrief::render(&d, self.msgs, opts.format, opts.full);
        // The file first: a reader that goes away before the debrief is printed does not
        // keep it from being written. Atomic: a failed write (a full disk) leaves the
        // previous file whole; the debrief is still printed, then the failure reported.
        let mut export_failed = None;
        if let Some(p) = &opts.debrief_out
            && let Err(e) = c.write_debrief(p, &rendered, self.msgs)
        {
            export_failed = Some(self.msgs.fmt(
                "plain-debrief-out-failed",
                &[
                    ("path", Arg::Str(&e.path.display().to_string())),
                    ("reason", Arg::Str(&e.reason)),
                    ("session", Arg::Str(c.id())),
                ],
            ));
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
        Ok(PlainEnd::Finished)
    }
}

/// What a person typed, safe to print: control characters become `�`.
fn printable(s: &str) -> String {
    s.chars().map(|c| if c.is_control() { '\u{fffd}' } else { c }).collect()
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
