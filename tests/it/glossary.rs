//! docs/glossary.md fixes one word per thing and language; these tests hold the program text
//! (`src/i18n/*.ftl`) to it for the words the room sees most: bands, dimensions, injects.

const LANGS: [&str; 3] = ["en", "nb", "nn"];

fn ftl(lang: &str) -> String {
    std::fs::read_to_string(format!("{}/src/i18n/{lang}.ftl", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn glossary() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/glossary.md")).unwrap()
}

/// The value of a one-line message.
fn message(ftl: &str, id: &str) -> String {
    let prefix = format!("{id} = ");
    ftl.lines()
        .find_map(|l| l.strip_prefix(&prefix))
        .unwrap_or_else(|| panic!("no message {id}"))
        .trim()
        .to_string()
}

/// The glossary's row for `term` (its first cell), split into cells.
fn row(glossary: &str, term: &str) -> Vec<String> {
    glossary
        .lines()
        .map(|l| l.split('|').map(|c| c.trim().to_string()).collect::<Vec<_>>())
        .find(|cells| cells.get(1).is_some_and(|c| c == term))
        .unwrap_or_else(|| panic!("the glossary has no row {term}"))
}

/// The cell for `lang` in a row: the last three cells are en, nb, nn.
fn cell<'a>(row: &'a [String], lang: &str) -> &'a str {
    let i = LANGS.iter().position(|l| *l == lang).unwrap();
    &row[row.len() - 4 + i]
}

#[test]
fn band_words_are_the_glossarys() {
    let g = glossary();
    let r = row(&g, "band");
    for lang in LANGS {
        let f = ftl(lang);
        let words: Vec<String> = ["strong", "partial", "weak"]
            .iter()
            .map(|b| message(&f, &format!("band-{b}")))
            .collect();
        assert_eq!(cell(&r, lang), words.join(" / "), "{lang}");
    }
}

#[test]
fn dimension_words_are_the_glossarys() {
    let g = glossary();
    for (term, key) in [
        ("· role clarity", "role_clarity"),
        ("· the child's voice", "child_voice"),
        ("· decision timing", "decision_timing"),
        ("· relational safety", "relational_safety"),
    ] {
        let r = row(&g, term);
        assert!(g.contains(&format!("`{key}`")), "the glossary names the key {key}");
        for lang in LANGS {
            let word = message(&ftl(lang), &format!("dimension-{key}"));
            assert_eq!(cell(&r, lang), word.to_lowercase(), "{term} in {lang}");
        }
    }
}

#[test]
fn an_inject_has_one_word_per_language() {
    let g = glossary();
    let r = row(&g, "inject");
    for lang in LANGS {
        let word = cell(&r, lang).to_string();
        let f = ftl(lang);
        // The word the play screen titles an inject with is the glossary's word.
        assert_eq!(message(&f, "tui-event").to_lowercase(), word, "{lang}");
        // And no other word for it is left in the program text.
        let old: &[&str] = match lang {
            "en" => &["event"],
            "nb" => &["hendelse"],
            _ => &["hending"],
        };
        for l in f
            .lines()
            .filter(|l| !l.starts_with('#') && !l.starts_with("tui-event ="))
        {
            let value = l.split_once(" = ").map_or(l, |(_, v)| v).to_lowercase();
            for o in old {
                assert!(!value.contains(o), "{lang}: \"{o}\" for an inject in: {l}");
            }
        }
    }
}

/// The debrief JSON carries these keys as values (`qualities`, `detail`, `band`, `rule`, the
/// score keys), and the program text looks its words up by the same key: one case style, snake_case.
#[test]
fn keys_shared_by_json_and_messages_are_snake_case() {
    for lang in LANGS {
        let f = ftl(lang);
        let mut seen = 0;
        for id in f.lines().filter_map(|l| l.split_once(" = ").map(|(id, _)| id)) {
            for prefix in ["band-", "dimension-", "quality-", "breach-", "harm-", "rule-"] {
                if let Some(key) = id.strip_prefix(prefix) {
                    seen += 1;
                    assert!(
                        key.chars().all(|c| c.is_ascii_lowercase() || c == '_'),
                        "{lang}: {id} is not snake_case"
                    );
                }
            }
        }
        assert!(seen >= 25, "{lang}: only {seen} keyed messages found");
    }
}
