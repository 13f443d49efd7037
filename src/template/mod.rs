//! `laget new`: a new scenario from a template, and a facilitator-guide stub beside it.
//!
//! The templates are small complete scenarios in each language (they pass `laget check
//! --deny-warnings` as written; a test holds them to it), commented for a first-time author.
//! They are kept as `.ron.in` so that `laget check` over the source tree does not take them
//! for scenarios.

use crate::i18n::Lang;

const NB: &str = include_str!("nb.ron.in");
const NN: &str = include_str!("nn.ron.in");
const EN: &str = include_str!("en.ron.in");
const GUIDE_NB: &str = include_str!("guide.nb.md.in");
const GUIDE_NN: &str = include_str!("guide.nn.md.in");
const GUIDE_EN: &str = include_str!("guide.en.md.in");

/// The scenario file's text for `id` in `lang`; `file` is how its comments name the file.
pub fn scenario(id: &str, lang: Lang, file: &str) -> String {
    let t = match lang {
        Lang::Nb => NB,
        Lang::Nn => NN,
        Lang::En => EN,
    };
    t.replace("__ID__", id).replace("__FILE__", file)
}

/// The facilitator-guide stub for `id` in `lang`; `file` is the scenario's file.
pub fn guide(id: &str, lang: Lang, file: &str) -> String {
    let t = match lang {
        Lang::Nb => GUIDE_NB,
        Lang::Nn => GUIDE_NN,
        Lang::En => GUIDE_EN,
    };
    t.replace("__ID__", id).replace("__FILE__", file)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::{self, Severity};
    use crate::scenario::load::load_bytes;

    #[test]
    fn every_template_is_a_valid_scenario_without_warnings() {
        for lang in Lang::ALL {
            let text = scenario("mal-test", lang, "mal-test.ron");
            let (source, s) = load_bytes("mal-test.ron", text.into_bytes()).unwrap_or_else(|d| panic!("{lang}: {d:?}"));
            assert_eq!((s.id.as_str(), s.language.as_str()), ("mal-test", lang.code()));
            let diags = check::validate(&source, &s);
            assert!(
                diags.iter().all(|d| d.severity() != Severity::Error) && diags.is_empty(),
                "{lang}: {diags:?}"
            );
        }
    }
}
