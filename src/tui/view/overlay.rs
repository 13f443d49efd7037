//! What opens on top: help, the quit question, the event list, the note, the brief, a failed save.
//! Each box is as wide as its content needs (up to a limit and the screen) and as tall as its
//! text wraps to; longer text scrolls, with a marker where lines are hidden.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Clear;

use super::{box_for, centered, clamp16, offset_showing, padded, panel, text};
use crate::i18n::Arg;
use crate::tui::app::{App, Overlay, Screen};

/// The most lines the note box grows to before it scrolls (the cursor stays in view).
const NOTE_LINES: usize = 8;

pub(super) fn draw(f: &mut Frame, app: &App, o: &Overlay, area: Rect) {
    let widest = |t: &str| t.lines().map(text::width).max().unwrap_or(0);
    // The box's title, its width, its lines (wrapped to the width inside the borders) and the
    // first line shown.
    let (title, w, lines, at): (String, u16, Vec<Line>, u16) = match o {
        Overlay::Help => {
            let (title, body) = (app.msgs.get("tui-help-title"), app.msgs.get("tui-help-text"));
            let w = box_for(widest(&body), text::width(&title), area, 100);
            let lines = text::styled(&body, inner(w), app.theme.text());
            (title, w, lines, app.overlay_scroll.at)
        }
        Overlay::ConfirmQuit => {
            let id = match (app.screen, app.play.as_ref().is_some_and(|p| !p.session().is_over())) {
                _ if app.unsaved().is_some() => "tui-quit-unsaved",
                (Screen::Play, true) => "tui-quit-saved",
                _ => "tui-quit",
            };
            let (title, body) = (app.msgs.get("tui-quit-title"), app.msgs.get(id));
            keys_box(app, title, &body, area)
        }
        Overlay::Injects { selected } => {
            // Only the events that can happen now: one that cannot is not offered.
            let titles: Vec<String> = app
                .play
                .as_ref()
                .map(|p| {
                    p.conductor
                        .injects_possible()
                        .into_iter()
                        .map(|i| p.session().drill.inject(i).title.to_string())
                        .collect()
                })
                .unwrap_or_default();
            let title = app.msgs.get("tui-injects-title");
            let entries: Vec<String> = titles
                .iter()
                .enumerate()
                .map(|(i, t)| format!("{}) {t}", i + 1))
                .collect();
            let empty = app.msgs.get("tui-no-injects");
            let natural = entries
                .iter()
                .map(|e| text::width(e))
                .max()
                .unwrap_or(text::width(&empty));
            let w = box_for(natural, text::width(&title), area, 70);
            let mut lines = Vec::new();
            let mut span = (0, 0);
            for (i, t) in titles.iter().enumerate() {
                let number = format!("{}) ", i + 1);
                let wrapped = text::hanging(t, inner(w), &number, &" ".repeat(text::width(&number)));
                let from = lines.len();
                let style = if *selected == Some(i) {
                    app.theme.selected()
                } else {
                    app.theme.text()
                };
                lines.extend(padded(wrapped, inner(w), style));
                if *selected == Some(i) {
                    span = (from, lines.len());
                }
            }
            if lines.is_empty() {
                lines = text::styled(&empty, inner(w), app.theme.text());
            }
            let rows = (area.height.saturating_sub(4)) as usize;
            let at = offset_showing(span.0, span.1, rows);
            (title, w, lines, at)
        }
        Overlay::Note { text: note } => {
            // The box grows with the note up to NOTE_LINES lines, then shows its end, where
            // the cursor is.
            let title = app.msgs.get("tui-note-title");
            let w = box_for(70, text::width(&title), area, 72);
            let lines = text::styled(&format!("{note}▏"), inner(w), app.theme.text());
            let rows = NOTE_LINES.min(area.height.saturating_sub(4) as usize).max(1);
            let at = clamp16(lines.len().saturating_sub(rows));
            let h = clamp16(lines.len().clamp(1, rows)).saturating_add(2);
            draw_box(f, app, area, title, w, h, lines, at);
            return;
        }
        Overlay::BriefGate { role } => {
            let name = app
                .play
                .as_ref()
                .map(|p| p.session().drill.role_name(*role).to_string())
                .unwrap_or_default();
            let body = app.msgs.fmt("tui-brief-gate", &[("role", Arg::Str(&name))]);
            keys_box(app, app.msgs.get("tui-brief-title"), &body, area)
        }
        Overlay::SaveFailed { error } => {
            let path = app
                .play
                .as_ref()
                .and_then(|p| p.conductor.session_path())
                .map(|p| p.display().to_string())
                .unwrap_or_default();
            let body = app.msgs.fmt(
                "tui-save-failed",
                &[("error", Arg::Str(error)), ("path", Arg::Str(&path))],
            );
            keys_box(app, app.msgs.get("tui-save-failed-title"), &body, area)
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
            let private = app.msgs.get("tui-brief-private");
            let w = box_for(widest(&brief).max(widest(&private)), text::width(&name), area, 80);
            let mut lines = text::styled(&private, inner(w), app.theme.warn());
            lines.push(Line::from(""));
            lines.extend(text::styled(&brief, inner(w), app.theme.text()));
            (name, w, lines, app.overlay_scroll.at)
        }
    };
    let h = clamp16(lines.len()).saturating_add(2);
    draw_box(f, app, area, title, w, h, lines, at);
}

/// The width inside a box `w` wide.
fn inner(w: u16) -> usize {
    w.saturating_sub(2).max(1) as usize
}

/// A question that ends in key hints: the box as wide as its longest hint or sentence needs,
/// the hints never split over lines.
fn keys_box(app: &App, title: String, body: &str, area: Rect) -> (String, u16, Vec<Line<'static>>, u16) {
    let w = box_for(text::keys_width(body), text::width(&title), area, 80);
    let lines = text::with_keys(body, inner(w))
        .into_iter()
        .map(|l| Line::styled(l, app.theme.text()))
        .collect();
    (title, w, lines, 0)
}

/// Draws a box `w`×`h` (at most the screen) centred on `area`, scrolled `at` lines down, and
/// tells the app how far it can scroll.
#[allow(clippy::too_many_arguments)]
fn draw_box(f: &mut Frame, app: &App, area: Rect, title: String, w: u16, h: u16, lines: Vec<Line>, at: u16) {
    let r = centered(area, w, h);
    f.render_widget(Clear, r);
    let (max, page) = panel(f, app, r, Some(title), lines, at);
    app.overlay_scroll.max.set(max);
    app.overlay_scroll.page.set(page);
}
