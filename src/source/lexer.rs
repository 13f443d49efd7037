//! The tokens of RON text, with their byte spans.
//!
//! This is not a parser: `ron` reads every file and defines what it means. The lexer gives
//! what `ron` does not: where things are. It feeds the guards that run before parsing
//! (control characters, nesting depth, see `guard`), the index of string literals a semantic
//! diagnostic is placed with (`check::literals`), and the look around a parse error
//! (`scenario::cause`). The token rules follow RON's grammar (ron's `docs/grammar.md`):
//! `//` and nesting `/* */` comments, `"…"` strings with escapes, `r#"…"#` raw strings,
//! `'…'` characters, identifiers (also raw `r#ident`), numbers, and the punctuation
//! `( ) [ ] { } : ,`.
//!
//! It never fails: text it cannot read becomes one `Other` token per character, and a string,
//! character or comment that is never closed runs to the end of the text (`closed` false);
//! `ron` reports those with a position of its own.

use std::borrow::Cow;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `(`, `[` or `{`.
    Open,
    /// `)`, `]` or `}`.
    Close,
    Colon,
    Comma,
    /// A name: a field, a struct or enum variant, `true`, `Some`; also a raw `r#name`.
    Ident,
    /// A `"…"` string, escapes and all (`unescape` gives its value).
    Str,
    /// An `r"…"` or `r#"…"#` string: no escapes.
    RawStr,
    /// A `'…'` character.
    Char,
    /// A number, from its first digit to the last digit, letter, `_` or `.` after it.
    Number,
    /// A `//` comment up to (not including) the end of its line, or a `/* */` comment.
    Comment,
    /// Any other single character (`-`, `+`, `#`, a stray `“` or byte-order mark).
    Other,
}

/// One token: its kind and where it is, as byte offsets into the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub kind: Kind,
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset just past the last byte.
    pub end: usize,
    /// False for a string, character or block comment that runs to the end of the text.
    pub closed: bool,
}

/// The tokens of a text, in order; spaces, tabs and line breaks between them are skipped.
pub struct Lexer<'a> {
    text: &'a str,
    i: usize,
}

impl<'a> Lexer<'a> {
    pub fn new(text: &'a str) -> Self {
        Lexer { text, i: 0 }
    }
}

/// Tokens of `text`, from the start.
pub fn tokens(text: &str) -> Lexer<'_> {
    Lexer::new(text)
}

impl Iterator for Lexer<'_> {
    type Item = Token;

    fn next(&mut self) -> Option<Token> {
        let b = self.text.as_bytes();
        while self.i < b.len() && matches!(b[self.i], b' ' | b'\t' | b'\n' | b'\r') {
            self.i += 1;
        }
        let start = self.i;
        let c = *b.get(start)?;
        let mut closed = true;
        let (kind, end) = match c {
            b'(' | b'[' | b'{' => (Kind::Open, start + 1),
            b')' | b']' | b'}' => (Kind::Close, start + 1),
            b':' => (Kind::Colon, start + 1),
            b',' => (Kind::Comma, start + 1),
            b'/' if b.get(start + 1) == Some(&b'/') => {
                let end = b[start..]
                    .iter()
                    .position(|&c| c == b'\n')
                    .map_or(b.len(), |p| start + p);
                (Kind::Comment, end)
            }
            b'/' if b.get(start + 1) == Some(&b'*') => {
                let (end, ok) = block_comment_end(b, start);
                closed = ok;
                (Kind::Comment, end)
            }
            b'"' => {
                let (end, ok) = quoted_end(b, start + 1, b'"');
                closed = ok;
                (Kind::Str, end)
            }
            b'\'' => {
                let (end, ok) = quoted_end(b, start + 1, b'\'');
                closed = ok;
                (Kind::Char, end)
            }
            b'r' if raw_string_ahead(b, start + 1) => {
                let (end, ok) = raw_string_end(b, start + 1);
                closed = ok;
                (Kind::RawStr, end)
            }
            b'r' if b.get(start + 1) == Some(&b'#') && b.get(start + 2).is_some_and(|&c| is_ident_byte(c)) => {
                (Kind::Ident, ident_end(self.text, start + 2))
            }
            c if c.is_ascii_digit() => {
                let end = b[start..]
                    .iter()
                    .position(|&c| !(c.is_ascii_alphanumeric() || c == b'_' || c == b'.'))
                    .map_or(b.len(), |p| start + p);
                (Kind::Number, end)
            }
            _ => {
                let ch = self.text[start..].chars().next()?;
                if ch == '_' || ch.is_alphabetic() {
                    (Kind::Ident, ident_end(self.text, start))
                } else {
                    (Kind::Other, start + ch.len_utf8())
                }
            }
        };
        self.i = end;
        Some(Token {
            kind,
            start,
            end,
            closed,
        })
    }
}

fn is_ident_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80
}

/// The end of the identifier whose first character is at `i`.
fn ident_end(text: &str, i: usize) -> usize {
    text[i..]
        .char_indices()
        .find(|&(_, c)| !(c == '_' || c.is_alphanumeric()))
        .map_or(text.len(), |(p, _)| i + p)
}

/// Past the closing `quote` of a string or character whose body starts at `i`, skipping
/// escaped characters; `false` if the text ends first.
fn quoted_end(b: &[u8], mut i: usize, quote: u8) -> (usize, bool) {
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            c if c == quote => return (i + 1, true),
            _ => i += 1,
        }
    }
    (b.len(), false)
}

/// Whether `r` followed by what is at `i` opens a raw string: `"` or hashes then `"`.
fn raw_string_ahead(b: &[u8], i: usize) -> bool {
    let hashes = b[i.min(b.len())..].iter().take_while(|&&c| c == b'#').count();
    b.get(i + hashes) == Some(&b'"')
}

/// Past the end of a raw string whose hashes start at `i` (checked by `raw_string_ahead`).
fn raw_string_end(b: &[u8], i: usize) -> (usize, bool) {
    let hashes = b[i..].iter().take_while(|&&c| c == b'#').count();
    let mut k = i + hashes + 1;
    while k < b.len() {
        if b[k] == b'"' && b[k + 1..].iter().take(hashes).take_while(|&&h| h == b'#').count() == hashes {
            return (k + 1 + hashes, true);
        }
        k += 1;
    }
    (b.len(), false)
}

/// Past the end of the block comment that starts at `i` (RON block comments nest).
fn block_comment_end(b: &[u8], mut i: usize) -> (usize, bool) {
    let mut level = 0usize;
    while i < b.len() {
        if b[i] == b'/' && b.get(i + 1) == Some(&b'*') {
            level += 1;
            i += 2;
        } else if b[i] == b'*' && b.get(i + 1) == Some(&b'/') {
            level -= 1;
            i += 2;
            if level == 0 {
                return (i, true);
            }
        } else {
            i += 1;
        }
    }
    (b.len(), false)
}

/// The text between the quotes of a `Str` or `RawStr` token (an unclosed one up to the end).
pub fn body<'a>(text: &'a str, t: &Token) -> &'a str {
    let s = &text[t.start..t.end];
    match t.kind {
        Kind::Str | Kind::Char => {
            let s = &s[1..];
            if t.closed { &s[..s.len() - 1] } else { s }
        }
        Kind::RawStr => {
            let hashes = s[1..].bytes().take_while(|&c| c == b'#').count();
            let s = &s[2 + hashes..];
            if t.closed { &s[..s.len() - 1 - hashes] } else { s }
        }
        _ => s,
    }
}

/// The value of a `Str` or `RawStr` token: its body with escapes resolved as ron resolves
/// them (`\n`, `\t`, `\r`, `\0`, `\\`, `\"`, `\'`, `\xHH`, `\u{H…}`, and a backslash before a
/// line break, which skips the break and the spaces after it). Borrowed when there is no escape,
/// which is nearly always: a large file has millions of literals.
pub fn value<'a>(text: &'a str, t: &Token) -> Cow<'a, str> {
    let body = body(text, t);
    if t.kind == Kind::RawStr || !body.contains('\\') {
        return Cow::Borrowed(body);
    }
    let mut out = String::with_capacity(body.len());
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some('0') => out.push('\0'),
            Some('x') => {
                let hex: String = chars.by_ref().take(2).collect();
                out.extend(u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32));
            }
            Some('u') if chars.peek() == Some(&'{') => {
                chars.next();
                let hex: String = chars.by_ref().take_while(|&c| c != '}').collect();
                out.extend(u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32));
            }
            Some('\n' | '\r') => while chars.next_if(|c| matches!(c, ' ' | '\t' | '\n' | '\r')).is_some() {},
            Some(other) => out.push(other),
            None => {}
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(Kind, &str)> {
        tokens(text).map(|t| (t.kind, &text[t.start..t.end])).collect()
    }

    #[test]
    fn tokens_and_their_spans() {
        use Kind::*;
        assert_eq!(
            kinds("Scenario(id: \"a\", n: 12, // note\n r: r#\"x\"y\"#, c: 'q', /* a /* b */ */ x: [-1])"),
            [
                (Ident, "Scenario"),
                (Open, "("),
                (Ident, "id"),
                (Colon, ":"),
                (Str, "\"a\""),
                (Comma, ","),
                (Ident, "n"),
                (Colon, ":"),
                (Number, "12"),
                (Comma, ","),
                (Comment, "// note"),
                (Ident, "r"),
                (Colon, ":"),
                (RawStr, "r#\"x\"y\"#"),
                (Comma, ","),
                (Ident, "c"),
                (Colon, ":"),
                (Char, "'q'"),
                (Comma, ","),
                (Comment, "/* a /* b */ */"),
                (Ident, "x"),
                (Colon, ":"),
                (Open, "["),
                (Other, "-"),
                (Number, "1"),
                (Close, "]"),
                (Close, ")"),
            ]
        );
    }

    #[test]
    fn brackets_inside_strings_and_comments_are_not_tokens() {
        let opens = |t: &str| tokens(t).filter(|t| t.kind == Kind::Open).count();
        assert_eq!(opens(r#"("((", r"(", '(', // ((("#), 1);
        assert_eq!(opens("(/* ( /* ( */ ( */)"), 1);
    }

    #[test]
    fn unclosed_strings_and_comments_run_to_the_end() {
        let t: Vec<Token> = tokens("(a: \"open").collect();
        assert_eq!(t.last().map(|t| (t.kind, t.end, t.closed)), Some((Kind::Str, 9, false)));
        let t: Vec<Token> = tokens("/* /* */").collect();
        assert_eq!(t.len(), 1);
        assert!(!t[0].closed);
    }

    #[test]
    fn values_resolve_escapes_and_borrow_when_there_are_none() {
        let text = r##"("plain", "q \"x\" \n\t \\ \u{e5} \x41", r#"raw \n"#, "a\
              b", "æøå", r#ident)"##;
        let values: Vec<Cow<str>> = tokens(text)
            .filter(|t| matches!(t.kind, Kind::Str | Kind::RawStr))
            .map(|t| value(text, &t))
            .collect();
        assert_eq!(values, ["plain", "q \"x\" \n\t \\ å A", "raw \\n", "ab", "æøå"]);
        assert!(matches!(values[0], Cow::Borrowed(_)));
        assert!(tokens(text).any(|t| t.kind == Kind::Ident && &text[t.start..t.end] == "r#ident"));
    }

    #[test]
    fn any_text_lexes_without_panicking() {
        for text in [
            "r",
            "r#",
            "r#\"",
            "'",
            "\\",
            "\"\\",
            "/",
            "/*",
            "é",
            "\u{FEFF}(",
            "1.5e3x",
        ] {
            let toks: Vec<Token> = tokens(text).collect();
            assert!(toks.iter().all(|t| t.start < t.end && t.end <= text.len()), "{text:?}");
        }
    }
}
