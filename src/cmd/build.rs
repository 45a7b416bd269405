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
        ProgressStyle::with_template(&format!(
            "{{spinner}} {} {{bar:30}} {{pos}}/{{len}}  {{elapsed}}",
            pathways::tr!("build-progress")
        ))
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
        || eprintln!("{}", pathways::tr!("build-stopping")),
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
                let ms = format!("{:.0}", built.checked.as_secs_f64() * 1000.0);
                let files = built.findings.sources.paths().count();
                println!("{}", pathways::tr!("build-read", files = files, ms = ms));
            }
            if talk != Talk::Quiet {
                let pdfs = if no_pdf {
                    pathways::tr!("build-no-pdf")
                } else {
                    pathways::tr!(
                        "build-pdfs",
                        pdfs = built.pdfs,
                        printed = built.pdfs - built.pdfs_reused,
                        reused = built.pdfs_reused
                    )
                };
                let done = pathways::tr!(
                    "build-done",
                    pages = built.pages,
                    pdfs = pdfs,
                    files = built.files,
                    mb = format!("{:.1}", built.bytes as f64 / 1e6),
                    output = output.display().to_string(),
                    seconds = format!("{:.1}", started.elapsed().as_secs_f64())
                );
                println!("{done}");
            }
            0
        }
        Err(BuildError::NotASite(error)) => {
            eprintln!("{}", pathways::tr!("error-line", text = error.to_string()));
            USAGE_ERROR
        }
        Err(BuildError::Invalid(findings)) => {
            findings.report.emit_to_stderr(&findings.sources);
            let errors = findings.report.count(pathways::diagnostic::Severity::Error);
            let output = output.display().to_string();
            eprintln!(
                "{}",
                pathways::tr!("build-failed-errors", errors = errors, output = output)
            );
            CONTENT_ERROR
        }
        Err(error @ BuildError::Render(_)) => {
            let output = output.display().to_string();
            eprintln!("{}", pathways::tr!("error-line", text = error.describe()));
            eprintln!("{}", pathways::tr!("build-failed-render", output = output));
            CONTENT_ERROR
        }
        Err(BuildError::BadOutput(why)) => {
            eprintln!("{}", pathways::tr!("error-line", text = why.to_string()));
            USAGE_ERROR
        }
        // A folder that is not pathways' to replace: the user must choose.
        Err(BuildError::Write(error @ (WriteError::NotOurs(_) | WriteError::Foreign { .. }))) => {
            eprintln!("{}", pathways::tr!("error-line", text = error.to_string()));
            USAGE_ERROR
        }
        Err(BuildError::Write(error @ WriteError::Interrupted(_))) => {
            eprintln!("{error}");
            INTERRUPTED
        }
        Err(BuildError::Write(error)) => {
            eprintln!("{}", pathways::tr!("error-line", text = error.to_string()));
            CONTENT_ERROR
        }
    }
}
