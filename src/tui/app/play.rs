//! The drill on screen: pages to read, the decision, and what the conductor did.

use super::*;

use crate::tui::keymap;

impl App {
    /// Opens a drill (new or resumed) on the play screen.
    pub fn open(&mut self, mut conductor: Conductor) {
        let pages = conductor.take_pages().into();
        self.play = Some(PlayState {
            conductor,
            pages,
            selected: None,
            scroll: 0,
            scroll_max: std::cell::Cell::new(u16::MAX),
            scroll_page: std::cell::Cell::new(6),
            choices: Scroll::default(),
            choices_shown: Default::default(),
        });
        self.screen = Screen::Play;
        self.skip_current();
        self.after_action();
    }

    /// The page of the scene the drill waits at is not shown on its own: the decision screen
    /// shows that scene with its choices.
    pub(super) fn skip_current(&mut self) {
        let Some(p) = &mut self.play else { return };
        p.pages.retain(|x| !matches!(x.page, Page::Scene { current: true, .. }));
    }

    pub(super) fn play_intent(&mut self, i: Intent) -> Vec<Effect> {
        let Some(p) = &mut self.play else { return Vec::new() };
        match i {
            Intent::Drill(c) => return vec![Effect::Drill(c)],
            Intent::OpenNote => {
                self.overlay = Some(Overlay::Note { text: String::new() });
                return Vec::new();
            }
            // The text on view by pages (keeping a line of the last for context), and to its
            // ends; never past the last line. At a decision, once the text is at its end,
            // PgDn goes on down the choices (and PgUp back up them first).
            Intent::PageDown if p.pages.is_empty() && p.scroll >= p.scroll_max.get() && p.choices.max.get() > 0 => {
                p.choices.apply(&Intent::PageDown);
            }
            Intent::PageUp if p.pages.is_empty() && p.choices.at > 0 => {
                p.choices.apply(&Intent::PageUp);
            }
            Intent::PageDown => {
                let page = p.scroll_page.get().saturating_sub(1).max(1);
                p.scroll = p.scroll.saturating_add(page).min(p.scroll_max.get());
            }
            Intent::PageUp => p.scroll = p.scroll.saturating_sub(p.scroll_page.get().saturating_sub(1).max(1)),
            Intent::Home => p.scroll = 0,
            Intent::End => p.scroll = p.scroll_max.get(),
            _ => {}
        }
        if !p.pages.is_empty() {
            if matches!(i, Intent::Confirm | Intent::Right) {
                p.pages.pop_front();
                p.scroll = 0;
                self.after_action();
            }
            return Vec::new();
        }
        let Some(d) = p.conductor.decision() else {
            self.after_action();
            return Vec::new();
        };
        let n = d.choices.len();
        // A paused drill holds its choices as well as its timer.
        if p.paused() && matches!(i, Intent::Confirm | Intent::Up | Intent::Down | Intent::Number(_)) {
            self.status = Some(self.msgs.get("tui-paused-hold"));
            return Vec::new();
        }
        match i {
            // The first arrow lands on the first (Down) or last (Up) choice shown.
            Intent::Up => p.selected = Some(p.selected.map_or(n.saturating_sub(1), |i| i.saturating_sub(1))),
            Intent::Down => p.selected = Some(p.selected.map_or(0, |i| (i + 1).min(n.saturating_sub(1)))),
            Intent::Confirm => match p.selected {
                Some(i) => return vec![Effect::Drill(keymap::choose(i + 1))],
                None => self.status = Some(self.msgs.get("tui-how-to-choose")),
            },
            // Only a choice the room can see: one beyond the panel's edge is not taken blind.
            // It is brought into view and highlighted instead; its digit or Enter takes it.
            Intent::Number(k) if k <= n && !p.choice_on_screen(k - 1) => {
                p.selected = Some(k - 1);
                self.status = Some(self.msgs.fmt("tui-choice-not-shown", &[("n", Arg::Num(k as i64))]));
            }
            Intent::Number(k) if k <= n => return vec![Effect::Drill(keymap::choose(k))],
            Intent::OpenInjects => self.overlay = Some(Overlay::Injects { selected: None }),
            Intent::ToggleGauge => self.show_gauge = !self.show_gauge,
            Intent::OpenBrief => self.overlay = Some(Overlay::BriefGate { role: d.role }),
            _ => {}
        }
        Vec::new()
    }

    /// What a drill command did: new pages to read, a word in the status line, the end.
    pub(super) fn applied(&mut self, r: Result<Done, Refusal>) {
        match &r {
            // Leaving the debrief (or the debrief of a drill whose last save failed, which is
            // still printed, and the failure said).
            Ok(Done::Left) => {
                self.exit = Some(Exit::Done {
                    debrief: self.debrief_shown(),
                    unsaved_session: None,
                });
                return;
            }
            Ok(Done::Stopped { session, saved: false }) if self.screen == Screen::Debrief => {
                self.exit = Some(Exit::Done {
                    debrief: self.debrief_shown(),
                    unsaved_session: Some(session.clone()),
                });
                return;
            }
            _ => {}
        }
        let m = &self.msgs;
        let Some(p) = &mut self.play else { return };
        let status = match &r {
            Ok(Done::Chose { .. }) => {
                p.selected = None;
                p.scroll = 0;
                p.choices.at = 0;
                None
            }
            Ok(Done::Undone) => {
                // Everything shown so far stays shown; only what the undo brings back is new.
                p.pages.clear();
                p.selected = None;
                p.choices.at = 0;
                Some(m.get("plain-undone"))
            }
            Ok(Done::Noted) => Some(m.get("plain-note-saved")),
            Ok(Done::Injected { inject }) => {
                let title = &p.drill().inject(*inject).title;
                Some(m.fmt("tui-inject-done", &[("title", Arg::Str(title))]))
            }
            Ok(Done::Paused(_)) => None,
            Ok(Done::Stopped { session, saved }) => {
                self.exit = Some(Exit::Stopped {
                    session: session.clone(),
                    saved: *saved,
                });
                None
            }
            Ok(Done::Left) => None,
            Err(Refusal::NothingToUndo) => Some(m.get("plain-nothing-to-undo")),
            Err(Refusal::InjectNotNow | Refusal::UnknownInject) => {
                let title = self.asked_inject.take().unwrap_or_default();
                Some(m.fmt("plain-inject-not-now", &[("id", Arg::Str(&title))]))
            }
            Err(Refusal::Paused) => Some(m.get("tui-paused-hold")),
            Err(_) => None,
        };
        p.pages.extend(p.conductor.take_pages());
        self.status = status;
        self.skip_current();
        self.after_save();
        self.after_action();
    }

    /// After a save: a failure stops the drill with a dialog (not a line in the status bar
    /// that the next key clears).
    pub(super) fn after_save(&mut self) {
        let unsaved = self.unsaved();
        if let Some(error) = unsaved
            && self.exit.is_none()
        {
            self.overlay = Some(Overlay::SaveFailed { error });
        }
    }

    /// Called after a retried save.
    pub fn save_retried(&mut self) {
        self.after_save();
    }

    /// After every step: if the drill is over and nothing is left to read, the debrief.
    pub(super) fn after_action(&mut self) {
        let Some(p) = &self.play else { return };
        if self.screen != Screen::Play || !p.conductor.is_over() || !p.pages.is_empty() {
            return;
        }
        if let Some(d) = p.conductor.debrief() {
            self.debrief = Some(DebriefState {
                debrief: d,
                ending_first: true,
                ending: Scroll::default(),
                scroll: 0,
                section: None,
                sections: Default::default(),
                exported: None,
                // Until the screen has been drawn, as if everything fit (no scrolling).
                max_scroll: std::cell::Cell::new(0),
                page: std::cell::Cell::new(10),
            });
            self.screen = Screen::Debrief;
        }
    }
}
