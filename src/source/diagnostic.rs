//! Diagnostics: what is wrong in a scenario file, where, and what to do about it.
//!
//! Each has a stable code (the same in every language), a severity, a position as 1-based line
//! and column (columns count characters, as ron does), and a message id with arguments that
//! the renderer turns into words in the user's language.

use serde::Serialize;
use unicode_width::UnicodeWidthChar;

pub use super::text::{Position, SourceText};
use crate::i18n::{Arg, Messages};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

macro_rules! codes {
    ($($name:ident = $code:literal, $sev:ident, $slug:literal;)*) => {
        /// Every diagnostic `laget check` can give. Codes never change meaning.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code { $($name),* }

        impl Code {
            pub const ALL: &'static [Code] = &[$(Code::$name),*];
            pub fn code(self) -> &'static str { match self { $(Code::$name => $code),* } }
            pub fn severity(self) -> Severity { match self { $(Code::$name => Severity::$sev),* } }
            /// The message id stem: `check-<slug>` and `check-<slug>-help` in the catalogues.
            pub fn slug(self) -> &'static str { match self { $(Code::$name => $slug),* } }
        }
    };
}

codes! {
    Syntax = "L001", Error, "syntax";
    UnknownField = "L002", Error, "unknown-field";
    MissingField = "L003", Error, "missing-field";
    BadValue = "L004", Error, "bad-value";
    TooLarge = "L005", Error, "too-large";
    TooDeep = "L006", Error, "too-deep";
    NotUtf8 = "L007", Error, "not-utf8";
    Empty = "L008", Error, "empty";
    TooMany = "L009", Error, "too-many";
    Unreadable = "L010", Error, "unreadable";
    ControlChar = "L011", Error, "control-char";
    StraightQuote = "L012", Error, "straight-quote";
    WholeNumber = "L013", Error, "whole-number";
    CurlyQuote = "L014", Error, "curly-quote";
    MissingComma = "L015", Error, "missing-comma";
    StrayBom = "L016", Error, "stray-bom";
    DuplicateId = "L101", Error, "duplicate-id";
    UnknownScene = "L102", Error, "unknown-scene";
    UnknownRole = "L103", Error, "unknown-role";
    UnknownResponsibility = "L104", Error, "unknown-responsibility";
    UnknownKeyDecision = "L105", Error, "unknown-key-decision";
    UnknownFlag = "L106", Error, "unknown-flag";
    UnknownCounter = "L107", Error, "unknown-counter";
    UnknownInject = "L108", Error, "unknown-inject";
    UnknownLanguage = "L109", Error, "unknown-language";
    BadDate = "L110", Error, "bad-date";
    MisplacedNext = "L111", Error, "misplaced-next";
    MissingNext = "L112", Error, "missing-next";
    RoundChoiceRole = "L113", Error, "round-choice-role";
    NotAnEnding = "L114", Error, "not-an-ending";
    NotPlayable = "L115", Error, "not-playable";
    BadExemplaryStep = "L116", Error, "bad-exemplary-step";
    BadId = "L117", Error, "bad-id";
    Unreachable = "L201", Error, "unreachable";
    DeadEnd = "L202", Error, "dead-end";
    NoEnding = "L203", Error, "no-ending";
    ZeroTimeCycle = "L204", Error, "zero-time-cycle";
    KeyDecisionUnreachable = "L205", Error, "key-decision-unreachable";
    ExemplaryNotLegal = "L206", Error, "exemplary-not-legal";
    ImpossibleCondition = "L207", Error, "impossible-condition";
    RoundRoleAbsent = "L208", Error, "round-role-absent";
    ExemplaryRoleAbsent = "L209", Error, "exemplary-role-absent";
    WindowOrder = "L301", Error, "window-order";
    NegativeDuration = "L302", Error, "negative-duration";
    DurationTooLarge = "L303", Error, "duration-too-large";
    BadPercent = "L304", Error, "bad-percent";
    TooManyIndexed = "L305", Error, "too-many-indexed";
    LongCondition = "L306", Error, "long-condition";
    TranslationDiffers = "L401", Error, "translation-differs";
    DuplicateTranslation = "L402", Error, "duplicate-translation";
    OriginalMissing = "L403", Error, "original-missing";
    TranslationUnmarked = "L404", Warning, "translation-unmarked";
    RoleNeverActs = "L501", Warning, "role-never-acts";
    NoVoiceOpportunity = "L502", Warning, "no-voice-opportunity";
    VoiceOutsideOpportunity = "L503", Warning, "voice-outside-opportunity";
    AllChoicesConditional = "L504", Warning, "all-choices-conditional";
    UnusedFlag = "L505", Warning, "unused-flag";
    ExemplaryNotGood = "L506", Warning, "exemplary-not-good";
    LengthTell = "L507", Warning, "length-tell";
    BadClosedDay = "L601", Error, "bad-closed-day";
    BadAnchorTime = "L602", Error, "bad-anchor-time";
    StartOnClosedDay = "L603", Warning, "start-on-closed-day";
    WeekdayNotInText = "L604", Warning, "weekday-not-in-text";
    KeyDecisionAnyDay = "L605", Warning, "key-decision-any-day";
    AnchorInRound = "L606", Warning, "anchor-in-round";
    EndingAboutNothing = "L701", Warning, "ending-about-nothing";
    TooEarlyDecidesNothing = "L702", Warning, "too-early-decides-nothing";
}

/// One diagnostic in `laget check --format json` (CONTRACT.md), fields in this order.
#[derive(Debug, Clone, Serialize)]
pub struct JsonDiagnostic {
    pub path: String,
    pub line: usize,
    pub col: usize,
    pub severity: Severity,
    pub code: &'static str,
    pub message: String,
    pub help: String,
}

#[derive(Debug, Clone)]
pub struct Diagnostic {
    pub code: Code,
    pub path: String,
    pub pos: Position,
    pub args: Vec<(&'static str, String)>,
    /// The source line the position is on, for the excerpt.
    pub excerpt: Option<String>,
}

impl Diagnostic {
    pub fn severity(&self) -> Severity {
        self.code.severity()
    }

    pub fn message(&self, msgs: &Messages) -> String {
        let mut args = self.args_ref();
        // A parse error's detail in the user's language, where the kind of error has words.
        let kind = self.args.iter().find(|(k, _)| *k == "kind").map(|(_, v)| v.as_str());
        let detail = match kind {
            Some(k) if k != "other" && !k.is_empty() => Some(msgs.fmt(&format!("syntax-{k}"), &args)),
            _ => None,
        };
        if let Some(d) = &detail {
            args.retain(|(k, _)| *k != "detail");
            args.push(("detail", Arg::Str(d)));
        }
        msgs.fmt(&format!("check-{}", self.code.slug()), &args)
    }

    pub fn help(&self, msgs: &Messages) -> String {
        msgs.fmt(&format!("check-{}-help", self.code.slug()), &self.args_ref())
    }

    /// Empty arguments become `none`, which the catalogues select on to leave a clause out.
    fn args_ref(&self) -> Vec<(&str, Arg<'_>)> {
        self.args
            .iter()
            .map(|(k, v)| (*k, Arg::Str(if v.is_empty() { "none" } else { v })))
            .collect()
    }

    /// `PATH:LINE:COL: error[CODE]: message`, the excerpt with a marker, and the advice.
    pub fn render_human(&self, msgs: &Messages) -> String {
        let sev = match self.severity() {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let mut out = format!(
            "{}:{}:{}: {}[{}]: {}\n",
            printable(&self.path),
            self.pos.line,
            self.pos.col,
            sev,
            self.code.code(),
            printable(&self.message(msgs))
        );
        let gutter = self.pos.line.to_string().len();
        let pad = " ".repeat(gutter);
        if let Some(line) = &self.excerpt {
            let shown = printable(line);
            out.push_str(&format!("{pad} |\n{} | {}\n", self.pos.line, shown));
            let marker = marker(&shown, self.pos.col, self.pos.width);
            out.push_str(&format!("{pad} | {marker}\n"));
        }
        out.push_str(&format!(
            "{pad} = {}: {}\n",
            msgs.get("check-help-label"),
            printable(&self.help(msgs))
        ));
        out
    }

    pub fn to_json(&self, msgs: &Messages) -> JsonDiagnostic {
        JsonDiagnostic {
            path: self.path.clone(),
            line: self.pos.line,
            col: self.pos.col,
            severity: self.severity(),
            code: self.code.code(),
            message: self.message(msgs),
            help: self.help(msgs),
        }
    }
}

/// The line under an excerpt: spaces up to the column, then a `^` for each terminal cell the
/// marked characters take. Columns and widths count characters (as ron's do), but a terminal
/// gives a CJK character or an emoji two cells and a combining accent none (Unicode's East
/// Asian Width, via `unicode-width`), so both are turned into cells here to keep the marker
/// under the text it names. Marked characters beyond the end of the line (a text that runs on
/// to the next line) count one cell each, and the marker is never empty.
fn marker(shown: &str, col: usize, width: usize) -> String {
    let cells = |c: char| c.width().unwrap_or(0);
    let before: usize = shown.chars().take(col.saturating_sub(1)).map(cells).sum();
    let on_line: Vec<char> = shown.chars().skip(col.saturating_sub(1)).take(width).collect();
    let under = on_line.iter().map(|&c| cells(c)).sum::<usize>() + (width - on_line.len());
    // Past the end of the line (ron's end-of-file position): one cell per missing character.
    let missing = col.saturating_sub(1).saturating_sub(shown.chars().count());
    " ".repeat(before + missing) + &"^".repeat(under.max(1))
}

/// Text from a file (or its name) made safe to print on a terminal: a tab becomes a space and
/// any other control character (an escape sequence in a hostile file) becomes U+FFFD, one
/// character for one, so the excerpt's marker stays under the column it names.
fn printable(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\t' => ' ',
            c if c.is_control() => '\u{FFFD}',
            c => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    /// The excerpt and marker lines of a diagnostic at `col` (in characters) on `line`.
    fn excerpt(line: &str, col: usize, width: usize) -> (String, String) {
        let d = Diagnostic {
            code: Code::UnknownScene,
            path: "t.ron".into(),
            pos: Position { line: 7, col, width },
            args: vec![("id", "x".into()), ("suggestion", String::new())],
            excerpt: Some(line.into()),
        };
        let out = d.render_human(&Messages::new(Lang::En));
        let lines: Vec<&str> = out.lines().collect();
        (lines[2].to_string(), lines[3].to_string())
    }

    #[test]
    fn the_marker_stays_under_wide_and_combining_characters() {
        // Two CJK characters and an emoji (two cells each) before the marked id.
        let (text, mark) = excerpt("  title: \"学校 🙂\", next: \"x\"", 24, 3);
        assert_eq!(text, "7 |   title: \"学校 🙂\", next: \"x\"");
        assert_eq!(mark, format!("  | {}^^^", " ".repeat(26)));
        // `e` + U+0301 (a combining acute accent, no cell of its own) before the mark, and a
        // marked text with a wide character in it, which takes one more `^`.
        let (text, mark) = excerpt("  \"Rene\u{301}\", \"学x\"", 12, 4);
        assert_eq!(text, "7 |   \"Rene\u{301}\", \"学x\"");
        assert_eq!(mark, format!("  | {}^^^^^", " ".repeat(10)));
        // ASCII as before: one cell per character.
        assert_eq!(excerpt("  next: \"x\"", 9, 3).1, format!("  | {}^^^", " ".repeat(8)));
    }
}
