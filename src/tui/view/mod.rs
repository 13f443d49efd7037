//! Drawing: a pure function of the model, one file per screen. Layouts adapt from 80×24 to
//! projector sizes; below the minimum a plain message replaces the screen.

mod clock;
mod debrief;
mod gauge;
mod home;
mod overlay;
mod play;
mod setup;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use super::app::{App, Screen};
use crate::i18n::Arg;

pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 18;

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
    let [body, keys] = Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(area);
    match app.screen {
        Screen::Home => home::draw(f, app, body),
        Screen::Setup => setup::draw(f, app, body),
        Screen::Play => play::draw(f, app, body),
        Screen::Debrief => debrief::draw(f, app, body),
    }
    key_line(f, app, keys);
    if let Some(o) = &app.overlay {
        overlay::draw(f, app, o, area);
    }
}

fn block<'a>(app: &App, title: String) -> Block<'a> {
    Block::default()
        .borders(Borders::ALL)
        .title(Span::styled(format!(" {title} "), app.theme.title()))
}

fn key_line(f: &mut Frame, app: &App, area: Rect) {
    let id = match (app.screen, app.play.as_ref().is_some_and(|p| !p.pages.is_empty())) {
        (Screen::Home, _) => "tui-keys-home",
        (Screen::Setup, _) => "tui-keys-setup",
        (Screen::Play, true) => "tui-keys-page",
        (Screen::Play, false) => "tui-keys-play",
        (Screen::Debrief, _) => "tui-keys-debrief",
    };
    let text = match &app.status {
        Some(s) => Line::from(Span::styled(s.clone(), app.theme.warn())),
        None => Line::from(Span::styled(app.msgs.get(id), app.theme.key())),
    };
    f.render_widget(Paragraph::new(text), area);
}

/// A box for `lines` on `area`: as wide as the screen allows (up to `max_width`), and tall
/// enough for the lines as they wrap inside its borders.
fn box_for(lines: &[Line], area: Rect, max_width: u16) -> (u16, u16) {
    let w = area.width.saturating_sub(4).min(max_width);
    let inner = w.saturating_sub(2).max(1) as usize;
    let h = lines
        .iter()
        .map(|l| clamp16(l.width().div_ceil(inner).max(1)))
        .fold(0, u16::saturating_add)
        .saturating_add(2);
    (w, h)
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
