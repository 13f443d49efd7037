//! docs/cli.md is the command-line reference inside the project: this test holds it to the
//! program's own definition (clap), so that an option added, renamed or removed shows here.

use laget::cli::help;
use laget::i18n::{Lang, Messages};

fn doc() -> String {
    std::fs::read_to_string(crate::support::root().join("docs/cli.md")).expect("docs/cli.md")
}

/// The part of the page under `## \`laget NAME\``, up to the next `## `.
fn section<'d>(doc: &'d str, name: &str) -> &'d str {
    let heading = format!("\n## `laget {name}`\n");
    let start = doc
        .find(&heading)
        .unwrap_or_else(|| panic!("docs/cli.md has a section {heading:?}"))
        + heading.len();
    let rest = &doc[start..];
    &rest[..rest.find("\n## ").unwrap_or(rest.len())]
}

#[test]
fn every_command_is_documented_with_its_usage_its_summary_and_its_options() {
    let doc = doc();
    let en = Messages::new(Lang::En);
    let mut cmd = help::command(Lang::En);
    let globals: Vec<String> = cmd
        .get_arguments()
        .filter_map(|a| a.get_long().map(str::to_string))
        .collect();
    assert!(
        doc.contains("\n## `laget`\n"),
        "docs/cli.md says what `laget` alone does"
    );
    for long in &globals {
        assert!(
            doc.contains(&format!("`--{long}")),
            "docs/cli.md names the global option --{long}"
        );
    }
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .filter(|n| n != "help")
        .collect();
    for name in &names {
        let text = section(&doc, name);
        let sub = cmd.find_subcommand_mut(name).unwrap();
        let usage = sub.render_usage().to_string();
        let usage = usage.trim_start_matches("Usage: ").trim();
        assert!(
            text.contains(&format!("```\n{usage}\n```")),
            "docs/cli.md shows the usage of `laget {name}` as the program does:\n{usage}"
        );
        let summary = en.get(&format!("help-laget-{name}"));
        assert!(
            text.contains(&summary),
            "docs/cli.md gives the summary of `laget {name}`: {summary}"
        );
        for a in sub.get_arguments() {
            let Some(long) = a.get_long() else { continue };
            if globals.iter().any(|g| g == long) {
                continue;
            }
            assert!(
                text.contains(&format!("`--{long}")),
                "docs/cli.md documents `laget {name} --{long}`"
            );
        }
    }
    // And nothing that the program does not have.
    for line in doc.lines().filter(|l| l.starts_with("## `laget ")) {
        let name = line.trim_start_matches("## `laget ").trim_end_matches('`');
        assert!(
            names.iter().any(|n| n == name),
            "docs/cli.md documents a command the program does not have: {line}"
        );
    }
}

#[test]
fn the_readme_points_at_the_reference_inside_the_project() {
    let readme = std::fs::read_to_string(crate::support::root().join("README.md")).unwrap();
    assert!(readme.contains("docs/cli.md"), "the README links docs/cli.md");
    assert!(
        !readme.contains("../shared/"),
        "the README sends no reader outside the project"
    );
}
