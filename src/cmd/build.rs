//! `pathways build`: check, render and write the site atomically.

use crate::{CONTENT_ERROR, USAGE_ERROR};
use pathways::build::{BuildError, build};
use std::path::Path;

pub fn run(root: &Path, output: &Path) -> u8 {
    let started = std::time::Instant::now();
    match build(root, output) {
        Ok(built) => {
            built.loaded.report.emit_to_stderr(&built.loaded.sources);
            println!(
                "built {} files ({:.1} MB; {} PDFs, {} unchanged and reused) into {} in {:.0} ms",
                built.files,
                built.bytes as f64 / 1e6,
                built.pdfs,
                built.pdfs_reused,
                output.display(),
                started.elapsed().as_secs_f64() * 1000.0
            );
            0
        }
        Err(BuildError::NotASite(error)) => {
            eprintln!("error: {error}");
            USAGE_ERROR
        }
        Err(BuildError::Content(loaded)) => {
            loaded.report.emit_to_stderr(&loaded.sources);
            let errors = loaded.report.count(pathways::diagnostic::Severity::Error);
            eprintln!(
                "build failed: {errors} error(s) in the content; {} was not changed",
                output.display()
            );
            CONTENT_ERROR
        }
        Err(BuildError::Theme(message) | BuildError::Render(message)) => {
            eprintln!(
                "error: {message}\nbuild failed; {} was not changed",
                output.display()
            );
            CONTENT_ERROR
        }
        Err(BuildError::Locales(errors)) => {
            for error in &errors {
                eprintln!("error: {error}\n");
            }
            eprintln!(
                "build failed: {} problem(s) in locales/; {} was not changed",
                errors.len(),
                output.display()
            );
            CONTENT_ERROR
        }
        Err(BuildError::Write(error)) => {
            eprintln!("error: {error}");
            CONTENT_ERROR
        }
    }
}
