//! A fast reader for the RON that scenario files are written in.
//!
//! `ron` is the reference: it defines what a scenario file means and gives the located
//! errors `laget check` reports. It is also the slowest part of checking a large scenario
//! (about 70 MB/s). This reader handles only the plain subset that scenarios use — named or
//! anonymous structs, enums, `Some`/`None` and implicit `Some`, lists, strings with the
//! common escapes, decimal integers, booleans, comments — about five times faster, and gives
//! up (`None`) at the first thing outside that subset or any error at all. The loader then
//! reads the file again with `ron`, so a file this reader does not take is read and reported
//! exactly as before.
//!
//! The contract, tested against `ron` on every shipped and fixture file and on mutated
//! copies of them (`tests/fast_reader.rs`): when this reader returns a value, `ron` returns
//! the same value. It may refuse more than `ron` does, never accept something different.

use std::fmt;

use serde::de::{self, DeserializeOwned, DeserializeSeed, IntoDeserializer, MapAccess, SeqAccess, Visitor};

/// Reads `text` as a `T`, or `None` when the text is outside the subset or not valid.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Option<T> {
    let mut de = Reader {
        b: text.as_bytes(),
        s: text,
        i: 0,
        depth: 0,
    };
    let value = T::deserialize(&mut de).ok()?;
    de.ws().ok()?;
    (de.i == de.b.len()).then_some(value)
}

/// Why the reader gave up. Never shown to anyone: the loader falls back to `ron`.
#[derive(Debug)]
pub struct GiveUp;

impl fmt::Display for GiveUp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("outside the fast reader's subset")
    }
}

impl std::error::Error for GiveUp {}

impl de::Error for GiveUp {
    fn custom<M: fmt::Display>(_: M) -> Self {
        GiveUp
    }
}

type R<T> = Result<T, GiveUp>;

/// The model is not recursive, so what this reader accepts nests about ten deep; this fence
/// (twice the loader's bracket limit, as an enum and its fields count as two levels here) only
/// bounds the recursion on hostile text before the reader gives up.
const MAX_DEPTH: usize = 2 * super::load::MAX_DEPTH;

struct Reader<'a> {
    b: &'a [u8],
    s: &'a str,
    i: usize,
    depth: usize,
}

fn is_ident_start(c: u8) -> bool {
    c.is_ascii_alphabetic() || c == b'_'
}

fn is_ident_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_'
}

impl<'a> Reader<'a> {
    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    /// Skips whitespace and comments. Anything `ron` might count as whitespace beyond ASCII
    /// is left for `ron`: the caller then meets an unexpected byte and gives up.
    fn ws(&mut self) -> R<()> {
        loop {
            match self.peek() {
                Some(b' ' | b'\n' | b'\t' | b'\r') => self.i += 1,
                Some(b'/') => match self.b.get(self.i + 1) {
                    Some(b'/') => {
                        self.i += 2;
                        while let Some(c) = self.peek() {
                            if c == b'\n' {
                                self.i += 1;
                                break;
                            }
                            self.plain(c)?;
                        }
                    }
                    Some(b'*') => self.block_comment()?,
                    _ => return Err(GiveUp),
                },
                _ => return Ok(()),
            }
        }
    }

    /// `/* ... */`, nested as in `ron`.
    fn block_comment(&mut self) -> R<()> {
        self.i += 2;
        let mut level = 1usize;
        while level > 0 {
            match (self.peek(), self.b.get(self.i + 1)) {
                (None, _) => return Err(GiveUp),
                (Some(b'/'), Some(b'*')) => {
                    level += 1;
                    self.i += 2;
                }
                (Some(b'*'), Some(b'/')) => {
                    level -= 1;
                    self.i += 2;
                }
                (Some(c), _) => self.plain(c)?,
            }
        }
        Ok(())
    }

    /// Steps over one byte of a string or comment. A control character, or a backslash (whose
    /// `\x…`/`\u{…}` could spell one even in a comment or raw string), is left to the full path,
    /// where `laget check` reports control characters as L011: they could drive the terminal.
    fn plain(&mut self, c: u8) -> R<()> {
        let control = (c < 0x20 && !matches!(c, b'\t' | b'\n' | b'\r'))
            || c == b'\\'
            || c == 0x7f
            || (c == 0xc2 && self.b.get(self.i + 1).is_some_and(|n| (0x80..=0x9f).contains(n)));
        if control {
            return Err(GiveUp);
        }
        self.i += 1;
        Ok(())
    }

    fn eat(&mut self, c: u8) -> bool {
        if self.peek() == Some(c) {
            self.i += 1;
            true
        } else {
            false
        }
    }

    fn expect(&mut self, c: u8) -> R<()> {
        if self.eat(c) { Ok(()) } else { Err(GiveUp) }
    }

    /// An ASCII identifier. A non-ASCII letter after it (which `ron` would take as part of
    /// the identifier) makes the reader give up.
    fn ident(&mut self) -> R<&'a str> {
        let start = self.i;
        if !self.peek().is_some_and(is_ident_start) {
            return Err(GiveUp);
        }
        while self.peek().is_some_and(is_ident_char) {
            self.i += 1;
        }
        if self.peek().is_some_and(|c| c >= 0x80) {
            return Err(GiveUp);
        }
        // A raw identifier (`r#name`) is left to `ron`.
        if self.peek() == Some(b'#') {
            return Err(GiveUp);
        }
        Ok(&self.s[start..self.i])
    }

    /// The identifier at the cursor, without moving.
    fn peek_ident(&mut self) -> Option<&'a str> {
        let at = self.i;
        let id = self.ident().ok();
        self.i = at;
        id
    }

    /// A decimal integer: optional `-`, digits, and nothing number-like after them.
    fn integer(&mut self) -> R<i128> {
        let start = self.i;
        let negative = self.eat(b'-');
        let digits = self.i;
        while self.peek().is_some_and(|c| c.is_ascii_digit()) {
            self.i += 1;
        }
        let end = self.i;
        // None, too long, a leading zero, `-0`, or followed by `_`, `.`, a letter (hex,
        // exponent, suffix): left to `ron`.
        let odd_zero = self.b.get(digits) == Some(&b'0') && (end - digits > 1 || negative);
        if end == digits || end - digits > 30 || odd_zero || self.peek().is_some_and(|c| is_ident_char(c) || c == b'.')
        {
            self.i = start;
            return Err(GiveUp);
        }
        let mut n: i128 = 0;
        for &c in &self.b[digits..end] {
            n = n * 10 + i128::from(c - b'0');
        }
        Ok(if negative { -n } else { n })
    }

    /// A string literal: `"..."` with `\" \\ \' \n \r \t \0`, or a raw `r"..."`/`r#"..."#`.
    fn string(&mut self) -> R<Text<'a>> {
        if self.eat(b'r') {
            return self.raw_string();
        }
        self.expect(b'"')?;
        let start = self.i;
        loop {
            match self.peek() {
                None => return Err(GiveUp),
                Some(b'"') => {
                    let s = &self.s[start..self.i];
                    self.i += 1;
                    return Ok(Text::Borrowed(s));
                }
                Some(b'\\') => break,
                Some(c) => self.plain(c)?,
            }
        }
        // Escapes: build the value.
        let mut out = self.s[start..self.i].to_string();
        loop {
            match self.peek() {
                None => return Err(GiveUp),
                Some(b'"') => {
                    self.i += 1;
                    return Ok(Text::Owned(out));
                }
                Some(b'\\') => {
                    let c = match self.b.get(self.i + 1) {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'\'') => '\'',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'0') => '\0',
                        // \x, \u{..}, line continuations: left to `ron`.
                        _ => return Err(GiveUp),
                    };
                    out.push(c);
                    self.i += 2;
                }
                Some(_) => {
                    let from = self.i;
                    while let Some(c) = self.peek().filter(|&c| c != b'"' && c != b'\\') {
                        self.plain(c)?;
                    }
                    out.push_str(&self.s[from..self.i]);
                }
            }
        }
    }

    fn raw_string(&mut self) -> R<Text<'a>> {
        let mut hashes = 0;
        while self.eat(b'#') {
            hashes += 1;
        }
        self.expect(b'"')?;
        let start = self.i;
        loop {
            match self.peek() {
                None => return Err(GiveUp),
                Some(b'"') if self.b[self.i + 1..].iter().take(hashes).filter(|&&h| h == b'#').count() == hashes => {
                    let s = &self.s[start..self.i];
                    self.i += 1 + hashes;
                    return Ok(Text::Borrowed(s));
                }
                Some(c) => self.plain(c)?,
            }
        }
    }

    /// Counts the elements of the list at the cursor if it closes within a few hundred bytes
    /// and holds nothing unusual (comments, raw strings, char literals); otherwise `None`.
    fn count_short_list(&self, close: u8) -> Option<usize> {
        const WINDOW: usize = 512;
        let rest = &self.b[self.i..self.b.len().min(self.i + WINDOW)];
        let (mut depth, mut items, mut pending, mut j) = (0usize, 0usize, false, 0);
        while j < rest.len() {
            match rest[j] {
                b'"' => {
                    j += 1;
                    while j < rest.len() && rest[j] != b'"' {
                        j += if rest[j] == b'\\' { 2 } else { 1 };
                    }
                    pending = true;
                }
                b'(' | b'[' | b'{' => {
                    depth += 1;
                    pending = true;
                }
                c @ (b')' | b']' | b'}') => {
                    if depth == 0 {
                        return (c == close).then_some(items + usize::from(pending));
                    }
                    depth -= 1;
                }
                b',' if depth == 0 => {
                    items += 1;
                    pending = false;
                }
                b'/' | b'\'' | b'#' => return None,
                c if c.is_ascii_whitespace() => {}
                _ => pending = true,
            }
            j += 1;
        }
        None
    }

    fn nest(&mut self) -> R<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH { Err(GiveUp) } else { Ok(()) }
    }

    /// After an element of a list or a struct: a comma, or the closing bracket next.
    fn separator(&mut self, close: u8) -> R<()> {
        self.ws()?;
        if self.eat(b',') || self.peek() == Some(close) {
            Ok(())
        } else {
            Err(GiveUp)
        }
    }

    fn integer_in<T: TryFrom<i128>>(&mut self) -> R<T> {
        self.ws()?;
        let n = self.integer()?;
        T::try_from(n).map_err(|_| GiveUp)
    }
}

enum Text<'a> {
    Borrowed(&'a str),
    Owned(String),
}

impl<'de> de::Deserializer<'de> for &mut Reader<'de> {
    type Error = GiveUp;

    fn deserialize_any<V: Visitor<'de>>(self, _: V) -> R<V::Value> {
        Err(GiveUp)
    }

    fn deserialize_bool<V: Visitor<'de>>(self, v: V) -> R<V::Value> {
        self.ws()?;
        match self.ident()? {
            "true" => v.visit_bool(true),
            "false" => v.visit_bool(false),
            _ => Err(GiveUp),
        }
    }

    fn deserialize_i8<V: Visitor<'de>>(self, v: V) -> R<V::Value> {
        v.visit_i8(self.integer_in()?)
    }
    fn deserialize_i16<V: Visitor<'de>>(self, v: V) -> R<V::Value> {
        v.visit_i16(self.integer_in()?)
    }
    fn deserialize_i32<V: Visitor<'de>>(self, v: V) -> R<V::Value> {
        v.visit_i32(self.integer_in()?)
    }
    fn deserialize_i64<V: Visitor<'de>>(self, v: V) -> R<V::Value> {
        v.visit_i64(self.integer_in()?)
    }
    fn deserialize_u8<V: Visitor<'de>>(self, v: V) -> R<V::Value> {
        v.visit_u8(self.integer_in()?)
    }
    fn deserialize_u16<V: Visitor<'de>>(self, v: V) -> R<V::Value> {
        v.visit_u16(self.integer_in()?)
    }
    fn deserialize_u32<V: Visitor<'de>>(self, v: V) -> R<V::Value> {
        v.visit_u32(self.integer_in()?)
    }
    fn deserialize_u64<V: Visitor<'de>>(self, v: V) -> R<V::Value> {
        v.visit_u64(self.integer_in()?)
    }

    fn deserialize_f32<V: Visitor<'de>>(self, _: V) -> R<V::Value> {
        Err(GiveUp)
    }
    fn deserialize_f64<V: Visitor<'de>>(self, _: V) -> R<V::Value> {
        Err(GiveUp)
    }
    fn deserialize_char<V: Visitor<'de>>(self, _: V) -> R<V::Value> {
        Err(GiveUp)
    }

    fn deserialize_str<V: Visitor<'de>>(self, v: V) -> R<V::Value> {
        self.ws()?;
        match self.string()? {
            Text::Borrowed(s) => v.visit_borrowed_str(s),
            Text::Owned(s) => v.visit_string(s),
        }
    }
    fn deserialize_string<V: Visitor<'de>>(self, v: V) -> R<V::Value> {
        self.deserialize_str(v)
    }

    fn deserialize_bytes<V: Visitor<'de>>(self, _: V) -> R<V::Value> {
        Err(GiveUp)
    }
    fn deserialize_byte_buf<V: Visitor<'de>>(self, _: V) -> R<V::Value> {
        Err(GiveUp)
    }

    /// `None`, `Some(x)`, or (implicit `Some`) just `x`, as `ron` reads them with
    /// `IMPLICIT_SOME`.
    fn deserialize_option<V: Visitor<'de>>(self, v: V) -> R<V::Value> {
        self.ws()?;
        match self.peek_ident() {
            Some("None") => {
                self.ident()?;
                v.visit_none()
            }
            Some("Some") => {
                self.ident()?;
                self.ws()?;
                self.expect(b'(')?;
                self.nest()?;
                let value = v.visit_some(&mut *self)?;
                self.depth -= 1;
                self.ws()?;
                self.eat(b',');
                self.ws()?;
                self.expect(b')')?;
                Ok(value)
            }
            _ => v.visit_some(self),
        }
    }

    fn deserialize_unit<V: Visitor<'de>>(self, v: V) -> R<V::Value> {
        self.ws()?;
        self.expect(b'(')?;
        self.expect(b')')?;
        v.visit_unit()
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(self, _: &'static str, _: V) -> R<V::Value> {
        Err(GiveUp)
    }
    fn deserialize_newtype_struct<V: Visitor<'de>>(self, _: &'static str, _: V) -> R<V::Value> {
        Err(GiveUp)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, v: V) -> R<V::Value> {
        self.ws()?;
        self.expect(b'[')?;
        self.nest()?;
        let value = v.visit_seq(Items {
            r: &mut *self,
            close: b']',
        })?;
        self.depth -= 1;
        self.ws()?;
        self.expect(b']')?;
        Ok(value)
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, _: usize, _: V) -> R<V::Value> {
        Err(GiveUp)
    }
    fn deserialize_tuple_struct<V: Visitor<'de>>(self, _: &'static str, _: usize, _: V) -> R<V::Value> {
        Err(GiveUp)
    }
    fn deserialize_map<V: Visitor<'de>>(self, _: V) -> R<V::Value> {
        Err(GiveUp)
    }

    /// `Name(field: value, ...)` or `(field: value, ...)`; a different name is left to `ron`.
    fn deserialize_struct<V: Visitor<'de>>(self, name: &'static str, _: &'static [&'static str], v: V) -> R<V::Value> {
        self.ws()?;
        if self.peek().is_some_and(is_ident_start) && self.ident()? != name {
            return Err(GiveUp);
        }
        self.ws()?;
        self.fields(v)
    }

    /// `Variant`, `Variant(x)`, `Variant(a, b)` or `Variant(field: value, ...)`.
    fn deserialize_enum<V: Visitor<'de>>(self, _: &'static str, _: &'static [&'static str], v: V) -> R<V::Value> {
        self.ws()?;
        self.nest()?;
        let value = v.visit_enum(&mut *self)?;
        self.depth -= 1;
        Ok(value)
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, v: V) -> R<V::Value> {
        self.ws()?;
        v.visit_borrowed_str(self.ident()?)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, _: V) -> R<V::Value> {
        Err(GiveUp)
    }
}

impl<'de> Reader<'de> {
    /// `( field: value, ... )` handed to a visitor as a map.
    fn fields<V: Visitor<'de>>(&mut self, v: V) -> R<V::Value> {
        self.expect(b'(')?;
        self.nest()?;
        let value = v.visit_map(Items {
            r: &mut *self,
            close: b')',
        })?;
        self.depth -= 1;
        self.ws()?;
        self.expect(b')')?;
        Ok(value)
    }
}

/// The elements of a list, a tuple variant, or the fields of a struct, up to `close`.
struct Items<'r, 'de> {
    r: &'r mut Reader<'de>,
    close: u8,
}

impl Items<'_, '_> {
    fn at_end(&mut self) -> R<bool> {
        self.r.ws()?;
        Ok(self.r.peek() == Some(self.close))
    }
}

impl<'de> SeqAccess<'de> for Items<'_, 'de> {
    type Error = GiveUp;

    /// The exact number of elements of a short list, so that its `Vec` is allocated once at
    /// the right size (most lists in a scenario hold one or two items, and a growing `Vec`
    /// starts at four). Long lists grow as usual.
    fn size_hint(&self) -> Option<usize> {
        self.r.count_short_list(self.close)
    }

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> R<Option<T::Value>> {
        if self.at_end()? {
            return Ok(None);
        }
        let value = seed.deserialize(&mut *self.r)?;
        self.r.separator(self.close)?;
        Ok(Some(value))
    }
}

impl<'de> MapAccess<'de> for Items<'_, 'de> {
    type Error = GiveUp;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> R<Option<K::Value>> {
        if self.at_end()? {
            return Ok(None);
        }
        let key = seed.deserialize(&mut *self.r)?;
        self.r.ws()?;
        self.r.expect(b':')?;
        Ok(Some(key))
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> R<V::Value> {
        let value = seed.deserialize(&mut *self.r)?;
        self.r.separator(self.close)?;
        Ok(value)
    }
}

impl<'de> de::EnumAccess<'de> for &mut Reader<'de> {
    type Error = GiveUp;
    type Variant = Self;

    fn variant_seed<V: DeserializeSeed<'de>>(self, seed: V) -> R<(V::Value, Self)> {
        self.ws()?;
        let name = self.ident()?;
        let value = seed.deserialize(name.into_deserializer())?;
        Ok((value, self))
    }
}

impl<'de> de::VariantAccess<'de> for &mut Reader<'de> {
    type Error = GiveUp;

    fn unit_variant(self) -> R<()> {
        // `Variant()` and other spellings are left to `ron`.
        self.ws()?;
        if self.peek() == Some(b'(') { Err(GiveUp) } else { Ok(()) }
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> R<T::Value> {
        self.ws()?;
        self.expect(b'(')?;
        let value = seed.deserialize(&mut *self)?;
        self.ws()?;
        self.eat(b',');
        self.ws()?;
        self.expect(b')')?;
        Ok(value)
    }

    fn tuple_variant<V: Visitor<'de>>(self, _: usize, v: V) -> R<V::Value> {
        self.ws()?;
        self.expect(b'(')?;
        let value = v.visit_seq(Items {
            r: &mut *self,
            close: b')',
        })?;
        self.ws()?;
        self.expect(b')')?;
        Ok(value)
    }

    fn struct_variant<V: Visitor<'de>>(self, _: &'static [&'static str], v: V) -> R<V::Value> {
        self.ws()?;
        self.fields(v)
    }
}
