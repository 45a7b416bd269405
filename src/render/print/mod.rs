//! Printed material as PDF: a progression form per package, module and
//! language, and a practice folder per package and language. Layout lives in
//! the theme's Typst templates (`print/*.typ`); content reaches them as data.
//!
//! Documents render in parallel. A document whose data and theme are the same
//! as in the previous build is taken from the memo instead of being rendered
//! again; `.pathways-print` in the output lists the hash of each document's
//! inputs, so `build` can fill the memo from the previous output.

mod data;
mod glyphs;
mod qr;

pub use data::{FOLDER_LABELS, FORM_LABELS};
pub use glyphs::printable;

use super::localizer::Localizer;
use super::{Memo, RenderError};
use crate::model::{Catalog, Package};
use crate::output::OutputFile;
use crate::routes::Route;
use crate::site::{PackageRef, Site};
use crate::theme::{Engine, Theme};
use data::Editions;
use qr::QrCode;
use rayon::prelude::*;
use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// The list of rendered documents and their input hashes, in the output.
pub const MANIFEST: &str = ".pathways-print";

/// Stack size of the threads that run Typst.
const STACK: usize = 64 << 20;

/// What kind of printed document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    /// Practice folder (praktikmappe) for companies.
    Folder,
    /// Progression form (progressionsskema) for module `step` (from 1).
    Form { step: usize },
}

/// One document to print, with its data ready for the template.
pub struct Document {
    /// Path relative to the output folder.
    pub path: String,
    pub package: String,
    pub lang: String,
    pub kind: Kind,
    template: &'static str,
    data: Vec<u8>,
}

impl Document {
    /// The template that lays the document out, e.g. `form.typ`.
    pub fn template(&self) -> &'static str {
        self.template
    }

    /// The JSON the template reads as `/data.json`, with its QR codes drawn.
    pub fn data(&self) -> Result<Vec<u8>, RenderError> {
        qr::fill(&self.data)
    }
}

/// Where a document is published.
pub fn path(kind: Kind, package: &str, lang: &str) -> String {
    match kind {
        Kind::Folder => format!(
            "{}praktikmappe-{package}-{lang}.pdf",
            Route::Employer(package).dir(lang)
        ),
        Kind::Form { step } => format!(
            "{}progressionsskema-{package}-{step}-{lang}.pdf",
            Route::Package(package).dir(lang)
        ),
    }
}

/// The steps (from 1) that have a progression form: those that measure
/// criteria. A module without any (aftercare) has nothing to fill in.
pub fn form_steps(package: &Package) -> impl Iterator<Item = usize> + '_ {
    let modules = &package.pathway.modules;
    (1..=modules.len()).filter(|&step| !modules[step - 1].criteria.is_empty())
}

/// Every document of the site, with its data, in a fixed order.
pub fn documents(site: &Site) -> Result<Vec<Document>, RenderError> {
    documents_of(site, &site.packages())
}

/// The documents of `packages`, with their data, in a fixed order.
pub fn documents_of(site: &Site, packages: &[PackageRef]) -> Result<Vec<Document>, RenderError> {
    let jobs: Vec<(&PackageRef, &str)> = packages
        .iter()
        .flat_map(|p| site.catalog.language_codes().map(move |lang| (p, lang)))
        .collect();
    let per_package: Vec<Vec<Document>> = jobs
        .par_iter()
        .map(|&(package, lang)| package_documents(site, package, lang))
        .collect::<Result<_, RenderError>>()?;
    Ok(per_package.into_iter().flatten().collect())
}

fn package_documents(
    site: &Site,
    package: &PackageRef,
    lang: &str,
) -> Result<Vec<Document>, RenderError> {
    let id = package.id;
    let base_lang = site.default_language();
    let base = Localizer::new(site, base_lang, Route::Package(id));
    let own = Localizer::new(site, lang, Route::Package(id));
    let editions = Editions {
        base: &base,
        translation: (lang != base_lang).then_some(&own),
    };
    let package_qr = QrCode::new(&data::page_url(&own, Route::Package(id)))?;
    let employer_qr = QrCode::new(&data::page_url(&own, Route::Employer(id)))?;
    let engine = &site.theme.print;
    let mut documents = Vec::new();
    let mut forms = Vec::new();
    for step in form_steps(package.package) {
        let form = data::form(&editions, package, step, &package_qr)?;
        let kind = Kind::Form { step };
        forms.push((step, path(kind, id, lang)));
        documents.push(Document {
            path: path(kind, id, lang),
            package: id.to_string(),
            lang: lang.to_string(),
            kind,
            template: "form.typ",
            data: json(&form, engine)?,
        });
    }
    let folder = data::folder(&own, package, &employer_qr, &forms)?;
    documents.insert(
        0,
        Document {
            path: path(Kind::Folder, id, lang),
            package: id.to_string(),
            lang: lang.to_string(),
            kind: Kind::Folder,
            template: "folder.typ",
            data: json(&folder, engine)?,
        },
    );
    Ok(documents)
}

/// The data as JSON, with only characters the fonts can show, and without
/// the isolation marks Fluent puts around the values it fills in: Typst
/// orders mixed-direction text itself, and the marks would end up in copied
/// text and in the document title.
fn json(value: &impl serde::Serialize, engine: &Engine) -> Result<Vec<u8>, RenderError> {
    let error = |e: serde_json::Error| {
        RenderError::Data(format!("cannot pass data to a print template: {e}"))
    };
    let mut value = serde_json::to_value(value).map_err(error)?;
    glyphs::clean(engine, &mut value);
    let json = serde_json::to_string(&value).map_err(error)?;
    Ok(json.replace(['\u{2068}', '\u{2069}'], "").into_bytes())
}

/// How one document came to be in the output.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum State {
    /// Laid out and written now.
    Printed,
    /// Taken from the memo: its inputs did not change.
    Reused,
    /// Not checked yet ([`Mode::Later`]): the memo's bytes stand in for it,
    /// if it has any.
    Unchecked,
}

/// One document of the output.
pub struct Printout {
    pub path: String,
    /// The hash of its inputs (of the memo's bytes when unchecked).
    pub key: u128,
    /// The PDF, until it is handed on to be written.
    pub bytes: Option<Arc<[u8]>>,
    /// The previous output's copy of a reused PDF, until it is handed on
    /// (linked into the new output rather than read and written again).
    pub from: Option<PathBuf>,
    /// Its size in bytes, if there is a PDF.
    pub size: Option<usize>,
    pub state: State,
}

/// Whether to print now.
#[derive(Clone, Copy)]
pub enum Mode<'a> {
    /// Print every document the memo lacks; stop early (with
    /// [`RenderError::Stopped`]) as soon as `stop` is set.
    Now { stop: Option<&'a AtomicBool> },
    /// Print nothing and do not even make the documents' data: take what
    /// the memo has, even if out of date, so the web pages can be published
    /// before the PDFs are checked and printed.
    Later,
}

/// The threads to print on: Typst recurses deeply on long tables, so they
/// get room. Make one per build and print every batch on it.
pub fn pool() -> Result<rayon::ThreadPool, RenderError> {
    rayon::ThreadPoolBuilder::new()
        .stack_size(STACK)
        .build()
        .map_err(|e| RenderError::Data(format!("cannot start threads to print: {e}")))
}

/// Renders `documents` in parallel on the current thread pool (one made by
/// [`pool`]), taking every document whose inputs did not change from `memo`;
/// stops early (with [`RenderError::Stopped`]) once `stop` is set.
pub fn render(
    documents: &[Document],
    theme: &Theme,
    memo: &Memo,
    stop: Option<&AtomicBool>,
) -> Result<Vec<Printout>, RenderError> {
    let one = |doc: &Document| -> Result<Printout, RenderError> {
        let key = typst::utils::hash128(&(theme.print_key, doc.template, &doc.data));
        let path = doc.path.clone();
        if let Some((from, size)) = memo.reuse_file(&doc.path, key) {
            return Ok(Printout {
                path,
                key,
                size: Some(size),
                bytes: None,
                from: Some(from),
                state: State::Reused,
            });
        }
        if let Some(bytes) = memo.reuse(&doc.path, key) {
            return Ok(Printout {
                path,
                key,
                size: Some(bytes.len()),
                bytes: Some(bytes),
                from: None,
                state: State::Reused,
            });
        }
        if stop.is_some_and(|s| s.load(Ordering::Relaxed)) {
            return Err(RenderError::Stopped);
        }
        let bytes = theme
            .print
            .pdf(doc.template, doc.data()?, &doc.path)
            .map_err(|message| RenderError::Print {
                document: doc.path.clone(),
                message,
            })?;
        Ok(Printout {
            path,
            key,
            size: Some(bytes.len()),
            bytes: Some(bytes.into()),
            from: None,
            state: State::Printed,
        })
    };
    documents.par_iter().map(one).collect()
}

/// The documents as the memo has them, unchecked ([`Mode::Later`]).
pub fn unchecked(documents: &[Document], memo: &Memo) -> Vec<Printout> {
    documents
        .iter()
        .map(|doc| {
            let old = memo.stale(&doc.path);
            Printout {
                path: doc.path.clone(),
                key: old.as_ref().map_or(0, |(key, _)| *key),
                size: old.as_ref().map(|(_, bytes)| bytes.len()),
                bytes: old.map(|(_, bytes)| bytes),
                from: None,
                state: State::Unchecked,
            }
        })
        .collect()
}

/// Every document of the site without its data: where each is published.
/// Cheap, for links and the sitemap before the data is made.
pub fn planned(catalog: &Catalog) -> Vec<Document> {
    let mut documents = Vec::new();
    for (id, package) in catalog.packages_in_order() {
        for lang in catalog.language_codes() {
            let steps = form_steps(package);
            let kinds = std::iter::once(Kind::Folder).chain(steps.map(|step| Kind::Form { step }));
            for kind in kinds {
                documents.push(Document {
                    path: path(kind, id, lang),
                    package: id.to_string(),
                    lang: lang.to_string(),
                    kind,
                    template: match kind {
                        Kind::Folder => "folder.typ",
                        Kind::Form { .. } => "form.typ",
                    },
                    data: Vec::new(),
                });
            }
        }
    }
    documents
}

/// `.pathways-print`: the hash of each document's inputs, so the next
/// `build` can reuse the documents that did not change.
pub fn manifest(printouts: &[Printout]) -> OutputFile {
    let mut manifest = String::from("# pathways: hash of each document's inputs\n");
    for p in printouts.iter().filter(|p| p.size.is_some()) {
        manifest.push_str(&format!("{:032x} {}\n", p.key, p.path));
    }
    OutputFile {
        path: PathBuf::from(MANIFEST),
        bytes: manifest.into_bytes().into(),
    }
}

/// A published document, for links on the web pages.
#[derive(Clone, Debug)]
pub struct Download {
    pub path: String,
    pub kind: Kind,
    /// The size, unless it has not been printed yet.
    pub bytes: Option<usize>,
}

/// The documents of each (package, language), for the web pages.
pub type Downloads = BTreeMap<(String, String), Vec<Download>>;

pub fn downloads(documents: &[Document], printouts: &[Printout]) -> Downloads {
    let sizes: HashMap<&str, usize> = printouts
        .iter()
        .filter_map(|p| Some((p.path.as_str(), p.size?)))
        .collect();
    let mut map = Downloads::new();
    for doc in documents {
        map.entry((doc.package.clone(), doc.lang.clone()))
            .or_default()
            .push(Download {
                path: doc.path.clone(),
                kind: doc.kind,
                bytes: sizes.get(doc.path.as_str()).copied(),
            });
    }
    map
}
