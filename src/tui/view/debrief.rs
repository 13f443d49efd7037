//! The debrief screen.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use super::{block, clamp16, panel, scrolled, text};
use crate::i18n::Arg;
use crate::score::Band;
use crate::tui::app::{App, DebriefState};

pub(super) fn draw(f: &mut Frame, app: &App, area: Rect) {
    let Some(d) = &app.debrief else { return };
    if d.ending_first {
        return ending(f, app, d, area);
    }
    let title = app
        .msgs
        .fmt("debrief-title", &[("title", Arg::Str(&d.debrief.scenario.title))]);
    // The title sits in the border when it fits there; on a narrow screen it wraps inside the
    // panel instead, whole, above the scores.
    let inside = usize::from(area.width.saturating_sub(2));
    let (border_title, title_lines) = if text::width(&title) + 4 <= inside + 2 {
        (title, Vec::new())
    } else {
        (String::new(), text::styled(&title, inside, app.theme.title()))
    };
    let all = d.debrief.scores.all();
    // Three dimensions, and relational safety when the play had conversations.
    let rows = clamp16(all.len() + title_lines.len() + 2);
    let [scores_area, rest] = Layout::vertical([Constraint::Length(rows), Constraint::Min(1)]).areas(area);
    let bar_width = scores_area.width.saturating_sub(40).clamp(10, 50) as usize;
    let name_width = all
        .iter()
        .map(|(k, _)| text::width(&app.msgs.get(&format!("dimension-{k}"))) + 1)
        .max()
        .unwrap_or(18)
        .max(18);
    let mut lines = title_lines;
    for (key, r) in all {
        let full = crate::debrief::bar_cells(r.score, bar_width);
        let style = match r.band {
            Band::Strong => app.theme.good(),
            Band::Partial => app.theme.warn(),
            Band::Weak => app.theme.bad(),
        };
        lines.push(Line::from(vec![
            Span::raw(format!(" {:<name_width$}", app.msgs.get(&format!("dimension-{key}")))),
            Span::styled("█".repeat(full), style),
            Span::styled("░".repeat(bar_width - full), app.theme.dim()),
            Span::raw(format!(" {:>3}  ", r.score)),
            Span::styled(app.msgs.get(&format!("band-{}", r.band.key())), style),
        ]));
    }
    let scores_block = if border_title.is_empty() {
        Block::default().borders(Borders::ALL)
    } else {
        block(app, border_title)
    };
    f.render_widget(Paragraph::new(lines).block(scores_block), scores_area);
    // The rest of the report, as in the text debrief, without its title and score lines; its
    // sections numbered on a line of their own, reachable by digit and Tab.
    let body = crate::debrief::text_body(&d.debrief, &app.msgs);
    let heads = headings(&body);
    // The report wrapped here, by display width, list items under their text; a section
    // starts at the wrapped line its heading lands on.
    let mut wrapped: Vec<String> = Vec::new();
    let mut starts = Vec::with_capacity(heads.len());
    for (i, line) in body.lines().enumerate() {
        if heads.iter().any(|&(_, at)| at == i) {
            starts.push(clamp16(wrapped.len()));
        }
        wrapped.extend(text::wrap(line, inside));
    }
    // Each entry kept on one line (no-break spaces inside it), the list wrapped to the width;
    // the section on view marked.
    *d.sections.borrow_mut() = starts;
    let current = d.section_on_view();
    let entries: Vec<String> = heads
        .iter()
        .enumerate()
        .map(|(i, (t, _))| format!("{} {t}", i + 1).replace(' ', "\u{a0}"))
        .collect();
    let index = text::wrap(&entries.join("\u{a0}· "), inside + 1);
    let index_rows = clamp16(index.len()).min(rest.height.saturating_sub(3).max(1));
    let [index_area, rest] = Layout::vertical([Constraint::Length(index_rows), Constraint::Min(1)]).areas(rest);
    let marked = current.and_then(|i| entries.get(i));
    let index_lines: Vec<Line> = index
        .into_iter()
        .map(|l| {
            let plain = |t: &str| Span::styled(t.replace('\u{a0}', " "), app.theme.key());
            match marked.and_then(|m| l.find(m.as_str()).map(|i| (i, m.len()))) {
                Some((i, n)) => Line::from(vec![
                    plain(&format!(" {}", &l[..i])),
                    Span::styled(l[i..i + n].replace('\u{a0}', " "), app.theme.selected()),
                    plain(&l[i + n..]),
                ]),
                None => Line::from(plain(&format!(" {l}"))),
            }
        })
        .collect();
    f.render_widget(Paragraph::new(index_lines), index_area);
    // `panel` tells the app how far it can scroll at this size: the last page, never past it.
    let lines = wrapped.into_iter().map(Line::from).collect();
    let (max, page) = panel(f, app, rest, None, lines, d.scroll);
    d.max_scroll.set(max);
    d.page.set(page);
}

/// The report's section headings (a line underlined with `─` in the text debrief) and the line
/// each starts at.
fn headings(body: &str) -> Vec<(String, usize)> {
    let lines: Vec<&str> = body.lines().collect();
    lines
        .windows(2)
        .enumerate()
        .filter(|(_, w)| !w[0].trim().is_empty() && !w[1].is_empty() && w[1].chars().all(|c| c == '─'))
        .map(|(i, w)| (w[0].trim().to_string(), i))
        .collect()
}

/// The ending as a moment of its own, before any score: how it ended, in the story's words.
fn ending(f: &mut Frame, app: &App, d: &DebriefState, area: Rect) {
    let e = &d.debrief.ending;
    let width = usize::from(area.width.saturating_sub(2));
    let mut lines = text::styled(&e.title, width, app.theme.title());
    lines.push(Line::from(""));
    if !e.outcome.is_empty() {
        lines.extend(text::styled(
            &app.msgs.get(&format!("outcome-{}", e.outcome)),
            width,
            Style::default(),
        ));
        lines.push(Line::from(""));
    }
    lines.extend(text::wrap(&e.text, width).into_iter().map(Line::from));
    let [text_area, hint] = Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(area);
    scrolled(
        f,
        app,
        text_area,
        Some(app.msgs.get("debrief-how-it-ended")),
        lines,
        &d.ending,
    );
    f.render_widget(
        Paragraph::new(Span::styled(app.msgs.get("tui-debrief-go-on"), app.theme.key())),
        hint,
    );
}
