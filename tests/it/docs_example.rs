//! The author guide, docs/scenario-format.md, must not drift from the program: its complete
//! example is the fixture byte for byte and passes `laget check --deny-warnings`, and it
//! explains every diagnostic code `laget check` can give.

use crate::support::{FIXTURE, laget, root};

fn read(rel: &str) -> String {
    let path = root().join(rel);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// The contents of every block fenced with exactly "```ron", in order.
fn ron_blocks(doc: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut current: Option<String> = None;
    for line in doc.lines() {
        let fence = line.trim_end();
        match &mut current {
            None if fence == "```ron" => current = Some(String::new()),
            Some(block) if fence == "```" => {
                blocks.push(std::mem::take(block));
                current = None;
            }
            Some(block) => {
                block.push_str(line);
                block.push('\n');
            }
            None => {}
        }
    }
    assert!(current.is_none(), "a ```ron block in the guide is never closed");
    blocks
}

#[test]
fn the_guide_example_is_the_fixture_and_passes_check() {
    let doc = read("docs/scenario-format.md");
    let blocks = ron_blocks(&doc);
    assert_eq!(
        blocks.len(),
        1,
        "docs/scenario-format.md must hold exactly one ```ron block (the complete example)"
    );
    let example = &blocks[0];
    let fixture = read(FIXTURE);
    assert_eq!(
        example.trim_end_matches('\n'),
        fixture.trim_end_matches('\n'),
        "the example in docs/scenario-format.md differs from tests/fixtures/valid/liten-uro.nb.ron"
    );

    let dir = tempfile::tempdir().expect("temporary folder");
    let file = dir.path().join("liten-uro.nb.ron");
    std::fs::write(&file, example).expect("write the example");
    laget(dir.path())
        .args(["--lang", "en", "check", "--deny-warnings"])
        .arg(&file)
        .assert()
        .success();
}

#[test]
fn the_guide_explains_every_diagnostic_code() {
    let doc = read("docs/scenario-format.md");
    let missing: Vec<&str> = ::laget::check::Code::ALL
        .iter()
        .map(|c| c.code())
        .filter(|code| !doc.contains(&format!("| {code} |")))
        .collect();
    assert!(
        missing.is_empty(),
        "docs/scenario-format.md has no table row for: {}",
        missing.join(", ")
    );
}
