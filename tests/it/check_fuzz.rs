//! `laget check` in-process on many damaged copies of the valid example: whatever the damage,
//! loading and validating never panics, and every diagnostic has a position inside the file.

use laget::check;
use laget::scenario::load;

use crate::support::fixture_text as valid_text;
use crate::support::lcg::Lcg;

/// Pieces that make damage likely to get past the parser and reach the semantic checks.
const TOKENS: &[&str] = &[
    "\"uro\"",
    "\"samtale\"",
    "\"for_sent\"",
    "\"styrer\"",
    "\"forelder\"",
    "\"\"",
    "[]",
    "()",
    ",",
    ")",
    "]",
    "(",
    "[",
    ":",
    "-1",
    "0",
    "999999999999",
    "Days(-3)",
    "Weeks(0)",
    "Random(255)",
    "Flag(\"x\")",
    "\"x\"",
    "\"uro.vente\"",
    "Ending",
    "Round",
    "Narration",
    "Decision",
    "next: \"uro\",",
    "elapsed: Minutes(0),",
    "when: [Visited(\"uro\")],",
    "\u{1b}",
    "ø",
    "\u{0}",
    "/*",
    "*/",
    "//",
    "r#\"",
    "\"#",
];

fn damage(text: &str, rng: &mut Lcg) -> Vec<u8> {
    let mut b = text.as_bytes().to_vec();
    for _ in 0..1 + rng.below(3) {
        let at = rng.below(b.len());
        match rng.below(5) {
            0 => {
                let n = 1 + rng.below(40);
                b.drain(at..(at + n).min(b.len()));
            }
            1 => b[at] = rng.next() as u8,
            2 => {
                let t = TOKENS[rng.below(TOKENS.len())];
                b.splice(at..at, t.bytes());
            }
            3 => {
                // Replace a quoted value by another token.
                if let Some(q) = b[at..].iter().position(|&c| c == b'"') {
                    let start = at + q;
                    if let Some(e) = b[start + 1..].iter().position(|&c| c == b'"') {
                        let t = TOKENS[rng.below(TOKENS.len())];
                        b.splice(start..start + e + 2, t.bytes());
                    }
                }
            }
            _ => {
                // Duplicate a line somewhere else.
                let s = b[..at].iter().rposition(|&c| c == b'\n').map_or(0, |i| i + 1);
                let e = b[at..].iter().position(|&c| c == b'\n').map_or(b.len(), |i| at + i + 1);
                let line = b[s..e].to_vec();
                let to = rng.below(b.len());
                let to = b[..to].iter().rposition(|&c| c == b'\n').map_or(0, |i| i + 1);
                b.splice(to..to, line);
            }
        }
    }
    b
}

#[test]
fn damaged_files_give_located_diagnostics_and_never_panic() {
    let text = valid_text();
    let mut rng = Lcg(0x1a6e7);
    let mut parsed = 0;
    for case in 0..6000 {
        let bytes = damage(&text, &mut rng);
        let lines = bytes.split(|&c| c == b'\n').count();
        let copy = bytes.clone();
        let result = std::panic::catch_unwind(move || match load::load_bytes("fuzz.ron", copy) {
            Ok((source, scenario)) => (true, check::validate(&source, &scenario)),
            Err(diags) => (false, diags),
        });
        let (ok, diags) = result.unwrap_or_else(|_| {
            let path = std::env::temp_dir().join(format!("laget-fuzz-{case}.ron"));
            std::fs::write(&path, &bytes).unwrap();
            panic!("case {case} panicked; the input is in {}", path.display())
        });
        parsed += usize::from(ok);
        for d in &diags {
            assert!(
                d.pos.line >= 1 && d.pos.col >= 1 && d.pos.line <= lines,
                "case {case}: {} at {}:{} in a file of {lines} lines",
                d.code.code(),
                d.pos.line,
                d.pos.col
            );
        }
        if !ok {
            assert!(!diags.is_empty(), "case {case}: a failed load says why");
        }
    }
    assert!(
        parsed > 250,
        "enough damaged files parse to exercise the semantic checks ({parsed})"
    );
}

/// Damage at the level of the model: ids, targets, roles, times and the exemplary path swapped
/// for others (some existing, some not), written back as RON so positions can be found.
fn scramble(s: &mut laget::scenario::Scenario, rng: &mut Lcg) {
    use laget::scenario::duration::Duration;
    use laget::scenario::model::Scene;
    use laget::scenario::model::Text;
    let mut scene_ids: Vec<Text> = s.scenes.iter().map(|x| x.id().into()).collect();
    scene_ids.push("nowhere".into());
    let mut role_ids: Vec<Text> = s.roles.iter().map(|r| r.id.clone()).collect();
    role_ids.push("nobody".into());
    let pick = |v: &[Text], rng: &mut Lcg| v[rng.below(v.len())].clone();
    let durations = [
        Duration::Minutes(0),
        Duration::Days(1),
        Duration::Weeks(-1),
        Duration::Weeks(i64::MAX),
        Duration::Hours(3),
    ];
    for _ in 0..1 + rng.below(4) {
        match rng.below(9) {
            0 => s.start = pick(&scene_ids, rng),
            1 => s.clock.timeout = pick(&scene_ids, rng),
            2 => {
                let i = rng.below(s.scenes.len());
                s.scenes.remove(i);
                if s.scenes.is_empty() {
                    return;
                }
            }
            3 | 4 => {
                let i = rng.below(s.scenes.len());
                let target = pick(&scene_ids, rng);
                let d = durations[rng.below(durations.len())];
                let role = pick(&role_ids, rng);
                match &mut s.scenes[i] {
                    Scene::Decision { choices, .. } | Scene::Conversation { choices, .. } if !choices.is_empty() => {
                        let k = rng.below(choices.len());
                        choices[k].next = Some(target);
                        choices[k].elapsed = d;
                    }
                    Scene::Round {
                        choices, next, elapsed, ..
                    } => {
                        *next = target;
                        *elapsed = d;
                        if !choices.is_empty() {
                            let k = rng.below(choices.len());
                            choices[k].role = Some(role);
                        }
                    }
                    Scene::Narration { next, elapsed, .. } => {
                        *next = target;
                        *elapsed = d;
                    }
                    _ => {}
                }
            }
            5 => {
                let i = rng.below(s.scenes.len());
                let j = rng.below(s.scenes.len());
                s.scenes.swap(i, j);
            }
            6 => {
                if !s.exemplary_path.is_empty() {
                    let i = rng.below(s.exemplary_path.len());
                    if rng.below(2) == 0 {
                        s.exemplary_path.remove(i);
                    } else {
                        let j = rng.below(s.exemplary_path.len());
                        s.exemplary_path.swap(i, j);
                    }
                }
            }
            7 => {
                let i = rng.below(s.roles.len());
                s.roles[i].playable = [None, Some(true), Some(false)][rng.below(3)];
                s.roles[i].present = rng.below(2) == 0;
            }
            _ => {
                // A new scene that copies another under a fresh or a duplicate id.
                let i = rng.below(s.scenes.len());
                let copy = s.scenes[i].clone();
                let id = if rng.below(2) == 0 {
                    Text::from("kopi")
                } else {
                    pick(&scene_ids, rng)
                };
                let mut text = ron::to_string(&copy).unwrap();
                text = text.replacen(&format!("id:\"{}\"", copy.id()), &format!("id:\"{id}\""), 1);
                if let Ok(sc) = ron::from_str::<Scene>(&text) {
                    s.scenes.push(sc);
                }
            }
        }
    }
}

#[test]
fn scrambled_scenarios_give_located_diagnostics_and_never_panic() {
    let (_, original) = load::load_bytes("valid.ron", valid_text().into_bytes()).unwrap();
    let mut rng = Lcg(0x5eed);
    let mut seen = std::collections::BTreeSet::new();
    for case in 0..1500 {
        let mut s = original.clone();
        scramble(&mut s, &mut rng);
        let text = ron::ser::to_string_pretty(&s, ron::ser::PrettyConfig::default()).unwrap();
        let lines = text.split('\n').count();
        let copy = text.clone();
        let result = std::panic::catch_unwind(move || match load::load_bytes("scrambled.ron", copy.into_bytes()) {
            Ok((source, scenario)) => check::validate(&source, &scenario),
            Err(diags) => diags,
        });
        let diags = result.unwrap_or_else(|_| {
            let path = std::env::temp_dir().join(format!("laget-scrambled-{case}.ron"));
            std::fs::write(&path, &text).unwrap();
            panic!("case {case} panicked; the input is in {}", path.display())
        });
        for d in &diags {
            seen.insert(d.code.code());
            assert!(
                d.pos.line >= 1 && d.pos.col >= 1 && d.pos.line <= lines,
                "case {case}: {} at {}:{} in a file of {lines} lines",
                d.code.code(),
                d.pos.line,
                d.pos.col
            );
        }
    }
    // The scrambling reaches the reference, graph and exemplary-path checks, not just the parser.
    for code in ["L101", "L102", "L103", "L201", "L204", "L206"] {
        assert!(seen.contains(code), "{code} among {seen:?}");
    }
}
