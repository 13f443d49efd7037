//! `laget graph` through the real binary: DOT and Mermaid of the fixture, pinned.

use std::collections::BTreeSet;

use ::laget::scenario::load::load_bytes;

use crate::support::{FIXTURE, fixture_text, laget};

fn graph(format: &str) -> String {
    let home = tempfile::tempdir().unwrap();
    let out = laget(home.path())
        .args(["graph", FIXTURE, "--format", format])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("UTF-8")
}

#[test]
fn dot_of_the_fixture() {
    insta::assert_snapshot!("graph_fixture_dot", graph("dot"));
}

#[test]
fn mermaid_of_the_fixture() {
    insta::assert_snapshot!("graph_fixture_mermaid", graph("mermaid"));
}

/// Graphviz reads the DOT and lays out every scene and every arrow. Graphviz is not needed to
/// build or use laget, so on a developer's machine without it this test says so and stops;
/// under CI (`CI` set) it must be there (`.ci/run` installs it), so CI never skips it.
#[test]
fn graphviz_lays_out_every_scene_and_arrow_of_the_dot() {
    let spawned = std::process::Command::new("dot")
        .arg("-Tplain")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn();
    let mut child = match spawned {
        Ok(child) => child,
        Err(e) if std::env::var_os("CI").is_none() => {
            eprintln!("Graphviz `dot` cannot be run ({e}): skipped here; CI runs it");
            return;
        }
        Err(e) => panic!("Graphviz `dot` is needed under CI ({e}); .ci/run installs it"),
    };
    let dot = graph("dot");
    use std::io::Write;
    child.stdin.take().unwrap().write_all(dot.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    // `-Tplain` lists the laid-out graph: `node NAME …` and `edge TAIL HEAD …` lines.
    let plain = String::from_utf8(out.stdout).unwrap();
    let nodes: BTreeSet<String> = plain
        .lines()
        .filter_map(|l| l.strip_prefix("node "))
        .map(|l| l.split_whitespace().next().unwrap().trim_matches('"').to_string())
        .collect();
    let (_, scenario) = load_bytes("liten-uro.nb.ron", fixture_text().into_bytes()).unwrap();
    let scenes: BTreeSet<String> = scenario.scenes.iter().map(|s| s.id().to_string()).collect();
    assert!(nodes.is_superset(&scenes), "{scenes:?} laid out as {nodes:?}");
    let drawn = dot.lines().filter(|l| l.contains(" -> ")).count();
    let laid_out = plain.lines().filter(|l| l.starts_with("edge ")).count();
    assert!(drawn > scenes.len(), "{dot}");
    assert_eq!(laid_out, drawn, "every arrow of the DOT is laid out:\n{plain}");
}

#[test]
fn an_unknown_scenario_is_a_clear_error() {
    let home = tempfile::tempdir().unwrap();
    let out = laget(home.path())
        .args(["--lang", "en", "graph", "nope"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("nope"));
}
