//! Sessions on disk: one JSON file per session under `<home>/sessions/`, rewritten after every
//! action. The file holds the scenario text the session started with, so a session always
//! resumes on the version it was played on, even if the scenario file changes later.

use std::io::Write;
use std::path::{Path, PathBuf};

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

pub struct Store {
    pub dir: PathBuf,
}

impl Store {
    pub fn new(home: &Path) -> Store {
        Store {
            dir: home.join("sessions"),
        }
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

    /// Writes the session atomically: a temporary file beside it, synced, then renamed over.
    pub fn save(&self, file: &SessionFile) -> Result<PathBuf, StoreError> {
        if !valid_id(&file.id) {
            return Err(StoreError::BadId(file.id.clone()));
        }
        self.ensure_dir()?;
        let path = self.path_of(&file.id);
        let tmp = self.dir.join(format!(".{}.tmp", file.id));
        let json = serde_json::to_vec_pretty(file).map_err(|e| StoreError::Io {
            path: path.clone(),
            detail: e.to_string(),
        })?;
        {
            let mut f = std::fs::File::create(&tmp).map_err(io(&tmp))?;
            private_file(&tmp);
            f.write_all(&json).map_err(io(&tmp))?;
            f.sync_all().map_err(io(&tmp))?;
        }
        std::fs::rename(&tmp, &path).map_err(io(&path))?;
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
        let bytes = std::fs::read(&path).map_err(|_| StoreError::NotFound {
            which: which.to_string(),
            path: path.clone(),
        })?;
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

    /// Every readable session, oldest first (by last update).
    pub fn list(&self) -> Vec<SessionFile> {
        let Ok(rd) = std::fs::read_dir(&self.dir) else {
            return Vec::new();
        };
        let mut out: Vec<SessionFile> = rd
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .filter_map(|p| self.load(&p.display().to_string()).ok())
            .collect();
        out.sort_by(|a, b| (&a.updated, &a.id).cmp(&(&b.updated, &b.id)));
        out
    }
}

/// Creates a directory and any missing parents readable by the user only (0700); folders that
/// already exist are left as they are, except the one asked for (see `private_dir`).
pub fn create_private_dir(p: &Path) -> std::io::Result<()> {
    let mut b = std::fs::DirBuilder::new();
    b.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut b, 0o700);
    b.create(p)
}

#[cfg(unix)]
pub fn private_dir(p: &Path) {
    use std::os::unix::fs::PermissionsExt;
    let _ = std::fs::set_permissions(p, std::fs::Permissions::from_mode(0o700));
}
#[cfg(unix)]
pub fn private_file(p: &Path) {
    use std::os::unix::fs::PermissionsExt;
    let _ = std::fs::set_permissions(p, std::fs::Permissions::from_mode(0o600));
}
#[cfg(not(unix))]
pub fn private_dir(_: &Path) {}
#[cfg(not(unix))]
pub fn private_file(_: &Path) {}

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
