//! The `pathways` command line. Each subcommand is a thin file in `cmd/`.
#![forbid(unsafe_code)]

mod cmd;

/// mimalloc: a build allocates and frees millions of small strings from
/// several threads, where it is about a fifth quicker than the system's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

/// Build websites and printable material for employment pathways (branch packages).
#[derive(Parser)]
#[command(name = "pathways", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check the content: every error with file, line and fix, then translation coverage.
    Check {
        /// The site's folder (the one that holds content/).
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Treat missing translations as errors.
        #[arg(long)]
        strict: bool,
        /// Only report (and with --strict, require) these languages, e.g. `--lang da`.
        #[arg(long = "lang", value_name = "CODE")]
        languages: Vec<String>,
    },
    /// Check the content and build the site into the output folder.
    Build {
        /// The site's folder (the one that holds content/).
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Where to write the site; replaced as a whole when the build succeeds.
        #[arg(long, default_value = "public")]
        output: PathBuf,
        /// Build the web pages only, without PDFs: much quicker, for checking
        /// pages. The pages' links to PDFs lead nowhere in such an output.
        #[arg(long)]
        no_pdf: bool,
        /// Print nothing but errors.
        #[arg(long, short, conflicts_with = "verbose")]
        quiet: bool,
        /// Also print how long each part of the build took.
        #[arg(long, short)]
        verbose: bool,
    },
    /// Preview the site: build it into memory, serve it, rebuild and reload on every save.
    Serve {
        /// The site's folder (the one that holds content/).
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// The port to listen on; 0 takes any free port.
        #[arg(long, default_value_t = 1111)]
        port: u16,
        /// The address to listen on. Keep the default unless others must see the preview.
        #[arg(long, default_value = "127.0.0.1")]
        bind: std::net::IpAddr,
        /// Open the site in the default browser.
        #[arg(long)]
        open: bool,
    },
    /// Make a new site in DIR: the shared concept, one package, placeholders to fill in.
    Init {
        /// The folder for the new site (created if missing).
        dir: PathBuf,
    },
    /// Write a new content file with every field: `new package <id>` or `new course <id>`.
    New {
        /// package or course.
        kind: String,
        /// The id: the file name without .yaml, e.g. `lager-og-logistik`.
        id: String,
        /// The site's folder (the one that holds content/).
        #[arg(long, default_value = ".")]
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
    /// Print the JSON Schema of a kind of content file, or write all of them.
    Schema {
        /// site, concept, course, package or page.
        kind: Option<String>,
        /// Write every schema as <kind>.schema.json into this folder.
        #[arg(long)]
        out: Option<PathBuf>,
    },
}

/// Exit codes: 0 ok, 1 content errors, 2 usage errors.
pub const CONTENT_ERROR: u8 = 1;
pub const USAGE_ERROR: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::parse();
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
        Command::Schema { kind, out } => cmd::schema::run(kind.as_deref(), out.as_deref()),
    };
    ExitCode::from(code)
}
