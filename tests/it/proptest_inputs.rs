//! Property tests: no input makes the scenario loader, the validator or the session-file loader
//! panic; every diagnostic points inside the file.

use laget::check::validate;
use laget::scenario::load::load_bytes;
use laget::store::Store;
use proptest::prelude::*;

const FIXTURE: &str = include_str!("../fixtures/valid/liten-uro.nb.ron");

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        if let Ok((src, s)) = load_bytes("x.ron", bytes) {
            let _ = validate(&src, &s);
        }
    }

    #[test]
    fn edits_of_a_valid_scenario_never_panic_and_stay_located(
        at in 0usize..FIXTURE.len(), cut in 0usize..40, insert in "[ -~]{0,12}"
    ) {
        let mut text = FIXTURE.to_string();
        let start = (0..=at).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
        let end = (start + cut..=text.len()).find(|&i| text.is_char_boundary(i)).unwrap_or(text.len());
        text.replace_range(start..end, &insert);
        let lines = text.lines().count().max(1);
        let diags = match load_bytes("x.ron", text.into_bytes()) {
            Ok((src, s)) => validate(&src, &s),
            Err(d) => d,
        };
        for d in diags {
            prop_assert!(d.pos.line >= 1 && d.pos.line <= lines + 1, "line {} of {}", d.pos.line, lines);
        }
    }

    #[test]
    fn session_files_of_any_content_give_an_error_not_a_panic(content in ".{0,400}") {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path());
        std::fs::create_dir_all(&store.dir).unwrap();
        std::fs::write(store.path_of("s"), content.as_bytes()).unwrap();
        // No text this short is a whole session (a session holds its scenario's text).
        prop_assert!(store.load("s").is_err());
    }
}

#[test]
fn a_damaged_session_file_is_reported_and_left_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    std::fs::create_dir_all(&store.dir).unwrap();
    std::fs::write(store.path_of("s"), b"{\"format\": 1, \"id\": ").unwrap();
    let err = store.load("s").unwrap_err();
    assert!(format!("{err:#}").contains("damaged"), "{err:#}");
    assert_eq!(std::fs::read(store.path_of("s")).unwrap(), b"{\"format\": 1, \"id\": ");
}
