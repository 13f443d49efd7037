//! The full-screen drill as The Elm Architecture: a model (`App`), messages (`Msg`) and one
//! `update` that turns keys into actions on the session. Drawing is in `view`; the terminal
//! loop in `mod.rs`. Nothing here reads the clock: time arrives as `Msg::Tick`.

use std::collections::VecDeque;
use std::path::PathBuf;
use std::sync::Arc;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::theme::Theme;
use crate::debrief::{self, Debrief, WallClock};
use crate::engine::{Action, ActionError, Drill, Event, Mode, Pending, Session, Setup};
use crate::i18n::{Arg, Messages};
use crate::library::Library;
use crate::store::{SessionFile, Store, WallTime};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Home,
    Setup,
    Play,
    Debrief,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overlay {
    Help,
    ConfirmQuit,
    Injects {
        selected: usize,
    },
    Note {
        text: String,
    },
    /// "Only <role> looks now": the brief is hidden until Enter.
    BriefGate {
        role: u16,
    },
    Brief {
        role: u16,
    },
    /// The last save failed: the drill stops here until a save succeeds (Enter tries again)
    /// or the user leaves (`q`), told what failed and what the file still holds.
    SaveFailed {
        error: String,
    },
}

/// Something to read before the next decision: narration passed, an inject, the computer's
/// choice for a role, coaching feedback.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Page {
    Scene(u32),
    Inject(u16),
    Auto {
        role: u16,
        choice: u32,
    },
    Feedback(u32),
    /// On resume: what the drill has done so far, on one page, instead of every earlier scene
    /// again (where Enter after Enter could run on into a decision unread).
    SoFar,
}

/// A page and how far into the drill it stands: the events up to and including the one it
/// shows (`upto`), so that the header's date and the team board show that moment, not the
/// decision the drill now waits at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageAt {
    pub page: Page,
    pub upto: usize,
}

/// One scenario on the home screen, in the language picked for the user.
pub struct HomeItem {
    pub drill: Arc<Drill>,
    pub languages: Vec<String>,
}

pub struct SetupState {
    pub item: usize,
    pub mode: Mode,
    pub role: usize,
    pub coach: Option<bool>,
    pub seed: u64,
    /// Which field the arrows change: 0 mode, 1 role (solo), 2 coaching, 3… the participant
    /// label of each playable role (group).
    pub field: usize,
    /// Optional labels for who plays each playable role (group mode); empty = the role name.
    pub labels: Vec<String>,
}

impl SetupState {
    /// Coaching as chosen, or the core's default for the mode.
    pub fn coach(&self) -> bool {
        self.coach.unwrap_or(Setup::default_coach(self.mode))
    }
}

pub struct PlayState {
    pub session: Session,
    pub file: SessionFile,
    pub pages: VecDeque<PageAt>,
    pub seen: usize,
    /// The choice the arrows have moved to (an index into the choices as shown). `None` until
    /// an arrow is pressed, so Enter alone never takes a decision (CONTRACT.md).
    pub selected: Option<usize>,
    pub scroll: u16,
    pub paused: bool,
    /// Seconds spent on the current decision, counted from ticks while not paused.
    pub deliberation: u32,
}

pub struct DebriefState {
    pub debrief: Debrief,
    pub scroll: u16,
    pub exported: Option<(PathBuf, PathBuf)>,
    /// The last scroll position and the page height the screen drew (written by `view`, which
    /// alone knows the width the text wraps to): paging stops at the end, never past it.
    pub max_scroll: std::cell::Cell<u16>,
    pub page: std::cell::Cell<u16>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Exit {
    /// Leave; with a debrief to print on the terminal afterwards.
    Done { debrief_text: Option<String> },
    /// Left during a drill: resumable. `saved` is false when the last save failed: the file
    /// then holds the drill up to the last save that succeeded, and nobody may be told
    /// otherwise.
    Stopped { session: String, saved: bool },
}

pub enum Msg {
    Key(KeyEvent),
    /// One second of wall clock passed.
    Tick,
    Resize,
    /// Text pasted into the terminal (bracketed paste): it goes into the note being written,
    /// or nowhere; it is never read as keys.
    Paste(String),
}

/// Whether the last save failed, for the signal handler (which cannot reach the `App`).
pub static SAVE_FAILED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

pub struct App {
    pub msgs: Messages,
    pub theme: Theme,
    pub screen: Screen,
    pub overlay: Option<Overlay>,
    pub items: Vec<HomeItem>,
    pub home_selected: usize,
    pub setup: Option<SetupState>,
    pub play: Option<PlayState>,
    pub debrief: Option<DebriefState>,
    pub store: Option<Store>,
    pub status: Option<String>,
    pub exit: Option<Exit>,
    ctrl_c: bool,
    /// The seed the next set-up proposes (drawn by the front end, shown and changeable).
    pub next_seed: u64,
    /// For tests: a fixed wall time so that saved files and snapshots do not change.
    pub fixed_time: Option<String>,
    /// Why the last save failed, while it has not succeeded since.
    pub unsaved: Option<String>,
}

impl App {
    pub fn new(msgs: Messages, theme: Theme, library: &Library, store: Option<Store>, seed: u64) -> App {
        let lang = msgs.lang();
        let items = library
            .families()
            .iter()
            .map(|f| {
                let e = f.pick(lang);
                HomeItem {
                    drill: Arc::new(Drill::new(e.source.clone(), e.scenario.clone())),
                    languages: f.languages(),
                }
            })
            .collect();
        App {
            msgs,
            theme,
            screen: Screen::Home,
            overlay: None,
            items,
            home_selected: 0,
            setup: None,
            play: None,
            debrief: None,
            store,
            status: None,
            exit: None,
            ctrl_c: false,
            next_seed: seed,
            fixed_time: None,
            unsaved: None,
        }
    }

    fn now(&self) -> String {
        self.fixed_time.clone().unwrap_or_else(|| WallTime::now().iso())
    }

    /// Which decision is on screen, if one is: the number of actions taken so far. It changes
    /// whenever a new decision appears, so the terminal loop can tell a decision that has just
    /// appeared from one that has been on view (see `tui::SETTLE`).
    pub fn decision_on_screen(&self) -> Option<usize> {
        let p = self.play.as_ref()?;
        (self.screen == Screen::Play
            && self.overlay.is_none()
            && p.pages.is_empty()
            && matches!(p.session.pending(), crate::engine::Pending::Choice { .. }))
        .then(|| p.session.log().len())
    }

    /// Whether a visible timer needs a tick every second (otherwise the loop just waits).
    pub fn wants_ticks(&self) -> bool {
        self.screen == Screen::Play
            && self.overlay.is_none()
            && self.play.as_ref().is_some_and(|p| !p.paused && p.pages.is_empty())
    }

    pub fn update(&mut self, msg: Msg) {
        match msg {
            Msg::Tick => {
                if self.wants_ticks()
                    && let Some(p) = &mut self.play
                {
                    p.deliberation = p.deliberation.saturating_add(1);
                }
            }
            Msg::Resize => {}
            Msg::Paste(pasted) => self.paste(&pasted),
            Msg::Key(k) if k.kind == KeyEventKind::Release => {}
            Msg::Key(k) => self.key(k),
        }
    }

    fn key(&mut self, k: KeyEvent) {
        let ctrl_c = k.modifiers.contains(KeyModifiers::CONTROL) && k.code == KeyCode::Char('c');
        if ctrl_c {
            // A second Ctrl-C quits at once (the session is saved after every action anyway).
            if self.ctrl_c {
                self.quit_now();
                return;
            }
            self.ctrl_c = true;
            self.overlay = Some(Overlay::ConfirmQuit);
            return;
        }
        self.ctrl_c = false;
        self.status = None;
        if let Some(o) = self.overlay.clone() {
            self.overlay_key(o, k);
            return;
        }
        let typing_label = self.screen == Screen::Setup && self.setup.as_ref().is_some_and(|s| s.field >= 3);
        if typing_label && matches!(k.code, KeyCode::Char(_) | KeyCode::Backspace) {
            self.setup_key(k);
            return;
        }
        match k.code {
            KeyCode::Char('?') => {
                self.overlay = Some(Overlay::Help);
                return;
            }
            KeyCode::Char('q') | KeyCode::Esc if self.screen != Screen::Setup || k.code == KeyCode::Char('q') => {
                self.overlay = Some(Overlay::ConfirmQuit);
                return;
            }
            _ => {}
        }
        match self.screen {
            Screen::Home => self.home_key(k),
            Screen::Setup => self.setup_key(k),
            Screen::Play => self.play_key(k),
            Screen::Debrief => self.debrief_key(k),
        }
    }

    /// A drill on screen that has not ended.
    fn drill_in_progress(&self) -> bool {
        self.screen == Screen::Play && self.play.as_ref().is_some_and(|p| !p.session.is_over())
    }

    fn overlay_key(&mut self, o: Overlay, k: KeyEvent) {
        match o {
            Overlay::Help => self.overlay = None,
            Overlay::ConfirmQuit => match k.code {
                KeyCode::Char('y') | KeyCode::Char('j') => self.quit_now(),
                // Enter says yes on the debrief (CONTRACT.md), but never stops a drill in
                // progress: Enter is the key a room presses most, often by accident.
                KeyCode::Enter if !self.drill_in_progress() => self.quit_now(),
                // After a failed save, "no" goes back to the dialog, not on with the drill.
                _ => self.overlay = self.unsaved.clone().map(|error| Overlay::SaveFailed { error }),
            },
            Overlay::Injects { selected } => {
                let possible = self
                    .play
                    .as_ref()
                    .map(|p| p.session.injects_possible())
                    .unwrap_or_default();
                let n = possible.len();
                match k.code {
                    KeyCode::Up => {
                        self.overlay = Some(Overlay::Injects {
                            selected: selected.saturating_sub(1),
                        })
                    }
                    KeyCode::Down => {
                        self.overlay = Some(Overlay::Injects {
                            selected: (selected + 1).min(n.saturating_sub(1)),
                        })
                    }
                    KeyCode::Char(c @ '1'..='9') => {
                        let i = c as usize - '1' as usize;
                        if let Some(&inject) = possible.get(i) {
                            self.trigger(inject as usize);
                        }
                    }
                    KeyCode::Enter if selected < n => self.trigger(possible[selected] as usize),
                    _ => self.overlay = None,
                }
            }
            Overlay::Note { mut text } => match k.code {
                KeyCode::Enter => {
                    self.overlay = None;
                    if !text.trim().is_empty() {
                        // Notes are always accepted while a drill is open.
                        let _ = self.act(Action::Note {
                            text: text.trim().to_string(),
                        });
                        self.status = Some(self.msgs.get("plain-note-saved"));
                    }
                }
                KeyCode::Esc => self.overlay = None,
                KeyCode::Backspace => {
                    text.pop();
                    self.overlay = Some(Overlay::Note { text });
                }
                KeyCode::Char(c) if text.chars().count() < crate::engine::session::MAX_NOTE_CHARS => {
                    text.push(c);
                    self.overlay = Some(Overlay::Note { text });
                }
                _ => {}
            },
            Overlay::BriefGate { role } => match k.code {
                KeyCode::Enter => self.overlay = Some(Overlay::Brief { role }),
                _ => self.overlay = None,
            },
            Overlay::Brief { .. } => self.overlay = None,
            Overlay::SaveFailed { .. } => match k.code {
                KeyCode::Enter | KeyCode::Char('r') => {
                    self.overlay = None;
                    self.save();
                }
                KeyCode::Char('q') | KeyCode::Esc => self.quit_now(),
                _ => {}
            },
        }
    }

    /// A paste goes into an open note box, line breaks and control characters as spaces, up to
    /// the note's limit; anywhere else it is set aside with a word, never taken as keys.
    fn paste(&mut self, pasted: &str) {
        match &mut self.overlay {
            Some(Overlay::Note { text }) => {
                let room = crate::engine::session::MAX_NOTE_CHARS.saturating_sub(text.chars().count());
                text.extend(pasted.chars().map(|c| if c.is_control() { ' ' } else { c }).take(room));
            }
            _ => self.status = Some(self.msgs.get("tui-paste-ignored")),
        }
    }

    fn trigger(&mut self, i: usize) {
        self.overlay = None;
        let Some(p) = &self.play else { return };
        let inject = p.session.drill.scenario.injects[i].id.clone();
        let title = p.session.drill.scenario.injects[i].title.clone();
        match self.act(Action::Inject {
            inject: inject.to_string(),
        }) {
            Ok(()) => self.status = Some(self.msgs.fmt("tui-inject-done", &[("title", Arg::Str(&title))])),
            Err(_) => self.status = Some(self.msgs.fmt("plain-inject-not-now", &[("id", Arg::Str(&title))])),
        }
    }

    fn quit_now(&mut self) {
        self.overlay = None;
        if let (Some(p), Some(_)) = (&self.play, &self.unsaved) {
            self.exit = Some(Exit::Stopped {
                session: p.file.id.clone(),
                saved: false,
            });
            return;
        }
        self.exit = Some(match self.screen {
            Screen::Play => match &self.play {
                Some(p) if !p.session.is_over() => Exit::Stopped {
                    session: p.file.id.clone(),
                    saved: true,
                },
                _ => Exit::Done { debrief_text: None },
            },
            Screen::Debrief => Exit::Done {
                debrief_text: self.debrief.as_ref().map(|d| debrief::text(&d.debrief, &self.msgs)),
            },
            _ => Exit::Done { debrief_text: None },
        });
    }

    fn home_key(&mut self, k: KeyEvent) {
        let n = self.items.len();
        match k.code {
            KeyCode::Up => self.home_selected = self.home_selected.saturating_sub(1),
            KeyCode::Down => self.home_selected = (self.home_selected + 1).min(n.saturating_sub(1)),
            KeyCode::Enter if n > 0 => self.open_setup(self.home_selected),
            KeyCode::Char('r') => self.resume_latest(),
            _ => {}
        }
    }

    pub fn open_setup(&mut self, item: usize) {
        let drill = &self.items[item].drill;
        let solo = drill.default_solo_role().unwrap_or_default().to_string();
        let role = self.playable(item).iter().position(|r| *r == solo).unwrap_or(0);
        self.setup = Some(SetupState {
            item,
            mode: Mode::Group,
            role,
            coach: None,
            seed: self.next_seed,
            field: 0,
            labels: vec![String::new(); self.playable(item).len()],
        });
        self.screen = Screen::Setup;
    }

    /// The ids of the roles people can play in item `i`.
    pub fn playable(&self, i: usize) -> Vec<String> {
        self.items[i]
            .drill
            .playable_roles()
            .into_iter()
            .map(str::to_string)
            .collect()
    }

    fn setup_key(&mut self, k: KeyEvent) {
        let Some(s) = &mut self.setup else { return };
        let roles = self.items[s.item].drill.playable_roles().len();
        let last = if s.mode == Mode::Group { 2 + roles } else { 2 };
        s.field = s.field.min(last);
        // Typing goes into a participant label when one is selected.
        if s.field >= 3 {
            let label = &mut s.labels[s.field - 3];
            match k.code {
                KeyCode::Char(c) if !k.modifiers.contains(KeyModifiers::CONTROL) => {
                    if label.chars().count() < 30 {
                        label.push(c);
                    }
                    return;
                }
                KeyCode::Backspace => {
                    label.pop();
                    return;
                }
                _ => {}
            }
        }
        // Field 1 (the solo role) is not there in group mode.
        let skip = |f: usize, mode: Mode| mode == Mode::Group && f == 1;
        match k.code {
            KeyCode::Esc => self.screen = Screen::Home,
            KeyCode::Up => {
                s.field = s.field.saturating_sub(1);
                if skip(s.field, s.mode) {
                    s.field = 0;
                }
            }
            KeyCode::Down | KeyCode::Tab => {
                s.field = (s.field + 1).min(last);
                if skip(s.field, s.mode) {
                    s.field = 2;
                }
            }
            KeyCode::Left | KeyCode::Right | KeyCode::Char(' ') => {
                let forward = k.code != KeyCode::Left;
                match s.field {
                    0 => s.mode = if s.mode == Mode::Group { Mode::Solo } else { Mode::Group },
                    1 if roles > 0 => {
                        s.role = if forward {
                            (s.role + 1) % roles
                        } else {
                            (s.role + roles - 1) % roles
                        }
                    }
                    2 => s.coach = Some(!s.coach()),
                    _ => {}
                }
            }
            KeyCode::Char('m') => s.mode = if s.mode == Mode::Group { Mode::Solo } else { Mode::Group },
            KeyCode::Char('c') => s.coach = Some(!s.coach()),
            KeyCode::Enter => self.start(),
            _ => {}
        }
    }

    fn start(&mut self) {
        let Some(s) = &self.setup else { return };
        let s = SetupState {
            labels: s.labels.clone(),
            ..*s
        };
        let drill = self.items[s.item].drill.clone();
        let role = (s.mode == Mode::Solo)
            .then(|| self.playable(s.item).get(s.role).cloned())
            .flatten();
        let setup = Setup {
            seed: s.seed,
            mode: s.mode,
            role,
            coach: s.coach(),
            from: None,
        };
        // Only solo mode in a scenario with no role people can play gets here: say so.
        if setup.check(&drill).is_err() {
            self.status = Some(self.msgs.get("tui-no-solo-role"));
            return;
        }
        let now = self.now();
        let id = match &self.store {
            Some(store) => match store.new_id(&drill.scenario.id, &WallTime::now()) {
                Ok(id) => id,
                Err(e) => {
                    self.status = Some(e.message(&self.msgs));
                    return;
                }
            },
            None => format!("unsaved-{}", drill.scenario.id),
        };
        let mut file = SessionFile::new(id, &drill, setup, now);
        if s.mode == Mode::Group {
            for (role, label) in self.playable(s.item).into_iter().zip(&s.labels) {
                if !label.trim().is_empty() {
                    file.labels.insert(role, label.trim().to_string());
                }
            }
        }
        self.start_play(drill, file);
        self.next_seed = self.next_seed.wrapping_add(1);
    }

    /// Opens a session (new or resumed) on the play screen.
    pub fn start_play(&mut self, drill: Arc<Drill>, file: SessionFile) {
        let (session, applied) = Session::replay(drill, file.setup.clone(), &file.log);
        if applied < file.log.len() {
            self.status = Some(self.msgs.fmt("plain-replay-failed", &[("session", Arg::Str(&file.id))]));
            return;
        }
        let mut p = PlayState {
            session,
            file,
            pages: VecDeque::new(),
            seen: 0,
            selected: None,
            scroll: 0,
            paused: false,
            deliberation: 0,
        };
        if p.file.log.is_empty() {
            collect_pages(&mut p);
        } else {
            let upto = p.session.state.events.len();
            p.seen = upto;
            p.pages.push_back(PageAt {
                page: Page::SoFar,
                upto,
            });
        }
        self.play = Some(p);
        self.screen = Screen::Play;
        self.save();
        self.after_action();
    }

    fn resume_latest(&mut self) {
        let Some(store) = &self.store else { return };
        let list = match store.readable() {
            Ok(l) => l,
            Err(e) => {
                self.status = Some(e.message(&self.msgs));
                return;
            }
        };
        let Some(file) = list.into_iter().rev().find(|s| !s.finished) else {
            self.status = Some(self.msgs.get("cli-no-unfinished"));
            return;
        };
        // Another `laget` with it open keeps it: refused here, before anything is shown.
        if let Err(e) = store.lock(&file.id) {
            self.status = Some(e.message(&self.msgs));
            return;
        }
        // Read again under the lock: play on what the last writer left.
        let file = match store.load(&file.id) {
            Ok(f) => f,
            Err(e) => {
                self.status = Some(e.message(&self.msgs));
                return;
            }
        };
        match file.drill() {
            Ok(d) => self.start_play(Arc::new(d), file),
            Err(e) => self.status = Some(e.message(&self.msgs)),
        }
    }

    fn play_key(&mut self, k: KeyEvent) {
        let Some(p) = &mut self.play else { return };
        if !p.pages.is_empty() {
            match k.code {
                KeyCode::Enter | KeyCode::Char(' ') | KeyCode::Right => {
                    p.pages.pop_front();
                    p.scroll = 0;
                    self.after_action();
                }
                KeyCode::PageDown => p.scroll = p.scroll.saturating_add(5),
                KeyCode::PageUp => p.scroll = p.scroll.saturating_sub(5),
                KeyCode::Char('u') => self.undo(),
                KeyCode::Char('n') => self.overlay = Some(Overlay::Note { text: String::new() }),
                _ => {}
            }
            return;
        }
        let Pending::Choice { role, choices, .. } = p.session.pending() else {
            self.after_action();
            return;
        };
        // A paused drill holds its choices as well as its timer.
        if p.paused
            && matches!(
                k.code,
                KeyCode::Enter | KeyCode::Up | KeyCode::Down | KeyCode::Char('1'..='9')
            )
        {
            self.status = Some(self.msgs.get("tui-paused-hold"));
            return;
        }
        match k.code {
            // The first arrow lands on the first (Down) or last (Up) choice shown.
            KeyCode::Up => {
                p.selected = Some(
                    p.selected
                        .map_or(choices.len().saturating_sub(1), |i| i.saturating_sub(1)),
                )
            }
            KeyCode::Down => p.selected = Some(p.selected.map_or(0, |i| (i + 1).min(choices.len().saturating_sub(1)))),
            KeyCode::PageDown => p.scroll = p.scroll.saturating_add(5),
            KeyCode::PageUp => p.scroll = p.scroll.saturating_sub(5),
            KeyCode::Enter => match p.selected {
                Some(i) => self.choose(choices.get(i).copied()),
                None => self.status = Some(self.msgs.get("tui-how-to-choose")),
            },
            KeyCode::Char(c @ '1'..='9') => {
                let i = c as usize - '1' as usize;
                if i < choices.len() {
                    self.choose(Some(choices[i]));
                }
            }
            KeyCode::Char('p') => p.paused = !p.paused,
            KeyCode::Char('i') => self.overlay = Some(Overlay::Injects { selected: 0 }),
            KeyCode::Char('n') => self.overlay = Some(Overlay::Note { text: String::new() }),
            KeyCode::Char('u') => self.undo(),
            KeyCode::Char('b') => self.overlay = Some(Overlay::BriefGate { role }),
            _ => {}
        }
    }

    fn choose(&mut self, c: Option<u32>) {
        let Some(c) = c else { return };
        let Some(p) = &mut self.play else { return };
        let id = p.session.choice_id(c).to_string();
        let seconds = p.deliberation;
        let coach = p.session.setup.coach;
        if self.act(Action::Choose { choice: id, seconds }).is_ok() {
            if let Some(p) = &mut self.play {
                p.deliberation = 0;
                p.selected = None;
                p.scroll = 0;
                let has_feedback = {
                    let ch = p.session.drill.choice(c);
                    ch.feedback.is_some() || !ch.qualities.is_empty()
                };
                if coach && has_feedback {
                    // Right after the player's choice, before what the computer did next.
                    let events = &p.session.state.events;
                    let upto = events
                        .iter()
                        .rposition(|e| matches!(e, Event::Chose { by_player: true, .. }))
                        .map_or(events.len(), |i| i + 1);
                    p.pages.push_front(PageAt {
                        page: Page::Feedback(c),
                        upto,
                    });
                }
            }
            self.after_action();
        }
    }

    fn undo(&mut self) {
        match self.act(Action::Undo) {
            Ok(()) => {
                if let Some(p) = &mut self.play {
                    // Everything shown so far stays shown; only what the undo brings back is new.
                    p.pages.clear();
                    p.seen = p.session.state.events.len();
                    p.selected = None;
                    p.deliberation = 0;
                }
                self.status = Some(self.msgs.get("plain-undone"));
            }
            Err(_) => self.status = Some(self.msgs.get("plain-nothing-to-undo")),
        }
    }

    /// Applies an action to the session and saves it.
    fn act(&mut self, action: Action) -> Result<(), ActionError> {
        let Some(p) = &mut self.play else {
            return Err(ActionError::Ended);
        };
        p.session.apply(action)?;
        p.file.log = p.session.log().to_vec();
        collect_pages(p);
        self.save();
        Ok(())
    }

    fn save(&mut self) {
        let now = self.now();
        let Some(p) = &mut self.play else { return };
        p.file.updated = now;
        p.file.finished = p.session.is_over();
        let Some(store) = &self.store else { return };
        match store.save(&p.file) {
            Ok(_) => {
                self.unsaved = None;
                SAVE_FAILED.store(false, std::sync::atomic::Ordering::SeqCst);
            }
            Err(e) => {
                SAVE_FAILED.store(true, std::sync::atomic::Ordering::SeqCst);
                // Not a line in the status bar that the next key clears: the drill stops.
                let error = e.message(&self.msgs);
                self.unsaved = Some(error.clone());
                self.overlay = Some(Overlay::SaveFailed { error });
            }
        }
    }

    /// After every step: if the drill is over and nothing is left to read, the debrief.
    fn after_action(&mut self) {
        let Some(p) = &self.play else { return };
        if p.session.is_over() && p.pages.is_empty() {
            let wall = WallClock {
                session: Some(p.file.id.clone()),
                started: Some(p.file.started.clone()),
                finished: Some(p.file.updated.clone()),
                total_seconds: p.session.seconds.iter().map(|&s| u64::from(s)).sum(),
                seconds_per_decision: p.session.seconds.clone(),
                session_file: self.store.as_ref().map(|s| s.path_of(&p.file.id).display().to_string()),
            };
            let d = debrief::build(&p.session, wall);
            self.debrief = Some(DebriefState {
                debrief: d,
                scroll: 0,
                exported: None,
                // Until the screen has been drawn, as if everything fit (no scrolling).
                max_scroll: std::cell::Cell::new(0),
                page: std::cell::Cell::new(10),
            });
            self.screen = Screen::Debrief;
        }
    }

    fn debrief_key(&mut self, k: KeyEvent) {
        let Some(d) = &mut self.debrief else { return };
        match k.code {
            KeyCode::Down => d.scroll = d.scroll.saturating_add(1).min(d.max_scroll.get()),
            KeyCode::Up => d.scroll = d.scroll.saturating_sub(1),
            // A full page, keeping one line of the last for context.
            KeyCode::PageDown | KeyCode::Char(' ') => {
                d.scroll = d
                    .scroll
                    .saturating_add(d.page.get().saturating_sub(1).max(1))
                    .min(d.max_scroll.get())
            }
            KeyCode::PageUp => d.scroll = d.scroll.saturating_sub(d.page.get().saturating_sub(1).max(1)),
            KeyCode::Home => d.scroll = 0,
            KeyCode::End => d.scroll = d.max_scroll.get(),
            KeyCode::Char('e') => self.export(),
            _ => {}
        }
    }

    fn export(&mut self) {
        let (Some(store), Some(d)) = (&self.store, &mut self.debrief) else {
            return;
        };
        let dir = store
            .dir
            .parent()
            .map(|h| h.join("debriefs"))
            .unwrap_or_else(|| PathBuf::from("debriefs"));
        let name = d
            .debrief
            .wall_clock
            .session
            .clone()
            .unwrap_or_else(|| d.debrief.scenario.id.clone());
        let md = dir.join(format!("{name}.md"));
        let json = dir.join(format!("{name}.json"));
        // Each file atomically (a temporary file beside it, then renamed): a failed export
        // leaves an earlier one whole. The error names the file and says the drill is saved.
        let result = (|| -> Result<(), (PathBuf, String)> {
            crate::store::create_private_dir(&dir).map_err(|e| (dir.clone(), e.to_string()))?;
            crate::store::private_dir(&dir);
            for (path, text) in [
                (&md, debrief::markdown(&d.debrief, &self.msgs)),
                (&json, d.debrief.to_json()),
            ] {
                crate::store::write_atomic(path, text.as_bytes()).map_err(|e| (path.clone(), e.message(&self.msgs)))?;
                crate::store::private_file(path);
            }
            Ok(())
        })();
        match result {
            Ok(()) => {
                self.status = Some(self.msgs.fmt(
                    "tui-exported",
                    &[
                        ("md", Arg::Str(&md.display().to_string())),
                        ("json", Arg::Str(&json.display().to_string())),
                    ],
                ));
                d.exported = Some((md, json));
            }
            Err((path, reason)) => {
                self.status = Some(self.msgs.fmt(
                    "tui-export-failed",
                    &[
                        ("path", Arg::Str(&path.display().to_string())),
                        ("reason", Arg::Str(&reason)),
                    ],
                ))
            }
        }
    }
}

/// Turns new events into pages to read: scenes the drill passed through (but not the one it
/// now waits at, which the decision screen shows), injects, the computer's choices.
fn collect_pages(p: &mut PlayState) {
    let events = &p.session.state.events;
    let waiting_at = match p.session.pending() {
        Pending::Choice { scene, .. } => Some(scene),
        Pending::Ended { ending } => Some(ending),
    };
    let start = p.seen.min(events.len());
    let last_enter = events.iter().rposition(|e| matches!(e, Event::Enter { .. }));
    for (i, e) in events.iter().enumerate().skip(start) {
        let page = match *e {
            Event::Enter { scene, .. } if !(Some(scene) == waiting_at && Some(i) == last_enter) => Page::Scene(scene),
            Event::Injected { inject, .. } => Page::Inject(inject),
            Event::Chose {
                choice,
                role,
                by_player: false,
                ..
            } => Page::Auto { role, choice },
            _ => continue,
        };
        p.pages.push_back(PageAt { page, upto: i + 1 });
    }
    p.seen = events.len();
}
