//! The debrief screen: the ending first, then the report by page and by section.

use super::*;

impl DebriefState {
    /// The section on view: the one last jumped to while the report is still where the jump
    /// put it; at the end of the report, the last; else the last that starts at or above the
    /// top line.
    pub fn section_on_view(&self) -> Option<usize> {
        let sections = self.sections.borrow();
        let max = self.max_scroll.get();
        self.section
            .filter(|&i| sections.get(i).is_some_and(|&at| at.min(max) == self.scroll))
            .or_else(|| {
                (self.scroll >= max && max > 0)
                    .then(|| sections.len().checked_sub(1))
                    .flatten()
            })
            .or_else(|| sections.iter().rposition(|&at| at <= self.scroll))
    }
}

impl App {
    pub(super) fn debrief_intent(&mut self, i: Intent) -> Vec<Effect> {
        let Some(d) = &mut self.debrief else { return Vec::new() };
        if d.ending_first {
            // Arrows and PgUp scroll a long ending; PgDn at its end, Enter or → go on.
            let at_end = d.ending.at >= d.ending.max.get();
            match i {
                Intent::Confirm | Intent::Right => d.ending_first = false,
                Intent::PageDown if at_end => d.ending_first = false,
                Intent::Export => return vec![Effect::Export],
                i => {
                    d.ending.apply(&i);
                }
            }
            return Vec::new();
        }
        let sections = d.sections.borrow().clone();
        let max = d.max_scroll.get();
        let on_view = d.section_on_view();
        let jump = |i: usize, d: &mut DebriefState| {
            if let Some(&at) = sections.get(i) {
                d.section = Some(i);
                d.scroll = at.min(max);
            }
        };
        match i {
            // Section `n` of the report, as numbered on screen.
            Intent::Number(n) => jump(n - 1, d),
            // The next section, and from the last back to the first.
            Intent::NextField if !sections.is_empty() => {
                jump(on_view.map_or(0, |i| (i + 1) % sections.len()), d);
            }
            Intent::PrevField if !sections.is_empty() => {
                jump(on_view.map_or(0, |i| (i + sections.len() - 1) % sections.len()), d);
            }
            Intent::Down => d.scroll = d.scroll.saturating_add(1).min(d.max_scroll.get()),
            Intent::Up => d.scroll = d.scroll.saturating_sub(1),
            // A full page, keeping one line of the last for context.
            Intent::PageDown => {
                d.scroll = d
                    .scroll
                    .saturating_add(d.page.get().saturating_sub(1).max(1))
                    .min(d.max_scroll.get())
            }
            Intent::PageUp => d.scroll = d.scroll.saturating_sub(d.page.get().saturating_sub(1).max(1)),
            Intent::Home => d.scroll = 0,
            Intent::End => d.scroll = d.max_scroll.get(),
            Intent::Export => return vec![Effect::Export],
            _ => {}
        }
        Vec::new()
    }

    pub(super) fn exported(&mut self, r: Result<Exported, ExportError>) {
        match r {
            Ok(e) => {
                self.status = Some(self.msgs.fmt(
                    "tui-exported",
                    &[
                        ("md", Arg::Str(&e.md.display().to_string())),
                        ("json", Arg::Str(&e.json.display().to_string())),
                    ],
                ));
                if let Some(d) = &mut self.debrief {
                    d.exported = Some(e);
                }
            }
            Err(e) => {
                self.status = Some(self.msgs.fmt(
                    "tui-export-failed",
                    &[
                        ("path", Arg::Str(&e.path.display().to_string())),
                        ("reason", Arg::Str(&e.reason)),
                    ],
                ))
            }
        }
    }
}
