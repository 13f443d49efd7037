//! The index of string literals a semantic diagnostic is placed with.
//!
//! ron gives positions only for syntax and type errors; a choice pointing at a missing scene
//! must find its own span in the text. Each string literal is recorded with the field it is
//! the value of and the fields of the brackets around it, so that `next: "x"` inside a choice
//! is told apart from an `id: "x"` elsewhere. Built from the lexer's tokens, only when the
//! first diagnostic needs a position (see `locate`).

use std::borrow::Cow;
use std::rc::Rc;

use crate::source::lexer::{self, Kind};

/// A string literal in the source, with the field it is the value of. Everything is borrowed
/// from the source where it can be: a large file has millions of literals, and owned copies
/// made placing one diagnostic in a 100,000-scene file cost seconds and 700 MB.
#[derive(Debug, Clone)]
pub struct Literal<'a> {
    /// Byte offset of the opening quote (or the `r` of a raw string).
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

/// Every closed string literal with its field path, in text order.
pub fn literals(src: &str) -> Vec<Literal<'_>> {
    let mut out = Vec::new();
    // For each open bracket: the field it was opened for.
    let mut stack: Vec<&str> = Vec::new();
    // The path of the brackets open now, built again only after one opens or closes.
    let mut path: Option<Rc<[&str]>> = None;
    let mut pending_field: Option<&str> = None;
    let mut last_ident: Option<&str> = None;
    let mut current_key = "";
    let mut keys: Vec<&str> = vec![""];
    for tok in lexer::tokens(src) {
        match tok.kind {
            Kind::Ident => last_ident = Some(src[tok.start..tok.end].trim_start_matches("r#")),
            Kind::Colon => {
                if let Some(name) = last_ident.take() {
                    pending_field = Some(name);
                    current_key = name;
                }
            }
            Kind::Open => {
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
            Kind::Close => {
                stack.pop();
                path = None;
                current_key = keys.pop().unwrap_or_default();
                last_ident = None;
            }
            Kind::Comma => {
                pending_field = None;
                last_ident = None;
            }
            Kind::Str | Kind::RawStr if tok.closed => {
                let fields = path
                    .get_or_insert_with(|| stack.iter().copied().filter(|f| !f.is_empty()).collect())
                    .clone();
                out.push(Literal {
                    start: tok.start,
                    end: tok.end,
                    value: lexer::value(src, &tok),
                    key: current_key,
                    fields,
                });
                pending_field = None;
                last_ident = None;
            }
            // An unclosed string ends the text; ron reports it.
            Kind::Str | Kind::RawStr => break,
            Kind::Char | Kind::Number | Kind::Comment | Kind::Other => {}
        }
    }
    out
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
        let src = r##"(a: "plain", b: "with \"quote\" and \n", c: r#"raw"#, d: "after", /* e: "no" */ f: "é")"##;
        let values: Vec<(&str, String)> = literals(src).iter().map(|l| (l.key, l.value.to_string())).collect();
        assert_eq!(
            values,
            [
                ("a", "plain".to_string()),
                ("b", "with \"quote\" and \n".to_string()),
                ("c", "raw".to_string()),
                ("d", "after".to_string()),
                ("f", "é".to_string())
            ]
        );
        assert!(matches!(literals(src)[0].value, Cow::Borrowed(_)));
        assert_eq!(&src[literals(src)[2].start..literals(src)[2].end], "r#\"raw\"#");
    }
}
