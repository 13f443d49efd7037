//! `laget graph` through the real binary: DOT and Mermaid of the fixture, pinned.

use assert_cmd::Command;

const FIXTURE: &str = "tests/fixtures/valid/liten-uro.nb.ron";

fn graph(format: &str) -> String {
    let home = tempfile::tempdir().unwrap();
    let out = Command::cargo_bin("laget")
        .expect("binary")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("LAGET_HOME", home.path())
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

/// Graphviz is not needed to build or test laget; where it is installed, the DOT must parse.
#[test]
fn dot_parses_with_graphviz_when_installed() {
    let Ok(mut child) = std::process::Command::new("dot")
        .arg("-Tsvg")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
    else {
        eprintln!("dot is not installed: skipped");
        return;
    };
    use std::io::Write;
    child.stdin.take().unwrap().write_all(graph("dot").as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn an_unknown_scenario_is_a_clear_error() {
    let home = tempfile::tempdir().unwrap();
    let out = Command::cargo_bin("laget")
        .unwrap()
        .env("LAGET_HOME", home.path())
        .args(["--lang", "en", "graph", "nope"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("nope"));
}
