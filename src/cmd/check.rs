//! `pathways check`: report every problem, then the translation coverage.
//! It runs exactly what `build` runs before rendering ([`Site::open`]).

use crate::{CONTENT_ERROR, USAGE_ERROR};
use pathways::diagnostic::Severity;
use pathways::site::{Findings, OpenError, Site};
use std::path::Path;

pub fn run(root: &Path, strict: bool, only: &[String]) -> u8 {
    let started = std::time::Instant::now();
    let mut findings = match Site::open(root) {
        Ok(site) => site.findings,
        Err(OpenError::Invalid(findings)) => *findings,
        Err(OpenError::NotASite(not_a_site)) => {
            eprintln!(
                "{}",
                pathways::tr!("error-line", text = not_a_site.to_string())
            );
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
        let text = pathways::tr!(
            "check-not-a-language",
            code = unknown.as_str(),
            known = known.join(", ")
        );
        eprintln!("{}", pathways::tr!("error-line", text = text));
        return USAGE_ERROR;
    }
    if !only.is_empty() {
        findings
            .coverage
            .languages
            .retain(|l| only.contains(&l.code));
        findings.coverage.stale.retain(|s| only.contains(&s.lang));
    }
    findings.report.emit_to_stderr(&findings.sources);
    print_coverage(&findings);
    let errors = findings.report.count(Severity::Error);
    let warnings = findings.report.count(Severity::Warning);
    // `--strict` counts a translation of an older Danish text as missing.
    let missing = findings.coverage.missing_count() + findings.coverage.stale.len();
    let placeholders = findings
        .report
        .diagnostics
        .iter()
        .filter(|d| d.placeholder)
        .count();
    let failed = errors > 0 || (strict && (missing > 0 || placeholders > 0));
    let ms = format!("{:.0}", started.elapsed().as_secs_f64() * 1000.0);
    if failed {
        let summary = if errors > 0 {
            pathways::tr!(
                "check-failed-errors",
                errors = errors,
                warnings = warnings,
                ms = ms
            )
        } else {
            pathways::tr!(
                "check-failed-strict",
                placeholders = placeholders,
                missing = missing,
                warnings = warnings,
                ms = ms
            )
        };
        eprintln!("{summary}");
        CONTENT_ERROR
    } else {
        println!(
            "{}",
            pathways::tr!("check-passed", warnings = warnings, ms = ms)
        );
        0
    }
}

/// Prints `da 312/312 (100%)` per language, then each missing text as file:line.
pub fn print_coverage(findings: &Findings) {
    if findings.coverage.languages.is_empty() {
        return;
    }
    match findings.coverage.unread {
        0 => println!("{}", pathways::tr!("coverage-heading")),
        n => println!("{}", pathways::tr!("coverage-heading-unread", count = n)),
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
            let path = pathways::diagnostic::visible(
                &findings.sources.path(missing.file).display().to_string(),
            );
            let place = if missing.pos.is_known() {
                format!("{path}:{}:{}", missing.pos.line, missing.pos.column)
            } else {
                path
            };
            println!(
                "  {}",
                pathways::tr!(
                    "coverage-missing",
                    lang = language.code.as_str(),
                    place = place
                )
            );
        }
    }
}
