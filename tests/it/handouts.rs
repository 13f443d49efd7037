//! `laget handouts`: one role card per playable role, directly in DIR as `<role-id>.md`.

use crate::support::{FIXTURE, laget};

#[test]
fn writes_one_card_per_playable_role_with_its_brief() {
    let home = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    laget(home.path())
        .args(["--lang", "en", "handouts", FIXTURE, "--out"])
        .arg(out.path())
        .assert()
        .success();
    let card = std::fs::read_to_string(out.path().join("pedagogisk_leder.md")).unwrap();
    assert!(card.starts_with("# Pedagogisk leder"));
    assert!(
        card.contains("Emma trekker seg unna"),
        "the private brief is on the card"
    );
    assert!(out.path().join("styrer.md").is_file());
    assert!(
        !out.path().join("forelder.md").exists(),
        "the simulated parent gets no card"
    );
    assert!(
        std::fs::read_to_string(out.path().join("index.md"))
            .unwrap()
            .contains("styrer.md")
    );
}
