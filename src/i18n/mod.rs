//! The program's own words, in Norwegian bokmål, nynorsk and English, through Fluent.
//!
//! The core returns ids and numbers; only the renderers (diagnostics, debrief, plain mode, UI)
//! come here for words. The catalogues are compiled into the binary.

use std::fmt;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Nb,
    Nn,
    En,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Nb, Lang::Nn, Lang::En];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Nb => "nb",
            Lang::Nn => "nn",
            Lang::En => "en",
        }
    }

    pub fn parse(code: &str) -> Option<Lang> {
        match code {
            "nb" => Some(Lang::Nb),
            "nn" => Some(Lang::Nn),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language a locale string such as `nb_NO.UTF-8` asks for (CONTRACT.md).
    pub fn from_locale(locale: &str) -> Lang {
        let l = locale.to_ascii_lowercase();
        if l.starts_with("nn") {
            Lang::Nn
        } else if l.starts_with("nb") || l.starts_with("no") {
            Lang::Nb
        } else {
            Lang::En
        }
    }

    /// From `LC_ALL`, `LC_MESSAGES`, `LANG`, the first one that is set.
    pub fn from_env() -> Lang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|v| std::env::var(v).ok())
            .find(|v| !v.is_empty())
            .map(|v| Lang::from_locale(&v))
            .unwrap_or(Lang::En)
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

const NB: &str = include_str!("nb.ftl");
const NN: &str = include_str!("nn.ftl");
const EN: &str = include_str!("en.ftl");

pub fn source(lang: Lang) -> &'static str {
    match lang {
        Lang::Nb => NB,
        Lang::Nn => NN,
        Lang::En => EN,
    }
}

/// One language's catalogue.
pub struct Messages {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
}

/// An argument to a message.
pub enum Arg<'a> {
    Str(&'a str),
    Num(i64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Str(s)
    }
}
impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Str(s)
    }
}
impl From<i64> for Arg<'_> {
    fn from(n: i64) -> Self {
        Arg::Num(n)
    }
}
impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        Arg::Num(n as i64)
    }
}
impl From<u32> for Arg<'_> {
    fn from(n: u32) -> Self {
        Arg::Num(n as i64)
    }
}

impl Messages {
    pub fn new(lang: Lang) -> Messages {
        let langid = lang.code().parse().expect("nb, nn and en are valid language ids");
        let mut bundle = FluentBundle::new(vec![langid]);
        // Isolation marks would end up as invisible characters in terminals and files.
        bundle.set_use_isolating(false);
        let resource =
            FluentResource::try_new(source(lang).to_string()).expect("the built-in catalogues parse (tested)");
        bundle
            .add_resource(resource)
            .expect("the built-in catalogues have no duplicate ids (tested)");
        Messages { lang, bundle }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The message `id`; the id itself if the catalogue lacks it (a test keeps them complete).
    pub fn get(&self, id: &str) -> String {
        self.fmt(id, &[])
    }

    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    pub fn fmt(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let Some(msg) = self.bundle.get_message(id) else {
            return id.to_string();
        };
        let Some(pattern) = msg.value() else {
            return id.to_string();
        };
        let mut fargs = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Str(s) => fargs.set(*name, FluentValue::from(*s)),
                Arg::Num(n) => fargs.set(*name, FluentValue::from(*n)),
            }
        }
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, Some(&fargs), &mut errors)
            .into_owned()
    }
}

/// Quotation marks that open a quote, in the styles authors write.
const OPENING_QUOTES: &[char] = &['«', '"', '“', '„', '‘', '\'', '‹', '‚', '”'];

/// `text` in the quotation marks of `lang` (Norwegian «», English “”), unless the author
/// already put it in quotation marks: the program never quotes a quote again (`««Jeg har …»»`).
pub fn quoted(lang: Lang, text: &str) -> String {
    let t = text.trim();
    if t.starts_with(OPENING_QUOTES) {
        return t.to_string();
    }
    // A quote inside the text takes the inner marks, so that the two do not read as one
    // closing the other: «Hun sa ‹nei›.», “She said ‘no’.”
    if lang == Lang::En {
        format!("“{}”", t.replace('“', "‘").replace('”', "’"))
    } else {
        format!("«{}»", t.replace('«', "‹").replace('»', "›"))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn quotes_once() {
        use super::Lang::{En, Nb, Nn};
        assert_eq!(super::quoted(Nb, "Jeg har sett det"), "«Jeg har sett det»");
        assert_eq!(super::quoted(Nn, "Eg har sett det"), "«Eg har sett det»");
        assert_eq!(super::quoted(En, "I saw it"), "“I saw it”");
        assert_eq!(super::quoted(Nb, "Si «nei» nå"), "«Si ‹nei› nå»");
        assert_eq!(super::quoted(En, "Say “no” now"), "“Say ‘no’ now”");
        assert_eq!(super::quoted(Nb, "«Jeg har sett det»"), "«Jeg har sett det»");
        assert_eq!(super::quoted(Nb, "“I saw it”"), "“I saw it”");
        assert_eq!(super::quoted(En, "\"I saw it\", she says"), "\"I saw it\", she says");
    }

    use super::*;
    use fluent_bundle::FluentResource;

    fn ids(lang: Lang) -> Vec<String> {
        let res = FluentResource::try_new(source(lang).to_string()).expect("catalogue parses");
        let mut ids: Vec<String> = res
            .entries()
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                _ => None,
            })
            .collect();
        ids.sort();
        ids
    }

    #[test]
    fn every_language_has_every_message() {
        let en = ids(Lang::En);
        for lang in [Lang::Nb, Lang::Nn] {
            let other = ids(lang);
            let missing: Vec<_> = en.iter().filter(|i| !other.contains(i)).collect();
            let extra: Vec<_> = other.iter().filter(|i| !en.contains(i)).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{lang}: missing {missing:?}, extra {extra:?}"
            );
        }
    }

    #[test]
    fn catalogues_load_and_format() {
        for lang in Lang::ALL {
            let m = Messages::new(lang);
            assert!(!m.get("dimension-role_clarity").contains("dimension-"));
        }
    }

    #[test]
    fn locale_rules_follow_the_contract() {
        assert_eq!(Lang::from_locale("nb_NO.UTF-8"), Lang::Nb);
        assert_eq!(Lang::from_locale("no_NO"), Lang::Nb);
        assert_eq!(Lang::from_locale("nn_NO.UTF-8"), Lang::Nn);
        assert_eq!(Lang::from_locale("C.UTF-8"), Lang::En);
        assert_eq!(Lang::from_locale("sv_SE"), Lang::En);
    }
}
