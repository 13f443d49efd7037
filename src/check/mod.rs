//! `laget check`: everything that can be wrong with a scenario file, found before a drill.

mod calendar;
pub(crate) mod exemplary;
mod graph;
mod literals;
pub(crate) mod locate;
mod refs;
mod translation;

use std::path::{Path, PathBuf};

/// The diagnostic types live below the scenario layer (`crate::source`), which reports parse
/// errors with them too; this keeps `check::diagnostic::…` and `check::Code` working.
pub use crate::source::diagnostic;
pub use diagnostic::{Code, Diagnostic, Severity};
pub use refs::{
    MAX_CHOICES_PER_SCENE, MAX_CONDITIONS, MAX_INDEXED, MAX_ROLES, MAX_SCENES, MAX_TEXT_CHARS, plain_spelling,
};

use crate::scenario::{Scenario, Source, load};

/// One file's outcome: the scenario if it parsed, and everything found.
pub struct Checked {
    pub path: String,
    pub parsed: Option<(Source, Scenario)>,
    pub diagnostics: Vec<Diagnostic>,
}

/// All semantic checks on one parsed scenario.
pub fn validate(source: &Source, scenario: &Scenario) -> Vec<Diagnostic> {
    // First a dry run; only a file with something to report pays for placing it.
    let dry = run(locate::Locator::dry(source), scenario);
    if dry.is_empty() {
        return dry;
    }
    run(locate::Locator::new(source), scenario)
}

fn run(mut loc: locate::Locator, scenario: &Scenario) -> Vec<Diagnostic> {
    {
        let names = refs::Names::of(scenario);
        refs::check(&mut loc, scenario, &names);
        calendar::check(&mut loc, scenario);
        let has_errors = loc.diagnostics.iter().any(|d| d.severity() == Severity::Error);
        // The graph checks assume the references resolve; after a broken reference they
        // would only repeat it in other words.
        if !has_errors {
            graph::check(&mut loc, scenario, &names);
        }
        // The id tables go before the exemplary path compiles the whole graph: for a large
        // scenario that moment is the peak of a check's memory.
    }
    if !loc.diagnostics.iter().any(|d| d.severity() == Severity::Error) {
        exemplary::check(&mut loc, scenario);
    }
    let mut out = loc.diagnostics;
    sort(&mut out);
    out
}

/// The phases of `validate` one by one (dry runs), for `examples/phases.rs`, which measures
/// each on its own.
#[doc(hidden)]
pub mod phases {
    use super::{locate::Locator, refs};
    use crate::scenario::{Scenario, Source};

    pub use refs::Names;

    pub fn names(s: &Scenario) -> Names<'_> {
        Names::of(s)
    }
    pub fn references(source: &Source, s: &Scenario, names: &Names) -> usize {
        let mut loc = Locator::dry(source);
        refs::check(&mut loc, s, names);
        loc.diagnostics.len()
    }
    pub fn story_graph(source: &Source, s: &Scenario, names: &Names) -> usize {
        let mut loc = Locator::dry(source);
        super::graph::check(&mut loc, s, names);
        loc.diagnostics.len()
    }
    pub fn exemplary(source: &Source, s: &Scenario) -> usize {
        let mut loc = Locator::dry(source);
        super::exemplary::check(&mut loc, s);
        loc.diagnostics.len()
    }
}

fn sort(d: &mut [Diagnostic]) {
    d.sort_by(|a, b| (&a.path, a.pos.line, a.pos.col, a.code).cmp(&(&b.path, b.pos.line, b.pos.col, b.code)));
}

/// Loads and validates one file.
pub fn check_file(path: &Path) -> Checked {
    match load::load_path(path) {
        Ok((source, scenario)) => {
            let diagnostics = validate(&source, &scenario);
            Checked {
                path: source.path.clone(),
                parsed: Some((source, scenario)),
                diagnostics,
            }
        }
        Err(diagnostics) => Checked {
            path: path.display().to_string(),
            parsed: None,
            diagnostics,
        },
    }
}

/// Expands directories into the `*.ron` files under them, sorted, so output is stable.
pub fn expand(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            let mut found = Vec::new();
            walk(p, &mut found, 0);
            found.sort();
            out.extend(found);
        } else {
            out.push(p.clone());
        }
    }
    out
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>, depth: usize) {
    // Deep or cyclic directory trees (symlink loops) end here.
    if depth > 32 {
        return;
    }
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            walk(&p, out, depth + 1);
        } else if p.extension().is_some_and(|x| x == "ron") {
            out.push(p);
        }
    }
}

/// Checks files together, so that translations are compared with their originals
/// (looked up beside a translation when not given on the command line).
pub fn check_paths(paths: &[PathBuf]) -> Vec<Checked> {
    let files = expand(paths);
    let mut checked: Vec<Checked> = files.iter().map(|p| check_file(p)).collect();
    translation::check(&mut checked);
    for c in &mut checked {
        sort(&mut c.diagnostics);
    }
    checked
}
