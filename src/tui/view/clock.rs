//! The clocks the room sees in the header: the drill's time budget (minutes used of those the
//! scenario plans), and the decision's countdown if the facilitator set one, else how long the
//! group has deliberated. Nothing here chooses: a countdown that runs out only says so.

use ratatui::style::Style;

use crate::tui::app::{App, PlayState};

/// The header's right-hand text and its style; without the budget when `room` (columns) is
/// too narrow for it.
pub(super) fn header(app: &App, p: &PlayState, room: usize) -> (String, Style) {
    let b = p.conductor.budget();
    let budget = app.msgs.fmt(
        "tui-budget",
        &[
            ("used", crate::i18n::Arg::Num(b.used_minutes as i64)),
            ("planned", crate::i18n::Arg::Num(b.planned_minutes as i64)),
        ],
    );
    let over = b.planned_minutes > 0 && b.used_minutes > b.planned_minutes;
    let (clock, late) = match p.conductor.countdown() {
        Some(left) if left < 0 => (app.msgs.get("tui-countdown-out"), true),
        Some(left) => (format!("⏳ {}:{:02}", left / 60, left % 60), false),
        None => {
            let d = p.deliberation();
            (format!("⏱ {:02}:{:02}", d / 60, d % 60), false)
        }
    };
    let paused = if p.paused() {
        format!(" {}", app.msgs.get("tui-paused"))
    } else {
        String::new()
    };
    let style = if p.paused() || late || over {
        app.theme.warn()
    } else {
        app.theme.text()
    };
    let full = format!("{budget} · {clock}{paused} ");
    if ratatui::text::Line::from(full.as_str()).width() <= room {
        (full, style)
    } else {
        (format!("{clock}{paused} "), style)
    }
}
