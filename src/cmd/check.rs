//! `pathways check`: report every problem, then the translation coverage.
//! It runs exactly what `build` runs before rendering ([`Site::open`]).

use crate::{CONTENT_ERROR, USAGE_ERROR};
use pathways::diagnostic::Severity;
use pathways::site::{Findings, OpenError, Site};
use pathways::validate::PLACEHOLDER_MESSAGE;
use std::path::Path;

pub fn run(root: &Path, strict: bool, only: &[String]) -> u8 {
    let started = std::time::Instant::now();
    let mut findings = match Site::open(root) {
        Ok(site) => site.findings,
        Err(OpenError::Invalid(findings)) => *findings,
        Err(OpenError::NotASite(not_a_site)) => {
            eprintln!("error: {not_a_site}");
            return USAGE_ERROR;
        }
    };
    if let Some(unknown) = only
        .iter()
        .find(|code| !findings.coverage.languages.iter().any(|l| &&l.code == code))
    {
        let known: Vec<&str> = findings
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
    if !only.is_empty() {
        findings
            .coverage
            .languages
            .retain(|l| only.contains(&l.code));
    }
    findings.report.emit_to_stderr(&findings.sources);
    print_coverage(&findings);
    let errors = findings.report.count(Severity::Error);
    let warnings = findings.report.count(Severity::Warning);
    let missing = findings.coverage.missing_count();
    let placeholders = findings
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
pub fn print_coverage(findings: &Findings) {
    if findings.coverage.languages.is_empty() {
        return;
    }
    match findings.coverage.unread {
        0 => println!("translations:"),
        n => println!("translations (not counting the {n} file(s) that could not be read):"),
    }
    for language in &findings.coverage.languages {
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
    for language in &findings.coverage.languages {
        for missing in &language.missing {
            let path = findings.sources.path(missing.file).display();
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
