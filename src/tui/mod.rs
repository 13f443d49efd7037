//! The full-screen terminal UI: facilitated group drills on a projector and solo practice.
//! This file owns the terminal: set-up, the event loop, and putting the terminal back.

pub mod app;
pub mod theme;
pub mod view;

use std::sync::Arc;
use std::time::{Duration, Instant};

use ratatui::crossterm::event::{self, Event as TermEvent};

pub use app::{App, Exit, Msg};

use crate::engine::Drill;
use crate::store::SessionFile;

/// Where the UI opens.
pub enum Start {
    Home,
    Play { drill: Arc<Drill>, file: Box<SessionFile> },
}

/// Runs the UI until the user leaves; returns how. The terminal is restored on every way
/// out, a panic included (ratatui's hook), before anything is printed.
pub fn run(mut app: App, start: Start) -> anyhow::Result<Exit> {
    if let Start::Play { drill, file } = start {
        app.start_play(drill, *file);
    }
    let mut terminal = ratatui::try_init().map_err(|e| anyhow::anyhow!("{}: {e}", app.msgs.get("tui-no-terminal")))?;
    let result = event_loop(&mut terminal, &mut app);
    ratatui::restore();
    result?;
    Ok(app.exit.unwrap_or(Exit::Done { debrief_text: None }))
}

fn event_loop(terminal: &mut ratatui::DefaultTerminal, app: &mut App) -> anyhow::Result<()> {
    let mut next_tick = Instant::now() + Duration::from_secs(1);
    while app.exit.is_none() {
        terminal.draw(|f| view::draw(f, app))?;
        // Block on input; wake once a second only while a visible timer runs, so an idle
        // drill costs no CPU.
        let ready = if app.wants_ticks() {
            let wait = next_tick.saturating_duration_since(Instant::now());
            event::poll(wait)?
        } else {
            true
        };
        if !ready {
            next_tick += Duration::from_secs(1);
            app.update(Msg::Tick);
            continue;
        }
        match event::read()? {
            TermEvent::Key(k) => app.update(Msg::Key(k)),
            TermEvent::Resize(..) => app.update(Msg::Resize),
            _ => {}
        }
        if !app.wants_ticks() {
            next_tick = Instant::now() + Duration::from_secs(1);
        }
    }
    Ok(())
}
