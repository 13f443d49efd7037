//! The set-up: mode, role, coaching, seed and who plays which role.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::block;
use crate::engine::Mode;
use crate::i18n::Arg;
use crate::tui::app::App;

pub(super) fn draw(f: &mut Frame, app: &App, area: Rect) {
    let Some(s) = &app.setup else { return };
    let drill = &app.items[s.item].drill;
    let roles = app.playable(s.item);
    let role_name = |id: &str| {
        drill
            .scenario
            .roles
            .iter()
            .find(|r| r.id == id)
            .and_then(|r| r.name.clone())
            .unwrap_or_default()
    };
    let coach = s.coach();
    let on_off = |b: bool| app.msgs.get(if b { "tui-on" } else { "tui-off" });
    let mode = app.msgs.get(if s.mode == Mode::Group {
        "tui-mode-group"
    } else {
        "tui-mode-solo"
    });
    // The field column starts after the longest label shown (in this language and mode).
    let mut ids = vec!["tui-mode", "tui-coaching", "tui-seed", "tui-countdown"];
    if s.mode == Mode::Solo {
        ids.extend(["tui-your-role", "tui-gauge-setting"]);
    }
    let width = ids
        .iter()
        .map(|id| app.msgs.get(id).chars().count())
        .chain(roles.iter().map(|r| role_name(r).chars().count()))
        .max()
        .unwrap_or(0)
        + 2;
    let field = |i: usize, label: String, value: String| {
        let style = if s.field == i {
            app.theme.selected()
        } else {
            app.theme.text()
        };
        Line::from(vec![
            Span::raw(format!("  {label:<width$}")),
            Span::styled(format!("◀ {value} ▶"), style),
        ])
    };
    let mut lines = vec![
        Line::from(Span::styled(drill.scenario.title.clone(), app.theme.title())),
        Line::from(""),
        field(0, app.msgs.get("tui-mode"), mode),
    ];
    if s.mode == Mode::Solo {
        lines.push(field(
            1,
            app.msgs.get("tui-your-role"),
            roles.get(s.role).map(|r| role_name(r)).unwrap_or_default().to_string(),
        ));
    }
    lines.push(field(2, app.msgs.get("tui-coaching"), on_off(coach)));
    lines.push(Line::from(format!("  {:<width$}{}", app.msgs.get("tui-seed"), s.seed)));
    let countdown = match s.countdown {
        None => app.msgs.get("tui-countdown-off"),
        Some(secs) => app
            .msgs
            .fmt("tui-countdown-min", &[("min", Arg::Num(i64::from(secs / 60)))]),
    };
    lines.push(Line::from(vec![
        Span::raw(format!("  {:<width$}", app.msgs.get("tui-countdown"))),
        Span::raw(format!("{countdown} ")),
        Span::styled(app.msgs.get("tui-countdown-hint"), app.theme.dim()),
    ]));
    if s.mode == Mode::Solo {
        lines.push(Line::from(vec![
            Span::raw(format!("  {:<width$}", app.msgs.get("tui-gauge-setting"))),
            Span::raw(format!("{} ", on_off(app.show_gauge))),
            Span::styled(app.msgs.get("tui-gauge-hint"), app.theme.dim()),
        ]));
    } else {
        lines.push(Line::from(Span::raw(format!(
            "  {}",
            app.msgs.get("tui-setup-handouts")
        ))));
    }
    if s.mode == Mode::Group {
        lines.push(Line::from(""));
        lines.push(Line::from(Span::styled(app.msgs.get("tui-labels"), app.theme.title())));
        for (j, r) in roles.iter().enumerate() {
            let selected = s.field == 3 + j;
            let label = s.labels.get(j).cloned().unwrap_or_default();
            let shown = if label.is_empty() && !selected {
                app.msgs.get("tui-label-empty")
            } else {
                label
            };
            let cursor = if selected { "▏" } else { "" };
            let style = if selected {
                app.theme.selected()
            } else {
                app.theme.dim()
            };
            lines.push(Line::from(vec![
                Span::raw(format!("  {:<width$}", role_name(r))),
                Span::styled(format!("{shown}{cursor}"), style),
            ]));
        }
    }
    lines.push(Line::from(""));
    lines.push(Line::from(app.msgs.get(if s.mode == Mode::Group {
        "tui-setup-group-hint"
    } else {
        "tui-setup-solo-hint"
    })));
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(
        app.msgs.get("tui-setup-start"),
        app.theme.good(),
    )));
    f.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(block(app, app.msgs.get("tui-setup-title"))),
        area,
    );
}
