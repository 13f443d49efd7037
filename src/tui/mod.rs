//! The full-screen terminal UI: facilitated group drills on a projector and solo practice.
//! This file owns the terminal: set-up, the event loop, and putting the terminal back.

pub mod app;
pub mod keymap;
pub mod settle;
pub mod theme;
pub mod view;

use std::sync::atomic::{AtomicU8, Ordering};
use std::time::{Duration, Instant};

use ratatui::crossterm::event::{self, Event as TermEvent};

pub use app::{App, Effect, Exit, Leaves, Msg};

use crate::conductor::{Conductor, Which};

/// Where the UI opens.
pub enum Start {
    Home,
    Play(Box<Conductor>),
}

/// One message through the model, and the effects it asks for carried out (each answered with
/// a message of its own), until nothing is left to do. Tests drive the UI through this too.
pub fn step(app: &mut App, msg: Msg) {
    let mut queue: std::collections::VecDeque<Effect> = app.update(msg).into();
    while let Some(effect) = queue.pop_front() {
        let answer = match effect {
            Effect::Start { item, request } => {
                let drill = app.items[item].drill.clone();
                Msg::Started(Box::new(app.workspace.start(&request, drill)))
            }
            Effect::ResumeLatest => Msg::Resumed(Box::new(app.workspace.resume(Which::Latest))),
            Effect::Drill(command) => match &mut app.play {
                Some(p) => Msg::Applied(p.conductor.apply(command)),
                None => continue,
            },
            Effect::RetrySave => {
                if let Some(p) = &mut app.play {
                    let _ = p.conductor.retry_save();
                }
                app.save_retried();
                continue;
            }
            Effect::Handouts { item } => {
                let drill = app.items[item].drill.clone();
                Msg::HandoutsWritten(app.workspace.write_handouts(&drill, &app.msgs))
            }
            Effect::Export => match &app.play {
                Some(p) => Msg::Exported(p.conductor.export(&app.msgs)),
                None => continue,
            },
        };
        queue.extend(app.update(answer));
    }
    LEAVES.store(app.leaves() as u8, Ordering::SeqCst);
    // The group can see the choices: their deliberation is counted from now.
    if app.decision_on_screen().is_some()
        && let Some(p) = &mut app.play
    {
        p.conductor.decision_shown();
    }
}

/// Runs the UI until the user leaves; returns how. The terminal is restored on every way
/// out, a panic included (ratatui's hook), before anything is printed.
pub fn run(mut app: App, start: Start) -> anyhow::Result<Exit> {
    if let Start::Play(c) = start {
        app.open(*c);
    }
    LEAVES.store(app.leaves() as u8, Ordering::SeqCst);
    let mut terminal = ratatui::try_init().map_err(|e| anyhow::anyhow!("{}: {e}", app.msgs.get("tui-no-terminal")))?;
    // Pasted text arrives as one event, not as keys that could take decisions or undo them.
    let _ = ratatui::crossterm::execute!(std::io::stdout(), ratatui::crossterm::event::EnableBracketedPaste);
    // ratatui's panic hook leaves the alternate screen and raw mode; bracketed paste and the
    // cursor are put back here, before it.
    let ratatui_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        ratatui_hook(info);
    }));
    restore_on_signals([
        app.msgs.get("tui-signal-left"),
        app.msgs.get("tui-signal-stopped"),
        app.msgs.get("tui-signal-stopped-unsaved"),
    ]);
    let result = event_loop(&mut terminal, &mut app);
    restore();
    result?;
    Ok(app.exit.unwrap_or(Exit::Done {
        debrief: None,
        unsaved_session: None,
    }))
}

/// The terminal as it was: main screen, cooked mode, the cursor shown, no bracketed paste.
fn restore() {
    ratatui::restore();
    let _ = ratatui::crossterm::execute!(
        std::io::stdout(),
        ratatui::crossterm::event::DisableBracketedPaste,
        ratatui::crossterm::cursor::Show
    );
}

/// SIGTERM and SIGHUP (a closed laptop lid, a dropped SSH connection), or on Windows the
/// console's Ctrl-Break and close events (`platform::on_termination`), end the program
/// without unwinding through the loop: put the terminal back and leave. Nothing is lost,
/// since the session file is written after every action.
fn restore_on_signals(words: [String; 3]) {
    crate::platform::on_termination(move || {
        restore();
        // "Saved" only while the last save succeeded; "resume" only with a drill to resume.
        let leaves = LEAVES.load(Ordering::SeqCst);
        eprintln!("{}", words[usize::from(leaves.min(2))]);
        // CONTRACT.md: 3 for a play session stopped before its end.
        std::process::exit(if leaves == Leaves::Nothing as u8 { 0 } else { 3 });
    });
}

/// What a signal would leave behind now (`App::leaves`), kept after every step for the signal
/// handler, which cannot reach the `App`.
static LEAVES: AtomicU8 = AtomicU8::new(Leaves::Nothing as u8);

fn event_loop(terminal: &mut ratatui::DefaultTerminal, app: &mut App) -> anyhow::Result<()> {
    // For the test that the terminal is restored after a panic: `!` panics when this is set.
    // Only in a build for the tests (`--features test-hooks`).
    let test_panic = cfg!(feature = "test-hooks") && std::env::var_os("LAGET_TEST_PANIC_KEY").is_some();
    let mut next_tick = Instant::now() + Duration::from_secs(1);
    // Keys typed before anyone could read are dropped (`settle`).
    let mut settle = settle::Settle::new();
    while app.exit.is_none() {
        terminal.draw(|f| view::draw(f, app))?;
        settle.on_screen(app.on_screen(), Instant::now());
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
            step(app, Msg::Tick);
            continue;
        }
        match event::read()? {
            TermEvent::Key(k) if test_panic && k.code == event::KeyCode::Char('!') => panic!("test panic"),
            // Typed ahead, held down or in a burst: dropped, never carried in.
            TermEvent::Key(k) if !settle.admit(&k, Instant::now()) => {}
            TermEvent::Key(k) => step(app, Msg::Key(k)),
            TermEvent::Resize(..) => step(app, Msg::Resize),
            TermEvent::Paste(text) => step(app, Msg::Paste(text)),
            _ => {}
        }
        if !app.wants_ticks() {
            next_tick = Instant::now() + Duration::from_secs(1);
        }
    }
    Ok(())
}
