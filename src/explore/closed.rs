//! Scenes reached on closed days (issue 19): how often each scene was entered on a Saturday, a
//! Sunday, a public holiday or a day the scenario declares closed, with the first walk that
//! did as a replayable example. The engine moves every scene that may not happen on a closed
//! day to the next open day, so what is listed here is either a scene marked `any_day` (shown
//! so that its author can judge it) or a fault in the calendar.

use std::collections::BTreeMap;

use super::Explorer;
use crate::engine::{Event, Mode, State};
use crate::scenario::calendar::Closed;

/// One scene entered on closed days.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClosedDayScene {
    pub scene: String,
    /// The scene is marked `any_day`.
    pub any_day: bool,
    /// The key decisions taken there (on a closed day, a fault in the scenario's timing).
    pub decides: Vec<String>,
    /// Walks that entered it on a closed day.
    pub walks: u64,
    /// The first such walk: its date (`YYYY-MM-DD`), why the day is closed, and how to replay it.
    pub date: String,
    pub reason: String,
    pub seed: u64,
    pub mode: Mode,
    pub role: Option<String>,
    pub inputs: Vec<String>,
}

/// Per scene index, what `ClosedDayScene` reports.
pub(super) type Tally = BTreeMap<u32, ClosedDayScene>;

impl Explorer<'_> {
    /// Notes the scenes a finished walk entered on closed days.
    pub(super) fn note_closed_days(&mut self, st: &State, seed: u64, inputs: &[u32]) {
        let g = &self.drill.graph;
        // Reused from walk to walk: most walks enter no scene on a closed day, but those that do
        // should not pay for an allocation each.
        let mut seen = std::mem::take(&mut self.closed_seen);
        seen.clear();
        for e in &st.events {
            let Event::Enter { scene, at, .. } = *e else {
                continue;
            };
            let Some(why) = g.calendar.closed_at(at) else {
                continue;
            };
            if seen.contains(&scene) {
                continue;
            }
            seen.push(scene);
            if let Some(t) = self.closed_days.get_mut(&scene) {
                t.walks += 1;
                continue;
            }
            let d = self.drill.date_at(at);
            let sc = self.drill.scene(scene);
            let decides = sc
                .choices()
                .iter()
                .filter_map(|c| c.decides.as_ref().map(|k| k.to_string()));
            self.closed_days.insert(
                scene,
                ClosedDayScene {
                    scene: sc.id().to_string(),
                    any_day: sc.landing().1,
                    decides: decides.collect(),
                    walks: 1,
                    date: format!("{:04}-{:02}-{:02}", d.year, d.month, d.day),
                    reason: match why {
                        Closed::Weekend => "weekend".to_string(),
                        Closed::Holiday(h) => h.to_string(),
                        Closed::Declared => "declared".to_string(),
                    },
                    seed,
                    mode: self.opts.mode,
                    role: self.opts.role.clone(),
                    inputs: self.input_lines(inputs),
                },
            );
        }
        self.closed_seen = seen;
    }
}
