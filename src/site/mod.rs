//! The one way in: [`Site::open`] reads the content, validates it, loads the
//! theme and the interface messages, runs the rules that need them, and
//! resolves every reference. It returns either every problem of the run or
//! a [`Site`] that renders without surprises. `check` and `build` both call
//! it, so they agree: after a clean `check`, a build fails only on the
//! machine (disk, memory, signals).

mod resolved;

pub use resolved::{CourseRef, MeasuredRef, ModuleRef, PackageRef, Resolved};

use crate::diagnostic::{Diagnostic, Report, Sources};
use crate::i18n::Locales;
use crate::load::statics::{self, StaticFile};
use crate::load::{NotASite, load};
use crate::located::Pos;
use crate::model::Catalog;
use crate::theme::Theme;
use crate::validate::{self, Coverage};
use std::path::Path;
use std::sync::Arc;

/// What the checks found: every diagnostic of the run, the files they
/// quote, and the translation coverage.
#[derive(Debug, Default)]
pub struct Findings {
    pub sources: Sources,
    pub report: Report,
    pub coverage: Coverage,
}

impl Findings {
    pub fn has_errors(&self) -> bool {
        self.report.has_errors()
    }
}

/// Why a site could not be opened.
#[derive(Debug)]
pub enum OpenError {
    /// The folder is not a site at all (a usage error).
    NotASite(NotASite),
    /// The content, theme or messages have errors; the findings say where.
    Invalid(Box<Findings>),
}

/// A validated site with its theme and messages: ready to render.
pub struct Site {
    pub catalog: Catalog,
    pub theme: Arc<Theme>,
    pub locales: Arc<Locales>,
    /// The warnings of the run, with the translation coverage.
    pub findings: Findings,
    /// The files of `static/`, copied into the output as they are.
    pub statics: Vec<StaticFile>,
    resolved: Resolved,
}

/// Messages and a theme loaded before, reused when the files behind them did not change.
pub type Reuse = (Arc<Locales>, Arc<Theme>);

impl Site {
    /// Opens the site in `root`.
    pub fn open(root: &Path) -> Result<Site, OpenError> {
        Site::open_reusing(root, None)
    }

    /// Opens the site in `root`, keeping `reuse` (messages and theme read
    /// before from files that have not changed) if it serves the same languages.
    pub fn open_reusing(root: &Path, reuse: Option<Reuse>) -> Result<Site, OpenError> {
        let loaded = load(root).map_err(OpenError::NotASite)?;
        let mut findings = Findings {
            sources: loaded.sources,
            report: loaded.report,
            coverage: loaded.coverage,
        };
        let statics = statics::load(root, &mut findings.sources, &mut findings.report);
        let (Some(catalog), Some(origins)) = (loaded.catalog, loaded.origins) else {
            findings.report.sort(&findings.sources);
            return Err(OpenError::Invalid(Box::new(findings)));
        };
        validate::statics::check(&catalog, &statics, &mut findings.report);
        let Some((locales, theme)) = theme_and_locales(root, &catalog, reuse, &mut findings) else {
            findings.report.sort(&findings.sources);
            return Err(OpenError::Invalid(Box::new(findings)));
        };
        validate::theme::check(&catalog, &origins, &theme, &locales, &mut findings);
        findings.report.sort(&findings.sources);
        if findings.has_errors() {
            return Err(OpenError::Invalid(Box::new(findings)));
        }
        let resolved = match resolved::resolve(&catalog, &theme) {
            Ok(resolved) => resolved,
            Err(problem) => {
                let file = findings.sources.add("content".into(), None);
                findings
                    .report
                    .push(Diagnostic::error(file, Pos::UNKNOWN, problem).help(tr!("internal-bug")));
                return Err(OpenError::Invalid(Box::new(findings)));
            }
        };
        let mut site = Site {
            catalog,
            theme,
            locales,
            findings,
            statics,
            resolved,
        };
        // The templates, filled in once: what only a build would find.
        let failed = crate::render::rehearse(&site);
        if !failed.is_empty() {
            for error in failed {
                let diagnostic = validate::theme::rehearsal_problem(
                    &site.theme,
                    &mut site.findings.sources,
                    error,
                );
                site.findings.report.push(diagnostic);
            }
            site.findings.report.sort(&site.findings.sources);
            return Err(OpenError::Invalid(Box::new(site.findings)));
        }
        Ok(site)
    }

    /// The same site with `catalog` instead of its own, references resolved
    /// again but not validated: for generated content whose references are
    /// those of a valid site (fuzzing the texts, benchmarks).
    pub fn with_catalog(mut self, catalog: Catalog) -> Result<Site, String> {
        self.resolved = resolved::resolve(&catalog, &self.theme)?;
        self.catalog = catalog;
        Ok(self)
    }

    /// Every package with what it refers to, in the order lists show them.
    pub fn packages(&self) -> Vec<PackageRef<'_>> {
        self.resolved.packages(&self.catalog)
    }

    /// The package `id`, if the site has it.
    pub fn package(&self, id: &str) -> Option<PackageRef<'_>> {
        self.resolved.package(&self.catalog, id)
    }

    /// The language pages fall back to when a text is not translated.
    pub fn default_language(&self) -> &str {
        &self.catalog.site.default_language.value
    }
}

/// A link (shortcut) in themes/ or locales/ is skipped, never followed out
/// of the site: each gets a warning.
fn links_skipped(root: &Path, findings: &mut Findings) {
    for folder in ["themes", "locales"] {
        let walk = walkdir::WalkDir::new(root.join(folder))
            .sort_by_file_name()
            .min_depth(1);
        for entry in walk.into_iter().filter_map(Result::ok) {
            if entry.path_is_symlink() {
                let shown = entry.path().strip_prefix(root).unwrap_or(entry.path());
                let file = findings.sources.add(shown.to_path_buf(), None);
                let warning = crate::load::statics::link_skipped(file, &format!("{folder}/"));
                findings.report.push(warning);
            }
        }
    }
}

/// The messages and the theme, or `None` with the problems in `findings`.
fn theme_and_locales(
    root: &Path,
    catalog: &Catalog,
    reuse: Option<Reuse>,
    findings: &mut Findings,
) -> Option<Reuse> {
    links_skipped(root, findings);
    let languages: Vec<&str> = catalog.language_codes().collect();
    let default = catalog.site.default_language.value.as_str();
    if let Some(reused) = reuse.filter(|(l, _)| l.serves(&languages, default)) {
        return Some(reused);
    }
    let locales = match Locales::load(root, &languages, default) {
        Ok(locales) => Arc::new(locales),
        Err(errors) => {
            for error in errors {
                let diagnostic = validate::theme::locale_problem(&mut findings.sources, error);
                findings.report.push(diagnostic);
            }
            return None;
        }
    };
    match Theme::load(root, locales.clone()) {
        Ok(theme) => Some((locales, Arc::new(theme))),
        Err(problem) => {
            let diagnostic = validate::theme::theme_problem(&mut findings.sources, problem);
            findings.report.push(diagnostic);
            None
        }
    }
}
