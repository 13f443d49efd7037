//! `laget graph`: the scenario's branching structure as DOT or Mermaid.

use std::io::Write;

use super::Context;
use super::play::drill;
use crate::graph_out;

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum GraphFormat {
    // Described in the argument's help (`help-laget-graph--format`), which is translated.
    Dot,
    Mermaid,
}

pub fn run(ctx: &Context, scenario: &str, format: GraphFormat) -> anyhow::Result<i32> {
    let d = match drill(ctx, scenario)? {
        Ok(d) => d,
        Err(code) => return Ok(code),
    };
    // The words around the ids in the scenario's own language (the translation --lang chose).
    let m = super::scenario_messages(ctx, &d.scenario);
    let text = match format {
        GraphFormat::Dot => graph_out::dot(&d.scenario, &m),
        GraphFormat::Mermaid => graph_out::mermaid(&d.scenario, &m),
    };
    std::io::stdout().lock().write_all(text.as_bytes())?;
    Ok(0)
}
