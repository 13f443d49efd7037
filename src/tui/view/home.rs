//! The home screen: the scenarios, and the one selected in detail.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Modifier;
use ratatui::text::Line;

use super::{COLUMN, column, offset_showing, padded, panel, scrolled, text};
use crate::i18n::Arg;
use crate::tui::app::App;

/// The list of scenarios: never narrower than this, nor wider than `LIST_MAX`.
const LIST_MIN: u16 = 26;
const LIST_MAX: u16 = 44;

pub(super) fn draw(f: &mut Frame, app: &App, area: Rect) {
    let list_w = (area.width * 45 / 100).clamp(LIST_MIN, LIST_MAX);
    let area = column(area, list_w + COLUMN);
    let [list_area, detail_area] = Layout::horizontal([Constraint::Length(list_w), Constraint::Min(1)]).areas(area);
    list(f, app, list_area);
    about(f, app, detail_area);
}

/// Each scenario: its whole title (wrapped, never cut) and a line about it.
fn list(f: &mut Frame, app: &App, area: Rect) {
    let inner = area.width.saturating_sub(2) as usize;
    let mut lines: Vec<Line> = Vec::new();
    let mut span = (0, 0);
    for (i, it) in app.items.iter().enumerate() {
        let s = &it.drill.scenario;
        let roles = s.roles.iter().filter(|r| r.is_playable()).count();
        let selected = i == app.home_selected;
        let mark = if selected { "▶ " } else { "  " };
        let title = text::hanging(&s.title, inner, mark, "  ");
        let about = app.msgs.fmt(
            "list-line",
            &[
                ("languages", Arg::Str(&it.languages.join(", "))),
                ("minutes", Arg::Num(s.duration_minutes.into())),
                ("roles", Arg::Num(roles as i64)),
            ],
        );
        let from = lines.len();
        let bold = app.theme.text().add_modifier(Modifier::BOLD);
        if selected {
            lines.extend(padded(title, inner, app.theme.selected().add_modifier(Modifier::BOLD)));
        } else {
            lines.extend(title.into_iter().map(|l| Line::styled(l, bold)));
        }
        lines.extend(
            text::hanging(&about, inner, "  ", "  ")
                .into_iter()
                .map(|l| Line::styled(l, app.theme.dim())),
        );
        if selected {
            span = (from, lines.len());
        }
    }
    let at = offset_showing(span.0, span.1, area.height.saturating_sub(2) as usize);
    panel(f, app, area, Some(app.msgs.get("tui-home-title")), lines, at);
}

/// The selected scenario in full; it scrolls with PgUp/PgDn.
fn about(f: &mut Frame, app: &App, area: Rect) {
    let w = area.width.saturating_sub(2) as usize;
    let t = app.theme.text();
    let mut lines: Vec<Line> = Vec::new();
    match app.items.get(app.home_selected) {
        None => lines.extend(text::styled(&app.msgs.get("list-empty"), w, t)),
        Some(it) => {
            let s = &it.drill.scenario;
            lines.extend(text::styled(&s.title, w, app.theme.title()));
            lines.push(Line::from(""));
            lines.extend(text::styled(&s.summary, w, t));
            if !s.target_group.is_empty() {
                lines.push(Line::from(""));
                let target = format!("{}: {}", app.msgs.get("tui-target-group"), s.target_group);
                lines.extend(text::styled(&target, w, t));
            }
            // The number and its unit never split over two lines (a no-break space).
            let duration = app.msgs.fmt(
                "tui-duration-minutes",
                &[
                    ("label", Arg::Str(&app.msgs.get("tui-duration"))),
                    ("minutes", Arg::Num(i64::from(s.duration_minutes))),
                ],
            );
            lines.extend(text::styled(&duration, w, t));
            let roles: Vec<&str> = s
                .roles
                .iter()
                .filter(|r| r.is_playable())
                .filter_map(|r| r.name.as_deref())
                .collect();
            let roles = format!("{}: {}", app.msgs.get("tui-roles"), roles.join(", "));
            lines.extend(text::styled(&roles, w, t));
            if !s.objectives.is_empty() {
                lines.push(Line::from(""));
                lines.extend(text::styled(&app.msgs.get("tui-objectives"), w, app.theme.title()));
                for o in &s.objectives {
                    let item = format!(
                        "{} ({})",
                        o.text,
                        app.msgs.get(&format!("dimension-{}", o.dimension.key()))
                    );
                    lines.extend(
                        text::hanging(&item, w, "• ", "  ")
                            .into_iter()
                            .map(|l| Line::styled(l, t)),
                    );
                }
            }
        }
    }
    scrolled(f, app, area, Some(app.msgs.get("tui-details")), lines, &app.home_about);
}
