//! The set-up: mode, role, coaching, seed and who plays which role.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::{offset_showing, panel, text};
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
    let inner = area.width.saturating_sub(2) as usize;
    let coach = s.coach();
    let on_off = |b: bool| app.msgs.get(if b { "tui-on" } else { "tui-off" });
    let mode = app.msgs.get(if s.mode == Mode::Group {
        "tui-mode-group"
    } else {
        "tui-mode-solo"
    });
    // The field column starts after the longest label in this language (the role names
    // included, which label the participant fields), but never past half the line: a longer
    // label wraps within its column.
    let names: Vec<String> = roles.iter().map(|r| role_name(r).to_string()).collect();
    let mut ids = vec!["tui-mode", "tui-coaching", "tui-seed", "tui-countdown"];
    if s.mode == Mode::Solo {
        ids.extend(["tui-your-role", "tui-gauge-setting"]);
    }
    let longest = ids
        .iter()
        .map(|id| text::width(&app.msgs.get(id)))
        .chain(names.iter().map(|n| text::width(n)))
        .max()
        .unwrap_or(0);
    let label_w = longest.min(inner / 2).max(1);
    let value_w = inner.saturating_sub(label_w + 4).max(1);
    // A label and its value, each wrapped in its own column; a dim hint may follow the value.
    let field_hint = |label: &str, value: &str, style: Style, hint: &str| -> Vec<Line<'static>> {
        let l = text::wrap(label, label_w);
        let whole = if hint.is_empty() {
            value.to_string()
        } else {
            format!("{value} {hint}")
        };
        let v = text::wrap(&whole, value_w);
        (0..l.len().max(v.len()))
            .map(|i| {
                let label = l.get(i).map(String::as_str).unwrap_or("");
                let pad = label_w - text::width(label).min(label_w);
                let mut spans = vec![Span::raw(format!("  {label}{}  ", " ".repeat(pad)))];
                let line = v.get(i).cloned().unwrap_or_default();
                // The value starts the first line; what follows it is the hint.
                match line.strip_prefix(value) {
                    Some(rest) if i == 0 => {
                        spans.push(Span::styled(value.to_string(), style));
                        spans.push(Span::styled(rest.to_string(), app.theme.dim()));
                    }
                    _ if i == 0 || hint.is_empty() => spans.push(Span::styled(line, style)),
                    _ => spans.push(Span::styled(line, app.theme.dim())),
                }
                Line::from(spans)
            })
            .collect()
    };
    let field = |label: &str, value: &str, style: Style| field_hint(label, value, style, "");
    let chosen = |i: usize| {
        if s.field == i {
            app.theme.selected()
        } else {
            app.theme.text()
        }
    };
    let mut lines = text::styled(&drill.scenario.title, inner, app.theme.title());
    lines.push(Line::from(""));
    // Where the selected field is, to keep it in view on a short screen.
    let mut span = (0, 0);
    let mut add = |lines: &mut Vec<Line<'static>>, i: usize, more: Vec<Line<'static>>| {
        if s.field == i {
            span = (lines.len(), lines.len() + more.len());
        }
        lines.extend(more);
    };
    add(
        &mut lines,
        0,
        field(&app.msgs.get("tui-mode"), &format!("◀ {mode} ▶"), chosen(0)),
    );
    if s.mode == Mode::Solo {
        let role = roles.get(s.role).map(|r| role_name(r)).unwrap_or_default();
        add(
            &mut lines,
            1,
            field(&app.msgs.get("tui-your-role"), &format!("◀ {role} ▶"), chosen(1)),
        );
    }
    add(
        &mut lines,
        2,
        field(
            &app.msgs.get("tui-coaching"),
            &format!("◀ {} ▶", on_off(coach)),
            chosen(2),
        ),
    );
    lines.extend(field(&app.msgs.get("tui-seed"), &s.seed.to_string(), app.theme.text()));
    let countdown = match s.countdown {
        None => app.msgs.get("tui-countdown-off"),
        Some(secs) => app
            .msgs
            .fmt("tui-countdown-min", &[("min", Arg::Num(i64::from(secs / 60)))]),
    };
    lines.extend(field_hint(
        &app.msgs.get("tui-countdown"),
        &countdown,
        app.theme.text(),
        &app.msgs.get("tui-countdown-hint"),
    ));
    if s.mode == Mode::Solo {
        lines.extend(field_hint(
            &app.msgs.get("tui-gauge-setting"),
            &on_off(app.show_gauge),
            app.theme.text(),
            &app.msgs.get("tui-gauge-hint"),
        ));
    } else {
        lines.extend(
            text::hanging(&app.msgs.get("tui-setup-handouts"), inner, "  ", "  ")
                .into_iter()
                .map(|l| Line::styled(l, app.theme.text())),
        );
    }
    if s.mode == Mode::Group {
        lines.push(Line::from(""));
        lines.extend(text::styled(&app.msgs.get("tui-labels"), inner, app.theme.title()));
        for (j, name) in names.iter().enumerate() {
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
            add(&mut lines, 3 + j, field(name, &format!("{shown}{cursor}"), style));
        }
    }
    lines.push(Line::from(""));
    let hint = app.msgs.get(if s.mode == Mode::Group {
        "tui-setup-group-hint"
    } else {
        "tui-setup-solo-hint"
    });
    lines.extend(text::styled(&hint, inner, app.theme.text()));
    lines.push(Line::from(""));
    lines.extend(text::styled(&app.msgs.get("tui-setup-start"), inner, app.theme.good()));
    let at = offset_showing(span.0, span.1, area.height.saturating_sub(2) as usize);
    panel(f, app, area, Some(app.msgs.get("tui-setup-title")), lines, at);
}
