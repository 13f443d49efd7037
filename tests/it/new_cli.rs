//! `laget new` through the real binary: the files it writes pass `laget check --deny-warnings`
//! untouched, in every language; it never overwrites; bad ids are clear errors.

use ::laget::scenario::load::load_path;
use ::laget::scenario::model::{Outcome, Scene};

use crate::support::laget;

#[test]
fn new_scenarios_pass_check_with_deny_warnings_in_every_language() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("nye");
    for lang in ["nb", "nn", "en"] {
        let id = format!("min-sak_{lang}");
        let r = laget(tmp.path())
            .args(["--lang", lang, "new", &id, "--out"])
            .arg(&out)
            .output()
            .unwrap();
        assert_eq!(r.status.code(), Some(0), "{}", String::from_utf8_lossy(&r.stderr));
        let ron = out.join(format!("{id}.{lang}.ron"));
        let md = out.join(format!("{id}.{lang}.md"));
        assert!(ron.is_file() && md.is_file(), "{lang}: both files written");
        let guide = std::fs::read_to_string(&md).unwrap();
        assert!(guide.contains(&id), "the guide names its scenario");
        let r = laget(tmp.path())
            .args(["--lang", "en", "check", "--deny-warnings"])
            .arg(&ron)
            .output()
            .unwrap();
        assert_eq!(
            r.status.code(),
            Some(0),
            "{lang}: {}{}",
            String::from_utf8_lossy(&r.stdout),
            String::from_utf8_lossy(&r.stderr)
        );
        // And it plays: the exemplary path is legal, so explore finds the good ending.
        let r = laget(tmp.path())
            .args(["explore", "--walks", "200", "--format", "json"])
            .arg(&ron)
            .output()
            .unwrap();
        assert_eq!(r.status.code(), Some(0), "{}", String::from_utf8_lossy(&r.stderr));
        let (_, scenario) = load_path(&ron).unwrap_or_else(|d| panic!("{d:?}"));
        let good: Vec<&str> = scenario
            .scenes
            .iter()
            .filter(|s| {
                matches!(
                    s,
                    Scene::Ending {
                        outcome: Outcome::Good,
                        ..
                    }
                )
            })
            .map(|s| s.id())
            .collect();
        let report: serde_json::Value = serde_json::from_slice(&r.stdout).unwrap();
        assert!(
            good.iter()
                .any(|id| report["endings"][id].as_u64().is_some_and(|n| n > 0)),
            "{lang}: a good ending {good:?} among {}",
            report["endings"]
        );
    }
    // The whole folder too, as a trainer would check it.
    let r = laget(tmp.path())
        .args(["check", "--deny-warnings"])
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(r.status.code(), Some(0));
}

#[test]
fn existing_files_are_never_overwritten() {
    let tmp = tempfile::tempdir().unwrap();
    let ron = tmp.path().join("sak.en.ron");
    std::fs::write(&ron, "mine").unwrap();
    let r = laget(tmp.path())
        .args(["--lang", "en", "new", "sak", "--out"])
        .arg(tmp.path())
        .output()
        .unwrap();
    assert_eq!(r.status.code(), Some(1));
    let err = String::from_utf8_lossy(&r.stderr);
    assert!(err.contains("sak.en.ron") && err.contains("already exists"), "{err}");
    assert_eq!(std::fs::read_to_string(&ron).unwrap(), "mine");
    assert!(!tmp.path().join("sak.en.md").exists(), "nothing written when refusing");

    // Only the guide exists: still refused, and the scenario is not written either.
    let md = tmp.path().join("annen.en.md");
    std::fs::write(&md, "notes").unwrap();
    let r = laget(tmp.path())
        .args(["--lang", "en", "new", "annen", "--out"])
        .arg(tmp.path())
        .output()
        .unwrap();
    assert_eq!(r.status.code(), Some(1));
    assert!(!tmp.path().join("annen.en.ron").exists());
}

#[test]
fn bad_ids_are_refused_with_a_clear_message() {
    let tmp = tempfile::tempdir().unwrap();
    for bad in ["Stor", "a/b", "../x", "æ", "a b", ""] {
        let r = laget(tmp.path())
            .args(["--lang", "en", "new", bad, "--out"])
            .arg(tmp.path())
            .output()
            .unwrap();
        assert_eq!(r.status.code(), Some(1), "{bad}");
        assert!(
            String::from_utf8_lossy(&r.stderr).contains("cannot be a scenario id"),
            "{bad}"
        );
    }
    assert_eq!(std::fs::read_dir(tmp.path()).unwrap().count(), 0, "nothing written");
}
