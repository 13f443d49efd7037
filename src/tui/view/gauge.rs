//! Solo practice: how the simulated person is doing while you talk (their trust, openness or
//! worry as the scenario counts it), in words and a gauge. The set-up (and `g` in the drill)
//! hides it for practice without help.

use ratatui::text::{Line, Span};

use super::text;

use crate::scenario::model::Safer;
use crate::tui::app::{App, PlayState};

/// Cells in a gauge.
const CELLS: i64 = 10;

/// One line per counter that belongs to a simulated person: `label ████░░░░░░ 4/10 · low`.
/// Empty when the gauge is hidden or nobody is simulated.
pub(super) fn lines(app: &App, p: &PlayState) -> Vec<Line<'static>> {
    if !app.show_gauge || p.session().setup.mode != crate::engine::Mode::Solo {
        return Vec::new();
    }
    let drill = p.drill();
    let st = &p.session().state;
    drill
        .scenario
        .counters
        .iter()
        .enumerate()
        .filter(|(_, c)| c.person.is_some())
        .map(|(i, c)| {
            let v = st.counters.get(i).copied().unwrap_or(c.start);
            let span = (c.max - c.min).max(1);
            let filled = ((v - c.min).clamp(0, span) * CELLS + span / 2) / span;
            // Thirds of the range, in words: what the value is, not a judgement.
            let third = (v - c.min).clamp(0, span) * 3 / (span + 1);
            let word = app
                .msgs
                .get(["gauge-low", "gauge-middle", "gauge-high"][third.clamp(0, 2) as usize]);
            let safe_side = match c.safer {
                Safer::Higher => third >= 1,
                Safer::Lower => third <= 1,
            };
            let style = if safe_side { app.theme.good() } else { app.theme.warn() };
            let bar: String = (0..CELLS).map(|k| if k < filled { '█' } else { '░' }).collect();
            let label = c.label.as_deref().unwrap_or(&c.id).to_string();
            Line::from(vec![
                Span::raw(format!("{label} ")),
                Span::styled(bar, style),
                Span::raw(format!(" {v}/{} · {word}", c.max)),
            ])
        })
        .collect()
}

/// A gauge line in `width` columns: the label (its first span) shortened with "…" when the line
/// is wider, the gauge and the words kept whole.
pub(super) fn fitted(line: Line<'static>, width: usize) -> Line<'static> {
    let over = line.width().saturating_sub(width);
    if over == 0 {
        return line;
    }
    let mut spans = line.spans;
    if let Some(label) = spans.first_mut() {
        let keep = text::width(&label.content).saturating_sub(over + 1);
        label.content = format!("{} ", text::fit(label.content.trim_end(), keep)).into();
    }
    Line::from(spans)
}

/// A gauge line as two: the label, then the gauge and its words (for the narrow team board,
/// where one line would wrap in the middle of the gauge).
pub(super) fn stacked(line: Line<'static>) -> [Line<'static>; 2] {
    let mut spans = line.spans;
    let label = if spans.is_empty() {
        Span::raw("")
    } else {
        spans.remove(0)
    };
    [Line::from(label.content.trim_end().to_string()), Line::from(spans)]
}
