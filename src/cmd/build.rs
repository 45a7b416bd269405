//! `pathways build`: check, render and write the site atomically, with a
//! progress bar on a terminal and a one-line summary.

use crate::{CONTENT_ERROR, USAGE_ERROR};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use pathways::build::{BuildError, Options, build_with};
use pathways::output::{Progress, WriteError};
use std::io::IsTerminal;
use std::path::Path;
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

/// How much the build says.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Talk {
    /// Errors only.
    Quiet,
    /// Warnings, a progress bar on a terminal, and the summary.
    Normal,
    /// Also the time each part took.
    Verbose,
}

/// The exit code after Ctrl-C, as shells expect (128 + SIGINT).
const INTERRUPTED: u8 = 130;

/// Set at the first Ctrl-C (or SIGTERM): the build stops writing and
/// printing, and leaves the output as it was.
static STOP: AtomicBool = AtomicBool::new(false);

/// Builds shorter than this show no progress bar.
const MOMENT: Duration = Duration::from_millis(300);

pub fn run(root: &Path, output: &Path, no_pdf: bool, talk: Talk) -> u8 {
    let started = Instant::now();
    let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden());
    bar.set_style(
        ProgressStyle::with_template("{spinner} building {bar:30} {pos}/{len} files  {elapsed}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let show = talk != Talk::Quiet && std::io::stderr().is_terminal();
    let progress = |step: Progress| match step {
        Progress::Planned(files) => bar.set_length(files as u64),
        Progress::Wrote => {
            bar.inc(1);
            if show && bar.is_hidden() && started.elapsed() > MOMENT {
                bar.set_draw_target(ProgressDrawTarget::stderr());
            }
        }
    };
    #[cfg(any(unix, windows))]
    pathways::signals::stop_on_signal(
        &STOP,
        || eprintln!("stopping; press Ctrl-C again to stop at once"),
        i32::from(INTERRUPTED),
    );
    let options = Options {
        no_pdf,
        progress: Some(&progress),
        stop: Some(&STOP),
    };
    let result = build_with(root, output, options);
    bar.finish_and_clear();
    match result {
        Ok(built) => {
            if talk != Talk::Quiet {
                built
                    .findings
                    .report
                    .emit_to_stderr(&built.findings.sources);
            }
            if talk == Talk::Verbose {
                println!(
                    "read and checked {} content files in {:.0} ms",
                    built.findings.sources.paths().count(),
                    built.checked.as_secs_f64() * 1000.0
                );
            }
            if talk != Talk::Quiet {
                let pdfs = if no_pdf {
                    "no PDFs (--no-pdf)".to_string()
                } else {
                    format!(
                        "{} PDFs ({} printed, {} unchanged and reused)",
                        built.pdfs,
                        built.pdfs - built.pdfs_reused,
                        built.pdfs_reused
                    )
                };
                println!(
                    "built {} pages and {pdfs}: {} files, {:.1} MB, into {} in {:.1} s",
                    built.pages,
                    built.files,
                    built.bytes as f64 / 1e6,
                    output.display(),
                    started.elapsed().as_secs_f64()
                );
            }
            0
        }
        Err(BuildError::NotASite(error)) => {
            eprintln!("error: {error}");
            USAGE_ERROR
        }
        Err(BuildError::Invalid(findings)) => {
            findings.report.emit_to_stderr(&findings.sources);
            let errors = findings.report.count(pathways::diagnostic::Severity::Error);
            eprintln!(
                "build failed: {errors} error(s); {} was not changed",
                output.display()
            );
            CONTENT_ERROR
        }
        Err(error @ BuildError::Render(_)) => {
            eprintln!(
                "error: {}\nbuild failed; {} was not changed",
                error.describe(),
                output.display()
            );
            CONTENT_ERROR
        }
        Err(BuildError::BadOutput(why)) => {
            eprintln!("error: {why}");
            USAGE_ERROR
        }
        // A folder that is not pathways' to replace: the user must choose.
        Err(BuildError::Write(error @ (WriteError::NotOurs(_) | WriteError::Foreign { .. }))) => {
            eprintln!("error: {error}");
            USAGE_ERROR
        }
        Err(BuildError::Write(error @ WriteError::Interrupted(_))) => {
            eprintln!("{error}");
            INTERRUPTED
        }
        Err(BuildError::Write(error)) => {
            eprintln!("error: {error}");
            CONTENT_ERROR
        }
    }
}
