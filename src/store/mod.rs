//! Sessions on disk: one JSON file per session under `<home>/sessions/`, rewritten after every
//! action. The file holds the scenario text the session started with, so a session always
//! resumes on the version it was played on, even if the scenario file changes later.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, bail};
use serde::{Deserialize, Serialize};

use crate::engine::{Action, Drill, Setup};
use crate::scenario::{Source, load};

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
                id: drill.scenario.id.clone(),
                title: drill.scenario.title.clone(),
                language: drill.scenario.language.clone(),
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

    /// The scenario as stored in the session.
    pub fn drill(&self) -> anyhow::Result<Drill> {
        let (source, scenario) = load::load_bytes(&self.scenario.origin, self.scenario.text.clone().into_bytes())
            .map_err(|_| anyhow::anyhow!("the scenario stored in session {} cannot be read", self.id))?;
        let _: &Source = &source;
        Ok(Drill::new(source, scenario))
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

    fn ensure_dir(&self) -> anyhow::Result<()> {
        create_private_dir(&self.dir).with_context(|| format!("cannot create {}", self.dir.display()))?;
        private_dir(&self.dir);
        Ok(())
    }

    pub fn path_of(&self, id: &str) -> PathBuf {
        self.dir.join(format!("{id}.json"))
    }

    /// A new id, `YYYYMMDD-HHMMSS-<scenario>-<n>`, unique even within one second: the file
    /// is created exclusively, and a taken name moves on to the next number.
    pub fn new_id(&self, scenario: &str, now: &WallTime) -> anyhow::Result<String> {
        self.ensure_dir()?;
        let stem = format!("{}-{}", now.compact(), scenario);
        for n in 1..10_000 {
            let id = format!("{stem}-{n}");
            let path = self.path_of(&id);
            match std::fs::OpenOptions::new().write(true).create_new(true).open(&path) {
                Ok(_) => {
                    private_file(&path);
                    return Ok(id);
                }
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
                Err(e) => return Err(e).with_context(|| format!("cannot create {}", path.display())),
            }
        }
        bail!("too many sessions started in the same second")
    }

    /// Writes the session atomically: a temporary file beside it, synced, then renamed over.
    pub fn save(&self, file: &SessionFile) -> anyhow::Result<PathBuf> {
        self.ensure_dir()?;
        let path = self.path_of(&file.id);
        let tmp = self.dir.join(format!(".{}.tmp", file.id));
        let json = serde_json::to_vec_pretty(file)?;
        {
            let mut f = std::fs::File::create(&tmp).with_context(|| format!("cannot write {}", tmp.display()))?;
            private_file(&tmp);
            f.write_all(&json)?;
            f.sync_all()?;
        }
        std::fs::rename(&tmp, &path).with_context(|| format!("cannot write {}", path.display()))?;
        Ok(path)
    }

    /// A session by id, or by path to its file.
    pub fn load(&self, which: &str) -> anyhow::Result<SessionFile> {
        let by_path = Path::new(which);
        let path = if by_path.is_file() {
            by_path.to_path_buf()
        } else {
            self.path_of(which)
        };
        let bytes =
            std::fs::read(&path).with_context(|| format!("no session {which} (looked for {})", path.display()))?;
        if bytes.is_empty() {
            bail!(
                "the session file {} is empty (it was created but never written)",
                path.display()
            );
        }
        let file: SessionFile = serde_json::from_slice(&bytes)
            .with_context(|| format!("the session file {} is damaged", path.display()))?;
        if file.format != FORMAT {
            bail!(
                "the session file {} has format {}, this laget reads format {FORMAT}",
                path.display(),
                file.format
            );
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
