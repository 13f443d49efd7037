//! The index of string literals a semantic diagnostic is placed with.
//!
//! ron gives positions only for syntax and type errors; a choice pointing at a missing scene
//! must find its own span in the text. Each string literal is recorded with the field it is
//! the value of and the fields of the brackets around it, so that `next: "x"` inside a choice
//! is told apart from an `id: "x"` elsewhere. Built from the lexer's tokens in one pass, only
//! when the first diagnostic needs a position (see `locate`).

use std::borrow::Cow;
use std::hash::BuildHasher;

use foldhash::HashMap;
use foldhash::fast::FixedState;

use crate::source::lexer::{self, Kind, Token};

/// The string literals of one text, indexed by value. A large file has millions of literals,
/// so each is 16 bytes (its span, an interned key and an interned field path) and its value
/// is read again from the text when asked for; the index by value is one sorted vector of
/// (hash, literal). An index of owned strings once made placing one diagnostic in a
/// 100,000-scene file cost seconds and 700 MB; one of borrowed values with a hash map of lists
/// still cost 80 bytes a literal and most of a check's time.
pub struct Literals<'a> {
    text: &'a str,
    lits: Vec<Lit>,
    keys: Vec<&'a str>,
    /// Field paths as a tree: each is its parent's path (an index here) and one more field;
    /// index 0 is the empty path.
    paths: Vec<(u32, &'a str)>,
    /// (hash of the value, index into `lits`), sorted: equal values are adjacent, in text order.
    by_value: Vec<(u64, u32)>,
    /// Where in `by_value` the hashes with each value of their top `bucket_bits` bits begin
    /// (one more entry at the end): a lookup is then two reads and a short search, not a
    /// binary search over millions of entries, one cache miss each.
    buckets: Vec<u32>,
    bucket_bits: u32,
}

/// One literal: its byte span, its key and its path (indices into `keys` and `paths`).
#[derive(Clone, Copy)]
struct Lit {
    start: u32,
    end: u32,
    key: u32,
    path: u32,
}

/// A literal found by `Literals::with_value`.
#[derive(Debug, Clone, Copy)]
pub struct Literal<'a> {
    /// Byte offset of the opening quote (or the `r` of a raw string).
    pub start: usize,
    /// Byte offset just past the closing quote.
    pub end: usize,
    /// The field (`next: "x"`) or tuple variant (`Flag("x")`) the literal belongs to.
    pub key: &'a str,
    path: u32,
}

fn hash(value: &str) -> u64 {
    FixedState::with_seed(0x006c_6167_6574).hash_one(value)
}

impl<'a> Literals<'a> {
    /// Every closed string literal of `text` with its key and field path.
    pub fn new(text: &'a str) -> Self {
        assert!(u32::try_from(text.len()).is_ok(), "files are capped far below 4 GB");
        let mut index = Literals {
            text,
            lits: Vec::new(),
            keys: vec![""],
            paths: vec![(0, "")],
            by_value: Vec::new(),
            buckets: Vec::new(),
            bucket_bits: 0,
        };
        let mut key_ids: HashMap<&'a str, u32> = HashMap::default();
        key_ids.insert("", 0);
        let mut path_ids: HashMap<(u32, &'a str), u32> = HashMap::default();
        let mut intern_key = |k: &'a str, keys: &mut Vec<&'a str>| {
            *key_ids.entry(k).or_insert_with(|| {
                keys.push(k);
                keys.len() as u32 - 1
            })
        };
        // For each open bracket, the path and key outside it.
        let mut stack: Vec<(u32, u32)> = Vec::new();
        let mut path = 0u32;
        let mut pending_field: Option<&'a str> = None;
        let mut last_ident: Option<&'a str> = None;
        let mut current_key = 0u32;
        for tok in lexer::tokens(text) {
            match tok.kind {
                Kind::Ident => last_ident = Some(text[tok.start..tok.end].trim_start_matches("r#")),
                Kind::Colon => {
                    if let Some(name) = last_ident.take() {
                        pending_field = Some(name);
                        current_key = intern_key(name, &mut index.keys);
                    }
                }
                Kind::Open => {
                    // `field: [`, `field: Some(` and `Variant(` all open a group; the field
                    // name (if any) goes on the path, the variant name becomes the key inside.
                    let field = pending_field.take().unwrap_or_default();
                    let variant = last_ident.take().unwrap_or_default();
                    stack.push((path, current_key));
                    if !field.is_empty() {
                        let paths = &mut index.paths;
                        path = *path_ids.entry((path, field)).or_insert_with(|| {
                            paths.push((path, field));
                            paths.len() as u32 - 1
                        });
                    }
                    if !variant.is_empty() && variant != "Some" {
                        current_key = intern_key(variant, &mut index.keys);
                    }
                }
                Kind::Close => {
                    (path, current_key) = stack.pop().unwrap_or_default();
                    last_ident = None;
                }
                Kind::Comma => {
                    pending_field = None;
                    last_ident = None;
                }
                Kind::Str | Kind::RawStr if tok.closed => {
                    index.lits.push(Lit {
                        start: tok.start as u32,
                        end: tok.end as u32,
                        key: current_key,
                        path,
                    });
                    pending_field = None;
                    last_ident = None;
                }
                // An unclosed string ends the text; ron reports it.
                Kind::Str | Kind::RawStr => break,
                Kind::Char | Kind::Number | Kind::Comment | Kind::Other => {}
            }
        }
        let mut by_value: Vec<(u64, u32)> = index
            .lits
            .iter()
            .enumerate()
            .map(|(i, l)| (hash(&index.value_of(l)), i as u32))
            .collect();
        by_value.sort_unstable();
        // About one literal a bucket.
        let bits = (usize::BITS - by_value.len().leading_zeros()).max(1);
        let mut buckets = vec![0u32; (1usize << bits) + 1];
        for &(h, _) in &by_value {
            buckets[(h >> (64 - bits)) as usize + 1] += 1;
        }
        for b in 1..buckets.len() {
            buckets[b] += buckets[b - 1];
        }
        index.by_value = by_value;
        index.buckets = buckets;
        index.bucket_bits = bits;
        index
    }

    fn value_of(&self, l: &Lit) -> Cow<'a, str> {
        let (start, end) = (l.start as usize, l.end as usize);
        let kind = if self.text.as_bytes()[start] == b'r' {
            Kind::RawStr
        } else {
            Kind::Str
        };
        lexer::value(
            self.text,
            &Token {
                kind,
                start,
                end,
                closed: true,
            },
        )
    }

    /// The literals holding `value` that start at or after `after`, in text order.
    pub fn with_value<'s>(&'s self, value: &'s str, after: usize) -> impl Iterator<Item = Literal<'a>> + 's {
        let h = hash(value);
        let b = (h >> (64 - self.bucket_bits)) as usize;
        let bucket = match self.buckets.get(b..b + 2) {
            Some(&[from, to]) => &self.by_value[from as usize..to as usize],
            _ => &[],
        };
        let from = bucket.partition_point(|&(x, _)| x < h);
        let to = from + bucket[from..].partition_point(|&(x, _)| x == h);
        let same = &bucket[from..to];
        // Literals are in text order, so "starts at or after `after`" is "index at least i0".
        let i0 = self.lits.partition_point(|l| (l.start as usize) < after) as u32;
        let first = same.partition_point(|&(_, i)| i < i0);
        same[first..].iter().filter_map(move |&(_, i)| {
            let l = &self.lits[i as usize];
            (self.value_of(l) == value).then(|| Literal {
                start: l.start as usize,
                end: l.end as usize,
                key: self.keys[l.key as usize],
                path: l.path,
            })
        })
    }

    /// Whether a literal's field path (the fields that opened each enclosing bracket,
    /// outermost first, empty ones left out) is `fields`.
    pub fn path_is(&self, l: &Literal, fields: &[&str]) -> bool {
        let mut p = l.path;
        for f in fields.iter().rev() {
            let (parent, name) = self.paths[p as usize];
            if p == 0 || name != *f {
                return false;
            }
            p = parent;
        }
        p == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every literal of `src` in text order: value, key and path.
    fn all(src: &str) -> Vec<(String, String, Vec<String>)> {
        let index = Literals::new(src);
        let mut out: Vec<(usize, String, String, Vec<String>)> = Vec::new();
        for l in &index.lits {
            let value = index.value_of(l).to_string();
            let mut path = Vec::new();
            let mut p = l.path;
            while p != 0 {
                path.insert(0, index.paths[p as usize].1.to_string());
                p = index.paths[p as usize].0;
            }
            out.push((l.start as usize, value, index.keys[l.key as usize].to_string(), path));
        }
        out.into_iter().map(|(_, v, k, p)| (v, k, p)).collect()
    }

    #[test]
    fn literals_know_their_key_and_field_path() {
        let src = r#"Scenario(id: "s", scenes: [Decision(id: "a", choices: [Choice(id: "c", next: "b", when: [Flag("f")])])], start: "a")"#;
        let v = |s: &[&str]| s.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        assert_eq!(
            all(src),
            [
                ("s".into(), "id".into(), v(&[])),
                ("a".into(), "id".into(), v(&["scenes"])),
                ("c".into(), "id".into(), v(&["scenes", "choices"])),
                ("b".into(), "next".into(), v(&["scenes", "choices"])),
                ("f".into(), "Flag".into(), v(&["scenes", "choices", "when"])),
                ("a".into(), "start".into(), v(&[])),
            ]
        );
        let index = Literals::new(src);
        let a: Vec<Literal> = index.with_value("a", 0).collect();
        assert_eq!(a.len(), 2);
        assert!(index.path_is(&a[0], &["scenes"]) && !index.path_is(&a[0], &[]));
        assert!(index.path_is(&a[1], &[]) && !index.path_is(&a[1], &["scenes"]));
        assert_eq!(&src[a[1].start..a[1].end], "\"a\"");
        assert_eq!(
            index.with_value("a", a[0].start + 1).count(),
            1,
            "only those after `after`"
        );
        assert_eq!(index.with_value("zz", 0).count(), 0);
    }

    #[test]
    fn literal_values_with_and_without_escapes() {
        let src = r##"(a: "plain", b: "with \"quote\" and \n", c: r#"raw"#, d: "after", /* e: "no" */ f: "é")"##;
        let values: Vec<(String, String)> = all(src).into_iter().map(|(v, k, _)| (k, v)).collect();
        assert_eq!(
            values,
            [
                ("a".to_string(), "plain".to_string()),
                ("b".to_string(), "with \"quote\" and \n".to_string()),
                ("c".to_string(), "raw".to_string()),
                ("d".to_string(), "after".to_string()),
                ("f".to_string(), "é".to_string())
            ]
        );
        let index = Literals::new(src);
        let raw: Vec<Literal> = index.with_value("raw", 0).collect();
        assert_eq!(&src[raw[0].start..raw[0].end], "r#\"raw\"#");
        assert_eq!(index.with_value("with \"quote\" and \n", 0).count(), 1);
    }
}
