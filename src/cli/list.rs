//! `laget list [--format text|json]`

use std::io::Write;

use super::{Context, ListFormat};
use crate::library::Library;

pub fn run(ctx: &Context, format: ListFormat) -> anyhow::Result<i32> {
    let lib = Library::discover(ctx.home.as_deref());
    for s in &lib.skipped {
        let line = ctx.msgs.fmt("list-skipped", &[("path", s.into())]);
        eprintln!("{}", crate::text::terminal(&line));
    }
    let mut out = std::io::stdout().lock();
    let families = lib.families();
    match format {
        ListFormat::Json => {
            let arr: Vec<_> = families
                .iter()
                .map(|f| {
                    let e = f.pick(ctx.lang());
                    let s = &e.scenario;
                    serde_json::json!({
                        "id": s.id,
                        "title": s.title,
                        "language": s.language,
                        "translations": f.languages(),
                        "source": e.origin.label(),
                        "roles": s.roles.iter().filter(|r| r.is_playable()).map(|r| &r.id).collect::<Vec<_>>(),
                        "summary": s.summary,
                        "duration_minutes": s.duration_minutes,
                        "version": s.version,
                    })
                })
                .collect();
            writeln!(out, "{}", serde_json::to_string_pretty(&arr)?)?;
        }
        ListFormat::Text => {
            if families.is_empty() {
                writeln!(out, "{}", ctx.msgs.get("list-empty"))?;
            }
            for f in &families {
                let e = f.pick(ctx.lang());
                let s = &e.scenario;
                let safe = crate::text::terminal_line;
                writeln!(out, "{}  {}", safe(&s.id), safe(&s.title))?;
                writeln!(
                    out,
                    "    {}",
                    ctx.msgs.fmt(
                        "list-line",
                        &[
                            ("languages", f.languages().join(", ").as_str().into()),
                            ("minutes", s.duration_minutes.into()),
                            ("roles", s.roles.iter().filter(|r| r.is_playable()).count().into()),
                        ]
                    )
                )?;
            }
        }
    }
    Ok(0)
}
