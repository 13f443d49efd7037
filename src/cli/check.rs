//! `laget check PATH... [--format human|json] [--deny-warnings]`

use std::io::Write;
use std::path::PathBuf;

use super::{CheckFormat, Context};
use crate::check::{self, Severity};

pub fn run(ctx: &Context, paths: &[PathBuf], format: CheckFormat, deny_warnings: bool) -> anyhow::Result<i32> {
    let missing: Vec<&PathBuf> = paths.iter().filter(|p| !p.exists()).collect();
    let checked = check::check_paths(paths);
    let mut diags: Vec<&check::Diagnostic> = checked.iter().flat_map(|c| c.diagnostics.iter()).collect();
    let not_found: Vec<check::Diagnostic> = missing
        .iter()
        .filter(|p| !checked.iter().any(|c| c.path == p.display().to_string()))
        .map(|p| check::Diagnostic {
            code: check::Code::Unreadable,
            path: p.display().to_string(),
            pos: Default::default(),
            args: vec![("reason", ctx.msgs.get("check-not-found"))],
            excerpt: None,
        })
        .collect();
    diags.extend(not_found.iter());
    let errors = diags.iter().filter(|d| d.severity() == Severity::Error).count();
    let warnings = diags.len() - errors;
    let mut out = std::io::stdout().lock();
    match format {
        CheckFormat::Json => {
            let arr: Vec<_> = diags.iter().map(|d| d.to_json(&ctx.msgs)).collect();
            writeln!(out, "{}", serde_json::to_string_pretty(&arr)?)?;
        }
        CheckFormat::Human => {
            for d in &diags {
                writeln!(out, "{}", d.render_human(&ctx.msgs))?;
            }
            let files = checked.len();
            writeln!(
                out,
                "{}",
                ctx.msgs.fmt(
                    "check-summary",
                    &[
                        ("files", files.into()),
                        ("errors", errors.into()),
                        ("warnings", warnings.into())
                    ]
                )
            )?;
        }
    }
    Ok(
        if errors > 0 || (deny_warnings && warnings > 0) || (checked.is_empty() && not_found.is_empty()) {
            1
        } else {
            0
        },
    )
}
