//! `laget graph`: the scenario's branching structure as DOT or Mermaid.

use std::io::Write;

use super::Context;
use super::play::drill;
use crate::graph_out;

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum GraphFormat {
    /// Graphviz (`laget graph S | dot -Tsvg > s.svg`).
    Dot,
    /// Mermaid flowchart (Markdown on GitHub and GitLab renders it).
    Mermaid,
}

pub fn run(ctx: &Context, scenario: &str, format: GraphFormat) -> anyhow::Result<i32> {
    let d = match drill(ctx, scenario)? {
        Ok(d) => d,
        Err(code) => return Ok(code),
    };
    let text = match format {
        GraphFormat::Dot => graph_out::dot(&d.scenario),
        GraphFormat::Mermaid => graph_out::mermaid(&d.scenario),
    };
    std::io::stdout().lock().write_all(text.as_bytes())?;
    Ok(0)
}
