//! The home screen: the scenarios, and the one selected in detail.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{List, ListItem, ListState, Paragraph, Wrap};

use super::block;
use crate::i18n::Arg;
use crate::tui::app::App;

pub(super) fn draw(f: &mut Frame, app: &App, area: Rect) {
    let [list_area, detail_area] =
        Layout::horizontal([Constraint::Percentage(45), Constraint::Percentage(55)]).areas(area);
    let items: Vec<ListItem> = app
        .items
        .iter()
        .map(|it| {
            let s = &it.drill.scenario;
            let roles = s.roles.iter().filter(|r| r.is_playable()).count();
            ListItem::new(vec![
                Line::from(Span::styled(
                    s.title.clone(),
                    Style::default().add_modifier(ratatui::style::Modifier::BOLD),
                )),
                Line::from(Span::styled(
                    app.msgs.fmt(
                        "list-line",
                        &[
                            ("languages", Arg::Str(&it.languages.join(", "))),
                            ("minutes", Arg::Num(s.duration_minutes.into())),
                            ("roles", Arg::Num(roles as i64)),
                        ],
                    ),
                    app.theme.dim(),
                )),
            ])
        })
        .collect();
    let mut state = ListState::default().with_selected((!app.items.is_empty()).then_some(app.home_selected));
    let list = List::new(items)
        .block(block(app, app.msgs.get("tui-home-title")))
        .highlight_style(app.theme.selected())
        .highlight_symbol("▶ ");
    f.render_stateful_widget(list, list_area, &mut state);

    let mut lines: Vec<Line> = Vec::new();
    match app.items.get(app.home_selected) {
        None => lines.push(Line::from(app.msgs.get("list-empty"))),
        Some(it) => {
            let s = &it.drill.scenario;
            lines.push(Line::from(Span::styled(s.title.clone(), app.theme.title())));
            lines.push(Line::from(""));
            lines.push(Line::from(s.summary.to_string()));
            if !s.target_group.is_empty() {
                lines.push(Line::from(""));
                lines.push(Line::from(format!(
                    "{}: {}",
                    app.msgs.get("tui-target-group"),
                    s.target_group
                )));
            }
            lines.push(Line::from(format!(
                "{}: {} min",
                app.msgs.get("tui-duration"),
                s.duration_minutes
            )));
            let roles: Vec<&str> = s
                .roles
                .iter()
                .filter(|r| r.is_playable())
                .filter_map(|r| r.name.as_deref())
                .collect();
            lines.push(Line::from(format!(
                "{}: {}",
                app.msgs.get("tui-roles"),
                roles.join(", ")
            )));
            if !s.objectives.is_empty() {
                lines.push(Line::from(""));
                lines.push(Line::from(Span::styled(
                    app.msgs.get("tui-objectives"),
                    app.theme.title(),
                )));
                for o in &s.objectives {
                    lines.push(Line::from(format!(
                        "• {} ({})",
                        o.text,
                        app.msgs.get(&format!("dimension-{}", o.dimension.key()))
                    )));
                }
            }
        }
    }
    f.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(block(app, app.msgs.get("tui-details"))),
        detail_area,
    );
}
