//! The likely cause behind a RON parse error, named in words a trainer knows (issue 16).
//!
//! `ron` says what it expected ("Expected comma"); an author wants to know what they did: a
//! straight quote inside a text, a comma left out, a decimal where a whole number is needed, a
//! curly quote where a straight one belongs, an invisible byte-order mark. Each of those has a
//! code of its own; every other parse error stays L001, its detail translated by `kind`.

use ron::error::Error as RonError;

use crate::source::lexer::{self, Kind, Token};
use crate::source::{Code, Position, SourceText};

/// The quotation marks a word processor writes instead of `"`.
const CURLY: &[char] = &['“', '”', '„', '‟', '«', '»', '‘', '’', '‚', '‹', '›'];

/// A short, stable name for a ron error, which picks its translated detail
/// (`syntax-<kind>` in the catalogues); `other` keeps ron's own English words.
pub fn kind(err: &RonError) -> &'static str {
    match err {
        RonError::ExpectedComma => "comma",
        RonError::ExpectedArray => "array",
        RonError::ExpectedArrayEnd => "array-end",
        RonError::ExpectedStructLike | RonError::ExpectedNamedStructLike(_) => "struct",
        RonError::ExpectedStructLikeEnd => "struct-end",
        RonError::ExpectedString => "string",
        RonError::ExpectedStringEnd => "string-end",
        RonError::ExpectedIdentifier => "identifier",
        RonError::ExpectedInteger | RonError::IntegerOutOfBounds => "integer",
        RonError::ExpectedBoolean => "boolean",
        RonError::ExpectedMapColon => "colon",
        RonError::Eof => "eof",
        RonError::TrailingCharacters => "trailing",
        RonError::UnclosedBlockComment | RonError::UnclosedLineComment => "comment",
        RonError::InvalidEscape(_) => "escape",
        RonError::UnexpectedChar(_) => "char",
        _ => "other",
    }
}

/// A diagnostic's code, position and arguments.
type Found = (Code, Position, Vec<(&'static str, String)>);

/// The likely cause of a parse error ron reported at `pos`, if the text around it shows one.
pub fn likely(text: &str, src: &SourceText, pos: Position, err: &RonError) -> Option<Found> {
    let at = src.offset(pos.line, pos.col)?;
    // ron may stop before the whitespace in front of the token it could not read.
    let at = at + text[at..].len() - text[at..].trim_start_matches([' ', '\t']).len();
    let pos = src.position(at, 1);
    let here = text[at..].chars().next();
    let before = text[..at].chars().next_back();
    let after = text[at..].chars().nth(1);
    if here == Some('\u{FEFF}') {
        return Some((Code::StrayBom, pos, vec![]));
    }
    if let Some(q) = here.filter(|c| CURLY.contains(c)) {
        return Some((Code::CurlyQuote, pos, vec![("quote", q.to_string())]));
    }
    if matches!(here, Some('.' | ','))
        && before.is_some_and(|c| c.is_ascii_digit())
        && after.is_some_and(|c| c.is_ascii_digit())
    {
        let start = text[..at].rfind(|c: char| !c.is_ascii_digit()).map_or(0, |i| i + 1);
        let rest = &text[at + 1..];
        let end = at + 1 + rest.find(|c: char| !c.is_ascii_digit()).unwrap_or(rest.len());
        let number = &text[start..end];
        let p = src.position(start, number.chars().count());
        return Some((Code::WholeNumber, p, vec![("number", number.to_string())]));
    }
    if !matches!(err, RonError::ExpectedComma) {
        return None;
    }
    // What came before the place ron stopped at, whitespace and comments aside. ron read the
    // text up to `at`, so the lexer's tokens there are the ones ron saw.
    let prev_tok = previous_token(text, at)?;
    let prev_end = prev_tok.end;
    let prev = text[..prev_end].chars().next_back()?;
    if prev_tok.kind == Kind::Str {
        let (open, close) = (prev_tok.start, prev_tok.end - 1);
        let content = lexer::body(text, &prev_tok);
        if content.contains('\n') {
            // A text opened with `"` and closed with a curly quote runs on to the next `"`.
            if let Some((i, q)) = content.char_indices().find(|(_, c)| CURLY.contains(c)) {
                let p = src.position(open + 1 + i, 1);
                return Some((Code::CurlyQuote, p, vec![("quote", q.to_string())]));
            }
        } else if here.is_some_and(|c| c.is_alphanumeric()) && !text[close..at].contains('\n') {
            // `"Hun sa "nei" til meg"`: the second quote ended the text early.
            let p = src.position(close, 1);
            let shown: String = content.chars().take(40).collect();
            return Some((Code::StraightQuote, p, vec![("text", shown)]));
        }
    }
    let starts_value = here.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '"' || c == '(' || c == '[');
    let ends_value = prev.is_alphanumeric() || matches!(prev, '"' | ')' | ']' | '_');
    if starts_value && ends_value {
        let p = src.position(prev_end, 1);
        return Some((Code::MissingComma, p, vec![]));
    }
    None
}

/// The last token that ends at or before `at`, comments left out; only a closed one (an
/// unclosed string or comment runs to the end of the text, so it cannot end before `at`).
fn previous_token(text: &str, at: usize) -> Option<Token> {
    lexer::tokens(text)
        .take_while(|t| t.end <= at)
        .filter(|t| t.kind != Kind::Comment)
        .last()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cause(text: &str) -> Option<(Code, usize, usize)> {
        let err = crate::scenario::load::ron_options()
            .from_str::<crate::scenario::Scenario>(text)
            .unwrap_err();
        let src = SourceText::new(text);
        let pos = src.at(err.span.start.line, err.span.start.col);
        likely(text, &src, pos, &err.code).map(|(c, p, _)| (c, p.line, p.col))
    }

    #[test]
    fn names_the_straight_quote_at_the_quote() {
        assert_eq!(
            cause("Scenario(id: \"a\", title: \"En \"liten\" uro\")"),
            Some((Code::StraightQuote, 1, 30))
        );
    }

    #[test]
    fn names_a_missing_comma_where_it_belongs() {
        assert_eq!(
            cause("Scenario(\n  id: \"a\" // the id\n  title: \"b\")"),
            Some((Code::MissingComma, 2, 10))
        );
    }

    #[test]
    fn names_a_decimal_and_a_curly_quote() {
        assert_eq!(
            cause("Scenario(id: \"a\", duration_minutes: 1.5)"),
            Some((Code::WholeNumber, 1, 37))
        );
        assert_eq!(cause("Scenario(id: “a”)"), Some((Code::CurlyQuote, 1, 14)));
        assert_eq!(
            cause("Scenario(id: \"a”,\n title: \"b\")"),
            Some((Code::CurlyQuote, 1, 16))
        );
    }

    #[test]
    fn other_errors_keep_their_code() {
        assert_eq!(cause("Scenario(id: \"a\"]"), None);
    }
}
