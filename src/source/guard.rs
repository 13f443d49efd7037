//! The checks that run on every file before `ron` reads it, in one pass over its tokens.
//!
//! Control characters: scenario text ends up on terminals, where a control character could
//! move the cursor, retitle the window or worse; so a file holding one, raw or written as a
//! `\u{…}` or `\x…` escape in a string, is refused. Tab, line feed and carriage return are fine.
//!
//! Nesting depth: real scenarios nest about ten brackets deep; a hostile file of a million
//! `[` must be refused before a recursive parser sees it.

use super::lexer::{Kind, Token, body, tokens};

/// What the guards found: the byte offset of the first of each problem, if any.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Found {
    /// The first control character (or the backslash of an escape that writes one).
    pub control: Option<usize>,
    /// The first bracket that opens deeper than the limit.
    pub too_deep: Option<usize>,
}

/// Runs both guards over `text`; brackets deeper than `max_depth` count as too deep.
pub fn check(text: &str, max_depth: usize) -> Found {
    let mut found = Found::default();
    let mut depth = 0usize;
    for t in tokens(text) {
        match t.kind {
            Kind::Open => {
                depth += 1;
                if depth > max_depth && found.too_deep.is_none() {
                    found.too_deep = Some(t.start);
                }
            }
            Kind::Close => depth = depth.saturating_sub(1),
            Kind::Str | Kind::Char => found.control = escaped_control(text, &t).or_else(|| raw_control(text, &t)),
            Kind::RawStr | Kind::Comment | Kind::Other => found.control = raw_control(text, &t),
            Kind::Colon | Kind::Comma | Kind::Ident | Kind::Number => {}
        }
        // The control character is reported first, so nothing after it matters.
        if found.control.is_some() {
            break;
        }
    }
    found
}

/// Whether a character is one a terminal could act on: C0 and C1 controls and DEL, except
/// tab, line feed and carriage return.
pub fn is_control(c: char) -> bool {
    c.is_control() && !matches!(c, '\t' | '\n' | '\r')
}

/// The first raw control character inside a token. A byte loop, not a `chars()` one: it runs
/// over every string and comment of every file. C1 controls (U+0080–U+009F) are `0xC2`
/// followed by `0x80`–`0x9F` in UTF-8.
fn raw_control(text: &str, t: &Token) -> Option<usize> {
    let b = &text.as_bytes()[t.start..t.end];
    b.iter()
        .enumerate()
        .position(|(i, &c)| {
            (c < 0x20 && !matches!(c, b'\t' | b'\n' | b'\r'))
                || c == 0x7f
                || (c == 0xc2 && b.get(i + 1).is_some_and(|n| (0x80..=0x9f).contains(n)))
        })
        .map(|i| t.start + i)
}

/// The first escape in a string or character that writes a control character.
fn escaped_control(text: &str, t: &Token) -> Option<usize> {
    let body = body(text, t);
    let offset = t.start + 1;
    let b = body.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' {
            i += 1;
            continue;
        }
        let hex = match b.get(i + 1) {
            Some(b'u') if b.get(i + 2) == Some(&b'{') => {
                let end = b[i + 3..].iter().position(|&c| c == b'}').map(|p| i + 3 + p);
                end.and_then(|e| body.get(i + 3..e))
            }
            Some(b'x') => body.get(i + 2..(i + 4).min(b.len())),
            _ => None,
        };
        if hex
            .and_then(|h| u32::from_str_radix(h, 16).ok())
            .and_then(char::from_u32)
            .is_some_and(is_control)
        {
            return Some(offset + i);
        }
        // `\\` is an escaped backslash: both go, so the next character is literal.
        i += 2;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_raw_and_escaped_control_characters() {
        assert_eq!(check("(a: \"x\u{1b}[2J\")", 64).control, Some(6));
        assert_eq!(check(r#"(a: "x\u{1b}")"#, 64).control, Some(6));
        assert_eq!(check(r#"(a: "x\x07")"#, 64).control, Some(6));
        assert_eq!(check("(a: \"\u{85}\")", 64).control, Some(5));
        assert_eq!(check("// \u{7f}\n()", 64).control, Some(3));
        assert_eq!(check("(\u{0c})", 64).control, Some(1));
        // Not controls: an escaped backslash before `u`, tab and line breaks, a raw string's
        // backslash (no escapes there), and Norwegian letters.
        assert_eq!(check(r#"(a: "\\u{1b}", b: r"\x07", c: "æøå	")"#, 64), Found::default());
        assert_eq!(check("(a: \"line\r\nnext\")", 64), Found::default());
    }

    #[test]
    fn depth_guard_stops_at_the_first_place_too_deep() {
        let src = "[".repeat(100_000);
        assert_eq!(check(&src, 64).too_deep, Some(64));
        assert_eq!(check("Scenario(a: [(b: 1)])", 64).too_deep, None);
        assert_eq!(
            check(r#"("((((((", r"((((", '(', /* (((( */)"#, 3).too_deep,
            None,
            "brackets in strings and comments do not count"
        );
    }
}
