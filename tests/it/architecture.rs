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

/// The top-level modules a file names through `crate::…`, including inside `use crate::{…}`.
fn uses(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let code: String = text
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    let mut rest = code.as_str();
    while let Some(i) = rest.find("crate::") {
        rest = &rest[i + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            // `use crate::{a::b, c}`: the names at the top level of the group.
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
            out.insert(name);
        }
    }
    out
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
        for used in uses(&text) {
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
    let forbidden = [
        "std::fs",
        "File::",
        "OpenOptions",
        "crate::store",
        "write_atomic",
        "tempfile",
    ];
    let mut wrong = Vec::new();
    for (module, path) in src_files() {
        if module != "tui" && module != "plain" {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("a source file reads");
        for f in forbidden {
            if text.contains(f) {
                wrong.push(format!("{}: {f}", path.display()));
            }
        }
    }
    assert!(wrong.is_empty(), "file I/O in a front end:\n{}", wrong.join("\n"));
}

#[test]
fn the_import_reader_reads_groups_and_paths() {
    let got = uses("use crate::{a::b, c, d::{e, f}};\nlet x = crate::g::h();\n// crate::comment\n");
    let want: BTreeSet<String> = ["a", "c", "d", "g"].iter().map(|s| s.to_string()).collect();
    assert_eq!(got, want);
}
