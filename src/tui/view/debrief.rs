//! The debrief screen.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use super::{block, clamp16};
use crate::i18n::Arg;
use crate::score::Band;
use crate::tui::app::App;

pub(super) fn draw(f: &mut Frame, app: &App, area: Rect) {
    let Some(d) = &app.debrief else { return };
    if d.ending_first {
        return ending(f, app, &d.debrief, area);
    }
    let title = app
        .msgs
        .fmt("debrief-title", &[("title", Arg::Str(&d.debrief.scenario.title))]);
    let all = d.debrief.scores.all();
    // Three dimensions, and relational safety when the play had conversations.
    let rows = clamp16(all.len() + 2);
    let [scores_area, rest] = Layout::vertical([Constraint::Length(rows), Constraint::Min(1)]).areas(area);
    let bar_width = scores_area.width.saturating_sub(40).clamp(10, 50) as usize;
    let name_width = all
        .iter()
        .map(|(k, _)| app.msgs.get(&format!("dimension-{k}")).chars().count() + 1)
        .max()
        .unwrap_or(18)
        .max(18);
    let mut lines = Vec::new();
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
    f.render_widget(Paragraph::new(lines).block(block(app, title)), scores_area);
    // The rest of the report, as in the text debrief, without its title and score lines; its
    // sections numbered on a line of their own, reachable by digit and Tab.
    let body = crate::debrief::text_body(&d.debrief, &app.msgs);
    let heads = headings(&body);
    let index: Vec<String> = heads
        .iter()
        .enumerate()
        .map(|(i, (t, _))| format!("{} {t}", i + 1))
        .collect();
    let [index_area, rest] = Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(rest);
    f.render_widget(
        Paragraph::new(Span::styled(format!(" {}", index.join(" · ")), app.theme.key())),
        index_area,
    );
    let para = Paragraph::new(body.clone()).wrap(Wrap { trim: false });
    // Tell the app how far it can scroll at this size: the last page, never past it.
    let inner = Rect {
        width: rest.width.saturating_sub(2),
        height: rest.height.saturating_sub(2),
        ..rest
    };
    let lines = clamp16(para.line_count(inner.width));
    d.max_scroll.set(lines.saturating_sub(inner.height));
    let starts: Vec<&str> = body.lines().collect();
    *d.sections.borrow_mut() = heads
        .iter()
        .map(|&(_, at)| {
            let before = starts[..at].join("\n");
            if at == 0 {
                0
            } else {
                clamp16(
                    Paragraph::new(before)
                        .wrap(Wrap { trim: false })
                        .line_count(inner.width),
                )
            }
        })
        .collect();
    d.page.set(inner.height.max(1));
    f.render_widget(
        para.scroll((d.scroll.min(d.max_scroll.get()), 0))
            .block(Block::default().borders(Borders::ALL)),
        rest,
    );
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
fn ending(f: &mut Frame, app: &App, d: &crate::debrief::Debrief, area: Rect) {
    let e = &d.ending;
    let mut lines = vec![
        Line::from(Span::styled(e.title.clone(), app.theme.title())),
        Line::from(""),
    ];
    if !e.outcome.is_empty() {
        lines.push(Line::from(app.msgs.get(&format!("outcome-{}", e.outcome))));
        lines.push(Line::from(""));
    }
    lines.extend(e.text.lines().map(|l| Line::from(l.to_string())));
    let [text, hint] = Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(area);
    f.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(block(app, app.msgs.get("debrief-how-it-ended"))),
        text,
    );
    f.render_widget(
        Paragraph::new(Span::styled(app.msgs.get("tui-debrief-go-on"), app.theme.key())),
        hint,
    );
}
