//! The conductor runs one drill for any front end: it checks the set-up and draws the seed
//! once, takes the commands people give (choose, undo, note, inject, pause, quit), saves the
//! session after each through the store and keeps the result (it never says "saved" when a
//! write failed), turns what happened into pages to show, keeps the wall clock, and builds
//! the debrief and its exports. The full-screen drill and plain mode only turn input into
//! commands and draw what the conductor gives them; a front end for participants' own
//! devices would do the same.

pub mod clock;
mod command;
mod ending;
pub mod pages;
pub mod request;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

pub use clock::{Clock, FixedClock, SystemClock, draw_seed};
pub use command::{Budget, Command, Decision, Done, Pick, Refusal};
pub use ending::{DebriefError, ExportError, Exported, debrief_of};
pub use pages::{Page, PageAt};
pub use request::{Request, ResumeError, StartError, Started, Which, Workspace, plan, resume, start};

use crate::engine::{Action, ActionError, Drill, Pending, Session};
use crate::store::{SessionFile, Store, StoreError};

/// One drill being run.
pub struct Conductor {
    session: Session,
    file: SessionFile,
    /// Where the session is kept; `None` keeps nothing (a test, a replay).
    store: Option<Arc<Store>>,
    clock: Arc<dyn Clock>,
    /// Events already turned into pages.
    seen: usize,
    pending_pages: Vec<PageAt>,
    /// Why the last save failed, while no save has succeeded since.
    unsaved: Option<StoreError>,
    paused: bool,
    /// The deliberation on the current decision: time counted before the last pause or
    /// stop, and when the clock last started (a `Clock::elapsed` reading), if it runs.
    deliberated: Duration,
    running_since: Option<Duration>,
    /// When this sitting began (a `Clock::elapsed` reading), and the seconds of earlier ones.
    opened_at: Duration,
    open_before: u64,
}

impl Conductor {
    /// Opens a session (new, or read back from its file). A file whose log no longer replays
    /// (a changed scenario) is refused. Nothing is written until the first command.
    pub fn open(
        drill: Arc<Drill>,
        file: SessionFile,
        store: Option<Arc<Store>>,
        clock: Arc<dyn Clock>,
    ) -> Result<Conductor, ReplayFailed> {
        let (session, applied) = Session::replay(drill, file.setup.clone(), &file.log);
        if applied < file.log.len() {
            return Err(ReplayFailed { session: file.id });
        }
        let resumed = !file.log.is_empty();
        let opened_at = clock.elapsed();
        let open_before = file.open_seconds;
        let mut c = Conductor {
            session,
            file,
            store,
            clock,
            seen: 0,
            pending_pages: Vec::new(),
            unsaved: None,
            paused: false,
            deliberated: Duration::ZERO,
            running_since: None,
            opened_at,
            open_before,
        };
        if resumed {
            let upto = c.session.state.events.len();
            c.seen = upto;
            c.pending_pages.push(PageAt {
                page: Page::SoFar,
                upto,
            });
        } else {
            c.collect();
        }
        Ok(c)
    }

    pub fn session(&self) -> &Session {
        &self.session
    }

    pub fn drill(&self) -> &Drill {
        &self.session.drill
    }

    pub fn file(&self) -> &SessionFile {
        &self.file
    }

    pub fn id(&self) -> &str {
        &self.file.id
    }

    /// The session's file, when sessions are kept.
    pub fn session_path(&self) -> Option<PathBuf> {
        self.store.as_ref().map(|s| s.path_of(&self.file.id))
    }

    pub fn is_over(&self) -> bool {
        self.session.is_over()
    }

    pub fn paused(&self) -> bool {
        self.paused
    }

    /// Why the last save failed, while no save has succeeded since.
    pub fn unsaved(&self) -> Option<&StoreError> {
        self.unsaved.as_ref()
    }

    /// The pages to show since the last call, in order.
    pub fn take_pages(&mut self) -> Vec<PageAt> {
        std::mem::take(&mut self.pending_pages)
    }

    /// The pages of events `from..upto` (without coaching): what a "so far" page lists.
    pub fn pages_between(&self, from: usize, upto: usize) -> Vec<PageAt> {
        let mut p = pages::of_events(&self.session, from);
        p.retain(|p| p.upto <= upto);
        p
    }

    /// The decision the drill waits for, if it has not ended.
    pub fn decision(&self) -> Option<Decision> {
        let Pending::Choice {
            scene,
            role,
            choices,
            round,
        } = self.session.pending()
        else {
            return None;
        };
        Some(Decision {
            scene,
            role,
            choices,
            round,
            entered_at: entered_at(&self.session),
        })
    }

    /// The injects (indices into the scenario's `injects`) that can happen now: what an event
    /// list offers.
    pub fn injects_possible(&self) -> Vec<u16> {
        if self.is_over() {
            return Vec::new();
        }
        self.session.injects_possible()
    }

    /// The decision is on screen: its deliberation clock runs from now (unless paused). A
    /// front end calls this when people can see the choices; calling it again changes nothing.
    pub fn decision_shown(&mut self) {
        if self.running_since.is_none() && !self.paused && self.decision().is_some() {
            self.running_since = Some(self.clock.elapsed());
        }
    }

    /// Wall-clock seconds the drill has been open, over every sitting.
    pub fn open_seconds(&self) -> u64 {
        self.open_before + self.clock.elapsed().saturating_sub(self.opened_at).as_secs()
    }

    /// The time budget: minutes used of the minutes planned (the scenario's
    /// `duration_minutes`), for the room to see.
    pub fn budget(&self) -> Budget {
        Budget {
            used_minutes: self.open_seconds() / 60,
            planned_minutes: u64::from(self.drill().scenario.duration_minutes),
        }
    }

    /// Seconds left on the room's countdown for the decision on screen (negative once it has
    /// run out: the drill does not choose by itself, the facilitator decides what to do), or
    /// `None` when no countdown was set.
    pub fn countdown(&self) -> Option<i64> {
        let per = self.file.countdown_seconds?;
        self.decision()?;
        Some(i64::from(per) - i64::from(self.deliberation()))
    }

    /// Seconds deliberated on the current decision so far (paused time not counted).
    pub fn deliberation(&self) -> u32 {
        let running = self
            .running_since
            .map_or(Duration::ZERO, |since| self.clock.elapsed().saturating_sub(since));
        (self.deliberated + running).as_secs().min(u64::from(u32::MAX)) as u32
    }

    fn stop_deliberation(&mut self) {
        if let Some(since) = self.running_since.take() {
            self.deliberated += self.clock.elapsed().saturating_sub(since);
        }
    }

    fn reset_deliberation(&mut self) {
        self.deliberated = Duration::ZERO;
        self.running_since = None;
    }

    /// Carries out a command; on success the session is saved (see `unsaved` for the result).
    pub fn apply(&mut self, command: Command) -> Result<Done, Refusal> {
        let playing = matches!(command, Command::Choose(_) | Command::Undo | Command::Inject(_));
        if playing && self.unsaved.is_some() {
            return Err(Refusal::Unsaved);
        }
        match command {
            Command::Choose(pick) => self.choose(pick),
            Command::Undo => {
                self.act(Action::Undo).map_err(|_| Refusal::NothingToUndo)?;
                // What was shown stays shown; only what the undo brings back is new.
                self.pending_pages.clear();
                self.seen = self.session.state.events.len();
                self.reset_deliberation();
                Ok(Done::Undone)
            }
            Command::Note(text) => {
                let text = text.trim();
                if text.is_empty() {
                    return Err(Refusal::EmptyNote);
                }
                // Notes are taken whenever a drill is open, ended or not.
                self.act(Action::Note { text: text.to_string() })
                    .map_err(|_| Refusal::Ended)?;
                Ok(Done::Noted)
            }
            Command::Inject(id) => {
                let Some(i) = self.drill().scenario.injects.iter().position(|x| x.id == id) else {
                    return Err(Refusal::UnknownInject);
                };
                match self.act(Action::Inject { inject: id }) {
                    Ok(()) => Ok(Done::Injected { inject: i as u16 }),
                    Err(ActionError::Ended) => Err(Refusal::Ended),
                    Err(_) => Err(Refusal::InjectNotNow),
                }
            }
            Command::Pause => {
                if self.is_over() {
                    return Err(Refusal::Ended);
                }
                self.paused = !self.paused;
                if self.paused {
                    self.stop_deliberation();
                }
                Ok(Done::Paused(self.paused))
            }
            Command::Quit => Ok(self.quit()),
        }
    }

    fn choose(&mut self, pick: Pick) -> Result<Done, Refusal> {
        let Some(d) = self.decision() else {
            return Err(Refusal::Ended);
        };
        if self.paused {
            return Err(Refusal::Paused);
        }
        let found = match &pick {
            Pick::Shown(n) => n.checked_sub(1).and_then(|i| d.choices.get(i)).copied(),
            Pick::Id(id) => d.choices.iter().copied().find(|&c| self.session.choice_id(c) == id),
        };
        let Some(c) = found else {
            return Err(Refusal::NotAChoice { max: d.choices.len() });
        };
        let seconds = self.deliberation();
        let offered = d.choices.clone();
        let choice = self.session.choice_id(c).to_string();
        self.act(Action::Choose { choice, seconds })
            .map_err(|_| Refusal::NotAChoice { max: d.choices.len() })?;
        self.reset_deliberation();
        if self.file.setup.coach
            && let Some(page) = pages::feedback(&self.session, c, &offered)
        {
            // Right after the player's choice, before what the computer did next.
            let events = &self.session.state.events;
            let upto = events
                .iter()
                .rposition(|e| matches!(e, crate::engine::Event::Chose { by_player: true, .. }))
                .map_or(events.len(), |i| i + 1);
            let at = self.pending_pages.iter().position(|p| p.upto > upto);
            let page = PageAt { page, upto };
            match at {
                Some(i) => self.pending_pages.insert(i, page),
                None => self.pending_pages.push(page),
            }
        }
        Ok(Done::Chose { choice: c })
    }

    /// Applies an action, turns what followed into pages, and saves.
    fn act(&mut self, action: Action) -> Result<(), ActionError> {
        self.session.apply(action)?;
        self.file.log = self.session.log().to_vec();
        self.collect();
        self.save();
        Ok(())
    }

    fn collect(&mut self) {
        self.pending_pages.extend(pages::of_events(&self.session, self.seen));
        self.seen = self.session.state.events.len();
    }

    fn save(&mut self) {
        self.file.updated = self.clock.now().iso();
        self.file.open_seconds = self.open_seconds();
        self.file.finished = self.session.is_over();
        let Some(store) = &self.store else { return };
        match store.save(&self.file) {
            Ok(_) => self.unsaved = None,
            Err(e) => self.unsaved = Some(e),
        }
    }

    /// Tries the save again after a failure; `Ok` once the file holds everything.
    pub fn retry_save(&mut self) -> Result<(), &StoreError> {
        self.save();
        match &self.unsaved {
            None => Ok(()),
            Some(e) => Err(e),
        }
    }

    fn quit(&mut self) -> Done {
        if self.unsaved.is_some() {
            // One more try: the disk may have room again.
            self.save();
        }
        if self.is_over() && self.unsaved.is_none() {
            return Done::Left;
        }
        Done::Stopped {
            session: self.file.id.clone(),
            saved: self.unsaved.is_none(),
        }
    }
}

impl Drop for Conductor {
    /// Another `laget` may open the session once this one is done with it.
    fn drop(&mut self) {
        if let Some(store) = &self.store {
            store.unlock(&self.file.id);
        }
    }
}

/// A session whose log does not replay on its scenario.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReplayFailed {
    pub session: String,
}

/// When the scene the session waits at was entered (simulated minutes since day 0).
fn entered_at(session: &Session) -> i64 {
    session
        .state
        .events
        .iter()
        .rev()
        .find_map(|e| match *e {
            crate::engine::Event::Enter { scene, at, .. } if scene == session.state.scene => Some(at),
            _ => None,
        })
        .unwrap_or(session.state.clock)
}
