//! The full-screen drill as The Elm Architecture: a model (`App`), messages (`Msg`), and one
//! `update` that turns intents (from `keymap`) into changes of the model and `Effect`s, which
//! `tui::step` carries out (the conductor runs the drill and keeps the files). Drawing is in
//! `view`; the terminal loop in `mod.rs`. Nothing here reads the clock or touches a file.

use std::collections::VecDeque;
use std::sync::Arc;

use ratatui::crossterm::event::{KeyEvent, KeyEventKind};

mod debrief_screen;
mod play;
mod setup;

use super::keymap::{self, Context, Intent};
use super::settle::OnScreen;
use super::theme::Theme;
use crate::conductor::{
    Command, Conductor, Done, ExportError, Exported, PageAt, Refusal, Request, ResumeError, StartError, Started,
    Workspace,
};
use crate::debrief::Debrief;
use crate::engine::{Drill, Mode, Setup};
use crate::i18n::{Arg, Messages};
use crate::library::Library;

pub use crate::conductor::Page;
pub use setup::COUNTDOWNS;

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
    /// The injects that can happen now; none highlighted until an arrow is pressed, so that
    /// Enter alone fires nothing (as at a decision).
    Injects {
        selected: Option<usize>,
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
    /// The room's countdown per decision, in seconds (`None`: no countdown).
    pub countdown: Option<u32>,
}

impl SetupState {
    /// Coaching as chosen, or the core's default for the mode.
    pub fn coach(&self) -> bool {
        self.coach.unwrap_or(Setup::default_coach(self.mode))
    }
}

pub struct PlayState {
    pub conductor: Conductor,
    /// Pages still to read, the first on screen.
    pub pages: VecDeque<PageAt>,
    /// The choice the arrows have moved to (an index into the choices as shown). `None` until
    /// an arrow is pressed, so Enter alone never takes a decision (CONTRACT.md).
    pub selected: Option<usize>,
    pub scroll: u16,
    /// The most the text on view can scroll (written by `view`, which wraps it): PgDn stops
    /// at the last page, so PgUp comes back at once.
    pub scroll_max: std::cell::Cell<u16>,
    /// Lines of text on view (written by `view`): PgUp/PgDn move a page less one line.
    pub scroll_page: std::cell::Cell<u16>,
    /// The choices panel, when the choices do not all fit: how far it is scrolled (`view`
    /// moves it to show the choice the arrows are on), and which choices the last frame
    /// showed whole (`None` before the first frame). A digit takes only a choice on screen.
    pub choices: Scroll,
    pub choices_shown: std::cell::RefCell<Option<Vec<bool>>>,
}

impl PlayState {
    /// Whether choice `i` (as shown) was whole on the last frame drawn (true before any).
    pub fn choice_on_screen(&self, i: usize) -> bool {
        self.choices_shown
            .borrow()
            .as_ref()
            .is_none_or(|shown| shown.get(i).copied().unwrap_or(true))
    }

    pub fn session(&self) -> &crate::engine::Session {
        self.conductor.session()
    }
    pub fn drill(&self) -> &Drill {
        self.conductor.drill()
    }
    pub fn paused(&self) -> bool {
        self.conductor.paused()
    }
    /// Seconds deliberated on the decision on screen.
    pub fn deliberation(&self) -> u32 {
        self.conductor.deliberation()
    }
    /// The decision on screen: the drill waits for one and no page is left to read.
    pub fn deciding(&self) -> bool {
        self.pages.is_empty() && self.conductor.decision().is_some()
    }
}

pub struct DebriefState {
    pub debrief: Debrief,
    /// The ending is shown first, as a moment of its own; Enter goes on to the report.
    pub ending_first: bool,
    /// How far the ending is scrolled, when it is longer than the screen.
    pub ending: Scroll,
    pub scroll: u16,
    /// Where each section of the report starts (wrapped lines from the top, as drawn; written
    /// by `view`): digits and Tab jump there.
    pub sections: std::cell::RefCell<Vec<u16>>,
    /// The section last reached by digit or Tab (an index into `sections`): marked in the
    /// index while the report stays where that jump put it, even when the section starts on
    /// the last page and so cannot come to the top.
    pub section: Option<usize>,
    pub exported: Option<Exported>,
    /// The last scroll position and the page height the screen drew (written by `view`, which
    /// alone knows the width the text wraps to): paging stops at the end, never past it.
    pub max_scroll: std::cell::Cell<u16>,
    pub page: std::cell::Cell<u16>,
}

/// How far a panel that can scroll is scrolled (lines), and the most it can be: `view` alone
/// knows the width the text wraps to, so it writes `max` and `page` when it draws, and
/// paging stops at the end, never past it.
#[derive(Debug, Default)]
pub struct Scroll {
    pub at: u16,
    pub max: std::cell::Cell<u16>,
    pub page: std::cell::Cell<u16>,
}

impl Scroll {
    /// Moves for a scrolling intent (arrows a line, PgUp/PgDn a page less one line); whether
    /// the intent was one.
    pub fn apply(&mut self, i: &Intent) -> bool {
        let page = self.page.get().saturating_sub(1).max(1);
        self.at = match i {
            Intent::Down => self.at.saturating_add(1),
            Intent::Up => self.at.saturating_sub(1),
            Intent::PageDown => self.at.saturating_add(page),
            Intent::PageUp => self.at.saturating_sub(page),
            _ => return false,
        }
        .min(self.max.get());
        true
    }
}

#[derive(Debug, Clone)]
pub enum Exit {
    /// Leave; with a debrief to print on the terminal afterwards.
    Done {
        /// The debrief on screen when the user left (the command line prints it).
        debrief: Option<Box<Debrief>>,
        /// The drill ended but its last save failed (and a last try too): the session named
        /// holds it up to the last save that succeeded.
        unsaved_session: Option<String>,
    },
    /// Left during a drill: resumable. `saved` is false when the last save failed: the file
    /// then holds the drill up to the last save that succeeded, and nobody may be told
    /// otherwise.
    Stopped { session: String, saved: bool },
}

pub enum Msg {
    Key(KeyEvent),
    /// One second of wall clock passed (the visible timer redraws).
    Tick,
    Resize,
    /// Text pasted into the terminal (bracketed paste): it goes into the note being written,
    /// or nowhere; it is never read as keys.
    Paste(String),
    /// What an effect gave.
    Started(Box<Result<Started, StartError>>),
    Resumed(Box<Result<Conductor, ResumeError>>),
    Applied(Result<Done, Refusal>),
    Exported(Result<Exported, ExportError>),
    /// Role cards written (the folder), or why not.
    HandoutsWritten(Result<std::path::PathBuf, String>),
}

/// What `update` asks the world to do (`tui::step` does it and answers with a `Msg`).
#[derive(Debug)]
pub enum Effect {
    /// Start a drill of home item `item`.
    Start {
        item: usize,
        request: Request,
    },
    ResumeLatest,
    /// A command for the drill in progress.
    Drill(Command),
    /// Save again after a failed save.
    RetrySave,
    Export,
    /// Write printable role cards for home item `item`.
    Handouts {
        item: usize,
    },
}

/// What a signal would leave behind, for the terminal's signal handler (`tui::run`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Leaves {
    /// No drill under way (home, set-up, or a finished drill, saved).
    Nothing = 0,
    /// A drill under way, saved after its last action: it can be resumed.
    Saved = 1,
    /// A drill whose last save failed: the file holds it up to the last save that succeeded.
    Unsaved = 2,
}

pub struct App {
    pub msgs: Messages,
    pub theme: Theme,
    pub screen: Screen,
    pub overlay: Option<Overlay>,
    pub items: Vec<HomeItem>,
    pub home_selected: usize,
    /// The About panel on the home screen (PgUp/PgDn).
    pub home_about: Scroll,
    /// The help or the brief, when longer than its box (↑↓ PgUp PgDn; other keys close it).
    pub overlay_scroll: Scroll,
    pub setup: Option<SetupState>,
    pub play: Option<PlayState>,
    pub debrief: Option<DebriefState>,
    pub status: Option<String>,
    pub exit: Option<Exit>,
    ctrl_c: bool,
    /// The seed the next set-up proposes (drawn by the conductor's workspace, shown and
    /// changeable).
    pub next_seed: u64,
    /// The title of the event last asked for, to name it if it cannot happen.
    asked_inject: Option<String>,
    /// Where drills start and resume (the conductor's; `tui::step` uses it for effects).
    pub workspace: Workspace,
    /// Solo: show how the simulated person is doing (on by default; `g` hides it for practice
    /// without help).
    pub show_gauge: bool,
}

impl App {
    /// The home screen over `library`; `seed` is the one the first set-up proposes.
    pub fn new(msgs: Messages, theme: Theme, library: &Library, workspace: Workspace, seed: u64) -> App {
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
            home_about: Scroll::default(),
            overlay_scroll: Scroll::default(),
            setup: None,
            play: None,
            debrief: None,
            status: None,
            exit: None,
            ctrl_c: false,
            next_seed: seed,
            asked_inject: None,
            workspace,
            show_gauge: true,
        }
    }

    /// What stopping now, by a signal, would leave behind.
    pub fn leaves(&self) -> Leaves {
        match (self.unsaved().is_some(), self.drill_in_progress()) {
            (true, _) => Leaves::Unsaved,
            (false, true) => Leaves::Saved,
            (false, false) => Leaves::Nothing,
        }
    }

    /// Which decision is on screen, if one is: the number of actions taken so far.
    pub fn decision_on_screen(&self) -> Option<usize> {
        let p = self.play.as_ref()?;
        (self.screen == Screen::Play && self.overlay.is_none() && p.deciding()).then(|| p.session().log().len())
    }

    /// The decision or page keys act on now, if any: a new value whenever a new one appears,
    /// so that keys typed before it could be read are dropped (`tui::settle`).
    pub fn on_screen(&self) -> Option<OnScreen> {
        if let Some(n) = self.decision_on_screen() {
            return Some(OnScreen::Decision(n));
        }
        if self.screen == Screen::Debrief && self.overlay.is_none() && self.debrief.as_ref()?.ending_first {
            return Some(OnScreen::Ending);
        }
        let p = self.play.as_ref()?;
        (self.screen == Screen::Play && self.overlay.is_none() && !p.pages.is_empty())
            .then(|| OnScreen::Page(p.session().log().len(), p.pages.len()))
    }

    /// Whether a visible timer needs a tick every second (otherwise the loop just waits).
    pub fn wants_ticks(&self) -> bool {
        self.decision_on_screen().is_some() && self.play.as_ref().is_some_and(|p| !p.paused())
    }

    /// Why the last save failed, while none has succeeded since.
    pub fn unsaved(&self) -> Option<String> {
        let p = self.play.as_ref()?;
        p.conductor.unsaved().map(|e| e.message(&self.msgs))
    }

    /// Where keys go now.
    pub fn context(&self) -> Context {
        match &self.overlay {
            Some(Overlay::Note { .. }) => return Context::TextBox,
            Some(_) => return Context::Dialog,
            None => {}
        }
        match self.screen {
            Screen::Home => Context::Home,
            Screen::Setup if self.setup.as_ref().is_some_and(|s| s.field >= 3) => Context::SetupTyping,
            Screen::Setup => Context::Setup,
            Screen::Play if self.play.as_ref().is_some_and(|p| !p.pages.is_empty()) => Context::Page,
            Screen::Play => Context::Decision,
            Screen::Debrief => Context::Debrief,
        }
    }

    pub fn update(&mut self, msg: Msg) -> Vec<Effect> {
        match msg {
            Msg::Tick | Msg::Resize => Vec::new(),
            Msg::Paste(pasted) => {
                self.paste(&pasted);
                Vec::new()
            }
            Msg::Key(k) if k.kind == KeyEventKind::Release => Vec::new(),
            Msg::Key(k) => {
                let i = keymap::intent(self.context(), &k);
                self.intent(i)
            }
            Msg::Started(r) => {
                match *r {
                    Ok(started) => {
                        self.next_seed = self.next_seed.wrapping_add(1);
                        self.open(started.conductor);
                    }
                    Err(e) => self.status = Some(e.message(&self.msgs)),
                }
                Vec::new()
            }
            Msg::Resumed(r) => {
                match *r {
                    Ok(c) => self.open(c),
                    Err(e) => self.status = Some(e.message(&self.msgs)),
                }
                Vec::new()
            }
            Msg::Applied(r) => {
                self.applied(r);
                Vec::new()
            }
            Msg::Exported(r) => {
                self.exported(r);
                Vec::new()
            }
            Msg::HandoutsWritten(r) => {
                self.status = Some(match r {
                    Ok(dir) => self
                        .msgs
                        .fmt("tui-handouts-written", &[("dir", Arg::Str(&dir.display().to_string()))]),
                    Err(reason) => self.msgs.fmt("tui-handouts-failed", &[("reason", Arg::Str(&reason))]),
                });
                Vec::new()
            }
        }
    }

    fn intent(&mut self, i: Intent) -> Vec<Effect> {
        if i == Intent::Interrupt {
            // A second Ctrl-C quits at once (the session is saved after every action anyway).
            if self.ctrl_c {
                return self.quit_now();
            }
            self.ctrl_c = true;
            self.overlay = Some(Overlay::ConfirmQuit);
            return Vec::new();
        }
        self.ctrl_c = false;
        self.status = None;
        if let Some(o) = self.overlay.clone() {
            return self.overlay_intent(o, i);
        }
        match (i, self.screen) {
            (Intent::Help, _) => {
                self.overlay_scroll = Scroll::default();
                self.overlay = Some(Overlay::Help);
                Vec::new()
            }
            // Esc goes back from the set-up; everywhere else it asks before leaving.
            (Intent::Back, Screen::Setup) => {
                self.screen = Screen::Home;
                Vec::new()
            }
            (Intent::AskQuit | Intent::Back, _) => {
                self.overlay = Some(Overlay::ConfirmQuit);
                Vec::new()
            }
            (i, Screen::Home) => self.home_intent(i),
            (i, Screen::Setup) => self.setup_intent(i),
            (i, Screen::Play) => self.play_intent(i),
            (i, Screen::Debrief) => self.debrief_intent(i),
        }
    }

    /// A drill on screen that has not ended.
    fn drill_in_progress(&self) -> bool {
        self.screen == Screen::Play && self.play.as_ref().is_some_and(|p| !p.conductor.is_over())
    }

    fn overlay_intent(&mut self, o: Overlay, i: Intent) -> Vec<Effect> {
        match o {
            Overlay::Help | Overlay::Brief { .. } if self.overlay_scroll.apply(&i) => {
                self.overlay = Some(o);
            }
            Overlay::Help => self.overlay = None,
            Overlay::ConfirmQuit => match i {
                Intent::Yes => return self.quit_now(),
                // Enter says yes on the home screen and the debrief (CONTRACT.md), but never
                // stops a drill in progress, nor leaves a save that failed: Enter is the key a
                // room presses most, often by accident.
                Intent::Confirm if !self.drill_in_progress() && self.unsaved().is_none() => {
                    return self.quit_now();
                }
                // After a failed save, "no" goes back to the dialog, not on with the drill.
                _ => self.overlay = self.unsaved().map(|error| Overlay::SaveFailed { error }),
            },
            Overlay::Injects { selected } => {
                let possible = self
                    .play
                    .as_ref()
                    .map(|p| p.conductor.injects_possible())
                    .unwrap_or_default();
                let n = possible.len();
                let trigger = |i: u16, app: &mut App| {
                    app.overlay = None;
                    let inject = app.play.as_ref().map(|p| &p.drill().scenario.injects[i as usize]);
                    app.asked_inject = inject.map(|x| x.title.to_string());
                    inject
                        .map(|x| x.id.to_string())
                        .map(|id| vec![Effect::Drill(Command::Inject(id))])
                        .unwrap_or_default()
                };
                match i {
                    Intent::Up => {
                        self.overlay = Some(Overlay::Injects {
                            selected: Some(selected.map_or(n.saturating_sub(1), |s| s.saturating_sub(1))),
                        })
                    }
                    Intent::Down => {
                        self.overlay = Some(Overlay::Injects {
                            selected: Some(selected.map_or(0, |s| (s + 1).min(n.saturating_sub(1)))),
                        })
                    }
                    Intent::Number(k) => {
                        if let Some(&inject) = possible.get(k - 1) {
                            return trigger(inject, self);
                        }
                    }
                    Intent::Confirm => match selected.and_then(|s| possible.get(s)) {
                        Some(&inject) => return trigger(inject, self),
                        // Nothing highlighted: the list stays, and says how to choose.
                        None => {
                            self.overlay = Some(Overlay::Injects { selected });
                            if n > 0 {
                                self.status = Some(self.msgs.get("tui-injects-how"));
                            }
                        }
                    },
                    _ => self.overlay = None,
                }
            }
            Overlay::Note { mut text } => match i {
                Intent::Confirm => {
                    self.overlay = None;
                    if !text.trim().is_empty() {
                        return vec![Effect::Drill(Command::Note(text))];
                    }
                }
                Intent::Back => self.overlay = None,
                Intent::Erase => {
                    text.pop();
                    self.overlay = Some(Overlay::Note { text });
                }
                Intent::Type(c) if text.chars().count() < crate::engine::session::MAX_NOTE_CHARS => {
                    text.push(c);
                    self.overlay = Some(Overlay::Note { text });
                }
                _ => {}
            },
            Overlay::BriefGate { role } => match i {
                Intent::Confirm => {
                    self.overlay_scroll = Scroll::default();
                    self.overlay = Some(Overlay::Brief { role });
                }
                _ => self.overlay = None,
            },
            Overlay::Brief { .. } => self.overlay = None,
            Overlay::SaveFailed { .. } => match i {
                Intent::Confirm | Intent::Retry => {
                    self.overlay = None;
                    return vec![Effect::RetrySave];
                }
                Intent::Back => return self.quit_now(),
                _ => {}
            },
        }
        Vec::new()
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

    fn quit_now(&mut self) -> Vec<Effect> {
        self.overlay = None;
        // The conductor stops a drill, and has a last try at a save that failed.
        if self.play.is_some() && (self.screen == Screen::Play || self.unsaved().is_some()) {
            return vec![Effect::Drill(Command::Quit)];
        }
        self.exit = Some(Exit::Done {
            debrief: self.debrief_shown(),
            unsaved_session: None,
        });
        Vec::new()
    }

    /// The debrief to print after leaving, when it is on screen.
    pub(super) fn debrief_shown(&self) -> Option<Box<Debrief>> {
        match self.screen {
            Screen::Debrief => self.debrief.as_ref().map(|d| Box::new(d.debrief.clone())),
            _ => None,
        }
    }
}
