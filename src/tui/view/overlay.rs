//! What opens on top: help, the quit question, the event list, the note, the brief, a failed save.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

use super::{block, box_for, centered, clamp16};
use crate::i18n::Arg;
use crate::tui::app::{App, Overlay, Screen};

pub(super) fn draw(f: &mut Frame, app: &App, o: &Overlay, area: Rect) {
    let (title, lines, w, h): (String, Vec<Line>, u16, u16) = match o {
        Overlay::Help => {
            let lines: Vec<Line> = app
                .msgs
                .get("tui-help-text")
                .lines()
                .map(|l| Line::from(l.to_string()))
                .collect();
            // As wide as the screen allows (up to 100), and tall enough for the wrapped text.
            let (w, h) = box_for(&lines, area, 100);
            (app.msgs.get("tui-help-title"), lines, w, h)
        }
        Overlay::ConfirmQuit => {
            let id = match (app.screen, app.play.as_ref().is_some_and(|p| !p.session().is_over())) {
                _ if app.unsaved().is_some() => "tui-quit-unsaved",
                (Screen::Play, true) => "tui-quit-saved",
                _ => "tui-quit",
            };
            (
                app.msgs.get("tui-quit-title"),
                vec![Line::from(app.msgs.get(id))],
                60,
                5,
            )
        }
        Overlay::Injects { selected } => {
            // Only the events that can happen now: one that cannot is not offered.
            let injects: Vec<_> = app
                .play
                .as_ref()
                .map(|p| {
                    p.conductor
                        .injects_possible()
                        .into_iter()
                        .map(|i| p.session().drill.inject(i).clone())
                        .collect()
                })
                .unwrap_or_default();
            let mut lines: Vec<Line> = injects
                .iter()
                .enumerate()
                .map(|(i, inj)| {
                    let style = if i == *selected {
                        app.theme.selected()
                    } else {
                        app.theme.text()
                    };
                    Line::from(Span::styled(format!("{}) {}", i + 1, inj.title), style))
                })
                .collect();
            if lines.is_empty() {
                lines.push(Line::from(app.msgs.get("tui-no-injects")));
            }
            let h = clamp16(lines.len()).saturating_add(2);
            (app.msgs.get("tui-injects-title"), lines, 60, h)
        }
        Overlay::Note { text } => (
            app.msgs.get("tui-note-title"),
            vec![Line::from(format!("{text}▏"))],
            70,
            5,
        ),
        Overlay::BriefGate { role } => {
            let name = app
                .play
                .as_ref()
                .map(|p| p.session().drill.role_name(*role).to_string())
                .unwrap_or_default();
            (
                app.msgs.get("tui-brief-title"),
                vec![Line::from(app.msgs.fmt("tui-brief-gate", &[("role", Arg::Str(&name))]))],
                60,
                5,
            )
        }
        Overlay::SaveFailed { error } => {
            let path = app
                .play
                .as_ref()
                .and_then(|p| p.conductor.session_path())
                .map(|p| p.display().to_string())
                .unwrap_or_default();
            let text = app.msgs.fmt(
                "tui-save-failed",
                &[
                    ("error", crate::i18n::Arg::Str(error)),
                    ("path", crate::i18n::Arg::Str(&path)),
                ],
            );
            let lines: Vec<Line> = text.lines().map(|l| Line::from(l.to_string())).collect();
            let (w, h) = box_for(&lines, area, 80);
            (app.msgs.get("tui-save-failed-title"), lines, w, h)
        }
        Overlay::Brief { role } => {
            let (name, brief) = app
                .play
                .as_ref()
                .map(|p| {
                    let d = &p.session().drill;
                    (
                        d.role_name(*role).to_string(),
                        d.scenario.roles[*role as usize]
                            .brief
                            .clone()
                            .unwrap_or_else(|| app.msgs.get("plain-no-brief").into()),
                    )
                })
                .unwrap_or_default();
            // Said first: a brief is private, and a projector is not.
            let mut lines = vec![
                Line::from(Span::styled(app.msgs.get("tui-brief-private"), app.theme.warn())),
                Line::from(""),
            ];
            lines.extend(brief.lines().map(|l| Line::from(l.to_string())));
            let (w, h) = box_for(&lines, area, 80);
            (name, lines, w, h)
        }
    };
    let r = centered(area, w, h);
    f.render_widget(Clear, r);
    f.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(block(app, title)),
        r,
    );
}
