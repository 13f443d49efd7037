//! `laget`: preparedness drills for the team around the child (*laget rundt barnet*).
//!
//! The library is the deterministic core (scenario model, validation, engine, scoring,
//! debrief) plus the front ends; the core never touches the terminal, the clock or the OS
//! random generator: time and seeds come in as parameters.

pub mod check;
pub mod cli;
pub mod conductor;
pub mod debrief;
pub mod engine;
pub mod explore;
pub mod graph_out;
pub mod handouts;
pub mod i18n;
pub mod library;
pub mod plain;
pub mod platform;
pub mod scenario;
pub mod score;
pub mod source;
pub mod splitmix;
pub mod store;
pub mod synth;
pub mod template;
pub mod text;
pub mod tui;
