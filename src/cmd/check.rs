//! `pathways check`: report every problem, then the translation coverage.

use crate::{CONTENT_ERROR, USAGE_ERROR};
use pathways::diagnostic::Severity;
use pathways::load::{Loaded, load};
use pathways::validate::PLACEHOLDER_MESSAGE;
use std::path::Path;

pub fn run(root: &Path, strict: bool, only: &[String]) -> u8 {
    let started = std::time::Instant::now();
    let loaded = match load(root) {
        Ok(loaded) => loaded,
        Err(not_a_site) => {
            eprintln!("error: {not_a_site}");
            return USAGE_ERROR;
        }
    };
    if let Some(unknown) = only
        .iter()
        .find(|code| !loaded.coverage.languages.iter().any(|l| &&l.code == code))
    {
        let known: Vec<&str> = loaded
            .coverage
            .languages
            .iter()
            .map(|l| l.code.as_str())
            .collect();
        eprintln!(
            "error: `{unknown}` is not a language of the site; its languages are {}",
            known.join(", ")
        );
        return USAGE_ERROR;
    }
    let mut loaded = loaded;
    // Characters the PDFs cannot show need the theme's fonts; a theme that
    // does not load is reported by `build`.
    if let Ok(Some((_, theme))) = pathways::build::prepare_theme(root, &loaded, None) {
        pathways::build::print::warn_unprintable(&mut loaded, &theme.print);
    }
    if !only.is_empty() {
        loaded.coverage.languages.retain(|l| only.contains(&l.code));
    }
    loaded.report.emit_to_stderr(&loaded.sources);
    print_coverage(&loaded);
    let errors = loaded.report.count(Severity::Error);
    let warnings = loaded.report.count(Severity::Warning);
    let missing = loaded.coverage.missing_count();
    let placeholders = loaded
        .report
        .diagnostics
        .iter()
        .filter(|d| d.message == PLACEHOLDER_MESSAGE)
        .count();
    let failed = errors > 0 || (strict && (missing > 0 || placeholders > 0));
    let elapsed = started.elapsed().as_secs_f64() * 1000.0;
    if failed {
        let reason = if errors > 0 {
            format!("{errors} error(s)")
        } else if placeholders > 0 {
            format!(
                "{placeholders} placeholder text(s) and {missing} missing translation(s) with --strict"
            )
        } else {
            format!("{missing} missing translation(s) with --strict")
        };
        eprintln!("check failed: {reason}, {warnings} warning(s) ({elapsed:.0} ms)");
        CONTENT_ERROR
    } else {
        println!("check passed: 0 errors, {warnings} warning(s) ({elapsed:.0} ms)");
        0
    }
}

/// Prints `da 312/312 (100%)` per language, then each missing text as file:line.
pub fn print_coverage(loaded: &Loaded) {
    if loaded.coverage.languages.is_empty() {
        return;
    }
    println!("translations:");
    for language in &loaded.coverage.languages {
        let percent = if language.total == 0 {
            100.0
        } else {
            100.0 * language.translated as f64 / language.total as f64
        };
        println!(
            "  {:<4} {:>5}/{:<5} {:>5.1}%",
            language.code, language.translated, language.total, percent
        );
    }
    for language in &loaded.coverage.languages {
        for missing in &language.missing {
            let path = loaded.sources.path(missing.file).display();
            if missing.pos.is_known() {
                println!(
                    "  missing {}: {path}:{}:{}",
                    language.code, missing.pos.line, missing.pos.column
                );
            } else {
                println!("  missing {}: {path}", language.code);
            }
        }
    }
}
