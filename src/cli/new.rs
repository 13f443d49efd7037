//! `laget new ID [--out DIR]`: writes `<DIR>/<ID>.<lang>.ron` and `<DIR>/<ID>.<lang>.md`, in the
//! language of `--lang`. Existing files are never overwritten.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::Context;
use crate::i18n::Arg;
use crate::template;

pub fn run(ctx: &Context, id: &str, out: &Path) -> anyhow::Result<i32> {
    let m = &ctx.msgs;
    if !crate::scenario::id::valid_id(id) {
        eprintln!(
            "{}: {}",
            m.get("cli-error"),
            m.fmt(
                "new-bad-id",
                &[
                    ("id", Arg::Str(&crate::text::terminal_line(id))),
                    ("max", Arg::Num(crate::scenario::id::MAX_ID_LEN as i64))
                ]
            )
        );
        // The same advice as `laget check` gives for an id with a Norwegian letter.
        let plain = crate::check::plain_spelling(id);
        if id.chars().any(|c| "æøåÆØÅ".contains(c)) && crate::scenario::id::valid_id(&plain) {
            eprintln!("{}", m.fmt("new-bad-id-plain", &[("suggestion", Arg::Str(&plain))]));
        }
        return Ok(1);
    }
    let lang = ctx.lang();
    let ron: PathBuf = out.join(format!("{id}.{}.ron", lang.code()));
    let md: PathBuf = out.join(format!("{id}.{}.md", lang.code()));
    for p in [&ron, &md] {
        if p.exists() {
            eprintln!(
                "{}: {}",
                m.get("cli-error"),
                m.fmt("new-exists", &[("path", Arg::Str(&p.display().to_string()))])
            );
            return Ok(1);
        }
    }
    if !out.is_dir() {
        std::fs::create_dir_all(out).map_err(|e| {
            anyhow::anyhow!(
                "{}",
                m.fmt(
                    "new-cannot-write",
                    &[
                        ("path", Arg::Str(&out.display().to_string())),
                        ("reason", Arg::Str(&e.to_string()))
                    ]
                )
            )
        })?;
    }
    let ron_name = ron.display().to_string();
    write_new(ctx, &ron, &template::scenario(id, lang, &ron_name))?;
    write_new(ctx, &md, &template::guide(id, lang, &ron_name))?;
    println!(
        "{}",
        m.fmt(
            "new-written",
            &[
                ("scenario", Arg::Str(&ron_name)),
                ("guide", Arg::Str(&md.display().to_string()))
            ]
        )
    );
    Ok(0)
}

/// Creates `path` with `text`; fails rather than replace a file that appeared meanwhile.
fn write_new(ctx: &Context, path: &Path, text: &str) -> anyhow::Result<()> {
    let shown = path.display().to_string();
    let err = |e: std::io::Error| {
        let key = if e.kind() == std::io::ErrorKind::AlreadyExists {
            "new-exists"
        } else {
            "new-cannot-write"
        };
        anyhow::anyhow!(
            "{}",
            ctx.msgs
                .fmt(key, &[("path", Arg::Str(&shown)), ("reason", Arg::Str(&e.to_string()))])
        )
    };
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(err)?;
    f.write_all(text.as_bytes()).map_err(err)?;
    Ok(())
}
