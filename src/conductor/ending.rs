//! The end of a drill: its debrief, with the wall clock of the session, and the files it is
//! exported to (each written atomically, private to the user).

use std::path::PathBuf;
use std::sync::Arc;

use super::{Conductor, SystemClock};
use crate::debrief::{self, Debrief, WallClock};
use crate::i18n::Messages;
use crate::store::{SessionFile, Store, StoreError};

/// A debrief written to files: where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exported {
    pub md: PathBuf,
    pub json: PathBuf,
}

/// A file that could not be written, and why (in the user's language).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportError {
    pub path: PathBuf,
    pub reason: String,
}

impl Conductor {
    /// The wall clock of the drill for its debrief.
    fn wall_clock(&self) -> WallClock {
        WallClock {
            session: Some(self.file.id.clone()),
            started: Some(self.file.started.clone()),
            finished: Some(self.file.updated.clone()),
            total_seconds: self.session.seconds.iter().map(|&s| u64::from(s)).sum(),
            seconds_per_decision: self.session.seconds.clone(),
            session_file: self
                .store
                .as_ref()
                .map(|s| s.path_of(&self.file.id).display().to_string()),
        }
    }

    /// The debrief, once the drill has ended.
    pub fn debrief(&self) -> Option<Debrief> {
        self.is_over().then(|| debrief::build(&self.session, self.wall_clock()))
    }

    /// Writes the debrief as Markdown and JSON into the data directory's `debriefs/` folder
    /// (named after the session), each file atomically and private to the user.
    pub fn export(&self, m: &Messages) -> Result<Exported, ExportError> {
        let d = self.debrief().ok_or_else(|| ExportError {
            path: PathBuf::new(),
            reason: m.get("cli-not-finished"),
        })?;
        let dir = self
            .store
            .as_ref()
            .and_then(|s| s.dir.parent().map(|h| h.join("debriefs")))
            .unwrap_or_else(|| PathBuf::from("debriefs"));
        let md = dir.join(format!("{}.md", self.file.id));
        let json = dir.join(format!("{}.json", self.file.id));
        crate::store::create_private_dir(&dir).map_err(|e| ExportError {
            path: dir.clone(),
            reason: e.to_string(),
        })?;
        crate::store::private_dir(&dir);
        for (path, text) in [(&md, debrief::markdown(&d, m)), (&json, d.to_json())] {
            write_private(path, &text, m)?;
        }
        Ok(Exported { md, json })
    }

    /// Writes `text` (a rendered debrief) to `path`, atomically: a failed write leaves an
    /// earlier file whole.
    pub fn write_debrief(&self, path: &std::path::Path, text: &str, m: &Messages) -> Result<(), ExportError> {
        write_private(path, text, m)
    }
}

fn write_private(path: &std::path::Path, text: &str, m: &Messages) -> Result<(), ExportError> {
    crate::store::write_atomic(path, text.as_bytes()).map_err(|e| ExportError {
        path: path.to_path_buf(),
        reason: e.message(m),
    })?;
    crate::store::private_file(path);
    Ok(())
}

/// A finished session's debrief, rebuilt from its file (`laget debrief`): the same debrief,
/// byte for byte, as at the end of the drill. Nothing is written.
pub fn debrief_of(file: SessionFile, store: Option<Arc<Store>>) -> Result<Debrief, DebriefError> {
    if !file.finished {
        return Err(DebriefError::NotFinished(file.id));
    }
    let drill = file.drill().map_err(DebriefError::Store)?;
    let c = Conductor::open(Arc::new(drill), file, store, Arc::new(SystemClock::new()))
        .map_err(|e| DebriefError::Replay(e.session))?;
    c.debrief().ok_or_else(|| DebriefError::NotFinished(c.id().to_string()))
}

/// Why `debrief_of` gave no debrief.
#[derive(Debug)]
pub enum DebriefError {
    Store(StoreError),
    NotFinished(String),
    Replay(String),
}
