//! `laget handouts SCENARIO --out DIR`: one printable Markdown role card per playable role.

use std::path::Path;

use super::Context;
use crate::i18n::Arg;

pub fn run(ctx: &Context, scenario: &str, out: &Path) -> anyhow::Result<i32> {
    let drill = match super::play::drill(ctx, scenario)? {
        Ok(d) => d,
        Err(code) => return Ok(code),
    };
    std::fs::create_dir_all(out).map_err(|e| anyhow::anyhow!("{}: {e}", out.display()))?;
    let s = &drill.scenario;
    // Headings in the scenario's own language, so a card reads in one language throughout.
    let m = &super::scenario_messages(ctx, s);
    let mut index = format!(
        "# {}\n\n{}\n\n",
        m.fmt("handout-index-title", &[("title", Arg::Str(&s.title))]),
        s.summary
    );
    for role in s.roles.iter().filter(|r| r.playable == Some(true)) {
        let name = role.name.as_deref().unwrap_or(&role.id);
        let mut card = format!("# {name}\n\n*{}*\n\n", s.title);
        if let Some(d) = &role.description {
            card.push_str(&format!("## {}\n\n{d}\n\n", m.get("handout-about-role")));
        }
        if !role.responsibilities.is_empty() {
            card.push_str(&format!("## {}\n\n", m.get("handout-responsibilities")));
            for r in &role.responsibilities {
                card.push_str(&format!("- {}\n", r.text));
            }
            card.push('\n');
        }
        card.push_str(&format!("## {}\n\n", m.get("handout-brief")));
        card.push_str(role.brief.as_deref().unwrap_or(&m.get("plain-no-brief")));
        card.push_str(&format!("\n\n---\n\n{}\n", m.get("handout-privacy")));
        let path = out.join(format!("{}.md", role.id));
        std::fs::write(&path, card).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
        index.push_str(&format!("- [{name}]({}.md)\n", role.id));
        println!("{}", path.display());
    }
    let path = out.join("index.md");
    std::fs::write(&path, index).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
    println!("{}", path.display());
    Ok(0)
}
