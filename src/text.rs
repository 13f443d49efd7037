//! Text from files (scenarios, session files, names typed by people) made safe for where it
//! goes: a terminal, or a Markdown document. Every front end passes such text through here.

use std::borrow::Cow;

/// Whether `c` must not reach a terminal: control characters (C0, DEL, C1 — the start of
/// every escape sequence) and the bidirectional overrides that reorder what is shown.
fn unsafe_char(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}')
}

/// Text for a terminal: line breaks kept, a tab becomes a space, every other control
/// character becomes U+FFFD. Nothing from a file can then write to the clipboard, retitle
/// the window or clear the screen.
pub fn terminal(s: &str) -> Cow<'_, str> {
    if !s.chars().any(|c| c != '\n' && unsafe_char(c)) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .map(|c| match c {
                '\n' => '\n',
                '\t' => ' ',
                c if unsafe_char(c) => '\u{FFFD}',
                c => c,
            })
            .collect(),
    )
}

/// Text for one line of a terminal: as `terminal`, and a line break becomes U+FFFD too.
pub fn terminal_line(s: &str) -> Cow<'_, str> {
    if !s.chars().any(unsafe_char) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .map(|c| match c {
                '\t' => ' ',
                c if unsafe_char(c) => '\u{FFFD}',
                c => c,
            })
            .collect(),
    )
}

/// Scenario text inside Markdown, shown as written: characters that Markdown (CommonMark and
/// GitHub's) would read as markup are escaped with a backslash, and `<`, `>` and `&` become
/// entities, so that a `#` line is no heading, `1986.` no list and `<script>` no tag.
/// Line breaks inside the text are kept as line breaks.
pub fn markdown(s: &str) -> String {
    let s = terminal(s);
    let mut out = String::with_capacity(s.len() + 8);
    for (i, line) in s.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let body = line.trim_start_matches(' ');
        out.push_str(&line[..line.len() - body.len()]);
        // A number followed by `.` or `)` at the start of a line starts an ordered list.
        let digits = body.bytes().take_while(u8::is_ascii_digit).count();
        let mut start = 0;
        if digits > 0 && matches!(body.as_bytes().get(digits), Some(b'.' | b')')) {
            out.push_str(&body[..digits]);
            out.push('\\');
            out.push_str(&body[digits..digits + 1]);
            start = digits + 1;
        }
        let rest = &body[start..];
        for (j, c) in rest.char_indices() {
            match c {
                // A `]` makes a link or a link definition only when `(`, `[` or `:` follows;
                // escaped there, no bracket is markup (and `[+]` stays as it is).
                ']' if matches!(rest[j + 1..].chars().next(), Some('(' | '[' | ':')) => out.push_str("\\]"),
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                '&' => out.push_str("&amp;"),
                '\\' | '`' | '*' | '_' | '|' | '~' => {
                    out.push('\\');
                    out.push(c);
                }
                // `#`, `-`, `+` and `=` mark up only at the start of a line (headings, list
                // items).
                '#' | '-' | '+' | '=' if j == 0 && start == 0 => {
                    out.push('\\');
                    out.push(c);
                }
                c => out.push(c),
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_do_not_pass() {
        let hostile = "a\u{1b}]52;c;ZXZpbA==\u{7}b\u{1b}]0;title\u{7}\u{1b}[2J\u{9b}c\u{202E}d";
        let t = terminal(hostile);
        assert!(!t.chars().any(|c| c.is_control() || c == '\u{202E}'), "{t:?}");
        assert_eq!(terminal("line\nnext"), "line\nnext");
        assert_eq!(terminal_line("line\nnext"), "line\u{FFFD}next");
    }

    #[test]
    fn markdown_shows_text_as_written() {
        assert_eq!(markdown("# not a heading"), "\\# not a heading");
        assert_eq!(markdown("1986. A year"), "1986\\. A year");
        assert_eq!(markdown("3) tre"), "3\\) tre");
        assert_eq!(markdown("<script>x</script>"), "&lt;script&gt;x&lt;/script&gt;");
        assert_eq!(
            markdown("- not an item\n  + nor this"),
            "\\- not an item\n  \\+ nor this"
        );
        assert_eq!(
            markdown("Ola *og* Kari [lenke](x) [a]: b"),
            "Ola \\*og\\* Kari [lenke\\](x) [a\\]: b"
        );
        assert_eq!(markdown("- [+] bra [unnvikende]"), "\\- [+] bra [unnvikende]");
        assert_eq!(markdown("sak #3 (ny) - ok!"), "sak #3 (ny) - ok!");
        assert_eq!(markdown("Vanlig tekst, med komma."), "Vanlig tekst, med komma.");
    }
}
