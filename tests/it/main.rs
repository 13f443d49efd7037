//! Every integration test of laget, in one crate: one module per area, so the suite links once
//! (22 separate test crates each linked the library and its dependencies again).
//!
//! `support` holds what the modules share: the one way to run the `laget` binary (a private
//! data directory, a fixed language, no colour from the caller's shell; also in a
//! pseudo-terminal) and the one deterministic generator. Fixtures stay in `tests/fixtures/`;
//! insta keeps the snapshots in `tests/it/snapshots/`, named `it__<module>__<name>.snap`.

mod support;

// The command line, through the real binary.
mod authoring;
mod check_cli;
mod crash_resume;
mod debrief_cli;
mod docs_example;
mod explore_cli;
mod explore_replays;
mod graph_cli;
mod handouts;
mod new_cli;
mod play_cli;
mod reliability;

// The terminal UI: drawn on a test backend, and the real binary in a pseudo-terminal.
mod tui_layout;
mod tui_pty;
mod tui_screens;
mod tui_settle;

// The library: loading, checking, the engine, the conductor, scoring, the shipped scenarios.
mod calendar;
mod check_fuzz;
mod conductor;
mod library;
mod proptest_inputs;
mod scores_agree;
mod scoring;

// The project itself: its module map, its documents and its dependency tree.
mod architecture;
mod cli_doc;
mod glossary;
mod privacy;
