//! A session: a scenario, a set-up and the log of actions. The state is always the fold of the
//! log over the scenario, so undo, resume and replay all take the same path.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::Drill;
use super::graph::Graph;
use super::state::{Mode, Pending, State};

/// How a session was started. Together with the log, it determines everything.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Setup {
    pub seed: u64,
    pub mode: Mode,
    /// The player's role id in solo mode.
    pub role: Option<String>,
    pub coach: bool,
    /// The scene an author started from (`--from`).
    #[serde(default)]
    pub from: Option<String>,
}

/// Why a set-up does not fit its drill.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SetupError {
    /// Solo mode needs a role people can play here; this one (maybe empty) is not.
    NotPlayable(String),
    /// `from` names no scene of the drill.
    UnknownScene(String),
}

impl Setup {
    /// Coaching when the user has not said: on for someone practising alone, off for a group
    /// (whose facilitator leads the discussion instead).
    pub fn default_coach(mode: Mode) -> bool {
        mode == Mode::Solo
    }

    /// The role a set-up plays: none in a group; in solo the one asked for, else the
    /// scenario's solo role (its declared one, else its first playable role).
    pub fn role_for(mode: Mode, asked: Option<&str>, drill: &Drill) -> Option<String> {
        match mode {
            Mode::Group => None,
            Mode::Solo => asked.or_else(|| drill.default_solo_role()).map(str::to_string),
        }
    }

    /// The rules every front end and every resumed session share: a role, if given, is one
    /// people can play, solo mode needs one, and a start scene must exist.
    pub fn check(&self, drill: &Drill) -> Result<(), SetupError> {
        if self.role.is_some() || self.mode == Mode::Solo {
            let role = self.role.as_deref().unwrap_or_default();
            if !drill.playable_roles().contains(&role) {
                return Err(SetupError::NotPlayable(role.to_string()));
            }
        }
        if let Some(from) = &self.from
            && !drill.scenario.scenes.iter().any(|s| s.id() == from)
        {
            return Err(SetupError::UnknownScene(from.clone()));
        }
        Ok(())
    }
}

/// Something a person did. Choices are stored by id, so a session resumes in a translation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "action", rename_all = "snake_case")]
pub enum Action {
    /// The acting role takes a choice; `seconds` is how long the group deliberated (wall
    /// clock, recorded for the debrief, never scored).
    Choose {
        choice: String,
        #[serde(default)]
        seconds: u32,
    },
    Inject {
        inject: String,
    },
    Note {
        text: String,
    },
    Undo,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ActionError {
    /// No such choice open to the acting role now.
    NotAvailable,
    UnknownInject,
    /// The inject's conditions do not hold now.
    InjectNotPossible,
    NothingToUndo,
    Ended,
}

/// The longest facilitator note kept, in characters.
pub const MAX_NOTE_CHARS: usize = 2000;

/// A note the facilitator wrote, and when in the drill.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Note {
    pub text: String,
    /// Simulated minutes since day 0.
    pub at: i64,
    /// How many decisions had been taken.
    pub after_decisions: usize,
}

/// The drill is shared (`Arc`) so a front end can hold a session and its scenario together.
pub struct Session {
    pub drill: Arc<Drill>,
    pub setup: Setup,
    log: Vec<Action>,
    pub state: State,
    pub notes: Vec<Note>,
    /// Wall-clock seconds per human decision, in order.
    pub seconds: Vec<u32>,
    player: u16,
}

impl Session {
    pub fn new(drill: Arc<Drill>, setup: Setup) -> Session {
        let g = &drill.graph;
        let player = setup
            .role
            .as_deref()
            .and_then(|r| drill.scenario.roles.iter().position(|x| x.id == r))
            .unwrap_or(0) as u16;
        let from = setup
            .from
            .as_deref()
            .and_then(|f| drill.scenario.scenes.iter().position(|s| s.id() == f))
            .map(|i| i as u32);
        let mut state = State::new(g, setup.seed, from);
        state.advance(g, setup.mode, player);
        Session {
            drill,
            setup,
            log: Vec::new(),
            state,
            notes: Vec::new(),
            seconds: Vec::new(),
            player,
        }
    }

    /// Rebuilds a session from its set-up and log, as on resume. Actions that no longer apply
    /// (a changed scenario) stop the replay; the count of those applied is returned.
    pub fn replay(drill: Arc<Drill>, setup: Setup, log: &[Action]) -> (Session, usize) {
        let mut s = Session::new(drill, setup);
        let mut applied = 0;
        for a in log {
            if s.apply(a.clone()).is_err() {
                break;
            }
            applied += 1;
        }
        (s, applied)
    }

    pub fn graph(&self) -> &Graph {
        &self.drill.graph
    }

    pub fn log(&self) -> &[Action] {
        &self.log
    }

    pub fn pending(&self) -> Pending {
        self.state.pending(&self.drill.graph)
    }

    pub fn is_over(&self) -> bool {
        self.state.ended.is_some()
    }

    pub fn player(&self) -> u16 {
        self.player
    }

    /// Applies an action; on success it is added to the log.
    pub fn apply(&mut self, action: Action) -> Result<(), ActionError> {
        let g = &self.drill.graph;
        match &action {
            Action::Choose { choice, seconds } => {
                let Pending::Choice { choices, .. } = self.pending() else {
                    return Err(ActionError::Ended);
                };
                let sc = &self.drill.scenario.scenes[self.state.scene as usize];
                let found = choices
                    .iter()
                    .copied()
                    .find(|&c| sc.choices()[g.choices[c as usize].local as usize].id == *choice);
                let Some(c) = found else {
                    return Err(ActionError::NotAvailable);
                };
                self.state.choose(g, c, true);
                self.state.advance(g, self.setup.mode, self.player);
                self.seconds.push(*seconds);
            }
            Action::Inject { inject } => {
                if self.is_over() {
                    return Err(ActionError::Ended);
                }
                let Some(i) = self.drill.scenario.injects.iter().position(|x| x.id == inject) else {
                    return Err(ActionError::UnknownInject);
                };
                if !self.state.inject(g, i as u16, false) {
                    return Err(ActionError::InjectNotPossible);
                }
            }
            Action::Note { text } => {
                let after_decisions = self.seconds.len();
                // One limit for every front end: a note is a remark, not a document.
                self.notes.push(Note {
                    // Control characters would reach terminals when the debrief is shown.
                    text: text.chars().filter(|c| !c.is_control()).take(MAX_NOTE_CHARS).collect(),
                    at: self.state.clock,
                    after_decisions,
                });
            }
            Action::Undo => {
                let last = self.log.iter().rposition(|a| matches!(a, Action::Choose { .. }));
                let Some(last) = last else {
                    return Err(ActionError::NothingToUndo);
                };
                // Back to the state just before the last decision: it and any inject after it
                // go; notes stay, since they are the facilitator's and not part of the drill.
                let mut kept: Vec<Action> = self.log[..last].to_vec();
                kept.extend(
                    self.log[last + 1..]
                        .iter()
                        .filter(|a| matches!(a, Action::Note { .. }))
                        .cloned(),
                );
                let (rebuilt, _) = Session::replay(self.drill.clone(), self.setup.clone(), &kept);
                *self = rebuilt;
                return Ok(());
            }
        }
        self.log.push(action);
        Ok(())
    }

    /// The injects that can happen now (indices into the scenario's `injects`), in the order
    /// written: what a facilitator's event list offers.
    pub fn injects_possible(&self) -> Vec<u16> {
        (0..self.drill.scenario.injects.len() as u16)
            .filter(|&i| self.state.inject_possible(&self.drill.graph, i))
            .collect()
    }

    /// The choice id of a global choice index.
    pub fn choice_id(&self, c: u32) -> &str {
        let ch = &self.drill.graph.choices[c as usize];
        &self.drill.scenario.scenes[ch.scene as usize].choices()[ch.local as usize].id
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::load::load_bytes;

    fn drill() -> Drill {
        let text = include_str!("../../tests/fixtures/valid/liten-uro.nb.ron");
        let (source, scenario) = load_bytes("t.ron", text.as_bytes().to_vec()).expect("the fixture loads");
        Drill::new(source, scenario)
    }

    fn setup(mode: Mode, role: Option<&str>, from: Option<&str>) -> Setup {
        Setup {
            seed: 1,
            mode,
            role: role.map(str::to_string),
            coach: Setup::default_coach(mode),
            from: from.map(str::to_string),
        }
    }

    #[test]
    fn set_ups_are_checked_against_the_drill() {
        let d = drill();
        assert_eq!(setup(Mode::Group, None, None).check(&d), Ok(()));
        assert_eq!(
            setup(Mode::Solo, Some("pedagogisk_leder"), Some("uro")).check(&d),
            Ok(())
        );
        // The parent is simulated, not played; solo needs a role.
        assert_eq!(
            setup(Mode::Solo, Some("forelder"), None).check(&d),
            Err(SetupError::NotPlayable("forelder".into()))
        );
        assert_eq!(
            setup(Mode::Solo, None, None).check(&d),
            Err(SetupError::NotPlayable(String::new()))
        );
        assert_eq!(
            setup(Mode::Group, Some("forelder"), None).check(&d),
            Err(SetupError::NotPlayable("forelder".into()))
        );
        assert_eq!(
            setup(Mode::Group, None, Some("nowhere")).check(&d),
            Err(SetupError::UnknownScene("nowhere".into()))
        );
        assert!(Setup::default_coach(Mode::Solo) && !Setup::default_coach(Mode::Group));
    }

    #[test]
    fn the_event_list_offers_only_injects_that_can_happen_now() {
        let d = Arc::new(drill());
        let mut s = Session::new(d.clone(), setup(Mode::Group, None, None));
        let open = s.injects_possible();
        assert!(open.iter().all(|&i| s.state.inject_possible(&d.graph, i)));
        for id in ["observere", "unnvikende"] {
            s.apply(Action::Choose {
                choice: id.into(),
                seconds: 0,
            })
            .unwrap();
        }
        assert!(s.is_over());
        assert!(s.injects_possible().is_empty(), "nothing can happen after the ending");
        let inject = d.scenario.injects[0].id.to_string();
        assert_eq!(s.apply(Action::Inject { inject }), Err(ActionError::Ended));
    }
}
