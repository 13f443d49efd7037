//! `laget graph`: a scenario's branching structure as Graphviz DOT or Mermaid.
//!
//! Scenes are nodes, shaped by kind (narration: box, decision: diamond, round: hexagon,
//! conversation: rounded box, ending: double octagon / double circle, coloured by outcome).
//! Choices are edges labelled `role: choice` (a round's choices all lead to the round's `next`);
//! conditional routes (`branches`) are dashed and labelled with their conditions. A choice
//! that makes a key decision carries a ★ and the key decision's id. The exemplary path's
//! choices are drawn thick and blue. Only ids are printed, never scenario text, so the output
//! is the same in every translation of a scenario, but for the few words around them (`if`,
//! `and`, `visited`, the outcome), which are in the language of the `Messages` given: the
//! command passes the scenario's own language.

use std::fmt::Write as _;

use crate::i18n::{Arg, Messages};
use crate::scenario::duration::Duration;
use crate::scenario::model::{Branch, Choice, Compare, Condition, Outcome, Scenario, Scene};

/// One edge of the drawing.
struct Edge {
    from: usize,
    to: Option<usize>,
    label: String,
    conditional: bool,
    exemplary: bool,
    key: bool,
}

fn duration(m: &Messages, d: &Duration) -> String {
    let unit = match d {
        Duration::Minutes(_) => "graph-unit-minutes",
        Duration::Hours(_) => "graph-unit-hours",
        Duration::Days(_) => "graph-unit-days",
        Duration::Weeks(_) => "graph-unit-weeks",
        Duration::WorkingDays(_) => "graph-unit-working-days",
    };
    format!("{}{}", d.amount(), m.get(unit))
}

fn condition(m: &Messages, c: &Condition) -> String {
    let cmp = |c: &Compare| match c {
        Compare::AtLeast(x) => format!("≥ {x}"),
        Compare::AtMost(x) => format!("≤ {x}"),
        Compare::Equals(x) => format!("= {x}"),
    };
    let with = |id: &str, value: &str| m.fmt(id, &[("x", Arg::Str(value))]);
    match c {
        Condition::Flag(f) => f.to_string(),
        Condition::NotFlag(f) => with("graph-not", f),
        Condition::Counter(n, c) => format!("{n} {}", cmp(c)),
        Condition::Visited(s) => with("graph-visited", s),
        Condition::NotVisited(s) => with("graph-not-visited", s),
        Condition::After(d) => with("graph-after", &duration(m, d)),
        Condition::Before(d) => with("graph-before", &duration(m, d)),
        Condition::Present(r) => with("graph-present", r),
        Condition::Absent(r) => with("graph-absent", r),
        Condition::Decided(k) => with("graph-decided", k),
        Condition::NotDecided(k) => with("graph-not-decided", k),
        Condition::Injected(i) => with("graph-injected", i),
    }
}

fn conditions(m: &Messages, w: &[Condition]) -> String {
    let and = format!(" {} ", m.get("graph-and"));
    w.iter().map(|c| condition(m, c)).collect::<Vec<_>>().join(&and)
}

fn edges(m: &Messages, s: &Scenario) -> Vec<Edge> {
    let ix = |id: &str| s.scenes.iter().position(|x| x.id() == id);
    let exemplary = |scene: &str, choice: &str| s.exemplary_path.iter().any(|p| p == format!("{scene}.{choice}"));
    let mut out = Vec::new();
    let branch_edges = |out: &mut Vec<Edge>, from: usize, prefix: &str, b: &[Branch]| {
        for br in b {
            out.push(Edge {
                from,
                to: ix(&br.next),
                label: format!(
                    "{prefix}{}",
                    m.fmt("graph-if", &[("x", Arg::Str(&conditions(m, &br.when)))])
                ),
                conditional: true,
                exemplary: false,
                key: false,
            });
        }
    };
    for (i, scene) in s.scenes.iter().enumerate() {
        let choice_label = |c: &Choice, role: &str| {
            let mut l = format!("{role}: {}", c.id);
            if let Some(k) = &c.decides {
                l.push_str(&format!(" ★ {k}"));
            }
            if !c.when.is_empty() {
                l.push_str(&format!(
                    " ({})",
                    m.fmt("graph-if", &[("x", Arg::Str(&conditions(m, &c.when)))])
                ));
            }
            l
        };
        match scene {
            Scene::Narration { next, branches, .. } => {
                out.push(Edge {
                    from: i,
                    to: ix(next),
                    label: String::new(),
                    conditional: false,
                    exemplary: false,
                    key: false,
                });
                branch_edges(&mut out, i, "", branches);
            }
            Scene::Decision { role, choices, .. } | Scene::Conversation { role, choices, .. } => {
                for c in choices {
                    let acting = c.role.as_deref().unwrap_or(role);
                    let label = choice_label(c, acting);
                    if let Some(n) = &c.next {
                        out.push(Edge {
                            from: i,
                            to: ix(n),
                            label: label.clone(),
                            conditional: false,
                            exemplary: exemplary(scene.id(), &c.id),
                            key: c.decides.is_some(),
                        });
                    }
                    branch_edges(&mut out, i, &format!("{label} "), &c.branches);
                }
            }
            Scene::Round {
                choices,
                next,
                branches,
                ..
            } => {
                for c in choices {
                    out.push(Edge {
                        from: i,
                        to: ix(next),
                        label: choice_label(c, c.role.as_deref().unwrap_or("?")),
                        conditional: false,
                        exemplary: exemplary(scene.id(), &c.id),
                        key: c.decides.is_some(),
                    });
                }
                branch_edges(&mut out, i, "", branches);
            }
            Scene::Ending { .. } => {}
        }
    }
    out
}

fn on_path(s: &Scenario) -> Vec<bool> {
    let mut v = vec![false; s.scenes.len()];
    for step in &s.exemplary_path {
        if let Some((scene, _)) = step.split_once('.')
            && let Some(i) = s.scenes.iter().position(|x| x.id() == scene)
        {
            v[i] = true;
        }
    }
    v
}

fn outcome_colour(o: Outcome) -> &'static str {
    match o {
        Outcome::Good => "#2e7d32",
        Outcome::Mixed => "#ef6c00",
        Outcome::Poor => "#c62828",
    }
}

fn dot_str(s: &str) -> String {
    let mut o = String::with_capacity(s.len() + 2);
    o.push('"');
    for ch in s.chars() {
        match ch {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            '\n' => o.push_str("\\n"),
            '\r' => {}
            c => o.push(c),
        }
    }
    o.push('"');
    o
}

/// The scene's label: its id, and for endings the outcome, for the timeout ending a mark.
fn node_label(m: &Messages, s: &Scenario, scene: &Scene) -> String {
    let mut l = scene.id().to_string();
    match scene {
        Scene::Ending { outcome, .. } => {
            l.push_str(&format!("\n({})", m.get(&format!("graph-outcome-{}", outcome.key()))));
            if s.clock.timeout == scene.id() {
                l.push_str(&format!("\n⏱ {}", m.get("graph-timeout")));
            }
        }
        Scene::Conversation { with, .. } => l.push_str(&format!("\n↔ {with}")),
        _ => {}
    }
    l
}

/// Graphviz DOT.
pub fn dot(s: &Scenario, m: &Messages) -> String {
    let mut o = String::new();
    let path = on_path(s);
    let _ = writeln!(o, "digraph {} {{", dot_str(&s.id));
    let _ = writeln!(o, "  graph [rankdir=TB, label={}, labelloc=t];", dot_str(&s.id));
    let _ = writeln!(o, "  node [fontname=\"Helvetica\", fontsize=11];");
    let _ = writeln!(o, "  edge [fontname=\"Helvetica\", fontsize=9];");
    let _ = writeln!(o, "  \"__start\" [shape=point, width=0.15, label=\"\"];");
    for (i, scene) in s.scenes.iter().enumerate() {
        let (shape, extra) = match scene {
            Scene::Narration { .. } => ("box", String::new()),
            Scene::Decision { .. } => ("diamond", String::new()),
            Scene::Round { .. } => ("hexagon", String::new()),
            Scene::Conversation { .. } => ("box", ", style=rounded".to_string()),
            Scene::Ending { outcome, .. } => (
                "doubleoctagon",
                format!(", color={}", dot_str(outcome_colour(*outcome))),
            ),
        };
        let bold = if path[i] { ", penwidth=2" } else { "" };
        let _ = writeln!(
            o,
            "  {} [shape={shape}, label={}{extra}{bold}];",
            dot_str(scene.id()),
            dot_str(&node_label(m, s, scene))
        );
    }
    if s.scenes.iter().any(|x| x.id() == s.start) {
        let _ = writeln!(o, "  \"__start\" -> {};", dot_str(&s.start));
    }
    for e in edges(m, s) {
        let Some(to) = e.to else { continue };
        let mut attrs = vec![format!("label={}", dot_str(&e.label))];
        if e.conditional {
            attrs.push("style=dashed".into());
        }
        if e.exemplary {
            attrs.push("color=\"#1f6feb\", penwidth=3".into());
        }
        if e.key {
            attrs.push("fontcolor=\"#6a1b9a\"".into());
        }
        let _ = writeln!(
            o,
            "  {} -> {} [{}];",
            dot_str(s.scenes[e.from].id()),
            dot_str(s.scenes[to].id()),
            attrs.join(", ")
        );
    }
    o.push_str("}\n");
    o
}

/// Text in a Mermaid label: quotes and the characters Mermaid reads as markup, as entities.
fn mermaid_text(s: &str) -> String {
    let mut o = String::new();
    for ch in s.chars() {
        match ch {
            '"' => o.push_str("#quot;"),
            '\n' => o.push_str("<br/>"),
            '<' => o.push_str("#lt;"),
            '>' => o.push_str("#gt;"),
            '#' => o.push_str("#35;"),
            '|' => o.push_str("#124;"),
            // A backtick opens a Markdown string in Mermaid.
            '`' => o.push_str("#96;"),
            c => o.push(c),
        }
    }
    o
}

/// A Mermaid flowchart. Nodes are `s0`, `s1`, … (scene ids may hold characters Mermaid does
/// not take in an id); labels carry the ids.
pub fn mermaid(s: &Scenario, m: &Messages) -> String {
    let mut o = String::from("flowchart TD\n");
    let path = on_path(s);
    o.push_str("  start((\" \"))\n");
    for (i, scene) in s.scenes.iter().enumerate() {
        let l = mermaid_text(&node_label(m, s, scene));
        let node = match scene {
            Scene::Narration { .. } => format!("s{i}[\"{l}\"]"),
            Scene::Decision { .. } => format!("s{i}{{\"{l}\"}}"),
            Scene::Round { .. } => format!("s{i}{{{{\"{l}\"}}}}"),
            Scene::Conversation { .. } => format!("s{i}(\"{l}\")"),
            Scene::Ending { .. } => format!("s{i}(((\"{l}\")))"),
        };
        let _ = writeln!(o, "  {node}");
    }
    let mut links = 0usize;
    let mut exemplary_links = Vec::new();
    if let Some(st) = s.scenes.iter().position(|x| x.id() == s.start) {
        let _ = writeln!(o, "  start --> s{st}");
        links += 1;
    }
    for e in edges(m, s) {
        let Some(to) = e.to else { continue };
        let arrow = if e.conditional { "-.->" } else { "-->" };
        if e.label.is_empty() {
            let _ = writeln!(o, "  s{} {arrow} s{to}", e.from);
        } else {
            let _ = writeln!(o, "  s{} {arrow}|\"{}\"| s{to}", e.from, mermaid_text(&e.label));
        }
        if e.exemplary {
            exemplary_links.push(links);
        }
        links += 1;
    }
    o.push_str("  classDef good stroke:#2e7d32,stroke-width:3px\n");
    o.push_str("  classDef mixed stroke:#ef6c00,stroke-width:3px\n");
    o.push_str("  classDef poor stroke:#c62828,stroke-width:3px\n");
    o.push_str("  classDef exemplary font-weight:bold\n");
    for (i, scene) in s.scenes.iter().enumerate() {
        if let Scene::Ending { outcome, .. } = scene {
            let _ = writeln!(o, "  class s{i} {}", outcome.key());
        } else if path[i] {
            let _ = writeln!(o, "  class s{i} exemplary");
        }
    }
    if !exemplary_links.is_empty() {
        let list: Vec<String> = exemplary_links.iter().map(usize::to_string).collect();
        let _ = writeln!(o, "  linkStyle {} stroke:#1f6feb,stroke-width:4px", list.join(","));
    }
    o
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_escaped() {
        assert_eq!(dot_str("a \"b\" \\ c\nd"), "\"a \\\"b\\\" \\\\ c\\nd\"");
        assert_eq!(mermaid_text("a \"b\" <c> #|"), "a #quot;b#quot; #lt;c#gt; #35;#124;");
        assert_eq!(mermaid_text("`x`"), "#96;x#96;");
    }
}
