//! Printed material as PDF: a progression form per package, module and
//! language, and a practice folder per package and language. Layout lives in
//! the theme's Typst templates (`print/*.typ`); content reaches them as data.
//!
//! Documents render in parallel. A document whose data and theme are the same
//! as in the previous build is taken from the previous output instead of
//! being rendered again; `.pathways-print` in the output lists the hash of
//! each document's inputs.

mod data;
mod qr;
mod world;

pub use world::{Engine, datetime_from_unix};

use super::html::Ctx;
use super::{OutputFile, Theme};
use crate::i18n::Locales;
use crate::model::Catalog;
use crate::routes::Route;
use data::Pair;
use qr::QrCode;
use rayon::prelude::*;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

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

    /// The JSON the template reads as `/data.json`.
    pub fn data(&self) -> &[u8] {
        &self.data
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

/// Every document of the site, with its data, in a fixed order.
pub fn documents(
    catalog: &Catalog,
    locales: &Locales,
    theme: &Theme,
) -> Result<Vec<Document>, String> {
    let default = catalog.site.default_language.value.as_str();
    let jobs: Vec<(&str, &str)> = catalog
        .packages_in_order()
        .into_iter()
        .flat_map(|(id, _)| catalog.language_codes().map(move |lang| (id, lang)))
        .collect();
    let per_package: Vec<Vec<Document>> = jobs
        .par_iter()
        .map(|&(id, lang)| package_documents(catalog, locales, theme, id, lang, default))
        .collect::<Result<_, String>>()?;
    Ok(per_package.into_iter().flatten().collect())
}

fn package_documents(
    catalog: &Catalog,
    locales: &Locales,
    theme: &Theme,
    id: &str,
    lang: &str,
    default: &str,
) -> Result<Vec<Document>, String> {
    let da = Ctx::new(catalog, locales, default, Route::Package(id));
    let own = Ctx::new(catalog, locales, lang, Route::Package(id));
    let pair = Pair {
        da: &da,
        tr: (lang != default).then_some(&own),
    };
    let package_qr = QrCode::new(&data::page_url(&own, Route::Package(id)))?;
    let employer_qr = QrCode::new(&data::page_url(&own, Route::Employer(id)))?;
    let mut documents = Vec::new();
    let mut forms = Vec::new();
    for step in 1..=catalog.packages[id].pathway.modules.len() {
        let form = data::form(&pair, id, step, &package_qr)?;
        let kind = Kind::Form { step };
        documents.push(Document {
            path: path(kind, id, lang),
            package: id.to_string(),
            lang: lang.to_string(),
            kind,
            template: "form.typ",
            data: json(&form)?,
        });
        forms.push(form);
    }
    let pictogram = theme.pictogram_svg(&catalog.packages[id].pictogram.value);
    let folder = data::folder(&own, id, &employer_qr, pictogram, forms)?;
    documents.insert(
        0,
        Document {
            path: path(Kind::Folder, id, lang),
            package: id.to_string(),
            lang: lang.to_string(),
            kind: Kind::Folder,
            template: "folder.typ",
            data: json(&folder)?,
        },
    );
    Ok(documents)
}

/// The data as JSON, without the isolation marks Fluent puts around the
/// values it fills in: Typst orders mixed-direction text itself, and the
/// marks would end up in copied text and in the document title.
fn json(value: &impl serde::Serialize) -> Result<Vec<u8>, String> {
    let json = serde_json::to_string(value)
        .map_err(|e| format!("cannot pass data to a print template: {e}"))?;
    Ok(json.replace(['\u{2068}', '\u{2069}'], "").into_bytes())
}

/// The rendered documents, and how many were taken unchanged from the previous build.
pub struct Printed {
    pub files: Vec<OutputFile>,
    pub reused: usize,
}

/// Renders `documents` in parallel; with `previous` (the last build's output
/// folder), documents whose inputs did not change are reused from it.
pub fn render(
    documents: &[Document],
    engine: &Engine,
    theme_key: u128,
    previous: Option<&Path>,
) -> Result<Printed, String> {
    let old = previous.map(read_manifest).unwrap_or_default();
    // Typst recurses deeply on long tables: give its threads room.
    let pool = rayon::ThreadPoolBuilder::new()
        .stack_size(STACK)
        .build()
        .map_err(|e| format!("cannot start threads to print: {e}"))?;
    let results: Vec<(OutputFile, String, bool)> = pool.install(|| {
        documents
            .par_iter()
            .map(|doc| {
                let hash = format!(
                    "{:032x}",
                    typst::utils::hash128(&(theme_key, doc.template, &doc.data))
                );
                let reused = previous
                    .filter(|_| old.get(&doc.path) == Some(&hash))
                    .and_then(|dir| std::fs::read(dir.join(&doc.path)).ok());
                let (bytes, was_reused) = match reused {
                    Some(bytes) => (bytes, true),
                    None => (
                        engine
                            .pdf(doc.template, doc.data.clone(), &doc.path)
                            .map_err(|e| format!("cannot print {}:\n{e}", doc.path))?,
                        false,
                    ),
                };
                let file = OutputFile {
                    path: PathBuf::from(&doc.path),
                    bytes,
                };
                Ok((file, hash, was_reused))
            })
            .collect::<Result<_, String>>()
    })?;
    let reused = results.iter().filter(|r| r.2).count();
    let mut manifest = String::from("# pathways: hash of each document's inputs\n");
    let mut files = Vec::new();
    for (file, hash, _) in results {
        manifest.push_str(&format!("{hash} {}\n", file.path.display()));
        files.push(file);
    }
    files.push(OutputFile {
        path: PathBuf::from(MANIFEST),
        bytes: manifest.into_bytes(),
    });
    Ok(Printed { files, reused })
}

fn read_manifest(output: &Path) -> HashMap<String, String> {
    let Ok(text) = std::fs::read_to_string(output.join(MANIFEST)) else {
        return HashMap::new();
    };
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once(' '))
        .map(|(hash, path)| (path.to_string(), hash.to_string()))
        .collect()
}

/// A published document, for links on the web pages.
#[derive(Clone, Debug)]
pub struct Download {
    pub path: String,
    pub kind: Kind,
    pub bytes: usize,
}

/// The documents of each (package, language), for the web pages.
pub type Downloads = BTreeMap<(String, String), Vec<Download>>;

pub fn downloads(documents: &[Document], printed: &Printed) -> Downloads {
    let sizes: HashMap<String, usize> = printed
        .files
        .iter()
        .map(|f| (f.path.display().to_string(), f.bytes.len()))
        .collect();
    let mut map = Downloads::new();
    for doc in documents {
        map.entry((doc.package.clone(), doc.lang.clone()))
            .or_default()
            .push(Download {
                path: doc.path.clone(),
                kind: doc.kind,
                bytes: sizes.get(&doc.path).copied().unwrap_or(0),
            });
    }
    map
}
