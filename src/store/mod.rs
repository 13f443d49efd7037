//! Sessions on disk: one JSON file per session under `<home>/sessions/`, rewritten after every
//! action. The file holds the scenario text the session started with, so a session always
//! resumes on the version it was played on, even if the scenario file changes later.

use std::collections::HashMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use crate::i18n::{Arg, Messages};
use serde::{Deserialize, Serialize};

use crate::engine::{Action, Drill, Setup};
use crate::scenario::{Source, load};

/// What can go wrong with session files, worded for the user by `message`.
#[derive(Debug)]
pub enum StoreError {
    NotFound {
        which: String,
        path: PathBuf,
    },
    Empty(PathBuf),
    Damaged {
        path: PathBuf,
        detail: String,
    },
    Format {
        path: PathBuf,
        found: u32,
    },
    /// An id that is not a plain file name (it could point outside the data directory).
    BadId(String),
    /// The scenario stored in the session does not load or has errors.
    BadScenario(String),
    Io {
        path: PathBuf,
        detail: String,
    },
    TooMany,
    /// The session is open in another `laget` (its lock is held).
    Locked(String),
    /// A session file larger than any session can be (`MAX_SESSION_BYTES`).
    TooLarge {
        path: PathBuf,
        limit: u64,
    },
    /// The data directory cannot be read, or is not a directory.
    Dir {
        path: PathBuf,
        detail: String,
    },
}

impl StoreError {
    pub fn message(&self, m: &Messages) -> String {
        let p = |p: &PathBuf| p.display().to_string();
        match self {
            StoreError::NotFound { which, path } => m.fmt(
                "store-not-found",
                &[("which", Arg::Str(which)), ("path", Arg::Str(&p(path)))],
            ),
            StoreError::Empty(path) => m.fmt("store-empty", &[("path", Arg::Str(&p(path)))]),
            StoreError::Damaged { path, detail } => m.fmt(
                "store-damaged",
                &[("path", Arg::Str(&p(path))), ("detail", Arg::Str(detail))],
            ),
            StoreError::Format { path, found } => m.fmt(
                "store-format",
                &[
                    ("path", Arg::Str(&p(path))),
                    ("found", Arg::Num((*found).into())),
                    ("expected", Arg::Num(FORMAT.into())),
                ],
            ),
            StoreError::BadId(id) => m.fmt("store-bad-id", &[("id", Arg::Str(id))]),
            StoreError::BadScenario(id) => m.fmt("store-bad-scenario", &[("session", Arg::Str(id))]),
            StoreError::Io { path, detail } => m.fmt(
                "store-io",
                &[("path", Arg::Str(&p(path))), ("detail", Arg::Str(detail))],
            ),
            StoreError::TooMany => m.get("store-too-many"),
            StoreError::Locked(id) => m.fmt("store-locked", &[("session", Arg::Str(id))]),
            StoreError::TooLarge { path, limit } => m.fmt(
                "store-too-large",
                &[
                    ("path", Arg::Str(&p(path))),
                    ("limit", Arg::Num((*limit / (1024 * 1024)) as i64)),
                ],
            ),
            StoreError::Dir { path, detail } => m.fmt(
                "store-bad-dir",
                &[("path", Arg::Str(&p(path))), ("detail", Arg::Str(detail))],
            ),
        }
    }
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(&Messages::new(crate::i18n::Lang::En)))
    }
}

impl std::error::Error for StoreError {}

/// A session id is a plain file name: letters, digits, `-`, `_` and `.`, not starting with a dot.
pub fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 200
        && !id.starts_with('.')
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> StoreError + '_ {
    move |e| StoreError::Io {
        path: path.to_path_buf(),
        detail: e.to_string(),
    }
}

/// The largest session file read: the stored scenario (at most 64 MiB, `L005`) written as
/// JSON (escapes can double it) and the log. A larger file is refused before it is read.
pub const MAX_SESSION_BYTES: u64 = 160 * 1024 * 1024;

/// Bumped when the file's meaning changes; older files are refused with a clear message.
pub const FORMAT: u32 = 1;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SessionFile {
    pub format: u32,
    pub id: String,
    pub scenario: StoredScenario,
    pub setup: Setup,
    pub log: Vec<Action>,
    /// Who plays each role, as the group chose to write it (optional; role names otherwise).
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub labels: std::collections::BTreeMap<String, String>,
    pub started: String,
    pub updated: String,
    pub finished: bool,
    /// Wall-clock seconds the drill has been open, over every sitting (for the time budget;
    /// not part of the debrief's scores).
    #[serde(default)]
    pub open_seconds: u64,
    /// The room's countdown per decision, in seconds, if the facilitator set one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub countdown_seconds: Option<u32>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct StoredScenario {
    pub id: String,
    pub title: String,
    pub language: String,
    pub hash: String,
    /// Where it was loaded from (`embedded:<file>` or a path).
    pub origin: String,
    pub text: String,
}

impl SessionFile {
    pub fn new(id: String, drill: &Drill, setup: Setup, now: String) -> SessionFile {
        SessionFile {
            format: FORMAT,
            id,
            scenario: StoredScenario {
                id: drill.scenario.id.to_string(),
                title: drill.scenario.title.to_string(),
                language: drill.scenario.language.to_string(),
                hash: drill.hash.clone(),
                origin: drill.source.path.clone(),
                text: drill.source.text.clone(),
            },
            setup,
            log: Vec::new(),
            labels: Default::default(),
            started: now.clone(),
            updated: now,
            finished: false,
            open_seconds: 0,
            countdown_seconds: None,
        }
    }

    /// The scenario as stored in the session, validated as `laget check` would, and the
    /// set-up checked against it: a hand-edited or damaged session is refused here rather
    /// than played on with references that do not resolve.
    pub fn drill(&self) -> Result<Drill, StoreError> {
        let bad = || StoreError::BadScenario(self.id.clone());
        let (source, scenario): (Source, _) =
            load::load_bytes(&self.scenario.origin, self.scenario.text.clone().into_bytes()).map_err(|_| bad())?;
        if crate::check::validate(&source, &scenario)
            .iter()
            .any(|d| d.severity() == crate::check::Severity::Error)
        {
            return Err(bad());
        }
        let drill = Drill::new(source, scenario);
        self.setup.check(&drill).map_err(|_| bad())?;
        Ok(drill)
    }
}

/// A session file as `Store::list` found it: readable, or damaged with the reason.
pub enum Listed {
    Ok(Box<SessionFile>),
    Damaged { path: PathBuf, error: StoreError },
}

pub struct Store {
    pub dir: PathBuf,
    /// The sessions this process holds open: one lock file each, locked while the file
    /// handle lives (the lock goes with the process, however it ends).
    locks: Mutex<HashMap<String, std::fs::File>>,
}

impl Store {
    pub fn new(home: &Path) -> Store {
        Store {
            dir: home.join("sessions"),
            locks: Mutex::new(HashMap::new()),
        }
    }

    /// Takes the session's lock (an advisory lock on `sessions/.<id>.lock`: `flock` on Unix,
    /// `LockFileEx` on Windows, both through `File::try_lock`; held until `unlock` or the end
    /// of the process), or says that another `laget` has it open.
    /// Every save takes it first, so two processes never write one session.
    pub fn lock(&self, id: &str) -> Result<(), StoreError> {
        if !valid_id(id) {
            return Err(StoreError::BadId(id.to_string()));
        }
        let mut locks = self.locks.lock().unwrap_or_else(|e| e.into_inner());
        if locks.contains_key(id) {
            return Ok(());
        }
        self.ensure_dir()?;
        let path = self.dir.join(format!(".{id}.lock"));
        let f = crate::platform::open_lock_file(&path).map_err(io(&path))?;
        private_file(&path);
        match f.try_lock() {
            Ok(()) => {
                locks.insert(id.to_string(), f);
                Ok(())
            }
            Err(std::fs::TryLockError::WouldBlock) => Err(StoreError::Locked(id.to_string())),
            Err(std::fs::TryLockError::Error(e)) => Err(io(&path)(e)),
        }
    }

    /// Lets go of a session's lock (another `laget` may then open it).
    pub fn unlock(&self, id: &str) {
        self.locks.lock().unwrap_or_else(|e| e.into_inner()).remove(id);
    }

    fn ensure_dir(&self) -> Result<(), StoreError> {
        create_private_dir(&self.dir).map_err(io(&self.dir))?;
        private_dir(&self.dir);
        Ok(())
    }

    /// The file of session `id` (which `valid_id` has accepted: it cannot leave `dir`).
    pub fn path_of(&self, id: &str) -> PathBuf {
        self.dir.join(format!("{id}.json"))
    }

    /// A new id, `YYYYMMDD-HHMMSS-<scenario>-<n>`, unique even within one second: the file
    /// is created exclusively, and a taken name moves on to the next number.
    pub fn new_id(&self, scenario: &str, now: &WallTime) -> Result<String, StoreError> {
        self.ensure_dir()?;
        let stem = format!("{}-{}", now.compact(), scenario);
        for n in 1..10_000 {
            let id = format!("{stem}-{n}");
            if !valid_id(&id) {
                return Err(StoreError::BadId(id));
            }
            let path = self.path_of(&id);
            match std::fs::OpenOptions::new().write(true).create_new(true).open(&path) {
                Ok(_) => {
                    private_file(&path);
                    return Ok(id);
                }
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
                Err(e) => return Err(io(&path)(e)),
            }
        }
        Err(StoreError::TooMany)
    }

    /// Writes the session atomically: a new temporary file beside it (a name of its own,
    /// created exclusively, so never another process's file and never through a link),
    /// written, synced, then renamed over. Takes the session's lock first: a session open in
    /// another `laget` is refused, not overwritten. `Ok` only once the file is in place.
    pub fn save(&self, file: &SessionFile) -> Result<PathBuf, StoreError> {
        if !valid_id(&file.id) {
            return Err(StoreError::BadId(file.id.clone()));
        }
        self.lock(&file.id)?;
        let path = self.path_of(&file.id);
        let json = serde_json::to_vec_pretty(file).map_err(|e| StoreError::Io {
            path: path.clone(),
            detail: e.to_string(),
        })?;
        write_atomic(&path, &json)?;
        Ok(path)
    }

    /// A session by id, or by path to its file.
    pub fn load(&self, which: &str) -> Result<SessionFile, StoreError> {
        let by_path = Path::new(which);
        let path = if by_path.is_file() {
            by_path.to_path_buf()
        } else if valid_id(which) {
            self.path_of(which)
        } else {
            return Err(StoreError::BadId(which.to_string()));
        };
        let bytes = read_limited(&path, which)?;
        if bytes.is_empty() {
            return Err(StoreError::Empty(path));
        }
        let file: SessionFile = serde_json::from_slice(&bytes).map_err(|e| StoreError::Damaged {
            path: path.clone(),
            detail: e.to_string(),
        })?;
        if file.format != FORMAT {
            return Err(StoreError::Format {
                path,
                found: file.format,
            });
        }
        // The id inside decides where the session is saved again: it must stay a file name.
        if !valid_id(&file.id) {
            return Err(StoreError::BadId(file.id));
        }
        Ok(file)
    }

    /// Every session file, oldest first (by last update), the damaged ones (last) with the
    /// reason; none is changed. A data directory that cannot be read is an error, not "no
    /// sessions".
    pub fn list(&self) -> Result<Vec<Listed>, StoreError> {
        let dir_err = |e: std::io::Error| StoreError::Dir {
            path: self.dir.clone(),
            detail: e.to_string(),
        };
        let rd = match std::fs::read_dir(&self.dir) {
            Ok(rd) => rd,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                // No sessions yet, unless the data directory itself is something else.
                return match self.dir.parent().map(std::fs::metadata) {
                    Some(Ok(m)) if !m.is_dir() => Err(StoreError::Dir {
                        path: self.dir.parent().unwrap_or(&self.dir).to_path_buf(),
                        detail: std::io::Error::from(std::io::ErrorKind::NotADirectory).to_string(),
                    }),
                    _ => Ok(Vec::new()),
                };
            }
            Err(e) => return Err(dir_err(e)),
        };
        let mut good = Vec::new();
        let mut damaged = Vec::new();
        for entry in rd {
            let p = entry.map_err(dir_err)?.path();
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if !name.ends_with(".json") || name.starts_with('.') {
                continue;
            }
            match self.load(&p.display().to_string()) {
                Ok(f) => good.push(f),
                Err(error) => damaged.push((p, error)),
            }
        }
        good.sort_by(|a, b| (&a.updated, &a.id).cmp(&(&b.updated, &b.id)));
        damaged.sort_by(|a, b| a.0.cmp(&b.0));
        Ok(good
            .into_iter()
            .map(|f| Listed::Ok(Box::new(f)))
            .chain(damaged.into_iter().map(|(path, error)| Listed::Damaged { path, error }))
            .collect())
    }

    /// The readable sessions only, oldest first.
    pub fn readable(&self) -> Result<Vec<SessionFile>, StoreError> {
        Ok(self
            .list()?
            .into_iter()
            .filter_map(|l| match l {
                Listed::Ok(f) => Some(*f),
                Listed::Damaged { .. } => None,
            })
            .collect())
    }
}

/// Reads a session file of at most `MAX_SESSION_BYTES`, refusing a larger one before reading.
fn read_limited(path: &Path, which: &str) -> Result<Vec<u8>, StoreError> {
    let not_found = || StoreError::NotFound {
        which: which.to_string(),
        path: path.to_path_buf(),
    };
    let f = std::fs::File::open(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => not_found(),
        _ => io(path)(e),
    })?;
    let too_large = || StoreError::TooLarge {
        path: path.to_path_buf(),
        limit: MAX_SESSION_BYTES,
    };
    let len = f.metadata().map_err(io(path))?.len();
    if len > MAX_SESSION_BYTES {
        return Err(too_large());
    }
    let mut bytes = Vec::with_capacity(len as usize);
    f.take(MAX_SESSION_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io(path))?;
    if bytes.len() as u64 > MAX_SESSION_BYTES {
        return Err(too_large());
    }
    Ok(bytes)
}

/// Writes `bytes` to `path` atomically: a temporary file of its own beside the target
/// (created exclusively, private), written and synced, then renamed over the target. A
/// failure at any point leaves the old file whole and removes the temporary one.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("file");
    let mut tmp = tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(io(path))?;
    private_file(tmp.path());
    tmp.write_all(bytes).map_err(io(path))?;
    tmp.as_file().sync_all().map_err(io(path))?;
    tmp.persist(path).map_err(|e| io(path)(e.error))?;
    // The rename itself is durable once the directory is synced.
    crate::platform::sync_dir(dir);
    Ok(())
}

// Private files and folders (0600/0700 on Unix, the profile's access list on Windows); kept
// here under their old names for the callers in the front ends.
pub use crate::platform::{create_private_dir, private_dir, private_file};

/// The wall clock, read by front ends only (the core never reads it).
pub struct WallTime {
    pub secs: u64,
    pub nanos: u32,
}

impl WallTime {
    pub fn now() -> WallTime {
        let d = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default();
        WallTime {
            secs: d.as_secs(),
            nanos: d.subsec_nanos(),
        }
    }

    fn parts(&self) -> (crate::scenario::duration::DateTime, u64) {
        let dt = crate::scenario::duration::Instant((self.secs / 60) as i64).date_time();
        (dt, self.secs % 60)
    }

    /// `2026-11-23T09:31:17Z`
    pub fn iso(&self) -> String {
        let (d, s) = self.parts();
        format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{s:02}Z",
            d.year, d.month, d.day, d.hour, d.minute
        )
    }

    /// `20261123-093117`
    pub fn compact(&self) -> String {
        let (d, s) = self.parts();
        format!(
            "{:04}{:02}{:02}-{:02}{:02}{s:02}",
            d.year, d.month, d.day, d.hour, d.minute
        )
    }
}
