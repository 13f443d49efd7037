//! Positions in a file's text: byte offsets turned into 1-based lines and columns and back.
//!
//! Columns count characters (Unicode scalar values), as ron's `Position` does, so a column
//! from ron and one computed here name the same place. How wide the characters are on a
//! terminal is the renderer's business (`diagnostic`), not the position's.

/// A place in a file: 1-based line and column, and the width to underline (in characters).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Position {
    pub line: usize,
    pub col: usize,
    pub width: usize,
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

    /// The byte offset of a 1-based line and column (columns count characters); a column past
    /// the end of its line gives the line's end, a line past the end of the text `None`.
    pub fn offset(&self, line: usize, col: usize) -> Option<usize> {
        let start = *self.line_starts.get(line.max(1) - 1)?;
        let end = self.line_starts.get(line.max(1)).map_or(self.text.len(), |&e| e - 1);
        let rest = &self.text[start..end];
        Some(
            rest.char_indices()
                .nth(col.saturating_sub(1))
                .map_or(end, |(i, _)| start + i),
        )
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_and_positions_agree_and_count_characters() {
        let text = "ab\næøå x\n\nlast";
        let src = SourceText::new(text);
        let x = text.find('x').unwrap();
        assert_eq!(
            src.position(x, 1),
            Position {
                line: 2,
                col: 5,
                width: 1
            }
        );
        assert_eq!(src.offset(2, 5), Some(x));
        assert_eq!(src.offset(3, 1), Some(text.find("\n\n").unwrap() + 1));
        assert_eq!(src.offset(1, 99), Some(2), "past the end of a line: its end");
        assert_eq!(src.offset(9, 1), None);
        assert_eq!(src.line(2).as_deref(), Some("æøå x"));
    }
}
