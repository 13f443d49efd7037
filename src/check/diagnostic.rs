//! Diagnostics: what is wrong in a scenario file, where, and what to do about it.
//!
//! Each has a stable code (the same in every language), a severity, a position as 1-based line
//! and column (columns count characters, as ron does), and a message id with arguments that
//! the renderer turns into words in the user's language.

use serde::Serialize;

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

/// A place in a file: 1-based line and column, and the width to underline (in characters).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Position {
    pub line: usize,
    pub col: usize,
    pub width: usize,
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
            let marker = " ".repeat(self.pos.col.saturating_sub(1)) + &"^".repeat(self.pos.width.max(1));
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

/// The text of a file, with what is needed to turn byte offsets into positions.
pub struct SourceText<'a> {
    text: &'a str,
    line_starts: Vec<usize>,
}

impl<'a> SourceText<'a> {
    pub fn new(text: &'a str) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        SourceText { text, line_starts }
    }

    /// Position of a byte offset, with `width` characters to mark.
    pub fn position(&self, offset: usize, width: usize) -> Position {
        let offset = offset.min(self.text.len());
        let line_idx = self.line_starts.partition_point(|&s| s <= offset) - 1;
        let start = self.line_starts[line_idx];
        let col = self.text.get(start..offset).map_or(1, |s| s.chars().count() + 1);
        Position {
            line: line_idx + 1,
            col,
            width,
        }
    }

    /// Position from ron's 1-based line and column.
    pub fn at(&self, line: usize, col: usize) -> Position {
        Position {
            line: line.max(1),
            col: col.max(1),
            width: 1,
        }
    }

    pub fn line(&self, line: usize) -> Option<String> {
        let start = *self.line_starts.get(line.checked_sub(1)?)?;
        let end = self
            .line_starts
            .get(line)
            .map_or(self.text.len(), |&e| e.saturating_sub(1));
        let s = self.text.get(start..end)?;
        // Very long lines (minified files) are cut so the excerpt stays readable.
        Some(s.trim_end_matches('\r').chars().take(200).collect())
    }
}
