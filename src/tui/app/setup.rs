//! The home screen and the set-up: choosing a scenario and asking the conductor for a drill.

use super::*;

impl App {
    pub(super) fn home_intent(&mut self, i: Intent) -> Vec<Effect> {
        let n = self.items.len();
        match i {
            Intent::Up => {
                self.home_selected = self.home_selected.saturating_sub(1);
                self.home_about = Scroll::default();
            }
            Intent::Down => {
                self.home_selected = (self.home_selected + 1).min(n.saturating_sub(1));
                self.home_about = Scroll::default();
            }
            Intent::PageUp | Intent::PageDown => {
                self.home_about.apply(&i);
            }
            Intent::Confirm if n > 0 => self.open_setup(self.home_selected),
            Intent::Resume => return vec![Effect::ResumeLatest],
            _ => {}
        }
        Vec::new()
    }

    pub fn open_setup(&mut self, item: usize) {
        let drill = &self.items[item].drill;
        let solo = drill.default_solo_role().unwrap_or_default().to_string();
        let role = self.playable(item).iter().position(|r| *r == solo).unwrap_or(0);
        self.setup = Some(SetupState {
            item,
            mode: Mode::Group,
            role,
            coach: None,
            seed: self.next_seed,
            field: 0,
            labels: vec![String::new(); self.playable(item).len()],
            countdown: None,
        });
        self.screen = Screen::Setup;
    }

    /// The ids of the roles people can play in item `i`.
    pub fn playable(&self, i: usize) -> Vec<String> {
        self.items[i]
            .drill
            .playable_roles()
            .into_iter()
            .map(str::to_string)
            .collect()
    }

    pub(super) fn setup_intent(&mut self, i: Intent) -> Vec<Effect> {
        let Some(s) = &mut self.setup else { return Vec::new() };
        let roles = self.items[s.item].drill.playable_roles().len();
        let last = if s.mode == Mode::Group { 2 + roles } else { 2 };
        s.field = s.field.min(last);
        // Typing goes into a participant label when one is selected.
        if s.field >= 3 {
            let label = &mut s.labels[s.field - 3];
            match i {
                Intent::Type(c) => {
                    if label.chars().count() < 30 {
                        label.push(c);
                    }
                    return Vec::new();
                }
                Intent::Erase => {
                    label.pop();
                    return Vec::new();
                }
                _ => {}
            }
        }
        // Field 1 (the solo role) is not there in group mode.
        let skip = |f: usize, mode: Mode| mode == Mode::Group && f == 1;
        let toggle_mode = |m: Mode| if m == Mode::Group { Mode::Solo } else { Mode::Group };
        match i {
            Intent::Up => {
                s.field = s.field.saturating_sub(1);
                if skip(s.field, s.mode) {
                    s.field = 0;
                }
            }
            Intent::Down | Intent::NextField => {
                s.field = (s.field + 1).min(last);
                if skip(s.field, s.mode) {
                    s.field = 2;
                }
            }
            Intent::Left | Intent::Right => {
                let forward = i == Intent::Right;
                match s.field {
                    0 => s.mode = toggle_mode(s.mode),
                    1 if roles > 0 => {
                        s.role = if forward {
                            (s.role + 1) % roles
                        } else {
                            (s.role + roles - 1) % roles
                        }
                    }
                    2 => s.coach = Some(!s.coach()),
                    _ => {}
                }
            }
            Intent::ToggleMode => s.mode = toggle_mode(s.mode),
            Intent::ToggleCoach => s.coach = Some(!s.coach()),
            Intent::CycleCountdown => s.countdown = next_countdown(s.countdown),
            Intent::ToggleGauge => self.show_gauge = !self.show_gauge,
            Intent::Handouts => return vec![Effect::Handouts { item: s.item }],
            Intent::Confirm => return self.start(),
            _ => {}
        }
        Vec::new()
    }

    /// The set-up as a request to the conductor.
    pub(super) fn start(&mut self) -> Vec<Effect> {
        let Some(s) = &self.setup else { return Vec::new() };
        let playable = self.playable(s.item);
        let request = Request {
            mode: s.mode,
            role: (s.mode == Mode::Solo).then(|| playable.get(s.role).cloned()).flatten(),
            coach: Some(s.coach()),
            seed: Some(s.seed),
            from: None,
            labels: playable.into_iter().zip(s.labels.iter().cloned()).collect(),
            countdown_seconds: s.countdown,
        };
        vec![Effect::Start { item: s.item, request }]
    }
}

/// The countdowns a set-up offers, in seconds, in the order `t` cycles through them.
pub const COUNTDOWNS: [Option<u32>; 5] = [None, Some(60), Some(120), Some(180), Some(300)];

fn next_countdown(now: Option<u32>) -> Option<u32> {
    let i = COUNTDOWNS.iter().position(|&c| c == now).unwrap_or(0);
    COUNTDOWNS[(i + 1) % COUNTDOWNS.len()]
}
