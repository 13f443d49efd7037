//! `laget handouts SCENARIO --out DIR`: one printable Markdown role card per playable role.

use std::path::Path;

use super::Context;
use crate::i18n::Arg;
use crate::text::markdown as md;

pub fn run(ctx: &Context, scenario: &str, out: &Path) -> anyhow::Result<i32> {
    let drill = match super::play::drill(ctx, scenario)? {
        Ok(d) => d,
        Err(code) => return Ok(code),
    };
    std::fs::create_dir_all(out).map_err(|e| anyhow::anyhow!("{}: {e}", out.display()))?;
    let s = &drill.scenario;
    // Headings in the scenario's own language, so a card reads in one language throughout.
    let m = &super::scenario_messages(ctx, s);
    // Every scenario text is escaped for Markdown: shown as written, never read as markup.
    let mut index = format!(
        "# {}\n\n{}\n\n",
        m.fmt("handout-index-title", &[("title", Arg::Str(&md(&s.title)))]),
        md(&s.summary)
    );
    for role in s.roles.iter().filter(|r| r.is_playable()) {
        // A file name only from an id in the one alphabet (`laget check` refuses others;
        // this holds even for a scenario that did not pass through it).
        if !crate::scenario::id::valid_id(&role.id) {
            anyhow::bail!(
                "{}",
                m.fmt(
                    "new-bad-id",
                    &[
                        ("id", Arg::Str(&role.id)),
                        ("max", Arg::Num(crate::scenario::id::MAX_ID_LEN as i64))
                    ]
                )
            );
        }
        let name = md(role.name.as_deref().unwrap_or(&role.id));
        let mut card = format!("# {name}\n\n*{}*\n\n", md(&s.title));
        if let Some(d) = &role.description {
            card.push_str(&format!("## {}\n\n{}\n\n", m.get("handout-about-role"), md(d)));
        }
        if !role.responsibilities.is_empty() {
            card.push_str(&format!("## {}\n\n", m.get("handout-responsibilities")));
            for r in &role.responsibilities {
                card.push_str(&format!("- {}\n", md(&r.text)));
            }
            card.push('\n');
        }
        card.push_str(&format!("## {}\n\n", m.get("handout-brief")));
        card.push_str(&role.brief.as_deref().map_or_else(|| m.get("plain-no-brief"), md));
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
