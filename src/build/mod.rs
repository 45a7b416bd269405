//! The build: load and validate, render every output in memory, then write the
//! output folder atomically. Nothing is written when anything fails.

mod ctx;
mod diagram;
mod html;
mod memo;
mod module_view;
mod output;
pub mod print;
mod published;
mod sink;
mod theme;
mod views;

pub use memo::Memo;
pub use output::{MARKER, OutputFile, Staging, WriteError, write_atomically};
use sink::{Collect, Counted, Writer};
pub use sink::{Progress, Sink};
pub use theme::Theme;

use crate::i18n::Locales;
use crate::load::{Loaded, NotASite, load};
use crate::model::Catalog;
use serde::Serialize;
use std::io;
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

/// What a successful build wrote.
pub struct Built {
    pub files: usize,
    pub bytes: u64,
    pub pages: usize,
    /// PDF documents, and how many of them were reused from the previous build.
    pub pdfs: usize,
    pub pdfs_reused: usize,
    /// How long reading and checking the content took.
    pub checked: std::time::Duration,
    pub loaded: Loaded,
}

/// Why a build wrote nothing.
pub enum BuildError {
    NotASite(NotASite),
    /// The content has errors; the report is in the loaded content.
    Content(Loaded),
    Theme(String),
    /// Problems in the locale files, each with file and line.
    Locales(Vec<String>),
    Render(String),
    Write(WriteError),
}

/// What a render made; the files themselves went to its [`Sink`].
#[derive(Default)]
pub struct Made {
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

/// Renders every output file of the site and hands each to `sink` as soon
/// as it is made, taking every page and document whose inputs did not
/// change from `memo`. Only one batch of documents is held at a time.
pub fn render_into(
    catalog: &Catalog,
    theme: &Theme,
    locales: &Locales,
    memo: &Memo,
    mode: print::Mode,
    sink: &dyn Sink,
) -> Result<Made, String> {
    let counted = Counted {
        sink,
        files: AtomicUsize::new(0),
        pages: AtomicUsize::new(0),
        bytes: AtomicU64::new(0),
        fresh: Mutex::new(Vec::new()),
    };
    let documents = print::planned(catalog);
    let mut printouts = match mode {
        print::Mode::Later => print::unchecked(&documents, memo),
        print::Mode::Now { stop } => {
            let ids: Vec<&str> = catalog
                .packages_in_order()
                .into_iter()
                .map(|(id, _)| id)
                .collect();
            print::pool()?.install(|| -> Result<Vec<print::Printout>, String> {
                let mut all = Vec::with_capacity(documents.len());
                for batch in ids.chunks(PRINT_BATCH) {
                    let data = print::documents_of(catalog, locales, theme, batch)?;
                    let start = all.len();
                    let printed = print::render(&data, &theme.print, theme.print_key, memo, stop);
                    all.extend(printed?);
                    for printout in &mut all[start..] {
                        if let Some(bytes) = printout.bytes.take() {
                            let fresh = printout.state == print::State::Printed;
                            counted.put(&printout.path, bytes, Some(printout.key), fresh)?;
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
    let made: std::collections::HashSet<&str> = printouts
        .iter()
        .filter(|p| p.size.is_some())
        .map(|p| p.path.as_str())
        .collect();
    let published_documents: Vec<&print::Document> = documents
        .iter()
        .filter(|d| made.contains(d.path.as_str()))
        .collect();
    let with = html::Pages::new(catalog, theme, locales, memo, sink.keeps_memo());
    html::render(&with, &downloads, &|page: html::Page| {
        counted.pages.fetch_add(1, Ordering::Relaxed);
        let path = page.file.path.to_string_lossy().into_owned();
        counted.put(&path, page.file.bytes, Some(page.key), page.fresh)
    })?;

    let manifest = print::manifest(&printouts);
    counted.put(
        &manifest.path.to_string_lossy(),
        manifest.bytes,
        None,
        false,
    )?;
    for (path, bytes) in &theme.assets {
        counted.put(path, bytes.clone(), None, false)?;
    }
    let published = Published {
        catalog,
        urls: published::urls(catalog, &published_documents),
    };
    counted.files.fetch_add(1, Ordering::Relaxed);
    sink.stream(Path::new("data/catalog.json"), &|out| {
        serde_json::to_writer_pretty(out, &published).map_err(io::Error::other)
    })?;
    let robots = format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}sitemap.xml\n",
        catalog.site.base_url.value
    );
    let limit = published::SITEMAP_LIMIT;
    published::sitemaps(catalog, &published_documents, limit, &mut |path, xml| {
        counted.put(&path, xml.into_bytes().into(), None, false)
    })?;
    counted.put("robots.txt", robots.into_bytes().into(), None, false)?;
    let state = |s: print::State| printouts.iter().filter(|p| p.state == s).count();
    Ok(Made {
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
        fresh: counted.fresh.into_inner().unwrap_or_default(),
    })
}

/// catalog.json: the whole catalogue with the address of every page and document.
#[derive(Serialize)]
struct Published<'a> {
    #[serde(flatten)]
    catalog: &'a Catalog,
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
pub fn render(
    catalog: &Catalog,
    theme: &Theme,
    locales: &Locales,
    memo: &Memo,
    mode: print::Mode,
) -> Result<Rendered, String> {
    let collect = Collect::default();
    let made = render_into(catalog, theme, locales, memo, mode, &collect)?;
    let mut collected = collect
        .0
        .into_inner()
        .map_err(|_| "a render thread failed")?;
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
        pdfs: made.pdfs,
        pdfs_reused: made.pdfs_reused,
        pdfs_pending: made.pdfs_pending,
        fresh: made.fresh,
        memo: next,
    })
}

/// The HTML pages alone (with links to `downloads`), for benchmarks: each
/// is handed to `put` as soon as it is made.
pub fn render_html(
    catalog: &Catalog,
    theme: &Theme,
    locales: &Locales,
    downloads: &print::Downloads,
    put: &(dyn Fn(OutputFile) + Sync),
) -> Result<(), String> {
    let memo = Memo::default();
    let with = html::Pages::new(catalog, theme, locales, &memo, false);
    html::render(&with, downloads, &|page: html::Page| {
        put(page.file);
        Ok(())
    })
}

/// A site read from disk and checked, with its messages and theme: ready to render.
pub struct Source {
    pub loaded: Loaded,
    pub locales: Arc<Locales>,
    pub theme: Arc<Theme>,
}

impl Source {
    pub fn catalog(&self) -> &Catalog {
        self.loaded
            .valid_catalog()
            .expect("a Source is made only from content without errors")
    }
}

/// Reads and checks the site in `root`. `reuse` are messages and a theme
/// read before from files that have not changed since: they are kept as
/// long as the site still has the same languages.
pub fn prepare(
    root: &Path,
    reuse: Option<(Arc<Locales>, Arc<Theme>)>,
) -> Result<Source, BuildError> {
    let mut loaded = load(root).map_err(BuildError::NotASite)?;
    let (locales, theme) = match prepare_theme(root, &loaded, reuse)? {
        Some(prepared) => prepared,
        None => return Err(BuildError::Content(loaded)),
    };
    print::warn_unprintable(&mut loaded, &theme.print);
    Ok(Source {
        loaded,
        locales,
        theme,
    })
}

/// The messages and the theme for content without errors (`None` when it
/// has errors): `reuse`d when they serve the site's languages.
pub fn prepare_theme(
    root: &Path,
    loaded: &Loaded,
    reuse: Option<(Arc<Locales>, Arc<Theme>)>,
) -> Result<Option<(Arc<Locales>, Arc<Theme>)>, BuildError> {
    let Some(catalog) = loaded.valid_catalog() else {
        return Ok(None);
    };
    let languages: Vec<&str> = catalog.language_codes().collect();
    let default = catalog.site.default_language.value.as_str();
    if let Some(reused) = reuse.filter(|(l, _)| l.serves(&languages, default)) {
        return Ok(Some(reused));
    }
    let locales = Locales::load(root, &languages, default)
        .map_err(|errors| BuildError::Locales(errors.iter().map(ToString::to_string).collect()))?;
    let locales = Arc::new(locales);
    let theme = Theme::load(root, locales.clone()).map_err(BuildError::Theme)?;
    Ok(Some((locales, Arc::new(theme))))
}

/// How to build.
#[derive(Default, Clone, Copy)]
pub struct Options<'a> {
    /// Leave the PDFs out: the web pages only, much quicker. Their links to
    /// the PDFs lead nowhere in such an output.
    pub no_pdf: bool,
    /// Told how many files are planned, then of every file written.
    pub progress: Option<&'a (dyn Fn(Progress) + Sync)>,
    /// Set it (from a signal handler) to stop the build: nothing more is
    /// written or printed, the output is left as it was, and the build
    /// returns [`WriteError::Interrupted`].
    pub stop: Option<&'a AtomicBool>,
}

/// Loads the site in `root` and writes it to `output`: every file is
/// written as soon as it is made into a folder beside the output, which
/// replaces the output only when all went well.
pub fn build(root: &Path, output: &Path) -> Result<Built, BuildError> {
    build_with(root, output, Options::default())
}

/// [`build`] with options.
pub fn build_with(root: &Path, output: &Path, options: Options) -> Result<Built, BuildError> {
    let started = std::time::Instant::now();
    output::recover(output);
    let source = prepare(root, None)?;
    let checked = started.elapsed();
    let catalog = source.catalog();
    let memo = if !options.no_pdf && output.join(MARKER).is_file() {
        Memo::from_output(output, print::MANIFEST)
    } else {
        Memo::default()
    };
    let mode = if options.no_pdf {
        print::Mode::Later
    } else {
        print::Mode::Now { stop: options.stop }
    };
    if let Some(progress) = options.progress {
        let pages = published::routes(catalog).len() * catalog.site.languages.len() + 2;
        let pdfs = if options.no_pdf {
            0
        } else {
            print::planned(catalog).len()
        };
        progress(Progress::Planned(pages + pdfs));
    }
    let staging = Staging::create(output).map_err(BuildError::Write)?;
    let writer = Writer {
        staging: &staging,
        error: Mutex::new(None),
        progress: options.progress,
        stop: options.stop,
    };
    let made = render_into(
        catalog,
        &source.theme,
        &source.locales,
        &memo,
        mode,
        &writer,
    );
    // Stopped after the last file was written: still not committed.
    let made = made.and_then(|made| writer.go_on().map(|()| made));
    let made = match made {
        Ok(made) => made,
        Err(message) => {
            // Printing stops without writing: record why.
            let _ = writer.go_on();
            return Err(match writer.error.into_inner().ok().flatten() {
                Some(error) => BuildError::Write(error),
                None => BuildError::Render(message),
            });
        }
    };
    staging.commit().map_err(BuildError::Write)?;
    Ok(Built {
        files: made.files,
        bytes: made.bytes,
        pages: made.pages,
        pdfs: if options.no_pdf { 0 } else { made.pdfs },
        pdfs_reused: made.pdfs_reused,
        checked,
        loaded: source.loaded,
    })
}
