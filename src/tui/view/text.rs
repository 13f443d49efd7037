//! Text on the screen: made safe first (a tab becomes a space, no control character reaches
//! the terminal; `crate::text::terminal`), then wrapped to a width in terminal columns
//! (display width, so that wide and combining characters count as they show), with a word
//! longer than the line broken across lines rather than cut. Every screen draws text
//! through here.

use std::borrow::Cow;

use ratatui::style::Style;
use ratatui::text::Line;

/// Text as it may be drawn: tabs as spaces, line breaks kept, other control characters as
/// U+FFFD.
pub fn clean(s: &str) -> Cow<'_, str> {
    crate::text::terminal(s)
}

/// Columns `s` takes on a terminal (Unicode display width).
pub fn width(s: &str) -> usize {
    textwrap::core::display_width(s)
}

/// `text` in lines of at most `width` columns: each line break kept, words wrapped, a word
/// wider than the line broken (a web address keeps all its characters).
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    hanging(text, width, "", "")
}

/// As `wrap`, with `first` before the first line and `rest` before every further one (a
/// choice's number, and the indent that keeps its lines under its text).
pub fn hanging(text: &str, width: usize, first: &str, rest: &str) -> Vec<String> {
    let width = width.max(1);
    let text = clean(text);
    let mut out = Vec::new();
    for (i, para) in text.split('\n').enumerate() {
        let lead = if i == 0 { first } else { rest };
        // An indented line keeps its indent on the lines it wraps to, and a list item's
        // lines stay under its text, not under its bullet.
        let spaces = para.len() - para.trim_start_matches(' ').len();
        let bullet = ["• ", "- "]
            .iter()
            .find(|b| para[spaces..].starts_with(**b))
            .map_or(0, |b| textwrap::core::display_width(b));
        let under = format!("{rest}{}", " ".repeat(spaces + bullet));
        let opts = textwrap::Options::new(width)
            .initial_indent(lead)
            .subsequent_indent(&under)
            .break_words(true)
            .word_separator(textwrap::WordSeparator::AsciiSpace)
            .word_splitter(textwrap::WordSplitter::NoHyphenation);
        let lines = textwrap::wrap(para, &opts);
        if lines.is_empty() {
            out.push(lead.trim_end().to_string());
        }
        out.extend(lines.into_iter().map(Cow::into_owned));
    }
    out
}

/// `wrap`, as lines in one style.
pub fn styled(text: &str, width: usize, style: Style) -> Vec<Line<'static>> {
    wrap(text, width).into_iter().map(|l| Line::styled(l, style)).collect()
}

/// `s` in at most `width` columns: whole if it fits, else cut with "…" at the end.
pub fn fit(s: &str, width: usize) -> String {
    let s = crate::text::terminal_line(s);
    if self::width(&s) <= width {
        return s.into_owned();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = self::width(c.encode_utf8(&mut [0; 4]));
        if used + w + 1 > width {
            break;
        }
        used += w;
        out.push(c);
    }
    if width > 0 {
        out.truncate(out.trim_end().len());
        out.push('…');
    }
    out
}

/// A message that ends in key hints ("… y: yes · Enter or any other key: no"), wrapped so that
/// no hint is split over two lines: the text up to the hints wraps as usual, then the hints
/// (the part after the last `?`, `.` or `:` that ends a sentence, split at " · ") start a line
/// and are packed whole onto lines.
pub fn with_keys(text: &str, width: usize) -> Vec<String> {
    let text = clean(text);
    let (head, keys) = split_keys(&text);
    let mut out = if head.trim().is_empty() {
        Vec::new()
    } else {
        wrap(head.trim_end_matches('\n'), width)
    };
    if head.ends_with("\n\n") {
        out.push(String::new());
    }
    let mut line = String::new();
    for k in keys {
        if !line.is_empty() && self::width(&line) + 3 + self::width(k) > width {
            out.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push_str(" · ");
        }
        line.push_str(k);
    }
    if !line.is_empty() {
        out.extend(wrap(&line, width));
    }
    out
}

/// The widest a line of `with_keys` needs to be: the head unwrapped, or all hints on one line.
pub fn keys_width(text: &str) -> usize {
    let text = clean(text);
    let (head, keys) = split_keys(&text);
    let head = head.lines().map(width).max().unwrap_or(0);
    head.max(width(&keys.join(" · ")))
}

/// The sentence(s) before the key hints, and the hints.
fn split_keys(text: &str) -> (&str, Vec<&str>) {
    let text = text.trim();
    if !text.contains(" · ") {
        return (text, Vec::new());
    }
    // The hints begin after the last sentence end before the first " · ".
    let first_dot = text.find(" · ").unwrap_or(0);
    let start = text[..first_dot]
        .rmatch_indices(['?', '.', '!', '\n'])
        .map(|(i, _)| i + 1)
        .find(|&i| text[i..].starts_with(char::is_whitespace) || text[..i].ends_with('\n'))
        .unwrap_or(0);
    // A blank line before the hints stays.
    let head = text[..start].trim_start().trim_end_matches(' ');
    let keys = text[start..].trim().split(" · ").collect();
    (head, keys)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_word_is_broken_and_nothing_is_lost() {
        let url = "https://www.bufdir.no/fagstotte/barnevern/meldeplikt-og-opplysningsplikt/";
        let text = format!("Les mer på {url} før møtet.");
        let lines = wrap(&text, 20);
        assert!(lines.iter().all(|l| width(l) <= 20), "{lines:?}");
        let joined: String = lines.concat().chars().filter(|c| !c.is_whitespace()).collect();
        let whole: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        assert_eq!(joined, whole);
    }

    #[test]
    fn tabs_are_spaces_and_width_is_display_width() {
        assert_eq!(wrap("Monday\tplays alone", 40), ["Monday plays alone"]);
        // Wide characters take two columns each.
        assert_eq!(wrap("日本語の文章", 6), ["日本語", "の文章"]);
        assert_eq!(wrap("a\n\nb", 5), ["a", "", "b"]);
        assert_eq!(wrap("  an indented line", 10), ["  an", "  indented", "  line"]);
    }

    #[test]
    fn a_choice_keeps_its_lines_under_its_text() {
        let lines = hanging("Vente og se om det går over.", 14, "1) ", "   ");
        assert_eq!(lines, ["1) Vente og se", "   om det går", "   over."]);
    }

    #[test]
    fn fit_cuts_with_an_ellipsis_only_when_needed() {
        assert_eq!(fit("Helsesykepleier", 15), "Helsesykepleier");
        assert_eq!(fit("Helsesykepleier", 8), "Helsesy…");
        assert_eq!(fit("Styrer i barnehagen", 10), "Styrer i…");
    }

    #[test]
    fn key_hints_are_never_split() {
        let t = "Stop the drill? It is saved and can be resumed. y: yes · Enter or any other key: no";
        let lines = with_keys(t, 40);
        assert_eq!(
            lines,
            [
                "Stop the drill? It is saved and can be",
                "resumed.",
                "y: yes · Enter or any other key: no"
            ]
        );
        assert_eq!(with_keys(t, 30).last().unwrap(), "Enter or any other key: no");
        assert_eq!(keys_width(t), 47);
        assert_eq!(keys_width("Quit? y: yes · any other key: no"), 26);
        let failed = "Not saved.\n\nEnter: try again · q: quit (the file keeps what it has)";
        assert_eq!(
            with_keys(failed, 30),
            [
                "Not saved.",
                "",
                "Enter: try again",
                "q: quit (the file keeps what",
                "it has)"
            ]
        );
    }
}
