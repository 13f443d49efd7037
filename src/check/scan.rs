//! A small tokenizer over RON text, used for two things ron itself does not give:
//! a cheap nesting-depth guard that runs before parsing (so a hostile file cannot make the
//! parser recurse deeply), and the positions of string literals, from which semantic
//! diagnostics find the span of the id they are about.

use std::borrow::Cow;
use std::rc::Rc;

/// A string literal in the source, with the field it is the value of. Everything is borrowed
/// from the source where it can be: a large file has millions of literals, and owned copies
/// made placing one diagnostic in a 100,000-scene file cost seconds and 700 MB.
#[derive(Debug, Clone)]
pub struct Literal<'a> {
    /// Byte offset of the opening quote.
    pub start: usize,
    /// Byte offset just past the closing quote.
    pub end: usize,
    pub value: Cow<'a, str>,
    /// The field (`next: "x"`) or tuple variant (`Flag("x")`) the literal belongs to.
    pub key: &'a str,
    /// The fields that opened each enclosing bracket, outermost first (empty ones left out);
    /// shared by the literals inside the same brackets.
    pub fields: Rc<[&'a str]>,
}

/// Where the nesting first went deeper than allowed.
pub struct TooDeep {
    pub offset: usize,
}

/// Checks bracket depth without allocating; stops at the first place deeper than `limit`.
/// A byte loop of its own (not `walk`, which builds every string's value): it runs on every
/// file before parsing, so it must cost next to nothing.
pub fn check_depth(src: &str, limit: usize) -> Result<(), TooDeep> {
    let b = src.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'"' => {
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
            }
            b'r' if i + 1 < b.len() && (b[i + 1] == b'"' || b[i + 1] == b'#') && !prev_is_ident(b, i) => {
                let mut j = i + 1;
                let mut hashes = 0;
                while j < b.len() && b[j] == b'#' {
                    hashes += 1;
                    j += 1;
                }
                if j < b.len() && b[j] == b'"' {
                    j += 1;
                    // Up to the closing quote followed by as many hashes.
                    while j < b.len() {
                        if b[j] == b'"' && b[j + 1..].iter().take(hashes).filter(|&&h| h == b'#').count() == hashes {
                            j += hashes;
                            break;
                        }
                        j += 1;
                    }
                }
                i = j;
            }
            b'\'' => {
                i += 1;
                if i < b.len() && b[i] == b'\\' {
                    i += 1;
                }
                while i < b.len() && b[i] != b'\'' {
                    i += 1;
                }
            }
            b'/' if b.get(i + 1) == Some(&b'/') => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                i = skip_block_comment(b, i);
                continue;
            }
            b'(' | b'[' | b'{' => {
                depth += 1;
                if depth > limit {
                    return Err(TooDeep { offset: i });
                }
            }
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    Ok(())
}

/// The index just past the block comment that starts at `i` (RON block comments nest; an
/// unclosed one runs to the end, and ron reports it).
fn skip_block_comment(b: &[u8], mut i: usize) -> usize {
    let mut level = 0usize;
    while i < b.len() {
        if b[i] == b'/' && b.get(i + 1) == Some(&b'*') {
            level += 1;
            i += 2;
        } else if b[i] == b'*' && b.get(i + 1) == Some(&b'/') {
            level -= 1;
            i += 2;
            if level == 0 {
                break;
            }
        } else {
            i += 1;
        }
    }
    i
}

/// Whether the byte before `i` belongs to an identifier (so an `r` there is not a raw string).
fn prev_is_ident(b: &[u8], i: usize) -> bool {
    i > 0 && (b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_')
}

/// The first control character in the text, or one that a `\u{…}` or `\x…` escape would put
/// into a string: scenario text ends up on terminals, where such characters could move the
/// cursor, retitle the window or worse. Tab, newline and carriage return are fine.
pub fn find_control(src: &str) -> Option<usize> {
    let b = src.as_bytes();
    let control = |c: u32| (c < 0x20 && !matches!(c, 0x09 | 0x0a | 0x0d)) || (0x7f..=0x9f).contains(&c);
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\\' if i + 1 < b.len() => {
                let hex = match b[i + 1] {
                    b'u' if b.get(i + 2) == Some(&b'{') => {
                        let end = b[i + 3..].iter().position(|&c| c == b'}').map(|p| i + 3 + p);
                        end.and_then(|e| src.get(i + 3..e))
                    }
                    b'x' => src.get(i + 2..(i + 4).min(b.len())),
                    // `\\` is an escaped backslash: skip both so the next character is literal.
                    _ => None,
                };
                if let Some(v) = hex.and_then(|h| u32::from_str_radix(h, 16).ok())
                    && control(v)
                {
                    return Some(i);
                }
                i += 2;
                continue;
            }
            // ASCII controls here; the C1 controls (U+0080–U+009F) are the 0xC2 arm below.
            c if c < 0x80 && control(u32::from(c)) => return Some(i),
            0xc2 if b.get(i + 1).is_some_and(|&n| (0x80..=0x9f).contains(&n)) => return Some(i),
            _ => {}
        }
        i += 1;
    }
    None
}

/// Every string literal with its field path.
pub fn literals(src: &str) -> Vec<Literal<'_>> {
    let mut out = Vec::new();
    // For each open bracket: the field it was opened for, and the last identifier seen in it.
    let mut stack: Vec<&str> = Vec::new();
    // The path of the brackets open now, built again only after one opens or closes.
    let mut path: Option<Rc<[&str]>> = None;
    let mut pending_field: Option<&str> = None;
    let mut last_ident: Option<&str> = None;
    let mut current_key = "";
    let mut keys: Vec<&str> = vec![""];
    walk(src, |tok| {
        match tok {
            Tok::Ident(name) => last_ident = Some(name),
            Tok::Colon => {
                if let Some(name) = last_ident.take() {
                    pending_field = Some(name);
                    current_key = name;
                }
            }
            Tok::Open => {
                // `field: [`, `field: Some(` and `Variant(` all open a group; the field name
                // (if any) goes on the path, the variant name becomes the key inside it.
                let field = pending_field.take().unwrap_or_default();
                let variant = last_ident.take().unwrap_or_default();
                stack.push(field);
                path = None;
                keys.push(current_key);
                if !variant.is_empty() && variant != "Some" {
                    current_key = variant;
                }
            }
            Tok::Close => {
                stack.pop();
                path = None;
                current_key = keys.pop().unwrap_or_default();
                last_ident = None;
            }
            Tok::Comma => {
                pending_field = None;
                last_ident = None;
            }
            Tok::Str { start, end, value } => {
                let fields = path
                    .get_or_insert_with(|| stack.iter().copied().filter(|f| !f.is_empty()).collect())
                    .clone();
                out.push(Literal {
                    start,
                    end,
                    value,
                    key: current_key,
                    fields,
                });
                pending_field = None;
                last_ident = None;
            }
        }
        true
    });
    out
}

enum Tok<'a> {
    Ident(&'a str),
    Colon,
    Comma,
    Open,
    Close,
    Str {
        start: usize,
        end: usize,
        value: Cow<'a, str>,
    },
}

/// Calls `f` for each token; `f` returns false to stop. Unterminated strings and comments
/// simply end the walk: ron reports those as syntax errors with a position of its own.
fn walk<'a>(src: &'a str, mut f: impl FnMut(Tok<'a>) -> bool) {
    let b = src.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let go_on = match c {
            b'/' if b.get(i + 1) == Some(&b'/') => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                i = skip_block_comment(b, i);
                continue;
            }
            b'"' => {
                let start = i;
                // Most strings have no escapes: their value is the text between the quotes.
                let body_end = b[i + 1..]
                    .iter()
                    .position(|&c| c == b'"' || c == b'\\')
                    .map(|p| i + 1 + p);
                if let Some(e) = body_end.filter(|&e| b[e] == b'"') {
                    i = e + 1;
                    if !f(Tok::Str {
                        start,
                        end: i,
                        value: Cow::Borrowed(&src[start + 1..e]),
                    }) {
                        return;
                    }
                    continue;
                }
                let mut value = String::new();
                i += 1;
                let mut closed = false;
                while i < b.len() {
                    match b[i] {
                        b'\\' => {
                            let esc = b.get(i + 1).copied().unwrap_or(b'\\');
                            match esc {
                                b'n' => value.push('\n'),
                                b't' => value.push('\t'),
                                b'"' => value.push('"'),
                                b'\\' => value.push('\\'),
                                _ => {}
                            }
                            i += 2;
                        }
                        b'"' => {
                            closed = true;
                            i += 1;
                            break;
                        }
                        _ => {
                            let ch_len = utf8_len(b[i]);
                            if let Some(s) = src.get(i..i + ch_len) {
                                value.push_str(s);
                            }
                            i += ch_len;
                        }
                    }
                }
                if !closed {
                    return;
                }
                f(Tok::Str {
                    start,
                    end: i,
                    value: Cow::Owned(value),
                })
            }
            b'r' if matches!(b.get(i + 1), Some(b'"') | Some(b'#')) => {
                let start = i;
                let mut j = i + 1;
                let mut hashes = 0;
                while b.get(j) == Some(&b'#') {
                    hashes += 1;
                    j += 1;
                }
                if b.get(j) != Some(&b'"') {
                    i = j;
                    continue;
                }
                let body = j + 1;
                let mut k = body;
                let end = loop {
                    if k >= b.len() {
                        return;
                    }
                    if b[k] == b'"' && b[k + 1..].iter().take(hashes).filter(|&&h| h == b'#').count() == hashes {
                        break k;
                    }
                    k += 1;
                };
                i = end + 1 + hashes;
                f(Tok::Str {
                    start,
                    end: i,
                    value: Cow::Borrowed(&src[body..end]),
                })
            }
            b'\'' => {
                // A char literal: skip it so a quote inside does not start a string.
                i += 1;
                if b.get(i) == Some(&b'\\') {
                    i += 1;
                }
                while i < b.len() && b[i] != b'\'' {
                    i += 1;
                }
                i += 1;
                continue;
            }
            b'(' | b'[' | b'{' => {
                i += 1;
                f(Tok::Open)
            }
            b')' | b']' | b'}' => {
                i += 1;
                f(Tok::Close)
            }
            b':' => {
                i += 1;
                f(Tok::Colon)
            }
            b',' => {
                i += 1;
                f(Tok::Comma)
            }
            c if c.is_ascii_alphabetic() || c == b'_' => {
                let start = i;
                while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
                    i += 1;
                }
                f(Tok::Ident(&src[start..i]))
            }
            _ => {
                i += utf8_len(c).max(1);
                continue;
            }
        };
        if !go_on {
            return;
        }
    }
}

fn utf8_len(first: u8) -> usize {
    match first {
        0xF0..=0xF7 => 4,
        0xE0..=0xEF => 3,
        0xC0..=0xDF => 2,
        _ => 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_know_their_field_path() {
        let src = r#"Scenario(id: "s", scenes: [Decision(id: "a", choices: [Choice(id: "c", next: "b", when: [Flag("f")])])], start: "a")"#;
        let lits = literals(src);
        let find = |v: &str| lits.iter().find(|l| l.value == v).unwrap();
        assert_eq!(find("s").key, "id");
        assert!(find("s").fields.is_empty());
        assert_eq!(*find("a").fields, ["scenes"]);
        assert_eq!(*find("c").fields, ["scenes", "choices"]);
        assert_eq!(find("b").key, "next");
        assert_eq!(find("f").key, "Flag");
        assert_eq!(*find("f").fields, ["scenes", "choices", "when"]);
    }

    #[test]
    fn literal_values_with_and_without_escapes() {
        let src = r##"(a: "plain", b: "with \"quote\" and \n", c: r#"raw"#, d: "after")"##;
        let values: Vec<(&str, String)> = literals(src).iter().map(|l| (l.key, l.value.to_string())).collect();
        assert_eq!(
            values,
            [
                ("a", "plain".to_string()),
                ("b", "with \"quote\" and \n".to_string()),
                ("c", "raw".to_string()),
                ("d", "after".to_string())
            ]
        );
        assert!(matches!(literals(src)[0].value, Cow::Borrowed(_)));
    }

    #[test]
    fn depth_guard_stops_at_the_first_place_too_deep() {
        let src = "[".repeat(100_000);
        let err = check_depth(&src, 64).unwrap_err();
        assert_eq!(err.offset, 64);
        assert!(check_depth("Scenario(a: [(b: 1)])", 64).is_ok());
        assert!(
            check_depth(r#"("((((((")"#, 3).is_ok(),
            "brackets in strings do not count"
        );
    }
}
