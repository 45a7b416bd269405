//! Validation of the loaded content: safe ids, unique ids, references that
//! resolve, numbers that make sense, figures with a source, and texts in the
//! site's languages. Every rule adds to the report; none stops at the first.

mod concept;
mod package;
mod site;
mod sources;
pub mod stale;
pub mod statics;
pub mod terms;
mod texts;
pub mod theme;

pub use texts::{
    Coverage, LanguageCoverage, Missing, PLACEHOLDER, by_file as texts_by_file, invisible_name,
    invisible_short, no_break_space_name,
};

use crate::diagnostic::{Diagnostic, FileId, Report, Sources};
use crate::located::{Located, Pos};
use crate::model::{Catalog, Provenance};
use crate::suggest::did_you_mean;
use std::collections::{BTreeMap, HashMap};

/// Which file each part of the catalog came from.
#[derive(Debug, Default)]
pub struct Origins {
    pub site: FileId,
    pub concept: FileId,
    /// content/sources.yaml, when the site has one.
    pub sources: Option<FileId>,
    /// content/terms.yaml, when the site has one.
    pub terms: Option<FileId>,
    pub courses: BTreeMap<String, FileId>,
    pub packages: BTreeMap<String, FileId>,
    pub pages: BTreeMap<(String, String), FileId>,
    /// Courses whose file exists but could not be read: references to them
    /// are not reported again.
    pub unreadable_courses: std::collections::BTreeSet<String>,
    /// Packages whose file exists but could not be read: what they use is
    /// unknown, so nothing is called unused.
    pub unreadable_packages: std::collections::BTreeSet<String>,
}

/// Runs every rule over `catalog` and returns the translation coverage.
pub fn validate(
    catalog: &Catalog,
    origins: &Origins,
    sources: &Sources,
    report: &mut Report,
) -> Coverage {
    let mut check = Checker::new(catalog, sources, report);
    site::check(&mut check, catalog, origins.site);
    if let Some(file) = origins.sources {
        sources::check(&mut check, catalog, file);
    }
    concept::check(&mut check, catalog, origins.concept);
    for (id, course) in &catalog.courses {
        let file = origins.courses[id];
        check.file_id(file, id, &tr!("thing-course"));
        site::check_course(&mut check, course, file);
    }
    for (id, package) in &catalog.packages {
        let file = origins.packages[id];
        check.file_id(file, id, &tr!("thing-package"));
        package::check(
            &mut check,
            catalog,
            package,
            file,
            &origins.unreadable_courses,
        );
    }
    package::check_across(&mut check, catalog, origins);
    site::check_pages(&mut check, catalog, origins);
    site::check_page_markup(&mut check, catalog, origins);
    terms::check(&mut check, catalog, origins.terms, origins);
    texts::check(&mut check, catalog, origins)
}

/// The state shared by all rules: where to report, and the site's languages.
pub struct Checker<'a> {
    pub sources: &'a Sources,
    pub report: &'a mut Report,
    pub languages: Vec<String>,
    pub default_language: String,
    /// The ids of the documents in content/sources.yaml.
    pub documents: Vec<String>,
}

impl<'a> Checker<'a> {
    fn new(catalog: &Catalog, sources: &'a Sources, report: &'a mut Report) -> Self {
        Checker {
            sources,
            report,
            languages: catalog.language_codes().map(str::to_string).collect(),
            default_language: catalog.site.default_language.value.clone(),
            documents: catalog.sources.iter().map(|d| d.id.value.clone()).collect(),
        }
    }

    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.report.push(diagnostic);
    }

    /// An id must be a safe slug: it becomes part of file names and URLs.
    pub fn slug(&mut self, file: FileId, id: &Located<String>, what: &str) -> bool {
        if let Some(problem) = slug_problem(&id.value) {
            self.push(
                Diagnostic::error(
                    file,
                    id.pos,
                    tr!(
                        "unsafe-id",
                        what = what,
                        id = id.value.as_str(),
                        problem = problem
                    ),
                )
                .label(tr!("unsafe-id.label"))
                .help(tr!("unsafe-id.help", proposal = slugify(&id.value))),
            );
            return false;
        }
        true
    }

    /// An id taken from a file name (courses, packages, pages).
    pub fn file_id(&mut self, file: FileId, id: &str, what: &str) {
        if let Some(problem) = slug_problem(id) {
            self.push(
                Diagnostic::error(
                    file,
                    Pos::UNKNOWN,
                    tr!("unsafe-file-name", id = id, what = what, problem = problem),
                )
                .help(tr!(
                    "unsafe-file-name.help",
                    what = what,
                    proposal = slugify(id)
                )),
            );
        }
    }

    /// Reports ids that occur twice in one list.
    pub fn unique<'i>(
        &mut self,
        file: FileId,
        ids: impl IntoIterator<Item = &'i Located<String>>,
        what: &str,
    ) {
        let mut seen: HashMap<&str, Pos> = HashMap::new();
        for id in ids {
            if let Some(first) = seen.insert(&id.value, id.pos) {
                self.push(
                    Diagnostic::error(
                        file,
                        id.pos,
                        tr!("id-twice", what = what, id = id.value.as_str()),
                    )
                    .label(tr!("id-twice.label"))
                    .help(tr!("id-twice.help", line = first.line, what = what)),
                );
            }
        }
    }

    /// Reports a reference to an id that does not exist, with the nearest one.
    pub fn reference<'c>(
        &mut self,
        file: FileId,
        reference: &str,
        pos: Pos,
        what: &str,
        candidates: impl IntoIterator<Item = &'c str> + Clone,
        where_defined: &str,
    ) -> bool {
        if candidates.clone().into_iter().any(|c| c == reference) {
            return true;
        }
        let mut listing: Vec<String> = candidates
            .clone()
            .into_iter()
            .take(12)
            .map(str::to_string)
            .collect();
        let count = candidates.clone().into_iter().count();
        if count > listing.len() {
            listing.push(tr!("unknown-reference.more", count = count - listing.len()));
        }
        self.push(
            Diagnostic::error(
                file,
                pos,
                tr!("unknown-reference", what = what, id = reference),
            )
            .label(tr!("unknown-reference.label", what = what))
            .maybe_help(did_you_mean(reference, candidates))
            .help(if listing.is_empty() {
                tr!("unknown-reference.none", what = what, place = where_defined)
            } else {
                tr!(
                    "unknown-reference.help",
                    what = what,
                    place = where_defined,
                    listing = listing.join(", ")
                )
            }),
        );
        false
    }

    /// Figures must say where they come from, or that they are invented.
    pub fn provenance(&mut self, file: FileId, item: &dyn Provenance, pos: Pos, what: &str) {
        use crate::model::Illustrative;
        let allowed = item.figure_fields();
        let first = allowed.first().copied().unwrap_or("…");
        match (item.source(), item.illustrative()) {
            (Some(source), _) if source.document.trim().is_empty() => self.push(
                Diagnostic::error(file, source.pos, tr!("source-empty", what = what))
                    .label(tr!("source-empty.label"))
                    .help(tr!("source-empty.help")),
            ),
            (Some(_), Some(flag)) if flag.value == Illustrative::All(true) => self.push(
                Diagnostic::error(file, flag.pos, tr!("source-and-illustrative", what = what))
                    .label(tr!("source-and-illustrative.label"))
                    .help(tr!("source-and-illustrative.help"))
                    .help(tr!("source-and-illustrative.some", field = first)),
            ),
            (
                _,
                Some(Located {
                    value: Illustrative::Fields(fields),
                    pos: at,
                }),
            ) => {
                if fields.is_empty() {
                    self.push(
                        Diagnostic::error(file, *at, tr!("illustrative-empty"))
                            .label(tr!("illustrative-empty.label"))
                            .help(tr!("illustrative-empty.help", field = first)),
                    );
                }
                for field in fields {
                    if !allowed.contains(&field.as_str()) {
                        self.push(
                            Diagnostic::error(
                                file,
                                *at,
                                tr!(
                                    "illustrative-unknown-field",
                                    field = field.as_str(),
                                    what = what
                                ),
                            )
                            .label(tr!("illustrative-unknown-field.label"))
                            .maybe_help(did_you_mean(field, allowed.iter().copied()))
                            .help(tr!(
                                "illustrative-unknown-field.help",
                                allowed = allowed.join(", ")
                            )),
                        );
                    }
                }
                if item.source().is_none() {
                    self.push(
                        Diagnostic::error(
                            file,
                            *at,
                            tr!("illustrative-without-source", what = what),
                        )
                        .label(tr!("illustrative-without-source.label"))
                        .help(tr!("illustrative-without-source.help")),
                    );
                }
            }
            (None, None)
            | (
                None,
                Some(Located {
                    value: Illustrative::All(false),
                    ..
                }),
            ) => self.push(
                Diagnostic::error(file, pos, tr!("source-missing", what = what))
                    .label(tr!("source-missing.label", what = what))
                    .help(tr!("source-missing.help"))
                    .help(tr!("source-missing.invented")),
            ),
            _ => {}
        }
        if let Some(source) = item.source() {
            self.citation(file, source);
        }
    }

    /// A `source:` must name a document of content/sources.yaml.
    fn citation(&mut self, file: FileId, source: &Located<crate::model::Citation>) {
        let document = &source.document;
        if document.trim().is_empty() {
            return;
        }
        let pos = if document.pos.is_known() {
            document.pos
        } else {
            source.pos
        };
        if self.documents.contains(&document.value) {
            return;
        }
        let what = tr!("thing-document");
        let place = tr!("defined-documents");
        let mut diagnostic = Diagnostic::error(
            file,
            pos,
            tr!(
                "unknown-reference",
                what = what.as_str(),
                id = document.as_str()
            ),
        )
        .label(tr!("unknown-reference.label", what = what.as_str()))
        .maybe_help(did_you_mean(
            &document.value,
            self.documents.iter().map(String::as_str),
        ));
        if document.contains(' ') {
            diagnostic = diagnostic.help(tr!("source-free-text"));
        }
        diagnostic = diagnostic.help(if self.documents.is_empty() {
            tr!(
                "unknown-reference.none",
                what = what.as_str(),
                place = place.as_str()
            )
        } else {
            tr!(
                "unknown-reference.help",
                what = what.as_str(),
                place = place.as_str(),
                listing = self.documents.join(", ")
            )
        });
        self.push(diagnostic);
    }
}

/// What is wrong with `id` as a slug, if anything.
pub fn slug_problem(id: &str) -> Option<String> {
    if id.is_empty() {
        return Some(tr!("slug-empty"));
    }
    if id.len() > 64 {
        return Some(tr!("slug-long"));
    }
    if let Some(c) = id
        .chars()
        .find(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-'))
    {
        return Some(match c {
            'A'..='Z' => tr!("slug-capitals"),
            'æ' | 'ø' | 'å' | 'Æ' | 'Ø' | 'Å' => tr!("slug-danish"),
            '/' | '\\' | '.' => tr!("slug-path"),
            ' ' => tr!("slug-space"),
            _ => tr!("slug-other"),
        });
    }
    if id.starts_with('-') || id.ends_with('-') || id.contains("--") {
        return Some(tr!("slug-dashes"));
    }
    None
}

/// A safe id made from `text`, to propose in a help line.
pub fn slugify(text: &str) -> String {
    let mut out = String::new();
    for c in text.to_lowercase().chars() {
        match c {
            'a'..='z' | '0'..='9' => out.push(c),
            'æ' => out.push_str("ae"),
            'ø' => out.push_str("oe"),
            'å' => out.push_str("aa"),
            _ if !out.ends_with('-') && !out.is_empty() => out.push('-'),
            _ => {}
        }
    }
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() {
        "new-id".to_string()
    } else {
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_that_could_escape_the_output_folder_are_refused() {
        for bad in [
            "../etc",
            "a/b",
            "a\\b",
            "C:",
            ".hidden",
            "",
            "Landbrug",
            "pleje og omsorg",
            "fødevarer",
        ] {
            assert!(slug_problem(bad).is_some(), "{bad} should be refused");
        }
        for good in ["landbrug", "virksomhedsmodul-1", "44530"] {
            assert_eq!(slug_problem(good), None);
        }
        assert_eq!(slugify("Pleje og omsorg"), "pleje-og-omsorg");
        assert_eq!(slugify("Fødevareindustri"), "foedevareindustri");
    }
}
