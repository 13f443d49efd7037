//! Drawing: a pure function of the model, one file per screen. Layouts adapt from 80×24 to
//! projector sizes; below the minimum a plain message replaces the screen.

mod clock;
mod debrief;
mod gauge;
mod home;
mod overlay;
mod play;
mod setup;
pub mod text;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use super::app::{App, Screen, Scroll};
use crate::i18n::Arg;

pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 18;
/// The widest a column of text is drawn, borders included: about 90 characters a line, a
/// comfortable measure to read (and to read aloud from a projector); wider screens centre it.
pub const COLUMN: u16 = 92;

pub fn draw(f: &mut Frame, app: &App) {
    let area = f.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        let msg = app.msgs.fmt(
            "tui-too-small",
            &[("w", Arg::Num(MIN_WIDTH.into())), ("h", Arg::Num(MIN_HEIGHT.into()))],
        );
        f.render_widget(Paragraph::new(msg).wrap(Wrap { trim: true }), area);
        return;
    }
    // A word in the status line wraps onto a second (or third) line rather than being cut.
    let status = app
        .status
        .as_ref()
        .map(|s| text::wrap(s, area.width as usize))
        .unwrap_or_default();
    let key_rows = clamp16(status.len()).clamp(1, 3);
    let [body, keys] = Layout::vertical([Constraint::Min(1), Constraint::Length(key_rows)]).areas(area);
    match app.screen {
        Screen::Home => home::draw(f, app, body),
        Screen::Setup => setup::draw(f, app, column(body, COLUMN)),
        Screen::Play => play::draw(f, app, body),
        Screen::Debrief => debrief::draw(f, app, column(body, COLUMN)),
    }
    key_line(f, app, status, keys);
    if let Some(o) = &app.overlay {
        overlay::draw(f, app, o, area);
    }
}

fn block<'a>(app: &App, title: String) -> Block<'a> {
    Block::default()
        .borders(Borders::ALL)
        .title(Span::styled(format!(" {title} "), app.theme.title()))
}

fn key_line(f: &mut Frame, app: &App, status: Vec<String>, area: Rect) {
    let id = match (app.screen, app.play.as_ref().is_some_and(|p| !p.pages.is_empty())) {
        (Screen::Home, _) => "tui-keys-home",
        (Screen::Setup, _) => "tui-keys-setup",
        (Screen::Play, true) => "tui-keys-page",
        (Screen::Play, false) => match app.play.as_ref() {
            Some(p) if p.paused() => "tui-keys-paused",
            Some(p) if p.session().setup.mode == crate::engine::Mode::Solo => "tui-keys-solo",
            _ => "tui-keys-play",
        },
        (Screen::Debrief, _) if app.debrief.as_ref().is_some_and(|d| d.ending_first) => "tui-keys-ending",
        (Screen::Debrief, _) => "tui-keys-debrief",
    };
    // The debrief's sections as the screen numbers them (drawn before this line).
    let last = app.debrief.as_ref().map_or(1, |d| d.sections.borrow().len().max(1));
    let hints = app.msgs.fmt(id, &[("last", Arg::Num(last as i64))]);
    let lines: Vec<Line> = if status.is_empty() {
        vec![Line::styled(keys_fitting(&hints, area.width as usize), app.theme.key())]
    } else {
        status.into_iter().map(|s| Line::styled(s, app.theme.warn())).collect()
    };
    f.render_widget(Paragraph::new(lines), area);
}

/// The key hints ("a · b · … · ? help · q quit") in `width` columns: whole hints only, those
/// before the last two dropped from the end until the rest fits (help lists every key).
fn keys_fitting(hints: &str, width: usize) -> String {
    let mut parts: Vec<&str> = hints.split(" · ").collect();
    while text::width(&parts.join(" · ")) > width && parts.len() > 2 {
        parts.remove(parts.len() - 3);
    }
    text::fit(&parts.join(" · "), width)
}

/// `area` narrowed to at most `width` columns, centred.
fn column(area: Rect, width: u16) -> Rect {
    let w = width.min(area.width);
    Rect {
        x: area.x + (area.width - w) / 2,
        width: w,
        ..area
    }
}

/// A bordered panel of `lines` (already wrapped to the panel's inner width) scrolled `at`
/// lines down (clamped to the last page), with "more ↑" / "more ↓" in its border wherever
/// lines are hidden. Returns the most it can scroll and the height of a page, for paging.
fn panel(f: &mut Frame, app: &App, area: Rect, title: Option<String>, lines: Vec<Line>, at: u16) -> (u16, u16) {
    let inner = area.height.saturating_sub(2);
    let max = clamp16(lines.len()).saturating_sub(inner);
    let at = at.min(max);
    let mut b = match title {
        Some(t) => block(app, t),
        None => Block::default().borders(Borders::ALL),
    };
    if at > 0 {
        b = b.title(more(app, "tui-more-above").right_aligned());
    }
    if at < max {
        b = b.title_bottom(more(app, "tui-more-below").right_aligned());
    }
    f.render_widget(Paragraph::new(lines).scroll((at, 0)).block(b), area);
    (max, inner.max(1))
}

/// `panel` for a panel the app scrolls with a `Scroll`: drawn at its position, and told how
/// far it can go and how tall a page is at this size.
fn scrolled(f: &mut Frame, app: &App, area: Rect, title: Option<String>, lines: Vec<Line>, s: &Scroll) {
    let (max, page) = panel(f, app, area, title, lines, s.at);
    s.max.set(max);
    s.page.set(page);
}

/// The marker that says lines are hidden above or below.
fn more(app: &App, id: &str) -> Line<'static> {
    Line::styled(format!(" {} ", app.msgs.get(id)), app.theme.key())
}

/// The first line of `lines` to show in `height` rows so that lines `from..to` (a selected
/// entry) are in view, starting from the top.
fn offset_showing(from: usize, to: usize, height: usize) -> u16 {
    let off = to.saturating_sub(height);
    clamp16(off.min(from))
}

/// `lines` padded with spaces to `width` columns, so that a highlight covers the whole row.
fn padded(lines: Vec<String>, width: usize, style: Style) -> Vec<Line<'static>> {
    lines
        .into_iter()
        .map(|l| {
            let pad = width.saturating_sub(text::width(&l));
            Line::styled(format!("{l}{}", " ".repeat(pad)), style)
        })
        .collect()
}

/// The width of a box on `area` for content whose widest line is `content` columns and whose
/// title is `title` columns: as wide as its content (so a short question is a small box), at
/// least as wide as its title, at most `max_width` and what the screen allows.
fn box_for(content: usize, title: usize, area: Rect, max_width: u16) -> u16 {
    let want = clamp16(content.max(title + 2)).saturating_add(2);
    want.min(max_width).min(area.width.saturating_sub(4))
}

/// A count as a terminal size, saturating (a huge text must not wrap around to a tiny box).
fn clamp16(n: usize) -> u16 {
    u16::try_from(n).unwrap_or(u16::MAX)
}

fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width.saturating_sub(2));
    let h = h.min(area.height.saturating_sub(2));
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}
