//! The `pathways` command line. Each subcommand is a thin file in `cmd/`.
#![forbid(unsafe_code)]

mod cmd;

/// mimalloc: a build allocates and frees millions of small strings from
/// several threads, where it is about a fifth quicker than the system's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use pathways::messages::{self, UnknownLang};
use pathways::tr;
use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;

// Every help text comes from the tool's message catalogue (src/messages),
// in the language chosen before the arguments are parsed.
#[derive(Parser)]
#[command(name = "pathways", version, about = tr!("cli-about"))]
struct Cli {
    #[command(subcommand)]
    command: Command,
    #[arg(long, global = true, value_name = "da|en", help = tr!("cli-ui-lang"))]
    ui_lang: Option<String>,
}

#[derive(Subcommand)]
enum Command {
    #[command(about = tr!("cli-check"))]
    Check {
        #[arg(long, default_value = ".", help = tr!("cli-root"))]
        root: PathBuf,
        #[arg(long, help = tr!("cli-check-strict"))]
        strict: bool,
        #[arg(long = "lang", value_name = "CODE", help = tr!("cli-check-lang"))]
        languages: Vec<String>,
    },
    #[command(about = tr!("cli-build"))]
    Build {
        #[arg(long, default_value = ".", help = tr!("cli-root"))]
        root: PathBuf,
        #[arg(long, default_value = "public", help = tr!("cli-build-output"))]
        output: PathBuf,
        #[arg(long, help = tr!("cli-build-no-pdf"))]
        no_pdf: bool,
        #[arg(long, short, conflicts_with = "verbose", help = tr!("cli-build-quiet"))]
        quiet: bool,
        #[arg(long, short, help = tr!("cli-build-verbose"))]
        verbose: bool,
    },
    #[command(about = tr!("cli-serve"))]
    Serve {
        #[arg(long, default_value = ".", help = tr!("cli-root"))]
        root: PathBuf,
        #[arg(long, default_value_t = 1111, help = tr!("cli-serve-port"))]
        port: u16,
        #[arg(long, default_value = "127.0.0.1", help = tr!("cli-serve-bind"))]
        bind: std::net::IpAddr,
        #[arg(long, help = tr!("cli-serve-open"))]
        open: bool,
    },
    #[command(about = tr!("cli-init"))]
    Init {
        #[arg(help = tr!("cli-init-dir"))]
        dir: PathBuf,
    },
    #[command(about = tr!("cli-new"))]
    New {
        #[arg(help = tr!("cli-new-kind"))]
        kind: String,
        #[arg(help = tr!("cli-new-id"))]
        id: String,
        #[arg(long, default_value = ".", help = tr!("cli-root"))]
        root: PathBuf,
    },
    /// Write a synthetic catalogue of N packages in every language, for benchmarks.
    #[cfg(feature = "synthetic")]
    #[command(hide = true)]
    Synthetic {
        /// How many packages.
        #[arg(long)]
        packages: usize,
        /// The new site's folder.
        #[arg(long)]
        out: PathBuf,
        /// Also write the same catalogue as a Hugo site into this folder.
        #[arg(long)]
        hugo: Option<PathBuf>,
        /// The site whose packages, courses and texts are the models.
        #[arg(long, default_value = ".")]
        from: PathBuf,
        /// Give every text a script payload and some a very long word (for tests).
        #[arg(long)]
        hostile: bool,
    },
    #[command(about = tr!("cli-translate"))]
    Translate {
        #[command(subcommand)]
        action: Translate,
    },
    #[command(about = tr!("cli-schema"))]
    Schema {
        #[arg(help = tr!("cli-schema-kind"))]
        kind: Option<String>,
        #[arg(long, help = tr!("cli-schema-out"))]
        out: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
enum Translate {
    #[command(about = tr!("cli-translate-export"))]
    Export {
        #[arg(long, value_name = "CODE", help = tr!("cli-translate-lang"))]
        lang: String,
        #[arg(long, default_value = "all", value_parser = ["missing", "stale", "all"], hide_possible_values = true, help = tr!("cli-translate-only"))]
        only: String,
        #[arg(long, value_name = "FILE", help = tr!("cli-translate-out"))]
        out: PathBuf,
        #[arg(long, default_value = ".", help = tr!("cli-root"))]
        root: PathBuf,
    },
    #[command(about = tr!("cli-translate-import"))]
    Import {
        #[arg(help = tr!("cli-translate-file"))]
        file: PathBuf,
        #[arg(long, default_value = ".", help = tr!("cli-root"))]
        root: PathBuf,
    },
    #[command(about = tr!("cli-translate-accept"))]
    Accept {
        #[arg(value_name = "FILE:LINE", required_unless_present = "all", help = tr!("cli-translate-place"))]
        place: Option<String>,
        #[arg(long, conflicts_with = "place", help = tr!("cli-translate-all"))]
        all: bool,
        #[arg(long = "lang", value_name = "CODE", help = tr!("cli-translate-accept-lang"))]
        languages: Vec<String>,
        #[arg(long, default_value = ".", help = tr!("cli-root"))]
        root: PathBuf,
    },
}

/// Exit codes: 0 ok, 1 content errors, 2 usage errors.
pub const CONTENT_ERROR: u8 = 1;
pub const USAGE_ERROR: u8 = 2;

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    let (lang, unknown) = messages::choose(ui_lang_flag(&args).as_deref(), |name| {
        std::env::var(name).ok()
    });
    messages::set(lang);
    if let Some(UnknownLang(asked)) = unknown {
        eprintln!("{}", tr!("ui-lang-unknown", asked = asked));
    }
    let cli = match localized(Cli::command())
        .try_get_matches_from(args)
        .and_then(|matches| Cli::from_arg_matches(&matches))
    {
        Ok(cli) => cli,
        Err(error) => return usage_error(error),
    };
    let code = match cli.command {
        Command::Check {
            root,
            strict,
            languages,
        } => cmd::check::run(&root, strict, &languages),
        Command::Build {
            root,
            output,
            no_pdf,
            quiet,
            verbose,
        } => {
            let talk = match (quiet, verbose) {
                (true, _) => cmd::build::Talk::Quiet,
                (_, true) => cmd::build::Talk::Verbose,
                _ => cmd::build::Talk::Normal,
            };
            cmd::build::run(&root, &output, no_pdf, talk)
        }
        Command::Serve {
            root,
            port,
            bind,
            open,
        } => cmd::serve::run_serve(pathways::serve::Options {
            root,
            bind,
            port,
            open,
        }),
        Command::Init { dir } => cmd::init::run(&dir),
        Command::New { kind, id, root } => cmd::new::run(&root, &kind, &id),
        #[cfg(feature = "synthetic")]
        Command::Synthetic {
            packages,
            out,
            hugo,
            from,
            hostile,
        } => cmd::synthetic::run(&from, packages, &out, hugo.as_deref(), hostile),
        Command::Translate { action } => match action {
            Translate::Export {
                lang,
                only,
                out,
                root,
            } => cmd::translate::export(&root, &lang, &only, &out),
            Translate::Import { file, root } => cmd::translate::import(&root, &file),
            Translate::Accept {
                place,
                all,
                languages,
                root,
            } => cmd::translate::accept(&root, place.as_deref(), all, &languages),
        },
        Command::Schema { kind, out } => cmd::schema::run(kind.as_deref(), out.as_deref()),
    };
    ExitCode::from(code)
}

/// The value of `--ui-lang` (or `--ui-lang=…`), read before clap parses the
/// arguments: the help and clap's own messages depend on it.
fn ui_lang_flag(args: &[OsString]) -> Option<String> {
    let mut args = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(arg) = args.next() {
        if arg == "--" {
            break;
        }
        if arg == "--ui-lang" {
            return args.next().map(|v| v.into_owned());
        }
        if let Some(value) = arg.strip_prefix("--ui-lang=") {
            return Some(value.to_string());
        }
    }
    None
}

/// clap's own words (headings, the help and version flags) in the chosen
/// language, on the command and every subcommand.
fn localized(command: clap::Command) -> clap::Command {
    let template = format!(
        "{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}\n",
        tr!("cli-usage")
    );
    let options = tr!("cli-options");
    let arguments = tr!("cli-arguments");
    let command = command
        .disable_help_flag(true)
        .disable_version_flag(true)
        .disable_help_subcommand(true)
        .subcommand_help_heading(tr!("cli-commands"))
        .subcommand_value_name(tr!("cli-command-value"))
        .arg(
            clap::Arg::new("version")
                .short('V')
                .long("version")
                .action(clap::ArgAction::Version)
                .help(tr!("cli-version")),
        )
        .arg(
            clap::Arg::new("help")
                .short('h')
                .long("help")
                .global(true)
                .action(clap::ArgAction::Help)
                .help(tr!("cli-help")),
        );
    let commands = tr!("cli-commands");
    let command_value = tr!("cli-command-value");
    let heading = move |command: clap::Command| {
        let command = if command.has_subcommands() {
            command
                .disable_help_subcommand(true)
                .subcommand_help_heading(commands.clone())
                .subcommand_value_name(command_value.clone())
        } else {
            command
        };
        command.help_template(template.clone()).mut_args(|arg| {
            let heading = if arg.is_positional() {
                &arguments
            } else {
                &options
            };
            // clap writes `[default: …]` itself, in English.
            let defaults: Vec<String> = arg
                .get_default_values()
                .iter()
                .map(|v| v.to_string_lossy().into_owned())
                .collect();
            let help = arg.get_help().map(ToString::to_string).unwrap_or_default();
            let arg = arg.help_heading(heading.clone());
            if defaults.is_empty() {
                return arg;
            }
            let default = tr!("cli-default", value = defaults.join(", "));
            arg.hide_default_value(true)
                .help(format!("{help} {default}"))
        })
    };
    let command = heading(command);
    let nested = heading.clone();
    command.mut_subcommands(move |sub| heading(sub).mut_subcommands(nested.clone()))
}

/// A wrong command line: clap's report in English, or the same in Danish
/// for the mistakes people make; exit 2 (help and version: exit 0).
fn usage_error(error: clap::Error) -> ExitCode {
    use clap::error::{ContextKind, ErrorKind};
    if matches!(
        error.kind(),
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion
    ) || messages::current() == messages::Lang::En
    {
        let _ = error.print();
        return ExitCode::from(if error.use_stderr() { USAGE_ERROR } else { 0 });
    }
    let context = |kind| {
        error
            .get(kind)
            .map(|value| value.to_string())
            .unwrap_or_default()
    };
    let text = match error.kind() {
        ErrorKind::InvalidSubcommand => tr!(
            "cli-error-subcommand",
            name = context(ContextKind::InvalidSubcommand)
        ),
        ErrorKind::UnknownArgument => {
            tr!(
                "cli-error-argument",
                name = context(ContextKind::InvalidArg)
            )
        }
        ErrorKind::MissingRequiredArgument => {
            tr!("cli-error-missing", name = context(ContextKind::InvalidArg))
        }
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            tr!("cli-error-no-command")
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => tr!(
            "cli-error-value",
            value = context(ContextKind::InvalidValue),
            name = context(ContextKind::InvalidArg)
        ),
        ErrorKind::ArgumentConflict => tr!(
            "cli-error-conflict",
            name = context(ContextKind::InvalidArg),
            other = context(ContextKind::PriorArg)
        ),
        _ => {
            let _ = error.print();
            return ExitCode::from(USAGE_ERROR);
        }
    };
    eprintln!("{}", tr!("error-line", text = text));
    let suggested = [ContextKind::SuggestedSubcommand, ContextKind::SuggestedArg]
        .into_iter()
        .find_map(|kind| error.get(kind))
        .map(|value| value.to_string());
    if let Some(name) = suggested {
        eprintln!("\n  {}", tr!("did-you-mean", name = name));
    }
    eprintln!("\n{}", tr!("cli-error-see-help"));
    ExitCode::from(USAGE_ERROR)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_help_is_danish_and_complete() {
        messages::set(messages::Lang::Da);
        let mut command = localized(Cli::command());
        let help = command.render_long_help().to_string();
        for word in [
            "Brug:",
            "Kommandoer:",
            "Tilvalg:",
            "Tjek indholdet",
            "Vis hjælp",
        ] {
            assert!(help.contains(word), "`{word}` is not in the help:\n{help}");
        }
        assert!(!help.contains("Print help"), "{help}");
    }

    #[test]
    fn the_flag_is_found_before_the_arguments_are_parsed() {
        let args = |list: &[&str]| list.iter().map(OsString::from).collect::<Vec<_>>();
        assert_eq!(
            ui_lang_flag(&args(&["pathways", "check", "--ui-lang", "en"])),
            Some("en".into())
        );
        assert_eq!(
            ui_lang_flag(&args(&["pathways", "--ui-lang=da", "build"])),
            Some("da".into())
        );
        assert_eq!(ui_lang_flag(&args(&["pathways", "build"])), None);
    }
}
