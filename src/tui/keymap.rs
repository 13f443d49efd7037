//! Keys to intents: the one place that reads key codes. What a key means depends only on the
//! screen and what is open on it; the drill commands behind the keys are the conductor's, the
//! same set as plain mode's lines and `/` commands.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::conductor::{Command, Pick};

/// What the person at the keyboard means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Intent {
    /// A command for the drill.
    Drill(Command),
    Up,
    Down,
    Left,
    Right,
    /// Enter: take what is selected, go on, or say yes where yes is the default.
    Confirm,
    /// Esc: back, or close what is open.
    Back,
    Yes,
    No,
    PageUp,
    PageDown,
    Home,
    End,
    /// A digit: the choice (or list entry) shown with that number.
    Number(usize),
    Help,
    /// Ask before leaving.
    AskQuit,
    /// Ctrl-C: ask, and a second one in a row leaves at once.
    Interrupt,
    OpenNote,
    OpenInjects,
    OpenBrief,
    Export,
    Resume,
    NextField,
    /// Shift-Tab.
    PrevField,
    ToggleMode,
    ToggleCoach,
    Retry,
    /// The set-up's countdown per decision: the next length (or none).
    CycleCountdown,
    /// Solo: show or hide how the simulated person is doing.
    ToggleGauge,
    /// Write printable role cards (the private briefs) for the room.
    Handouts,
    /// A character typed into a text field.
    Type(char),
    Erase,
    Ignore,
}

/// Where the keys go now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    Home,
    Setup,
    /// Typing into a set-up text field (a participant's label).
    SetupTyping,
    /// A page to read before the next decision.
    Page,
    Decision,
    Debrief,
    /// A text box (the note): keys are text.
    TextBox,
    /// A list or a question in a box on top.
    Dialog,
}

/// The intent of key `k` in `ctx`.
pub fn intent(ctx: Context, k: &KeyEvent) -> Intent {
    let ctrl = k.modifiers.contains(KeyModifiers::CONTROL);
    if ctrl && k.code == KeyCode::Char('c') {
        return Intent::Interrupt;
    }
    match (ctx, k.code) {
        (Context::TextBox | Context::SetupTyping, KeyCode::Char(c)) if !ctrl => Intent::Type(c),
        (Context::TextBox | Context::SetupTyping, KeyCode::Backspace) => Intent::Erase,
        (_, KeyCode::Up) => Intent::Up,
        (_, KeyCode::Down) => Intent::Down,
        (_, KeyCode::Left) => Intent::Left,
        (_, KeyCode::Right) => Intent::Right,
        (_, KeyCode::Enter) => Intent::Confirm,
        (_, KeyCode::Esc) => Intent::Back,
        (_, KeyCode::PageUp) => Intent::PageUp,
        (_, KeyCode::PageDown) => Intent::PageDown,
        (_, KeyCode::Home) => Intent::Home,
        (_, KeyCode::End) => Intent::End,
        (_, KeyCode::Tab) => Intent::NextField,
        (_, KeyCode::BackTab) => Intent::PrevField,
        (Context::TextBox, _) => Intent::Ignore,
        (_, KeyCode::Char(c @ '1'..='9')) => Intent::Number(c as usize - '0' as usize),
        (Context::Dialog, KeyCode::Char('y' | 'j')) => Intent::Yes,
        (Context::Dialog, KeyCode::Char('n')) => Intent::No,
        (Context::Dialog, KeyCode::Char('r')) => Intent::Retry,
        (Context::Dialog, KeyCode::Char('q')) => Intent::Back,
        (Context::Dialog, _) => Intent::Ignore,
        (_, KeyCode::Char('?')) => Intent::Help,
        (_, KeyCode::Char('q')) => Intent::AskQuit,
        (Context::Home, KeyCode::Char('r')) => Intent::Resume,
        (Context::Setup | Context::SetupTyping, KeyCode::Char(' ')) => Intent::Right,
        (Context::Setup, KeyCode::Char('m')) => Intent::ToggleMode,
        (Context::Setup, KeyCode::Char('c')) => Intent::ToggleCoach,
        (Context::Setup, KeyCode::Char('t')) => Intent::CycleCountdown,
        (Context::Setup, KeyCode::Char('h')) => Intent::Handouts,
        (Context::Setup | Context::Decision, KeyCode::Char('g')) => Intent::ToggleGauge,
        (Context::Page, KeyCode::Char(' ')) => Intent::Confirm,
        (Context::Page | Context::Decision, KeyCode::Char('u')) => Intent::Drill(Command::Undo),
        (Context::Page | Context::Decision, KeyCode::Char('n')) => Intent::OpenNote,
        (Context::Decision, KeyCode::Char('p')) => Intent::Drill(Command::Pause),
        (Context::Decision, KeyCode::Char('i')) => Intent::OpenInjects,
        (Context::Decision, KeyCode::Char('b')) => Intent::OpenBrief,
        (Context::Debrief, KeyCode::Char(' ')) => Intent::PageDown,
        (Context::Debrief, KeyCode::Char('e')) => Intent::Export,
        _ => Intent::Ignore,
    }
}

/// The drill command for choice number `n` as shown.
pub fn choose(n: usize) -> Command {
    Command::Choose(Pick::Shown(n))
}
