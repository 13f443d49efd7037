//! Finding where in the text a semantic problem is. The string literals are indexed only when
//! the first diagnostic needs a position, so a clean file pays nothing for this.

use std::cell::OnceCell;

use super::literals::Literals;
use crate::scenario::Source;
use crate::source::{Code, Diagnostic, Position, SourceText};

pub struct Locator<'a> {
    source: &'a Source,
    /// Line starts, found on the first position asked for (a dry run never asks).
    text: OnceCell<SourceText<'a>>,
    /// The string literals by value: finding an anchor is then a binary search instead of a
    /// scan of the whole file, which made checking a file of 10,000 scenes take seconds (one
    /// scan per scene and choice).
    literals: OnceCell<Literals<'a>>,
    /// Where each scene is defined, by scene index (see `refs::scene_anchor`).
    pub(crate) scene_anchors: OnceCell<Vec<usize>>,
    /// A dry run finds out whether there is anything to report without placing it: anchors
    /// are not looked up and positions are left empty. A clean file (the common case, and the
    /// one that must be fast for 100,000 scenes) then never indexes its literals at all.
    dry: bool,
    pub diagnostics: Vec<Diagnostic>,
}

/// Where to look for the offending text: the first literal at or after `after` whose field
/// is `key` and whose value is `value`.
#[derive(Clone, Copy)]
pub struct Spot<'s> {
    pub after: usize,
    pub key: &'s str,
    pub value: &'s str,
}

impl<'a> Locator<'a> {
    pub fn new(source: &'a Source) -> Self {
        Locator {
            source,
            text: OnceCell::new(),
            literals: OnceCell::new(),
            scene_anchors: OnceCell::new(),
            dry: false,
            diagnostics: Vec::new(),
        }
    }

    /// A locator for a dry run (see `dry`).
    pub fn dry(source: &'a Source) -> Self {
        Locator {
            dry: true,
            ..Locator::new(source)
        }
    }

    pub fn is_dry(&self) -> bool {
        self.dry
    }

    fn text(&self) -> &SourceText<'a> {
        self.text.get_or_init(|| SourceText::new(&self.source.text))
    }

    fn literals(&self) -> &Literals<'a> {
        self.literals.get_or_init(|| Literals::new(&self.source.text))
    }

    /// Byte offset of the `nth` (0-based) literal with this field path, key and value.
    pub fn anchor(&self, fields: &[&str], key: &str, value: &str, nth: usize, after: usize) -> usize {
        if self.dry {
            return after;
        }
        let index = self.literals();
        index
            .with_value(value, after)
            .filter(|l| l.key == key && index.path_is(l, fields))
            .nth(nth)
            .map_or(after, |l| l.start)
    }

    fn position(&self, spot: Spot) -> Position {
        if self.dry {
            return Position::default();
        }
        let index = self.literals();
        let found = index
            .with_value(spot.value, spot.after)
            .find(|l| l.key == spot.key)
            .or_else(|| index.with_value(spot.value, spot.after).next());
        match found {
            Some(l) => {
                let width = self.source.text[l.start..l.end].chars().count();
                self.text().position(l.start, width)
            }
            None => self.text().position(spot.after, 1),
        }
    }

    pub fn report(&mut self, code: Code, spot: Spot, args: Vec<(&'static str, String)>) {
        let pos = self.position(spot);
        self.push(code, pos, args);
    }

    /// Reports at a byte offset (the start of the item the problem is about).
    pub fn report_at(&mut self, code: Code, offset: usize, args: Vec<(&'static str, String)>) {
        if self.dry {
            return self.push(code, Position::default(), args);
        }
        let pos = self.text().position(offset, 1);
        self.push(code, pos, args);
    }

    /// Reports at a field written after `after` (`field: …` or `Field(…)`); for a number,
    /// points at the number itself when it can be found (`amount` 0 marks the field only).
    pub fn report_number(
        &mut self,
        code: Code,
        after: usize,
        field: &str,
        amount: i64,
        args: Vec<(&'static str, String)>,
    ) {
        if self.dry {
            return self.push(code, Position::default(), args);
        }
        let text = &self.source.text;
        let after = after.min(text.len());
        let field_at = text[after..].find(field).map(|i| after + i);
        let offset = field_at.map_or(after, |f| {
            let num = amount.to_string();
            match text[f..].find(&num) {
                Some(i) if amount != 0 && i < 80 => f + i,
                _ => f,
            }
        });
        let width = if amount != 0 && field_at.is_some_and(|f| f != offset) {
            amount.to_string().len()
        } else {
            field.len().max(1)
        };
        let pos = self.text().position(offset, width);
        self.push(code, pos, args);
    }

    pub fn push(&mut self, code: Code, pos: Position, args: Vec<(&'static str, String)>) {
        let excerpt = if self.dry { None } else { self.text().line(pos.line) };
        self.diagnostics.push(Diagnostic {
            code,
            path: self.source.path.clone(),
            pos,
            args,
            excerpt,
        });
    }
}
