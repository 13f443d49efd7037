//! The scenarios `laget` knows: the ones built into the binary, then `./scenarios/`, then
//! `$LAGET_HOME/scenarios/`. A file in a later place with the same id and language as an
//! earlier one takes its place (a trainer's edited copy wins over the built-in one).

use std::path::{Path, PathBuf};

use crate::check::{self, Severity};
use crate::engine::Drill;
use crate::i18n::Lang;
use crate::scenario::{Scenario, Source, load};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    Embedded,
    File(PathBuf),
}

impl Origin {
    /// `"embedded"` or the path, as `laget list --format json` shows it.
    pub fn label(&self) -> String {
        match self {
            Origin::Embedded => "embedded".into(),
            Origin::File(p) => p.display().to_string(),
        }
    }
}

pub struct Entry {
    pub origin: Origin,
    pub source: Source,
    pub scenario: Scenario,
}

/// All the languages of one scenario.
pub struct Family<'l> {
    pub id: &'l str,
    pub members: Vec<&'l Entry>,
}

impl<'l> Family<'l> {
    /// The member in `lang`, else the original, else the first.
    pub fn pick(&self, lang: Lang) -> &'l Entry {
        self.members
            .iter()
            .find(|e| e.scenario.language == lang.code())
            .or_else(|| self.members.iter().find(|e| e.scenario.translation_of.is_none()))
            .copied()
            .unwrap_or(self.members[0])
    }

    pub fn languages(&self) -> Vec<String> {
        let mut v: Vec<String> = self.members.iter().map(|e| e.scenario.language.to_string()).collect();
        v.sort();
        v.dedup();
        v
    }
}

#[derive(Default)]
pub struct Library {
    pub entries: Vec<Entry>,
    /// Files that were skipped, with the first error, for a note on standard error.
    pub skipped: Vec<String>,
}

impl Library {
    pub fn discover(home: Option<&Path>) -> Library {
        let mut lib = Library::default();
        for (name, text) in embedded::EMBEDDED {
            lib.add(Origin::Embedded, &format!("embedded:{name}"), text.as_bytes().to_vec());
        }
        let mut dirs = vec![PathBuf::from("scenarios")];
        if let Some(h) = home {
            dirs.push(h.join("scenarios"));
        }
        for dir in dirs {
            if !dir.is_dir() {
                continue;
            }
            for path in check::expand(std::slice::from_ref(&dir)) {
                match std::fs::read(&path) {
                    Ok(bytes) if bytes.len() as u64 <= load::MAX_FILE_BYTES => {
                        lib.add(Origin::File(path.clone()), &path.display().to_string(), bytes)
                    }
                    _ => lib.skipped.push(path.display().to_string()),
                }
            }
        }
        lib
    }

    fn add(&mut self, origin: Origin, shown: &str, bytes: Vec<u8>) {
        let (source, scenario) = match load::load_bytes(shown, bytes) {
            Ok(x) => x,
            Err(_) => {
                self.skipped.push(shown.to_string());
                return;
            }
        };
        if check::validate(&source, &scenario)
            .iter()
            .any(|d| d.severity() == Severity::Error)
        {
            self.skipped.push(shown.to_string());
            return;
        }
        let same = self
            .entries
            .iter()
            .position(|e| e.scenario.id == scenario.id && e.scenario.language == scenario.language);
        match same {
            // The same text as the built-in copy (running from the repository): keep one.
            Some(i) if self.entries[i].source.text == source.text => {}
            Some(i) => {
                self.entries[i] = Entry {
                    origin,
                    source,
                    scenario,
                }
            }
            None => self.entries.push(Entry {
                origin,
                source,
                scenario,
            }),
        }
    }

    /// Scenarios grouped by id, in the order they were found.
    pub fn families(&self) -> Vec<Family<'_>> {
        let mut out: Vec<Family> = Vec::new();
        for e in &self.entries {
            match out.iter_mut().find(|f| f.id == e.scenario.id) {
                Some(f) => f.members.push(e),
                None => out.push(Family {
                    id: &e.scenario.id,
                    members: vec![e],
                }),
            }
        }
        out
    }

    pub fn family(&self, id: &str) -> Option<Family<'_>> {
        self.families().into_iter().find(|f| f.id == id)
    }
}

/// How resolving a scenario argument failed.
pub enum ResolveError {
    /// Neither a known id nor a readable file; the known ids are listed.
    NotFound { known: Vec<String> },
    /// A file with errors: its diagnostics.
    Invalid(Vec<check::Diagnostic>),
}

/// A scenario from an id (in `lang` where a translation exists) or a path to a `.ron` file.
/// `beside`: a scenario given by path gives way to its translation into `lang` beside it (when
/// the user asked for a language); by id, the family always picks by `lang`.
pub fn resolve(lib: &Library, arg: &str, lang: Lang, beside: bool) -> Result<Drill, ResolveError> {
    if let Some(f) = lib.family(arg) {
        let e = f.pick(lang);
        return Ok(Drill::new(e.source.clone(), e.scenario.clone()));
    }
    let path = Path::new(arg);
    if path.is_file() {
        let checked = check::check_paths(&[path.to_path_buf()]);
        let c = checked
            .into_iter()
            .next()
            .ok_or(ResolveError::NotFound { known: vec![] })?;
        let errors: Vec<_> = c
            .diagnostics
            .iter()
            .filter(|d| d.severity() == Severity::Error)
            .cloned()
            .collect();
        return match (c.parsed, errors.is_empty()) {
            (Some((source, scenario)), true) => {
                let translation = beside.then(|| translation_beside(path, &scenario, lang)).flatten();
                Ok(translation.unwrap_or_else(|| Drill::new(source, scenario)))
            }
            _ => Err(ResolveError::Invalid(errors)),
        };
    }
    Err(ResolveError::NotFound {
        known: lib.families().iter().map(|f| f.id.to_string()).collect(),
    })
}

/// For a scenario given by path: its translation into `lang` beside it (`<id>.<lang>.ron`), if
/// there is one without errors, as playing by id would pick it.
fn translation_beside(path: &Path, s: &Scenario, lang: Lang) -> Option<Drill> {
    if s.language == lang.code() {
        return None;
    }
    let candidate = path.parent()?.join(format!("{}.{}.ron", s.id, lang.code()));
    if !candidate.is_file() {
        return None;
    }
    // Checked together with the file given, so that a translation that differs is not taken.
    let checked = check::check_paths(&[path.to_path_buf(), candidate]);
    let c = checked.into_iter().nth(1)?;
    if c.diagnostics.iter().any(|d| d.severity() == Severity::Error) {
        return None;
    }
    let (source, t) = c.parsed?;
    (t.id == s.id && t.language == lang.code()).then(|| Drill::new(source, t))
}
