//! The loader: walks `content/`, reads and parses every file into the model,
//! validates it, and returns the catalog with every problem found. It never
//! writes anything.

mod page;
mod read;
pub mod statics;
mod yaml;

pub use read::MAX_FILE_BYTES;

use crate::diagnostic::{Diagnostic, FileId, Report, Sources};
use crate::located::Pos;
use crate::model::{
    CATALOG_FORMAT, Catalog, Concept, Course, Package, Page, Register, Site, TermBase,
};
use crate::validate::{self, Coverage, Origins};
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use walkdir::WalkDir;

/// The outcome of loading a site.
pub struct Loaded {
    pub sources: Sources,
    pub report: Report,
    /// Present when site.yaml and concept.yaml could be read. Use it only when
    /// `report` has no errors.
    pub catalog: Option<Catalog>,
    pub origins: Option<Origins>,
    pub coverage: Coverage,
}

impl Loaded {
    /// The catalog, when the content has no errors.
    pub fn valid_catalog(&self) -> Option<&Catalog> {
        if self.report.has_errors() {
            None
        } else {
            self.catalog.as_ref()
        }
    }
}

/// A site root that cannot be used at all (a usage error, not a content error).
#[derive(Debug)]
pub struct NotASite(pub String);

impl std::fmt::Display for NotASite {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// What a file under `content/` is, judged from its path.
enum Kind {
    Site,
    Concept,
    Sources,
    Terms,
    Course(String),
    Package(String),
    Page { slug: String, lang: String },
    Ignored,
    Unexpected(String),
}

fn classify(relative: &Path) -> Kind {
    let parts: Vec<&str> = relative.iter().filter_map(|p| p.to_str()).collect();
    let name = parts.last().copied().unwrap_or("");
    if name.starts_with('.')
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".bak")
    {
        return Kind::Ignored;
    }
    let yaml_stem = name
        .strip_suffix(".yaml")
        .or_else(|| name.strip_suffix(".yml"));
    match (parts.as_slice(), yaml_stem) {
        (["content", "site.yaml" | "site.yml"], _) => Kind::Site,
        (["content", "concept.yaml" | "concept.yml"], _) => Kind::Concept,
        (["content", "sources.yaml" | "sources.yml"], _) => Kind::Sources,
        (["content", "terms.yaml" | "terms.yml"], _) => Kind::Terms,
        // The record of `pathways translate`, read by validate/stale.rs.
        (["content", "translations.lock"], _) => Kind::Ignored,
        (["content", "courses", _], Some(stem)) => Kind::Course(stem.to_string()),
        (["content", "packages", _], Some(stem)) => Kind::Package(stem.to_string()),
        (["content", "pages", _], _) => {
            match name.strip_suffix(".md").and_then(|s| s.rsplit_once('.')) {
                Some((slug, lang)) => Kind::Page {
                    slug: slug.to_string(),
                    lang: lang.to_string(),
                },
                None => Kind::Unexpected(tr!("page-file-name")),
            }
        }
        (["content", "courses" | "packages", _], None) => Kind::Unexpected(tr!("yaml-only-folder")),
        _ => Kind::Unexpected(tr!("content-holds")),
    }
}

/// Loads and validates the site in `root`.
pub fn load(root: &Path) -> Result<Loaded, NotASite> {
    let content = root.join("content");
    if !content.is_dir() {
        return Err(NotASite(tr!(
            "no-content-folder",
            root = root.display().to_string()
        )));
    }
    let mut sources = Sources::default();
    let mut report = Report::default();
    let mut site = None;
    let mut concept = None;
    let mut register = None;
    let mut term_base = None;
    let mut courses = BTreeMap::new();
    let mut packages = BTreeMap::new();
    let mut pages: BTreeMap<String, BTreeMap<String, _>> = BTreeMap::new();
    let mut origins = Origins::default();

    let entries: Vec<walkdir::DirEntry> = WalkDir::new(&content)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .collect();
    let relative = |e: &walkdir::DirEntry| e.path().strip_prefix(root).ok().map(Path::to_path_buf);
    let mut paths: Vec<PathBuf> = entries
        .iter()
        .filter(|e| e.file_type().is_file())
        .filter_map(relative)
        .collect();
    paths.sort();
    // Links are never followed (one could lead out of the site), and a
    // folder named like a content file is a mistake worth a word.
    for entry in &entries {
        let Some(path) = relative(entry) else {
            continue;
        };
        if entry.path_is_symlink() {
            let file = sources.add(path, None);
            report.push(statics::link_skipped(file, "content/"));
        } else if entry.file_type().is_dir()
            && path
                .extension()
                .is_some_and(|e| e == "yaml" || e == "yml" || e == "md")
        {
            let file = sources.add(path, None);
            report.push(
                Diagnostic::warning(file, Pos::UNKNOWN, tr!("folder-like-file"))
                    .help(tr!("folder-like-file.help")),
            );
        }
    }

    // Read and parse in parallel; register and collect in path order, so
    // file ids and the report are the same on every run.
    let files: Vec<(PathBuf, Kind)> = paths
        .into_iter()
        .map(|path| {
            let kind = classify(&path);
            (path, kind)
        })
        .filter(|(_, kind)| !matches!(kind, Kind::Ignored))
        .collect();
    let parsed: Vec<(Option<String>, Parsed)> = files
        .par_iter()
        .enumerate()
        .map(|(n, (relative, kind))| parse_file(root, relative, kind, sources.upcoming(n)))
        .collect();

    for ((relative, kind), (text, parsed)) in files.into_iter().zip(parsed) {
        let file = sources.add(relative, text);
        match (kind, parsed) {
            (Kind::Package(id), Parsed::Failed(diagnostics)) => {
                diagnostics.into_iter().for_each(|d| report.push(d));
                origins.unreadable_packages.insert(id);
            }
            (Kind::Package(id), Parsed::Unreadable(diagnostic)) => {
                report.push(diagnostic);
                origins.unreadable_packages.insert(id);
            }
            (_, Parsed::Failed(diagnostics)) => {
                diagnostics.into_iter().for_each(|d| report.push(d))
            }
            (Kind::Course(id), Parsed::Unreadable(diagnostic)) => {
                report.push(diagnostic);
                origins.unreadable_courses.insert(id);
            }
            (_, Parsed::Unreadable(diagnostic)) => report.push(diagnostic),
            (_, Parsed::Site(parsed)) => site = Some((file, *parsed)),
            (_, Parsed::Concept(parsed)) => concept = Some((file, *parsed)),
            (_, Parsed::Sources(parsed)) => register = Some((file, parsed)),
            (_, Parsed::Terms(parsed)) => term_base = Some((file, parsed)),
            (Kind::Course(id), Parsed::CourseFailed(diagnostics)) => {
                diagnostics.into_iter().for_each(|d| report.push(d));
                origins.unreadable_courses.insert(id);
            }
            (Kind::Course(id), Parsed::Course(course)) => insert_unique(
                &mut courses,
                &mut origins.courses,
                id,
                file,
                *course,
                &sources,
                &mut report,
            ),
            (Kind::Package(id), Parsed::Package(package)) => insert_unique(
                &mut packages,
                &mut origins.packages,
                id,
                file,
                *package,
                &sources,
                &mut report,
            ),
            (Kind::Page { slug, lang }, Parsed::Page(page)) => {
                origins.pages.insert((slug.clone(), lang.clone()), file);
                pages.entry(slug).or_default().insert(lang, *page);
            }
            (Kind::Unexpected(hint), _) => {
                report.push(Diagnostic::warning(file, Pos::UNKNOWN, tr!("file-ignored")).help(hint))
            }
            _ => {}
        }
    }

    let missing = |name: &str, what: &str, sources: &mut Sources, report: &mut Report| {
        let file = sources.add(PathBuf::from("content").join(name), None);
        report.push(
            Diagnostic::error(file, Pos::UNKNOWN, tr!("content-file-missing", name = name))
                .help(tr!("content-file-missing.help", name = name, what = what)),
        );
    };
    if site.is_none() && !sources_has(&sources, "site") {
        missing(
            "site.yaml",
            &tr!("site-yaml-holds"),
            &mut sources,
            &mut report,
        );
    }
    if concept.is_none() && !sources_has(&sources, "concept") {
        missing(
            "concept.yaml",
            &tr!("concept-yaml-holds"),
            &mut sources,
            &mut report,
        );
    }

    let mut coverage = Coverage::default();
    let catalog = match (site, concept) {
        (Some((site_file, site)), Some((concept_file, concept))) => {
            origins.site = site_file;
            origins.concept = concept_file;
            let documents = match register {
                Some((file, register)) => {
                    origins.sources = Some(file);
                    register.documents
                }
                None => Vec::new(),
            };
            let terms = match term_base {
                Some((file, base)) => {
                    origins.terms = Some(file);
                    base.terms
                }
                None => Vec::new(),
            };
            let catalog = Catalog {
                format: CATALOG_FORMAT.to_string(),
                site,
                concept,
                courses,
                packages,
                pages,
                sources: documents,
                terms,
                urls: None,
            };
            coverage = validate::validate(&catalog, &origins, &sources, &mut report);
            coverage.unread = origins.unreadable_packages.len() + origins.unreadable_courses.len();
            coverage.stale =
                validate::stale::check(root, &catalog, &origins, &mut sources, &mut report);
            Some(catalog)
        }
        _ => None,
    };
    report.sort(&sources);
    let origins = catalog.as_ref().map(|_| origins);
    Ok(Loaded {
        sources,
        report,
        catalog,
        origins,
        coverage,
    })
}

/// Whether content/<stem>.yaml or .yml was read (even if it had errors).
fn sources_has(sources: &Sources, stem: &str) -> bool {
    ["yaml", "yml"]
        .iter()
        .map(|ext| PathBuf::from("content").join(format!("{stem}.{ext}")))
        .any(|path| sources.paths().any(|p| p == path))
}

/// One content file, read and parsed.
enum Parsed {
    Site(Box<Site>),
    Concept(Box<Concept>),
    Sources(Register),
    Terms(TermBase),
    Course(Box<Course>),
    Package(Box<Package>),
    Page(Box<Page>),
    /// Could not be read (a course's id is still known to exist).
    Unreadable(Diagnostic),
    /// A course file that is not a valid course.
    CourseFailed(Vec<Diagnostic>),
    Failed(Vec<Diagnostic>),
    /// Not part of the site.
    Other,
}

/// Reads and parses one file as `kind`; returns its text for the sources.
fn parse_file(root: &Path, relative: &Path, kind: &Kind, file: FileId) -> (Option<String>, Parsed) {
    let read = read::read(root, relative, file);
    if let Some(error) = read.error {
        return (read.text, Parsed::Unreadable(error));
    }
    let text = read.text.unwrap_or_default();
    let parsed = match kind {
        Kind::Site => yaml::parse(file, &text, (0, 0))
            .map_or_else(Parsed::Failed, |s| Parsed::Site(Box::new(s))),
        Kind::Concept => yaml::parse(file, &text, (0, 0))
            .map_or_else(Parsed::Failed, |c| Parsed::Concept(Box::new(c))),
        Kind::Sources => {
            yaml::parse(file, &text, (0, 0)).map_or_else(Parsed::Failed, Parsed::Sources)
        }
        Kind::Terms => yaml::parse(file, &text, (0, 0)).map_or_else(Parsed::Failed, Parsed::Terms),
        Kind::Course(_) => yaml::parse(file, &text, (0, 0))
            .map_or_else(Parsed::CourseFailed, |c| Parsed::Course(Box::new(c))),
        Kind::Package(_) => yaml::parse(file, &text, (0, 0))
            .map_or_else(Parsed::Failed, |p| Parsed::Package(Box::new(p))),
        Kind::Page { .. } => {
            page::parse(file, &text).map_or_else(Parsed::Failed, |p| Parsed::Page(Box::new(p)))
        }
        Kind::Unexpected(_) | Kind::Ignored => Parsed::Other,
    };
    (Some(text), parsed)
}

/// Inserts an item under its id, reporting a second file with the same id
/// (`x.yaml` beside `x.yml`).
fn insert_unique<T>(
    items: &mut BTreeMap<String, T>,
    origins: &mut BTreeMap<String, FileId>,
    id: String,
    file: FileId,
    item: T,
    sources: &Sources,
    report: &mut Report,
) {
    if let Some(first) = origins.get(&id) {
        report.push(
            Diagnostic::error(file, Pos::UNKNOWN, tr!("id-two-files", id = id.as_str())).help(tr!(
                "id-two-files.help",
                other = sources.path(*first).display().to_string()
            )),
        );
        return;
    }
    origins.insert(id.clone(), file);
    items.insert(id, item);
}
