//! `--help` in the user's language: the clap definition with every text taken from the Fluent
//! catalogue. The ids follow the command path: `help-laget` (the program), `help-laget-check`
//! (a command), `help-laget-check--deny_warnings` (an argument, by its clap id); a test holds
//! every catalogue to every command and argument.

use clap::{Arg, ArgAction, Command, CommandFactory};

use super::Cli;
use crate::i18n::{Lang, Messages};

/// The command line, its help in `lang`.
pub fn command(lang: Lang) -> Command {
    let m = Messages::new(lang);
    let mut cmd = localize(Cli::command(), &m, "laget", true);
    // clap adds `help` as a command of its own when it builds; its words are set after that.
    cmd.build();
    for sc in cmd.get_subcommands_mut() {
        if sc.get_name() == "help" {
            let taken = std::mem::take(sc);
            *sc = taken.about(m.get("help-laget-help"));
        }
    }
    cmd
}

/// The language `--lang` asks for before the arguments are parsed (so that a usage error and
/// `--help` are already in it), else the environment's.
pub fn lang_from_args(args: &[std::ffi::OsString]) -> Lang {
    let mut it = args.iter().skip(1).filter_map(|a| a.to_str());
    while let Some(a) = it.next() {
        if a == "--" {
            break;
        }
        let value = match a.strip_prefix("--lang") {
            Some("") => it.next(),
            Some(v) => v.strip_prefix('='),
            None => None,
        };
        if let Some(l) = value.and_then(Lang::parse) {
            return l;
        }
    }
    Lang::from_env()
}

/// The message ids a command's texts come from, for the test that keeps the catalogues whole.
pub fn message_ids() -> Vec<String> {
    let mut out = Vec::new();
    fn walk(cmd: &Command, path: &str, out: &mut Vec<String>) {
        out.push(format!("help-{path}"));
        for a in cmd.get_arguments() {
            out.push(format!("help-{path}--{}", a.get_id()));
        }
        for sc in cmd.get_subcommands() {
            walk(sc, &format!("{path}-{}", sc.get_name()), out);
        }
    }
    walk(&Cli::command(), "laget", &mut out);
    out
}

fn localize(mut cmd: Command, m: &Messages, path: &str, top: bool) -> Command {
    let about = format!("help-{path}");
    cmd = cmd.about(m.get(&about));
    let long = format!("help-{path}-long");
    if m.has(&long) {
        cmd = cmd.long_about(m.get(&long));
    }
    let args: Vec<(String, bool)> = cmd
        .get_arguments()
        .map(|a| (a.get_id().to_string(), a.is_positional()))
        .collect();
    for (id, positional) in args {
        let text = m.get(&format!("help-{path}--{id}"));
        let heading = if positional {
            m.get("help-heading-arguments")
        } else {
            m.get("help-heading-options")
        };
        cmd = cmd.mut_arg(id.as_str(), |a| a.help(text).help_heading(heading));
    }
    let names: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_string()).collect();
    for name in names {
        let sub = format!("{path}-{name}");
        cmd = cmd.mut_subcommand(name.as_str(), |sc| localize(sc, m, &sub, false));
    }
    cmd = cmd
        .subcommand_help_heading(m.get("help-heading-commands"))
        .help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
            m.get("help-heading-usage")
        ))
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(m.get("help-flag-help"))
                .help_heading(m.get("help-heading-options")),
        );
    if top {
        cmd = cmd.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(m.get("help-flag-version"))
                .help_heading(m.get("help-heading-options")),
        );
    }
    cmd
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_command_and_argument_has_help_in_every_language() {
        for lang in Lang::ALL {
            let m = Messages::new(lang);
            let missing: Vec<String> = message_ids().into_iter().filter(|id| !m.has(id)).collect();
            assert!(missing.is_empty(), "{lang}: no help text for {missing:?}");
            for id in [
                "help-heading-usage",
                "help-flag-help",
                "help-flag-version",
                "help-laget-help",
            ] {
                assert!(m.has(id), "{lang}: {id}");
            }
        }
    }

    #[test]
    fn the_localized_definition_is_consistent() {
        for lang in Lang::ALL {
            command(lang).debug_assert();
        }
    }

    #[test]
    fn help_follows_the_language() {
        let nb = command(Lang::Nb).render_long_help().to_string();
        let en = command(Lang::En).render_long_help().to_string();
        assert!(nb.contains(&Messages::new(Lang::Nb).get("help-laget-check")), "{nb}");
        assert!(nb.contains("Bruk:"), "{nb}");
        assert!(en.contains("Usage:"), "{en}");
        assert_ne!(nb, en);
    }

    #[test]
    fn lang_is_read_before_parsing() {
        let args = |v: &[&str]| v.iter().map(std::ffi::OsString::from).collect::<Vec<_>>();
        assert_eq!(lang_from_args(&args(&["laget", "--lang", "nn", "check"])), Lang::Nn);
        assert_eq!(lang_from_args(&args(&["laget", "check", "--lang=nb"])), Lang::Nb);
    }
}
