//! Rendering: every output file of a [`Site`], in memory, handed to a
//! [`Sink`] as soon as it is made. Web pages (Tera), PDFs (Typst), the
//! sitemap and catalog.json. No file I/O here: where the files go is the
//! sink's business (see `output`).

mod citizen;
mod diagram;
mod employer;
mod error;
mod html;
mod localizer;
mod memo;
mod module_view;
pub mod print;
mod published;
mod sources;
mod views;

pub use error::RenderError;
pub use memo::Memo;

use crate::output::{Collect, OutputFile, Sink};
use crate::site::Site;
use serde::Serialize;
use std::collections::HashSet;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

/// Every interface message the renderers show by id (besides those the
/// templates name): `check` makes sure each exists.
pub const MESSAGES_USED: &[&[&str]] = &[
    &[
        "choose-language",
        "days",
        "diagram-title",
        "download-folder",
        "download-form",
        "download-size",
        "download-size-pending",
        "employer-title",
        "employers-title",
        "employer-downloads-intro",
        "nav-employers",
        "print-weeks-illustrative",
        "fast-track",
        "home-jobs-headline",
        "jobs-title",
        "measurement",
        "nav-home",
        "nav-jobs",
        "not-found-home",
        "not-found-text",
        "not-found-title",
        "package-jobs-total",
        "package-total",
        "print-measurement",
        "print-module",
        "print-document-title",
        "sources-title",
        "sources-use-answer",
        "sources-use-company",
        "sources-use-employer-fact",
        "sources-use-contact",
        "sources-use-course",
        "sources-use-jobs",
        "sources-use-package-contact",
        "sources-use-package-durations",
        "sources-use-package-jobs",
        "target-level",
        "travel-minutes",
        "weeks",
    ],
    print::FORM_LABELS,
    print::FOLDER_LABELS,
    // translate: the mark beside a translation of an older Danish text.
    &["stale-mark"],
];

/// What a render made; the files themselves went to its [`Sink`].
#[derive(Default)]
pub struct Summary {
    pub files: usize,
    pub bytes: u64,
    pub pages: usize,
    pub pdfs: usize,
    pub pdfs_reused: usize,
    /// Documents not checked and printed yet (only with [`print::Mode::Later`]).
    pub pdfs_pending: Vec<String>,
    /// The pages and documents made anew rather than taken from the memo.
    pub fresh: Vec<String>,
}

/// Packages whose documents are made and printed together. Their 36
/// documents keep the cores busy; Typst's cache holds several MB per
/// document until it is evicted after each batch, so larger batches cost
/// memory (16 packages: 2.6 GB at the peak, 2 packages: 0.5 GB).
const PRINT_BATCH: usize = 2;

/// A sink that counts what passes through it.
struct Counted<'a> {
    sink: &'a dyn Sink,
    files: AtomicUsize,
    pages: AtomicUsize,
    bytes: AtomicU64,
    fresh: Mutex<Vec<String>>,
}

impl Counted<'_> {
    fn put(
        &self,
        path: &str,
        bytes: Arc<[u8]>,
        key: Option<u128>,
        fresh: bool,
    ) -> Result<(), RenderError> {
        self.files.fetch_add(1, Ordering::Relaxed);
        self.bytes.fetch_add(bytes.len() as u64, Ordering::Relaxed);
        if fresh {
            self.fresh
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .push(path.to_string());
        }
        let file = OutputFile {
            path: PathBuf::from(path),
            bytes,
        };
        Ok(self.sink.put(file, key)?)
    }

    /// A file of the previous output taken as it is (see [`Sink::link`]).
    fn link(&self, path: &str, from: &Path, size: usize, key: u128) -> Result<(), RenderError> {
        self.files.fetch_add(1, Ordering::Relaxed);
        self.bytes.fetch_add(size as u64, Ordering::Relaxed);
        Ok(self.sink.link(Path::new(path), from, Some(key))?)
    }
}

/// Renders every output file of the site and hands each to `sink` as soon
/// as it is made, taking every page and document whose inputs did not
/// change from `memo`. Only one batch of documents is held at a time.
pub fn render_into(
    site: &Site,
    memo: &Memo,
    mode: print::Mode,
    sink: &dyn Sink,
) -> Result<Summary, RenderError> {
    let counted = Counted {
        sink,
        files: AtomicUsize::new(0),
        pages: AtomicUsize::new(0),
        bytes: AtomicU64::new(0),
        fresh: Mutex::new(Vec::new()),
    };
    let documents = print::planned(&site.catalog);
    let mut printouts = match mode {
        print::Mode::Later => print::unchecked(&documents, memo),
        print::Mode::Now { stop } => {
            let packages = site.packages();
            print::pool()?.install(|| -> Result<Vec<print::Printout>, RenderError> {
                let mut all = Vec::with_capacity(documents.len());
                for batch in packages.chunks(PRINT_BATCH) {
                    let data = print::documents_of(site, batch)?;
                    let start = all.len();
                    all.extend(print::render(&data, &site.theme, memo, stop)?);
                    for printout in &mut all[start..] {
                        if let Some(bytes) = printout.bytes.take() {
                            let fresh = printout.state == print::State::Printed;
                            counted.put(&printout.path, bytes, Some(printout.key), fresh)?;
                        } else if let Some(from) = printout.from.take() {
                            let size = printout.size.unwrap_or_default();
                            counted.link(&printout.path, &from, size, printout.key)?;
                        }
                    }
                    // Keep only what Typst reused for this batch (fonts, the
                    // template), not the layouts of documents already written.
                    typst::comemo::evict(1);
                }
                Ok(all)
            })?
        }
    };
    for printout in &mut printouts {
        if let Some(bytes) = printout.bytes.take() {
            counted.put(&printout.path, bytes, Some(printout.key), false)?;
        }
    }
    let downloads = print::downloads(&documents, &printouts);
    // catalog.json and the sitemap list only the PDFs that are in the output.
    let made: HashSet<&str> = printouts
        .iter()
        .filter(|p| p.size.is_some())
        .map(|p| p.path.as_str())
        .collect();
    let published_documents: Vec<&print::Document> = documents
        .iter()
        .filter(|d| made.contains(d.path.as_str()))
        .collect();
    // The data files are written while the pages are rendered: catalog.json
    // and the sitemaps would otherwise keep one core busy after the rest.
    let with = html::Pages::new(site, memo, sink.keeps_memo());
    let (pages, data) = rayon::join(
        || {
            html::render(&with, &downloads, &|page: html::Page| {
                counted.pages.fetch_add(1, Ordering::Relaxed);
                let path = page.file.path.to_string_lossy().into_owned();
                counted.put(&path, page.file.bytes, Some(page.key), page.fresh)
            })
        },
        || published_files(site, &published_documents, &counted),
    );
    pages?;
    data?;

    let manifest = print::manifest(&printouts);
    counted.put(
        &manifest.path.to_string_lossy(),
        manifest.bytes,
        None,
        false,
    )?;
    for (path, bytes) in &site.theme.assets {
        if path == FAVICON && own_favicon(site) {
            continue;
        }
        counted.put(path, bytes.clone(), None, false)?;
    }
    // The user's own files, as they are (validation keeps them apart from
    // the files above).
    for file in &site.statics {
        counted.put(&file.path, file.bytes.clone(), None, false)?;
    }
    let state = |s: print::State| printouts.iter().filter(|p| p.state == s).count();
    Ok(Summary {
        files: counted.files.into_inner(),
        bytes: counted.bytes.into_inner(),
        pages: counted.pages.into_inner(),
        pdfs: documents.len(),
        pdfs_reused: state(print::State::Reused),
        pdfs_pending: printouts
            .iter()
            .filter(|p| p.state == print::State::Unchecked)
            .map(|p| p.path.clone())
            .collect(),
        fresh: counted
            .fresh
            .into_inner()
            .unwrap_or_else(PoisonError::into_inner),
    })
}

/// catalog.json, the sitemaps and robots.txt.
fn published_files(
    site: &Site,
    documents: &[&print::Document],
    counted: &Counted,
) -> Result<(), RenderError> {
    let catalog = &site.catalog;
    let published = Published {
        catalog,
        urls: published::urls(catalog, documents),
    };
    counted.files.fetch_add(1, Ordering::Relaxed);
    counted
        .sink
        .stream(Path::new("data/catalog.json"), &|out| {
            serde_json::to_writer_pretty(out, &published).map_err(io::Error::other)
        })?;
    let robots = format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}sitemap.xml\n",
        catalog.site.base_url.value
    );
    let limit = published::SITEMAP_LIMIT;
    published::sitemaps(catalog, documents, limit, &mut |path, xml| {
        counted.put(&path, xml.into_bytes().into(), None, false)
    })?;
    counted.put("robots.txt", robots.into_bytes().into(), None, false)
}

/// catalog.json: the whole catalogue with the address of every page and document.
#[derive(Serialize)]
struct Published<'a> {
    #[serde(flatten)]
    catalog: &'a crate::model::Catalog,
    urls: crate::routes::Urls,
}

/// Every output file of the site in memory, in path order, with the memo
/// the next render can reuse: for the preview server and tests.
pub struct Rendered {
    pub files: Vec<OutputFile>,
    pub pdfs: usize,
    pub pdfs_reused: usize,
    pub pdfs_pending: Vec<String>,
    pub fresh: Vec<String>,
    pub memo: Memo,
}

/// Renders every output file of the site in memory (see [`render_into`]).
pub fn render(site: &Site, memo: &Memo, mode: print::Mode) -> Result<Rendered, RenderError> {
    let collect = Collect::default();
    let summary = render_into(site, memo, mode, &collect)?;
    let mut collected = collect.into_files();
    collected.sort_by(|a, b| a.0.path.cmp(&b.0.path));
    let mut next = Memo::default();
    let mut files = Vec::with_capacity(collected.len());
    for (file, key) in collected {
        if let Some(key) = key {
            next.insert(
                file.path.to_string_lossy().into_owned(),
                key,
                file.bytes.clone(),
            );
        }
        files.push(file);
    }
    Ok(Rendered {
        files,
        pdfs: summary.pdfs,
        pdfs_reused: summary.pdfs_reused,
        pdfs_pending: summary.pdfs_pending,
        fresh: summary.fresh,
        memo: next,
    })
}

/// Every page template filled in once (see `html::rehearse`): what failed.
pub fn rehearse(site: &Site) -> Vec<RenderError> {
    html::rehearse(site)
}

/// The HTML pages alone (with links to `downloads`), for benchmarks: each
/// is handed to `put` as soon as it is made.
pub fn render_html(
    site: &Site,
    downloads: &print::Downloads,
    put: &(dyn Fn(OutputFile) + Sync),
) -> Result<(), RenderError> {
    let memo = Memo::default();
    let with = html::Pages::new(site, &memo, false);
    html::render(&with, downloads, &|page: html::Page| {
        put(page.file);
        Ok(())
    })
}

/// The icon browsers ask for by themselves, drawn from the theme's SVG.
const FAVICON: &str = "favicon.ico";

/// Whether the site has its own `static/favicon.ico`. It wins over the one
/// drawn from the theme, and the pages then name no other icon, so browsers
/// show the site's own.
pub(crate) fn own_favicon(site: &Site) -> bool {
    site.statics
        .iter()
        .any(|f| f.path.eq_ignore_ascii_case(FAVICON))
}

/// Why `path` (relative to the output folder, `/` between folders) belongs
/// to pathways: the pages of a language, the theme's assets, the data, the
/// files at the top. `None` where a file of the user's (from `static/`) may go,
/// `favicon.ico` among them (see [`own_favicon`]).
pub fn reserved(catalog: &crate::model::Catalog, path: &str) -> Option<String> {
    let (top, rest) = path.split_once('/').unwrap_or((path, ""));
    let top_lower = top.to_lowercase();
    let folder = !rest.is_empty();
    if let Some(language) = catalog
        .site
        .languages
        .iter()
        .find(|l| l.code.value == top_lower)
    {
        return Some(tr!(
            "reserved-language",
            name = language.name.as_str(),
            code = language.code.value.as_str(),
            top = top
        ));
    }
    if folder {
        return match top_lower.as_str() {
            "assets" => Some(tr!("reserved-assets")),
            "data" => Some(tr!("reserved-data")),
            _ => None,
        };
    }
    let sitemap = top_lower.starts_with("sitemap") && top_lower.ends_with(".xml");
    let own = [
        "index.html",
        "404.html",
        "robots.txt",
        crate::output::MARKER,
        print::MANIFEST,
    ];
    (sitemap || own.contains(&top_lower.as_str())).then(|| tr!("reserved-own", name = top))
}

/// How many pages and documents a render of `site` makes, for a progress bar.
pub fn planned_files(site: &Site, with_pdfs: bool) -> usize {
    let pages = published::routes(&site.catalog).len() * site.catalog.site.languages.len() + 2;
    let pdfs = if with_pdfs {
        print::planned(&site.catalog).len()
    } else {
        0
    };
    pages + pdfs + site.statics.len()
}
