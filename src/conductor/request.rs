//! Starting and resuming a drill: the set-up a front end asks for, checked against the drill,
//! with the seed drawn once (and said to be drawn), the session file created and saved, and
//! the lock taken; or a saved session opened again under its lock.

use std::collections::BTreeMap;
use std::sync::Arc;

use super::{Clock, Conductor, ReplayFailed};
use crate::engine::{Drill, Mode, Setup, SetupError};
use crate::store::{Listed, SessionFile, Store, StoreError};

/// What a front end asks for; what it leaves out gets the drill's defaults.
#[derive(Debug, Clone, Default)]
pub struct Request {
    pub mode: Mode,
    /// Solo: the role the player takes (default: the scenario's solo role). Ignored in group.
    pub role: Option<String>,
    /// Coaching after each choice (default: on in solo, off in group).
    pub coach: Option<bool>,
    /// The seed (default: drawn from the clock, and `Started::seed_drawn` says so).
    pub seed: Option<u64>,
    /// The scene to start at (for authors).
    pub from: Option<String>,
    /// Who plays each role (role id → a name or label the group chose), group mode.
    pub labels: BTreeMap<String, String>,
    /// A countdown per decision for the room to see, in seconds (it never chooses by itself).
    pub countdown_seconds: Option<u32>,
}

/// The set-up the request comes to, checked against `drill`.
pub fn plan(req: &Request, drill: &Drill, clock: &dyn Clock) -> Result<(Setup, bool), SetupError> {
    let role = match req.mode {
        Mode::Group => None,
        Mode::Solo => req
            .role
            .clone()
            .or_else(|| drill.default_solo_role().map(str::to_string)),
    };
    let setup = Setup {
        seed: req.seed.unwrap_or_else(|| super::draw_seed(clock)),
        mode: req.mode,
        role,
        coach: req.coach.unwrap_or(Setup::default_coach(req.mode)),
        from: req.from.clone(),
    };
    setup.check(drill)?;
    Ok((setup, req.seed.is_none()))
}

/// A drill started.
pub struct Started {
    pub conductor: Conductor,
    /// The seed was drawn (not given): a front end shows it so the drill can be run again.
    pub seed_drawn: bool,
}

/// Why a drill did not start.
#[derive(Debug)]
pub enum StartError {
    Setup(SetupError),
    Store(StoreError),
}

/// Starts a new drill: checks the set-up, creates the session file (saved before the first
/// decision, so even a drill stopped at once can be resumed) and holds its lock.
pub fn start(
    req: &Request,
    drill: Arc<Drill>,
    store: Option<Arc<Store>>,
    clock: Arc<dyn Clock>,
) -> Result<Started, StartError> {
    let (setup, seed_drawn) = plan(req, &drill, clock.as_ref()).map_err(StartError::Setup)?;
    let now = clock.now();
    let id = match &store {
        Some(s) => s.new_id(&drill.scenario.id, &now).map_err(StartError::Store)?,
        None => format!("unsaved-{}", drill.scenario.id),
    };
    let mut file = SessionFile::new(id, &drill, setup, now.iso());
    file.countdown_seconds = req.countdown_seconds.filter(|&s| s > 0);
    if req.mode == Mode::Group {
        let playable = drill.playable_roles();
        for (role, label) in &req.labels {
            if playable.contains(&role.as_str()) && !label.trim().is_empty() {
                file.labels.insert(role.clone(), label.trim().to_string());
            }
        }
    }
    if let Some(s) = &store {
        s.save(&file).map_err(StartError::Store)?;
    }
    let conductor = Conductor::open(drill, file, store, clock).map_err(|e| {
        // A new session has no log: it always replays.
        StartError::Store(StoreError::BadScenario(e.session))
    })?;
    Ok(Started { conductor, seed_drawn })
}

/// Which saved session to resume.
pub enum Which {
    /// By id, or by the path of its file.
    Named(String),
    /// The unfinished session updated last.
    Latest,
}

/// Why a session did not resume.
#[derive(Debug)]
pub enum ResumeError {
    Store(StoreError),
    /// No unfinished session (and how many files could not be read).
    NoneUnfinished {
        damaged: usize,
    },
    AlreadyFinished(String),
    Replay(ReplayFailed),
}

/// Opens a saved session again to go on with it: takes its lock (a session open in another
/// `laget` is refused here, before anything is shown), then reads it again under the lock,
/// so that what is played on is what the last writer left.
pub fn resume(which: Which, store: Arc<Store>, clock: Arc<dyn Clock>) -> Result<Conductor, ResumeError> {
    let which = match which {
        Which::Named(s) => s,
        Which::Latest => {
            let listed = store.list().map_err(ResumeError::Store)?;
            let damaged = listed.iter().filter(|l| matches!(l, Listed::Damaged { .. })).count();
            listed
                .into_iter()
                .rev()
                .find_map(|l| match l {
                    Listed::Ok(f) if !f.finished => Some(f.id),
                    _ => None,
                })
                .ok_or(ResumeError::NoneUnfinished { damaged })?
        }
    };
    let id = store.load(&which).map_err(ResumeError::Store)?.id;
    store.lock(&id).map_err(ResumeError::Store)?;
    let file = store.load(&which).map_err(ResumeError::Store)?;
    if file.finished {
        store.unlock(&id);
        return Err(ResumeError::AlreadyFinished(file.id));
    }
    let drill = match file.drill() {
        Ok(d) => d,
        Err(e) => {
            store.unlock(&id);
            return Err(ResumeError::Store(e));
        }
    };
    Conductor::open(Arc::new(drill), file, Some(store.clone()), clock).map_err(|e| {
        store.unlock(&id);
        ResumeError::Replay(e)
    })
}

/// Where drills are started and resumed: the store sessions are kept in (none: nothing is
/// kept) and the clock. A front end holds one and never touches the store itself.
#[derive(Clone)]
pub struct Workspace {
    store: Option<Arc<Store>>,
    clock: Arc<dyn Clock>,
}

impl Workspace {
    pub fn new(store: Option<Arc<Store>>, clock: Arc<dyn Clock>) -> Workspace {
        Workspace { store, clock }
    }

    /// Sessions are not kept (tests, screenshots).
    pub fn unsaved(clock: Arc<dyn Clock>) -> Workspace {
        Workspace { store: None, clock }
    }

    pub fn start(&self, req: &Request, drill: Arc<Drill>) -> Result<Started, StartError> {
        start(req, drill, self.store.clone(), self.clock.clone())
    }

    pub fn resume(&self, which: Which) -> Result<Conductor, ResumeError> {
        match &self.store {
            Some(s) => resume(which, s.clone(), self.clock.clone()),
            None => Err(ResumeError::NoneUnfinished { damaged: 0 }),
        }
    }

    /// Writes printable role cards for `drill` (`crate::handouts`) into the data directory's
    /// `handouts/<scenario id>/`, each file atomically, and says where; `Err` is the reason in
    /// `m`'s language.
    pub fn write_handouts(&self, drill: &Drill, m: &crate::i18n::Messages) -> Result<std::path::PathBuf, String> {
        let Some(home) = self
            .store
            .as_ref()
            .and_then(|s| s.dir.parent().map(|p| p.to_path_buf()))
        else {
            return Err(m.get("cli-no-home"));
        };
        // Headings in the scenario's own language, so a card reads in one language throughout.
        let lang = crate::i18n::Lang::parse(&drill.scenario.language).unwrap_or(m.lang());
        let cards = crate::handouts::cards(&drill.scenario, &crate::i18n::Messages::new(lang))?;
        let dir = home.join("handouts").join(drill.scenario.id.as_str());
        crate::store::create_private_dir(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        for card in cards {
            let path = dir.join(&card.file_name);
            crate::store::write_atomic(&path, card.text.as_bytes()).map_err(|e| e.message(m))?;
        }
        Ok(dir)
    }

    /// A seed for a set-up to propose (drawn from the clock).
    pub fn draw_seed(&self) -> u64 {
        super::draw_seed(self.clock.as_ref())
    }
}

impl StartError {
    /// In the user's language.
    pub fn message(&self, m: &crate::i18n::Messages) -> String {
        match self {
            StartError::Setup(SetupError::NotPlayable(_)) => m.get("tui-no-solo-role"),
            StartError::Setup(SetupError::UnknownScene(name)) => {
                m.fmt("cli-unknown-scene", &[("name", crate::i18n::Arg::Str(name))])
            }
            StartError::Store(e) => e.message(m),
        }
    }
}

impl ResumeError {
    /// In the user's language.
    pub fn message(&self, m: &crate::i18n::Messages) -> String {
        use crate::i18n::Arg;
        match self {
            ResumeError::Store(e) => e.message(m),
            ResumeError::NoneUnfinished { damaged: 0 } => m.get("cli-no-unfinished"),
            ResumeError::NoneUnfinished { damaged } => {
                m.fmt("cli-no-unfinished-damaged", &[("count", Arg::Num(*damaged as i64))])
            }
            ResumeError::AlreadyFinished(id) => m.fmt("cli-already-finished", &[("session", Arg::Str(id))]),
            ResumeError::Replay(e) => m.fmt("plain-replay-failed", &[("session", Arg::Str(&e.session))]),
        }
    }
}
