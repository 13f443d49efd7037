//! Reading a scenario file: size, encoding and nesting guards, then ron, then the role
//! catalogue. Every failure becomes a located diagnostic; nothing here panics on any input.

use std::path::Path;

use ron::error::Error as RonError;

use super::catalogue;
use super::model::Scenario;
use crate::source::{Code, Diagnostic, Position, SourceText, guard};

/// Files larger than this are refused before they are read in full. A 100,000-scene
/// scenario is about 20 MB; the cap leaves room above that.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;
/// Real scenarios nest about ten brackets deep; this cap stops hostile files long before
/// any recursion could hurt.
pub const MAX_DEPTH: usize = 64;

/// A scenario file's text, kept for locating diagnostics and for hashing.
#[derive(Debug, Clone)]
pub struct Source {
    /// The path as given (or `embedded:<name>` for built-in scenarios).
    pub path: String,
    pub text: String,
}

/// Reads and parses a file; on failure, the diagnostics say why.
pub fn load_path(path: &Path) -> Result<(Source, Scenario), Vec<Diagnostic>> {
    let shown = path.display().to_string();
    let fail = |code, args: Vec<(&'static str, String)>| {
        vec![Diagnostic {
            code,
            path: shown.clone(),
            pos: Position {
                line: 1,
                col: 1,
                width: 1,
            },
            args,
            excerpt: None,
        }]
    };
    let meta = std::fs::metadata(path).map_err(|e| fail(Code::Unreadable, vec![("reason", e.to_string())]))?;
    if meta.is_dir() {
        return Err(fail(Code::Unreadable, vec![("reason", "is a directory".into())]));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(fail(Code::TooLarge, size_args(meta.len())));
    }
    let bytes = std::fs::read(path).map_err(|e| fail(Code::Unreadable, vec![("reason", e.to_string())]))?;
    load_bytes(&shown, bytes)
}

/// A byte-order mark (what Notepad writes as "UTF-8 with BOM") says nothing a UTF-8 reader
/// needs: it is dropped before anything else, silently, in every command.
pub fn strip_bom(mut bytes: Vec<u8>) -> Vec<u8> {
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        bytes.drain(..3);
    }
    bytes
}

fn size_args(len: u64) -> Vec<(&'static str, String)> {
    vec![
        // Rounded up, so a file just over the limit does not read "64 MB, more than 64 MB".
        ("size", len.div_ceil(1024 * 1024).to_string()),
        ("limit", (MAX_FILE_BYTES / (1024 * 1024)).to_string()),
    ]
}

/// Parses bytes that claim to be a scenario file named `path`.
pub fn load_bytes(path: &str, bytes: Vec<u8>) -> Result<(Source, Scenario), Vec<Diagnostic>> {
    let one = |code, pos, args, excerpt| one_diagnostic(path, code, pos, args, excerpt);
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(one(
            Code::TooLarge,
            Position {
                line: 1,
                col: 1,
                width: 1,
            },
            size_args(bytes.len() as u64),
            None,
        ));
    }
    let bytes = strip_bom(bytes);
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let bytes = e.into_bytes();
            // The valid prefix is UTF-8 by definition, so this cannot fail.
            let prefix = std::str::from_utf8(&bytes[..valid]).unwrap_or_default();
            let src = SourceText::new(prefix);
            let pos = src.position(valid, 1);
            let excerpt = src.line(pos.line);
            return Err(one(
                Code::NotUtf8,
                pos,
                vec![("byte", format!("0x{:02X}", bytes[valid]))],
                excerpt,
            ));
        }
    };
    load_text(path, text)
}

/// The guards (control characters, nesting depth, an empty file), then `ron`.
fn load_text(path: &str, text: String) -> Result<(Source, Scenario), Vec<Diagnostic>> {
    let one = |code, pos, args, excerpt| one_diagnostic(path, code, pos, args, excerpt);
    // One pass of the lexer for both guards; a control character is reported first.
    let found = guard::check(&text, MAX_DEPTH);
    // Line starts are found only for a file with something to report.
    let lines = || SourceText::new(&text);
    if let Some(at) = found.control {
        let src = lines();
        let pos = src.position(at, 1);
        return Err(one(Code::ControlChar, pos, vec![], src.line(pos.line)));
    }
    if text.trim().is_empty() {
        return Err(one(
            Code::Empty,
            Position {
                line: 1,
                col: 1,
                width: 1,
            },
            vec![],
            None,
        ));
    }
    if let Some(deep) = found.too_deep {
        let src = lines();
        let pos = src.position(deep, 1);
        return Err(one(
            Code::TooDeep,
            pos,
            vec![("limit", MAX_DEPTH.to_string())],
            src.line(pos.line),
        ));
    }
    match ron_options().from_str(&text) {
        Ok(scenario) => Ok(finish(path, text, scenario)),
        Err(err) => {
            let src = lines();
            let mut pos = src.at(err.span.start.line, err.span.start.col);
            let (mut code, mut args) = classify(&err.code);
            if code == Code::Syntax
                && let Some((cause, at, cause_args)) = super::cause::likely(&text, &src, pos, &err.code)
            {
                code = cause;
                pos = at;
                args = cause_args;
            }
            Err(one(code, pos, args, src.line(pos.line)))
        }
    }
}

fn one_diagnostic(
    path: &str,
    code: Code,
    pos: Position,
    args: Vec<(&'static str, String)>,
    excerpt: Option<String>,
) -> Vec<Diagnostic> {
    vec![Diagnostic {
        code,
        path: path.to_string(),
        pos,
        args,
        excerpt,
    }]
}

fn finish(path: &str, text: String, mut scenario: Scenario) -> (Source, Scenario) {
    catalogue::complete_roles(&mut scenario);
    (
        Source {
            path: path.to_string(),
            text,
        },
        scenario,
    )
}

/// How `ron` reads scenario files (also in `cause`'s tests and the fuzz targets).
pub fn ron_options() -> ron::Options {
    ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .with_recursion_limit(MAX_DEPTH * 2)
}

/// Sorts ron's errors into our codes, with the arguments the messages need.
fn classify(err: &RonError) -> (Code, Vec<(&'static str, String)>) {
    match err {
        RonError::NoSuchStructField { expected, found, outer } => (
            Code::UnknownField,
            vec![
                ("field", found.clone()),
                ("outer", outer.clone().unwrap_or_default()),
                ("expected", expected.join(", ")),
                ("suggestion", closest(found, expected).unwrap_or_default()),
            ],
        ),
        RonError::MissingStructField { field, outer } => (
            Code::MissingField,
            vec![
                ("field", field.to_string()),
                ("outer", outer.clone().unwrap_or_default()),
            ],
        ),
        RonError::NoSuchEnumVariant { expected, found, outer } => (
            Code::BadValue,
            vec![
                ("detail", format!("\"{found}\"")),
                ("expected", expected.join(", ")),
                ("outer", outer.clone().unwrap_or_default()),
            ],
        ),
        RonError::InvalidValueForType { expected, found } => (
            Code::BadValue,
            vec![
                ("detail", found.clone()),
                ("expected", expected.clone()),
                ("outer", String::new()),
            ],
        ),
        RonError::DuplicateStructField { field, outer } => (
            Code::BadValue,
            vec![
                ("detail", format!("{field} (twice)")),
                ("expected", String::new()),
                ("outer", outer.clone().unwrap_or_default()),
            ],
        ),
        RonError::ExceededRecursionLimit => (Code::TooDeep, vec![("limit", MAX_DEPTH.to_string())]),
        RonError::Message(m) => (
            Code::BadValue,
            vec![
                ("detail", m.clone()),
                ("expected", String::new()),
                ("outer", String::new()),
            ],
        ),
        other => {
            let mut args = vec![
                ("detail", other.to_string()),
                ("kind", super::cause::kind(other).to_string()),
            ];
            if let RonError::UnexpectedChar(c) = other {
                args.push(("char", c.to_string()));
            }
            (Code::Syntax, args)
        }
    }
}

/// The expected name closest to a misspelt one, if any is close enough to be a likely typo:
/// at most a third of the candidate's characters (at least one) changed, inserted or removed
/// (Levenshtein distance, `strsim`).
pub fn closest(found: &str, candidates: &[impl AsRef<str>]) -> Option<String> {
    let len = found.chars().count();
    candidates
        .iter()
        .map(|c| (c.as_ref(), c.as_ref().chars().count()))
        // Lengths further apart than the distance allowed cannot be close enough: skipping
        // them keeps a file with 100,000 scenes from computing 100,000 distances per typo.
        .filter(|&(_, n)| len.abs_diff(n) <= (n / 3).max(1))
        .map(|(c, n)| (strsim::levenshtein(found, c), c, n))
        .filter(|&(d, _, n)| d <= (n / 3).max(1))
        .min_by_key(|&(d, _, _)| d)
        .map(|(_, c, _)| c.to_string())
}
