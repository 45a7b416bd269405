//! The build pipeline that `pathways build` runs: open the site (load,
//! validate, theme, messages), render every file straight into a staging
//! folder beside the output, and swap it in only when all went well.
//! Nothing is written when anything fails.

use crate::output::{self, MARKER, Progress, Staging, WriteError, Writer};
use crate::render::{self, Memo, RenderError, print};
use crate::site::{Findings, OpenError, Site};
use std::path::Path;
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

/// What a successful build wrote.
pub struct Built {
    pub files: usize,
    pub bytes: u64,
    pub pages: usize,
    /// PDF documents, and how many of them were reused from the previous build.
    pub pdfs: usize,
    pub pdfs_reused: usize,
    /// How long reading and checking the site took.
    pub checked: Duration,
    /// The warnings of the check, with the translation coverage.
    pub findings: Findings,
}

/// Why a build wrote nothing.
#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    /// The folder is not a site (a usage error).
    #[error("{0}")]
    NotASite(crate::load::NotASite),
    /// The content, theme or messages have errors; the findings say where.
    #[error("{}", tr!("site-has-errors"))]
    Invalid(Box<Findings>),
    /// Rendering failed (after a clean check only a theme changed since, or the machine).
    #[error("{0}")]
    Render(RenderError),
    /// The `--output` folder cannot be used (a usage error).
    #[error("{0}")]
    BadOutput(String),
    /// The output could not be written, or the build was stopped.
    #[error(transparent)]
    Write(#[from] WriteError),
}

impl From<OpenError> for BuildError {
    fn from(error: OpenError) -> BuildError {
        match error {
            OpenError::NotASite(e) => BuildError::NotASite(e),
            OpenError::Invalid(findings) => BuildError::Invalid(findings),
        }
    }
}

impl BuildError {
    /// The error as the user reads it, the same words for `build` and
    /// `serve`: for an invalid site every error with its file, line, the
    /// line itself and the fix (a terminal gets the same report in colour).
    pub fn describe(&self) -> String {
        match self {
            BuildError::Invalid(findings) => findings.report.render_errors_plain(&findings.sources),
            other => other.to_string(),
        }
    }
}

/// How to build.
#[derive(Default, Clone, Copy)]
pub struct Options<'a> {
    /// Leave the PDFs out: the web pages only, much quicker. Their links to
    /// the PDFs lead nowhere in such an output.
    pub no_pdf: bool,
    /// Told how many files are planned, then of every file written.
    pub progress: Option<&'a (dyn Fn(Progress) + Sync)>,
    /// Set it (from a signal handler) to stop the build: nothing more is
    /// written or printed, the output is left as it was, and the build
    /// returns [`WriteError::Interrupted`].
    pub stop: Option<&'a AtomicBool>,
}

/// Refuses an output that is a file, the site itself, or inside one of the
/// folders the site is read from (the output would be read back as content).
fn check_output(root: &Path, output: &Path) -> Result<(), BuildError> {
    let bad = |why: String| Err(BuildError::BadOutput(tr!("output-bad", why = why)));
    if output.is_file() {
        return bad(tr!("output-is-file", output = output.display().to_string()));
    }
    let (Ok(root), Ok(target)) = (std::path::absolute(root), std::path::absolute(output)) else {
        return Ok(());
    };
    // Compare real paths where they exist, so `.` and links do not hide the site.
    let real = |path: &Path| path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
    let (root, target) = (real(&root), deepest_real(&target));
    if root.starts_with(&target) {
        return bad(tr!(
            "output-is-site",
            output = output.display().to_string(),
            root = root.display().to_string()
        ));
    }
    for folder in ["content", "themes", "locales", crate::load::statics::FOLDER] {
        if target.starts_with(root.join(folder)) {
            return bad(tr!(
                "output-inside",
                output = output.display().to_string(),
                folder = folder
            ));
        }
    }
    Ok(())
}

/// `path` with its longest existing beginning resolved (links, `..`).
fn deepest_real(path: &Path) -> std::path::PathBuf {
    let mut rest = Vec::new();
    let mut at = path;
    loop {
        if let Ok(real) = at.canonicalize() {
            return rest.iter().rev().fold(real, |p, part| p.join(part));
        }
        match (at.parent(), at.file_name()) {
            (Some(parent), Some(name)) => {
                rest.push(name.to_os_string());
                at = parent;
            }
            _ => return path.to_path_buf(),
        }
    }
}

/// Opens the site in `root` and writes it to `output` (see [`build_with`]).
pub fn build(root: &Path, output: &Path) -> Result<Built, BuildError> {
    build_with(root, output, Options::default())
}

/// Opens the site in `root` and writes it to `output`: every file is
/// written as soon as it is made into a folder beside the output, which
/// replaces the output only when all went well.
pub fn build_with(root: &Path, output: &Path, options: Options) -> Result<Built, BuildError> {
    let started = Instant::now();
    check_output(root, output)?;
    output::recover(output);
    let mut site = Site::open(root)?;
    let checked = started.elapsed();
    // Rendering reads no source text: only the files with a warning to quote keep theirs.
    let findings = &mut site.findings;
    findings.sources.keep_texts_for(&findings.report);
    let memo = if !options.no_pdf && output.join(MARKER).is_file() {
        Memo::from_output(output, print::MANIFEST)
    } else {
        Memo::default()
    };
    let mode = if options.no_pdf {
        print::Mode::Later
    } else {
        print::Mode::Now { stop: options.stop }
    };
    if let Some(progress) = options.progress {
        progress(Progress::Planned(render::planned_files(
            &site,
            !options.no_pdf,
        )));
    }
    let staging = Staging::create(output)?;
    let writer = Writer {
        staging: &staging,
        progress: options.progress,
        stop: options.stop,
    };
    let summary =
        render::render_into(&site, &memo, mode, &writer).map_err(|error| match error {
            RenderError::Write(error) => BuildError::Write(error),
            RenderError::Stopped => {
                BuildError::Write(WriteError::Interrupted(staging.output().into()))
            }
            other => BuildError::Render(other),
        })?;
    // Stopped after the last file was written: still not committed.
    writer.go_on()?;
    staging.commit()?;
    Ok(Built {
        files: summary.files,
        bytes: summary.bytes,
        pages: summary.pages,
        pdfs: if options.no_pdf { 0 } else { summary.pdfs },
        pdfs_reused: summary.pdfs_reused,
        checked,
        findings: site.findings,
    })
}
