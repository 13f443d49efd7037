//! Printable role cards (*handouts*): one Markdown card per role people can play, with its
//! description, responsibilities and private brief, and an index. The private briefs belong on
//! paper (or each participant's own screen), not on the projector the whole room sees.

use crate::i18n::{Arg, Messages};
use crate::scenario::Scenario;
use crate::scenario::id::{MAX_ID_LEN, valid_id};
use crate::text::markdown as md;

/// One file of the handouts: its name (a role id and `.md`, or `index.md`) and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Card {
    pub file_name: String,
    pub text: String,
}

/// The cards of scenario `s`, headings in `m`'s language (use the scenario's own language, so
/// a card reads in one language throughout), the index last. `Err` says (in words) that a role
/// id cannot name a file: `laget check` refuses such ids, but a card never trusts that.
pub fn cards(s: &Scenario, m: &Messages) -> Result<Vec<Card>, String> {
    // Every scenario text is escaped for Markdown: shown as written, never read as markup.
    let mut index = format!(
        "# {}\n\n{}\n\n",
        m.fmt("handout-index-title", &[("title", Arg::Str(&md(&s.title)))]),
        md(&s.summary)
    );
    let mut out = Vec::new();
    for role in s.roles.iter().filter(|r| r.is_playable()) {
        if !valid_id(&role.id) {
            return Err(m.fmt(
                "new-bad-id",
                &[("id", Arg::Str(&role.id)), ("max", Arg::Num(MAX_ID_LEN as i64))],
            ));
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
        index.push_str(&format!("- [{name}]({}.md)\n", role.id));
        out.push(Card {
            file_name: format!("{}.md", role.id),
            text: card,
        });
    }
    out.push(Card {
        file_name: "index.md".into(),
        text: index,
    });
    Ok(out)
}
