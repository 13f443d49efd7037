//! A scenario file as text: where things are in it, and what is wrong with it.
//!
//! The bottom of the core, below `scenario`: positions (`text`), the tokens of RON with their
//! byte spans (`lexer`), the guards that run before parsing (`guard`), and diagnostics with
//! their codes and rendering (`diagnostic`). `ron` alone reads what a file means; nothing here
//! parses values.

pub mod diagnostic;
pub mod guard;
pub mod lexer;
pub mod text;

pub use diagnostic::{Code, Diagnostic, Severity};
pub use text::{Position, SourceText};
