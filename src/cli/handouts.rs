//! `laget handouts SCENARIO --out DIR`: one printable Markdown role card per playable role
//! (`crate::handouts`), each written atomically; the paths are printed.

use std::path::Path;

use super::Context;

pub fn run(ctx: &Context, scenario: &str, out: &Path) -> anyhow::Result<i32> {
    let drill = match super::play::drill(ctx, scenario)? {
        Ok(d) => d,
        Err(code) => return Ok(code),
    };
    // Headings in the scenario's own language, so a card reads in one language throughout.
    let m = &super::scenario_messages(ctx, &drill.scenario);
    let cards = crate::handouts::cards(&drill.scenario, m).map_err(|e| anyhow::anyhow!("{e}"))?;
    std::fs::create_dir_all(out).map_err(|e| anyhow::anyhow!("{}: {e}", out.display()))?;
    for card in cards {
        let path = out.join(&card.file_name);
        crate::store::write_atomic(&path, card.text.as_bytes())
            .map_err(|e| anyhow::anyhow!("{}", e.message(&ctx.msgs)))?;
        println!("{}", path.display());
    }
    Ok(0)
}
