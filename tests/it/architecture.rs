//! The module map of docs/architecture.md, held by a test: a core module uses only modules
//! of lower layers, and the front ends do no file I/O of their own (the conductor and the
//! store do it for them). A new module must be given its layer here.

use std::collections::BTreeSet;
use std::path::Path;

/// Layers, lowest first. A module may use modules of lower layers only (not its own layer's
/// other modules, and never a higher one).
const LAYERS: &[&[&str]] = &[
    &["text", "splitmix", "i18n", "platform"],
    &["source", "synth"],
    &["scenario"],
    &["engine"],
    &["score"],
    &["check"],
    &["debrief", "explore", "graph_out", "handouts", "template"],
    &["library", "store"],
    &["conductor"],
    &["tui", "plain"],
    &["cli"],
];

fn layer(module: &str) -> Option<usize> {
    LAYERS.iter().position(|l| l.contains(&module))
}

/// `text` without comments (`//…` to the end of the line, `/* … */`) and with the insides of
/// string and character literals blanked, so that only code is read.
fn code_only(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'/') => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        out.push('\n');
                        break;
                    }
                }
            }
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut last = ' ';
                for c in chars.by_ref() {
                    if last == '*' && c == '/' {
                        break;
                    }
                    last = c;
                }
                out.push(' ');
            }
            '"' => {
                out.push('"');
                let mut escaped = false;
                for c in chars.by_ref() {
                    if c == '"' && !escaped {
                        break;
                    }
                    escaped = c == '\\' && !escaped;
                }
                out.push('"');
            }
            c => out.push(c),
        }
    }
    out
}

/// The top-level modules a file names through `crate::…` (including inside `use crate::{…}`),
/// and through `super::` chains that climb to the crate root from `path` (the file's module
/// path, e.g. `["tui", "app", "play"]`).
fn uses(text: &str, path: &[&str]) -> BTreeSet<String> {
    let code = code_only(text);
    let mut out = BTreeSet::new();
    let mut rest = code.as_str();
    while let Some(i) = rest.find("crate::") {
        rest = &rest[i + "crate::".len()..];
        names_at(rest, &mut out);
    }
    // `super::super::x` from `tui/app/play.rs` is `crate::x`.
    let mut rest = code.as_str();
    while let Some(i) = rest.find("super::") {
        // Only the start of a chain.
        let before = &rest[..i];
        rest = &rest[i..];
        if before.ends_with("::") {
            rest = &rest["super::".len()..];
            continue;
        }
        let mut depth = 0;
        while let Some(r) = rest.strip_prefix("super::") {
            depth += 1;
            rest = r;
        }
        // At the root, or (in an inline `mod tests`) one level short of it: only the names
        // of top-level modules count, so that `super::item` inside `mod tests` does not.
        if depth >= path.len() {
            let mut names = BTreeSet::new();
            names_at(rest, &mut names);
            out.extend(names.into_iter().filter(|n| layer(n).is_some()));
        }
    }
    out
}

/// The module name (or, for a `{…}` group, the names at its top level) at the start of `rest`.
fn names_at(rest: &str, out: &mut BTreeSet<String>) {
    if let Some(group) = rest.strip_prefix('{') {
        let mut depth = 0;
        let mut name = String::new();
        let mut at_start = true;
        for ch in group.chars() {
            match ch {
                '{' => depth += 1,
                '}' if depth == 0 => break,
                '}' => depth -= 1,
                ',' if depth == 0 => {
                    if !name.is_empty() {
                        out.insert(std::mem::take(&mut name));
                    }
                    at_start = true;
                }
                c if at_start && (c.is_alphanumeric() || c == '_') => name.push(c),
                _ if at_start && !name.is_empty() => {
                    out.insert(std::mem::take(&mut name));
                    at_start = false;
                }
                _ => {}
            }
        }
        if !name.is_empty() {
            out.insert(name);
        }
    } else {
        let name: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
        if !name.is_empty() {
            out.insert(name);
        }
    }
}

/// A file's module path under src: `tui/app/play.rs` is `["tui", "app", "play"]`,
/// `tui/app/mod.rs` is `["tui", "app"]`.
fn module_path(path: &Path) -> Vec<String> {
    let rel = path
        .strip_prefix(Path::new(env!("CARGO_MANIFEST_DIR")).join("src"))
        .expect("under src");
    let mut parts: Vec<String> = rel
        .with_extension("")
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    parts
}

/// Every `.rs` file under `dir`, with the top-level module it belongs to.
fn files(dir: &Path, module: Option<&str>, out: &mut Vec<(String, std::path::PathBuf)>) {
    for entry in std::fs::read_dir(dir).expect("src is readable") {
        let path = entry.expect("a directory entry").path();
        let name = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_string();
        let owner = module.map(str::to_string).unwrap_or(name.clone());
        if path.is_dir() {
            files(&path, Some(&owner), out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push((owner, path));
        }
    }
}

fn src_files() -> Vec<(String, std::path::PathBuf)> {
    let mut all = Vec::new();
    files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), None, &mut all);
    // The crate roots belong to no layer.
    all.retain(|(m, _)| m != "lib" && m != "main");
    assert!(all.len() > 40, "the walk found the sources");
    all
}

#[test]
fn no_module_uses_one_of_its_own_or_a_higher_layer() {
    let mut wrong = Vec::new();
    for (module, path) in src_files() {
        let Some(own) = layer(&module) else {
            wrong.push(format!(
                "{}: module `{module}` has no layer in this test",
                path.display()
            ));
            continue;
        };
        let text = std::fs::read_to_string(&path).expect("a source file reads");
        let mp = module_path(&path);
        let mp: Vec<&str> = mp.iter().map(String::as_str).collect();
        for used in uses(&text, &mp) {
            if used == module || used == "self" {
                continue;
            }
            match layer(&used) {
                Some(l) if l < own => {}
                _ => wrong.push(format!("{}: `{module}` uses `{used}`", path.display())),
            }
        }
    }
    assert!(wrong.is_empty(), "imports against the layers:\n{}", wrong.join("\n"));
}

#[test]
fn the_front_ends_do_no_file_io_and_never_call_the_store() {
    // File I/O by path or by a grouped import (`use std::{fs, …}`), and the platform's own
    // file functions; the store by any path (`uses` reads groups and `super::` chains).
    let forbidden = [
        "std::fs",
        "File::",
        "OpenOptions",
        "write_atomic",
        "tempfile",
        "create_private_dir",
        "open_lock_file",
        "private_file",
        "private_dir",
        "sync_dir",
    ];
    let mut wrong = Vec::new();
    for (module, path) in src_files() {
        if module != "tui" && module != "plain" {
            continue;
        }
        let code = code_only(&std::fs::read_to_string(&path).expect("a source file reads"));
        for f in forbidden {
            if code.contains(f) {
                wrong.push(format!("{}: {f}", path.display()));
            }
        }
        if std_group_has_fs(&code) {
            wrong.push(format!("{}: use std::{{fs, …}}", path.display()));
        }
        let mp = module_path(&path);
        let mp: Vec<&str> = mp.iter().map(String::as_str).collect();
        if uses(&code, &mp).contains("store") {
            wrong.push(format!("{}: the store", path.display()));
        }
    }
    assert!(wrong.is_empty(), "file I/O in a front end:\n{}", wrong.join("\n"));
}

/// Whether `use std::{…}` names `fs` at its top level.
fn std_group_has_fs(code: &str) -> bool {
    let mut rest = code;
    while let Some(i) = rest.find("std::{") {
        rest = &rest[i + "std::".len()..];
        let mut names = BTreeSet::new();
        names_at(rest, &mut names);
        if names.contains("fs") {
            return true;
        }
    }
    false
}

#[test]
fn the_import_reader_reads_groups_paths_and_super_chains() {
    let got = uses(
        "use crate::{a::b, c, d::{e, f}};\nlet x = crate::g::h(); // crate::comment\n\
         let s = \"crate::in_a_string\"; /* crate::block */\n\
         use super::super::store::Store; use super::k;\n",
        &["tui", "app"],
    );
    let want: BTreeSet<String> = ["a", "c", "d", "g", "store"].iter().map(|s| s.to_string()).collect();
    assert_eq!(got, want);
    // From one level deeper, `super::super` stays inside `tui`.
    assert!(uses("use super::super::store;", &["tui", "app", "play"]).is_empty());
    assert!(std_group_has_fs(&code_only("use std::{io, fs::File};")));
    assert!(!std_group_has_fs(&code_only("use std::{io, path::Path}; // std::{fs}")));
}
