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
    // The rest of the report, as in the text debrief, without its title and score lines.
    let body = crate::debrief::text_body(&d.debrief, &app.msgs);
    let para = Paragraph::new(body).wrap(Wrap { trim: false });
    // Tell the app how far it can scroll at this size: the last page, never past it.
    let inner = Rect {
        width: rest.width.saturating_sub(2),
        height: rest.height.saturating_sub(2),
        ..rest
    };
    let lines = clamp16(para.line_count(inner.width));
    d.max_scroll.set(lines.saturating_sub(inner.height));
    d.page.set(inner.height.max(1));
    f.render_widget(
        para.scroll((d.scroll.min(d.max_scroll.get()), 0))
            .block(Block::default().borders(Borders::ALL)),
        rest,
    );
}
