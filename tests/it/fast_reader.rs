//! The fast scenario reader against `ron`, the reference: for every input, loading with the
//! fast reader first gives exactly what the guards and `ron` alone give — the same scenario,
//! or the same diagnostics. Tried on every shipped and fixture file, on synthetic scenarios,
//! on hand-picked corner cases of the RON syntax, and on thousands of damaged copies.

use std::path::PathBuf;

use laget::scenario::load::{load_bytes, load_text_with_ron};
use laget::scenario::{Scenario, fast};

use crate::support::lcg::Lcg;
use crate::support::{fixture_text, root};

fn files() -> Vec<PathBuf> {
    let mut out = Vec::new();
    for dir in ["scenarios", "tests/fixtures/valid", "tests/fixtures/invalid"] {
        let mut found: Vec<PathBuf> = std::fs::read_dir(root().join(dir))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "ron"))
            .collect();
        found.sort();
        out.extend(found);
    }
    assert!(out.len() > 20, "fixtures found: {}", out.len());
    out
}

/// Both readings, as text (every type involved has `Debug`; equal text is equal values).
fn both(text: &str) -> (String, String) {
    let fast_first = format!("{:?}", load_bytes("t.ron", text.as_bytes().to_vec()));
    let reference = format!("{:?}", load_text_with_ron("t.ron", text.to_string()));
    (fast_first, reference)
}

fn assert_same(text: &str) {
    let (a, b) = both(text);
    assert!(
        a == b,
        "the fast reader differs from ron on:\n{text}\n--- fast first:\n{a}\n--- ron:\n{b}"
    );
}

#[test]
fn shipped_and_fixture_files_read_the_same() {
    for p in files() {
        assert_same(&std::fs::read_to_string(&p).unwrap());
    }
}

#[test]
fn the_fast_reader_takes_every_valid_file() {
    // Otherwise the speed it exists for would silently be lost.
    for p in files()
        .iter()
        .filter(|p| !p.starts_with(root().join("tests/fixtures/invalid")))
    {
        let text = std::fs::read_to_string(p).unwrap();
        assert!(fast::from_str::<Scenario>(&text).is_some(), "{} not taken", p.display());
    }
    for seed in 1..4 {
        let text = laget::synth::scenario(300, seed);
        assert!(fast::from_str::<Scenario>(&text).is_some());
        assert_same(&text);
    }
}

/// Corner cases of the syntax, each spliced into a valid file at the place it belongs.
#[test]
fn corner_cases_read_the_same() {
    let base = fixture_text();
    let cases: &[(&str, &str)] = &[
        ("duration_minutes: 15", "duration_minutes: 015"),
        ("duration_minutes: 15", "duration_minutes: -0"),
        ("duration_minutes: 15", "duration_minutes: +15"),
        ("duration_minutes: 15", "duration_minutes: 1_5"),
        ("duration_minutes: 15", "duration_minutes: 0xf"),
        ("duration_minutes: 15", "duration_minutes: 15.0"),
        ("duration_minutes: 15", "duration_minutes: 15u32"),
        ("duration_minutes: 15", "duration_minutes: 99999999999999999999999"),
        (
            "duration_minutes: 15",
            "duration_minutes: /* a comment /* nested */ */ 15",
        ),
        ("duration_minutes: 15", "duration_minutes: // line\n 15"),
        ("duration_minutes: 15", "duration_minutes:15,,"),
        ("duration_minutes: 15", "duration_minutes: 15 /* unclosed"),
        ("id: \"liten-uro\"", "id: r\"liten-uro\""),
        ("id: \"liten-uro\"", "id: r#\"liten-uro\"#"),
        ("id: \"liten-uro\"", "id: r##\"liten\"#uro\"##"),
        ("id: \"liten-uro\"", "id: \"liten\\u{2d}uro\""),
        ("id: \"liten-uro\"", "id: \"liten\\x2duro\""),
        ("id: \"liten-uro\"", "id: \"liten\\\nuro\""),
        ("id: \"liten-uro\"", "id: \"liten\\\"uro\\\\\\n\\t\\r\\0\\'\""),
        ("id: \"liten-uro\"", "id: \"liten\\quro\""),
        ("id: \"liten-uro\"", "id: \"liten\u{1b}uro\""),
        ("id: \"liten-uro\"", "id: \"liten\u{85}uro\""),
        ("id: \"liten-uro\"", "id: 'l'"),
        ("id: \"liten-uro\"", "id: \"liten-uro\" /* \u{7} */"),
        ("id: \"liten-uro\"", "id: \"liten-uro\" // \u{7}"),
        ("id: \"liten-uro\"", "id: \"liten-uro\" // \\x1b[2J"),
        ("id: \"liten-uro\"", "id: \"liten-uro\" /* \\u{7} */"),
        ("id: \"liten-uro\"", "id: r\"liten\\x1buro\""),
        ("id: \"liten-uro\"", "id: r#\"liten\\u{9b}uro\"#"),
        ("id: \"liten-uro\"", "r#id: \"liten-uro\""),
        ("id: \"liten-uro\"", "id\u{a0}: \"liten-uro\""),
        ("id: \"liten-uro\"", "idé: \"liten-uro\""),
        ("id: \"liten-uro\"", "id : \"liten-uro\" ,"),
        (
            "solo_role: \"pedagogisk_leder\"",
            "solo_role: Some(\"pedagogisk_leder\")",
        ),
        (
            "solo_role: \"pedagogisk_leder\"",
            "solo_role: Some (\"pedagogisk_leder\",)",
        ),
        ("solo_role: \"pedagogisk_leder\"", "solo_role: None"),
        ("solo_role: \"pedagogisk_leder\"", "solo_role: Some"),
        ("solo_role: \"pedagogisk_leder\"", "solo_role: Some(None)"),
        ("solo_role: \"pedagogisk_leder\"", "solo_role: Nonesuch"),
        ("solo_role: \"pedagogisk_leder\"", "solo_role: \"None\""),
        ("clock: Clock(", "clock: Klokke("),
        ("clock: Clock(", "clock: ("),
        ("clock: Clock(", "clock: Clock ("),
        ("Days(", "Days ("),
        ("Days(", "Days(,"),
        ("Minutes(", "Minutes(+"),
        ("Role(id: \"styrer\")", "Role(id: \"styrer\", policy: Exemplary())"),
        ("Role(id: \"styrer\")", "Role(id: \"styrer\", policy: Prefer([]))"),
        (
            "Role(id: \"styrer\")",
            "Role(id: \"styrer\", policy: Prefer([\"a\",],))",
        ),
        ("Role(id: \"styrer\")", "Role(id: \"styrer\", policy: Prefer(\"a\"))"),
        ("Role(id: \"styrer\")", "Role(id: \"styrer\", present: True)"),
        ("Role(id: \"styrer\")", "Role(id: \"styrer\", present: truely)"),
        (
            "Role(id: \"styrer\")",
            "Role(id: \"styrer\", present: Some(true), playable: Some(false))",
        ),
        ("Counter(\"", "Counter(\"x\", AtLeast(1), \""),
        ("Counter(\"", "Counter(\"x\", AtLeast(1)) /*\"*/, Flag(\""),
        ("scenes: [", "scenes: [,"),
        ("scenes: [", "scenes: ["),
    ];
    let mut tried = 0;
    for (from, to) in cases {
        if let Some(at) = base.find(from) {
            let text = format!("{}{}{}", &base[..at], to, &base[at + from.len()..]);
            assert_same(&text);
            tried += 1;
        }
        // Also as the whole file's start and end, where the top level is read.
        assert_same(&format!("{to}{base}"));
        assert_same(&format!("{base}{to}"));
    }
    assert!(
        tried >= cases.len() - 3,
        "only {tried} cases applied: the fixture changed"
    );
    for text in ["", " ", "#![enable(implicit_some)]\n", "Scenario", "()", "\u{feff}"] {
        assert_same(text);
        assert_same(&format!("{text}{base}"));
    }
}

const TOKENS: &[&str] = &[
    ",", "(", ")", "[", "]", ":", "\"", "\\", "'", "#", "r#\"", "\"#", "/*", "*/", "//", "\n", " ", "-", "0", "-0",
    "07", "1_0", "+1", "0x1", "1.5", "e", "Some(", "None", "Some", "true", "false", "()", "\u{a0}", "é", "\u{85}",
    "\u{7}", "\\u{41}", "\\n", "r", "_", "Choice", "Scene", "Days(1)", "[]", "x:",
];

#[test]
fn damaged_copies_read_the_same() {
    let bases: Vec<String> = files()
        .iter()
        .filter(|p| !p.to_string_lossy().contains("invalid"))
        .take(6)
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    let mut rng = Lcg(0x1a6e7);
    for round in 0..1500 {
        let mut text = bases[round % bases.len()].clone();
        for _ in 0..1 + rng.below(3) {
            let mut at = rng.below(text.len() + 1);
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            match rng.below(3) {
                0 => text.insert_str(at, TOKENS[rng.below(TOKENS.len())]),
                1 => {
                    let mut end = (at + 1 + rng.below(8)).min(text.len());
                    while !text.is_char_boundary(end) {
                        end += 1;
                    }
                    text.replace_range(at..end, "");
                }
                _ => {
                    let mut end = (at + 1).min(text.len());
                    while !text.is_char_boundary(end) {
                        end += 1;
                    }
                    text.replace_range(at..end, TOKENS[rng.below(TOKENS.len())]);
                }
            }
        }
        assert_same(&text);
    }
}
