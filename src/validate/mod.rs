//! Validation of the loaded content: safe ids, unique ids, references that
//! resolve, numbers that make sense, figures with a source, and texts in the
//! site's languages. Every rule adds to the report; none stops at the first.

mod concept;
mod package;
mod site;
pub mod statics;
mod texts;
pub mod theme;

pub use texts::{
    Coverage, LanguageCoverage, Missing, PLACEHOLDER, PLACEHOLDER_MESSAGE,
    by_file as texts_by_file, invisible_name,
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
    concept::check(&mut check, catalog, origins.concept);
    for (id, course) in &catalog.courses {
        let file = origins.courses[id];
        check.file_id(file, id, "course");
        site::check_course(&mut check, course, file);
    }
    for (id, package) in &catalog.packages {
        let file = origins.packages[id];
        check.file_id(file, id, "package");
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
    texts::check(&mut check, catalog, origins)
}

/// The state shared by all rules: where to report, and the site's languages.
pub struct Checker<'a> {
    pub sources: &'a Sources,
    pub report: &'a mut Report,
    pub languages: Vec<String>,
    pub default_language: String,
}

impl<'a> Checker<'a> {
    fn new(catalog: &Catalog, sources: &'a Sources, report: &'a mut Report) -> Self {
        Checker {
            sources,
            report,
            languages: catalog.language_codes().map(str::to_string).collect(),
            default_language: catalog.site.default_language.value.clone(),
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
                    format!("the {what} id `{}` is not a safe id: {problem}", id.value),
                )
                .label("not a safe id")
                .help(format!(
                    "ids use lowercase a-z, digits 0-9 and `-` only, e.g. `{}`",
                    slugify(&id.value)
                )),
            );
            return false;
        }
        true
    }

    /// An id taken from a file name (courses, packages, pages).
    pub fn file_id(&mut self, file: FileId, id: &str, what: &str) {
        if let Some(problem) = slug_problem(id) {
            self.push(
                Diagnostic::error(file, Pos::UNKNOWN, format!("the file name `{id}` is not a safe {what} id: {problem}"))
                    .help(format!(
                        "the file name is the {what}'s id and part of its web address; rename the file to `{}` (lowercase a-z, digits 0-9 and `-`)",
                        slugify(id)
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
                        format!("the {what} id `{}` is used twice", id.value),
                    )
                    .label("second use")
                    .help(format!(
                        "the first use is on line {}; give each {what} its own id",
                        first.line
                    )),
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
            listing.push(format!("and {} more", count - listing.len()));
        }
        self.push(
            Diagnostic::error(file, pos, format!("there is no {what} `{reference}`"))
                .label(format!("unknown {what}"))
                .maybe_help(did_you_mean(reference, candidates))
                .help(if listing.is_empty() {
                    format!("no {what} is defined yet; {what}s are defined in {where_defined}")
                } else {
                    format!(
                        "{what}s are defined in {where_defined}: {}",
                        listing.join(", ")
                    )
                }),
        );
        false
    }

    /// Figures must say where they come from, or that they are invented.
    pub fn provenance(&mut self, file: FileId, item: &dyn Provenance, pos: Pos, what: &str) {
        use crate::model::Illustrative;
        let allowed = item.figure_fields();
        match (item.source(), item.illustrative()) {
            (Some(source), _) if source.value.trim().is_empty() => self.push(
                Diagnostic::error(file, source.pos, format!("the source of the {what} is empty"))
                    .label("empty source")
                    .help("name the document and page the figures come from, or write `illustrative: true` instead"),
            ),
            (Some(_), Some(flag)) if flag.value == Illustrative::All(true) => self.push(
                Diagnostic::error(file, flag.pos, format!("the {what} has both a source and `illustrative: true`"))
                    .label("choose one")
                    .help("keep `source:` when the values come from a document, or `illustrative: true` when they are invented")
                    .help(format!("when only some values are invented, name them: `illustrative: [{}]`", allowed.first().copied().unwrap_or("…"))),
            ),
            (_, Some(Located { value: Illustrative::Fields(fields), pos: at })) => {
                if fields.is_empty() {
                    self.push(
                        Diagnostic::error(file, *at, "`illustrative: []` names no field")
                            .label("empty list")
                            .help(format!("name the fields whose values are invented, e.g. `illustrative: [{}]`, or leave the line out", allowed.first().copied().unwrap_or("…"))),
                    );
                }
                for field in fields {
                    if !allowed.contains(&field.as_str()) {
                        self.push(
                            Diagnostic::error(file, *at, format!("`{field}` is not a field of the {what} that can be an example"))
                                .label("in this list")
                                .maybe_help(did_you_mean(field, allowed.iter().copied()))
                                .help(format!("the fields that can be named here are: {}", allowed.join(", "))),
                        );
                    }
                }
                if item.source().is_none() {
                    self.push(
                        Diagnostic::error(file, *at, format!("the {what} marks some values as examples, but gives no source for the others"))
                            .label("only these are examples")
                            .help("add `source: <document, page>` for the values that come from a document, or write `illustrative: true` if all are invented"),
                    );
                }
            }
            (None, None) | (None, Some(Located { value: Illustrative::All(false), .. })) => self.push(
                Diagnostic::error(file, pos, format!("no source is given for the {what}"))
                    .label(format!("{what} without `source:` or `illustrative: true`"))
                    .help("add `source: <document, page>` when the values come from a document")
                    .help("add `illustrative: true` when they are invented examples, or `illustrative: [field, …]` when only some are; the site then marks them as such"),
            ),
            _ => {}
        }
    }
}

/// What is wrong with `id` as a slug, if anything.
pub fn slug_problem(id: &str) -> Option<&'static str> {
    if id.is_empty() {
        return Some("it is empty");
    }
    if id.len() > 64 {
        return Some("it is longer than 64 characters");
    }
    if let Some(c) = id
        .chars()
        .find(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-'))
    {
        return Some(match c {
            'A'..='Z' => "it has capital letters",
            'æ' | 'ø' | 'å' | 'Æ' | 'Ø' | 'Å' => "it has æ, ø or å (write ae, oe, aa)",
            '/' | '\\' | '.' => "it has `/`, `\\` or `.`, which could point outside the site",
            ' ' => "it has a space",
            _ => "it has a character other than a-z, 0-9 and `-`",
        });
    }
    if id.starts_with('-') || id.ends_with('-') || id.contains("--") {
        return Some("it starts or ends with `-`, or has `--`");
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
