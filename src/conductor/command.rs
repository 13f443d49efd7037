//! What people can do to a drill, what it did, and why it did not: the one command set
//! behind the full-screen drill's keys and plain mode's lines.

/// Which choice a person took: the number it was shown with (from 1, in the order shown), or
/// its id (which does not depend on the order shown).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pick {
    Shown(usize),
    Id(String),
}

impl Pick {
    /// A line as typed: a number, else a choice id.
    pub fn parse(line: &str) -> Pick {
        match line.trim().parse::<usize>() {
            Ok(n) => Pick::Shown(n),
            Err(_) => Pick::Id(line.trim().to_string()),
        }
    }
}

/// What people can do to a drill in progress: the same set behind the full-screen drill's
/// keys and plain mode's lines and `/` commands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// The acting role takes a choice.
    Choose(Pick),
    /// Back to just before the last decision (notes stay).
    Undo,
    /// The facilitator's note, kept for the debrief.
    Note(String),
    /// The facilitator makes something happen (an inject, by id).
    Inject(String),
    /// Pause or go on: a paused drill holds its choices and its deliberation clock.
    Pause,
    /// Stop here, saved, to resume later.
    Quit,
}

/// What a command did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Done {
    Chose {
        choice: u32,
    },
    Undone,
    Noted,
    Injected {
        inject: u16,
    },
    /// Paused (`true`) or going on again (`false`).
    Paused(bool),
    /// Stopped before the end: resumable as `session`. `saved` is false when the last save
    /// failed: the file then holds the drill up to the last save that succeeded.
    Stopped {
        session: String,
        saved: bool,
    },
    /// Left after the drill had ended.
    Left,
}

/// Why a command was not carried out. Nothing changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// Not one of the choices shown (numbers run from 1 to `max`).
    NotAChoice {
        max: usize,
    },
    /// The drill is paused: choices wait until it goes on.
    Paused,
    NothingToUndo,
    UnknownInject,
    /// The inject's conditions do not hold now.
    InjectNotNow,
    /// A note with nothing in it.
    EmptyNote,
    /// The drill has ended.
    Ended,
    /// The last save failed: nothing more is played until a save succeeds (`retry_save`),
    /// so that nothing is played that could be lost.
    Unsaved,
}

/// The decision the drill waits for, as a front end shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    pub scene: u32,
    /// The role that chooses now.
    pub role: u16,
    /// The choices (global indices) in the order shown, numbered from 1.
    pub choices: Vec<u32>,
    /// Set in a round (every present role chooses in turn).
    pub round: Option<u32>,
    /// When the scene was entered (simulated minutes since day 0).
    pub entered_at: i64,
}

/// The drill's time budget.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Budget {
    /// Wall-clock minutes the drill has been open.
    pub used_minutes: u64,
    /// The minutes the scenario plans for (`duration_minutes`).
    pub planned_minutes: u64,
}
