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
mod theme;
mod views;

pub use memo::Memo;
pub use output::{MARKER, OutputFile, WriteError, write_atomically};
pub use theme::Theme;

use crate::i18n::Locales;
use crate::load::{Loaded, NotASite, load};
use crate::model::Catalog;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// What a successful build wrote.
pub struct Built {
    pub files: usize,
    pub bytes: usize,
    /// PDF documents, and how many of them were reused from the previous build.
    pub pdfs: usize,
    pub pdfs_reused: usize,
    pub loaded: Loaded,
}

/// Every output file of the site, in memory.
pub struct Rendered {
    pub files: Vec<OutputFile>,
    pub pdfs: usize,
    pub pdfs_reused: usize,
    /// Documents not checked and printed yet (only with [`print::Mode::Later`]).
    pub pdfs_pending: Vec<String>,
    /// The pages and documents made anew rather than taken from the memo.
    pub fresh: Vec<String>,
    /// What the next render can reuse.
    pub memo: Memo,
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

/// Renders every output file of the site in memory, taking every page and
/// document whose inputs did not change from `memo`.
pub fn render(
    catalog: &Catalog,
    theme: &Theme,
    locales: &Locales,
    memo: &Memo,
    mode: print::Mode,
) -> Result<Rendered, String> {
    let (documents, printouts) = match mode {
        print::Mode::Later => {
            let documents = print::planned(catalog);
            let printouts = print::unchecked(&documents, memo);
            (documents, printouts)
        }
        print::Mode::Now { stop } => {
            let documents = print::documents(catalog, locales, theme)?;
            let printouts = print::render(&documents, &theme.print, theme.print_key, memo, stop)?;
            (documents, printouts)
        }
    };
    let downloads = print::downloads(&documents, &printouts);
    let with = html::Pages {
        catalog,
        theme,
        locales,
        memo,
    };
    let pages = html::render(&with, &downloads)?;

    let mut next = Memo::default();
    let mut fresh = Vec::new();
    let mut files = Vec::new();
    for page in pages {
        let path = page.file.path.to_string_lossy().into_owned();
        if page.fresh {
            fresh.push(path.clone());
        }
        next.insert(path, page.key, page.file.bytes.clone());
        files.push(page.file);
    }
    let mut pending = Vec::new();
    for printout in &printouts {
        match printout.state {
            print::State::Printed => fresh.push(printout.path.clone()),
            print::State::Unchecked => pending.push(printout.path.clone()),
            print::State::Reused => {}
        }
        if let Some(bytes) = &printout.bytes {
            next.insert(printout.path.clone(), printout.key, bytes.clone());
            files.push(OutputFile {
                path: PathBuf::from(&printout.path),
                bytes: bytes.clone(),
            });
        }
    }
    files.push(print::manifest(&printouts));
    for (path, bytes) in &theme.assets {
        files.push(OutputFile {
            path: PathBuf::from(path),
            bytes: bytes.clone(),
        });
    }
    let mut published = catalog.clone();
    published.urls = Some(published::urls(catalog, &documents));
    let json = serde_json::to_vec_pretty(&published)
        .map_err(|e| format!("cannot write catalog.json: {e}"))?;
    let robots = format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}sitemap.xml\n",
        catalog.site.base_url.value
    );
    for (path, bytes) in [
        ("data/catalog.json", json),
        (
            "sitemap.xml",
            published::sitemap(catalog, &documents).into_bytes(),
        ),
        ("robots.txt", robots.into_bytes()),
    ] {
        files.push(OutputFile {
            path: PathBuf::from(path),
            bytes: bytes.into(),
        });
    }
    let pdfs_reused = printouts
        .iter()
        .filter(|p| p.state == print::State::Reused)
        .count();
    Ok(Rendered {
        files,
        pdfs: documents.len(),
        pdfs_reused,
        pdfs_pending: pending,
        fresh,
        memo: next,
    })
}

/// The HTML pages alone (with links to `downloads`), for benchmarks.
pub fn render_html(
    catalog: &Catalog,
    theme: &Theme,
    locales: &Locales,
    downloads: &print::Downloads,
) -> Result<Vec<OutputFile>, String> {
    let memo = Memo::default();
    let with = html::Pages {
        catalog,
        theme,
        locales,
        memo: &memo,
    };
    Ok(html::render(&with, downloads)?
        .into_iter()
        .map(|page| page.file)
        .collect())
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
    let loaded = load(root).map_err(BuildError::NotASite)?;
    let Some(catalog) = loaded.valid_catalog() else {
        return Err(BuildError::Content(loaded));
    };
    let languages: Vec<&str> = catalog.language_codes().collect();
    let default = catalog.site.default_language.value.as_str();
    if let Some((locales, theme)) = reuse.filter(|(l, _)| l.serves(&languages, default)) {
        return Ok(Source {
            loaded,
            locales,
            theme,
        });
    }
    let locales = Locales::load(root, &languages, default)
        .map_err(|errors| BuildError::Locales(errors.iter().map(ToString::to_string).collect()))?;
    let locales = Arc::new(locales);
    let theme = Theme::load(root, locales.clone()).map_err(BuildError::Theme)?;
    Ok(Source {
        loaded,
        locales,
        theme: Arc::new(theme),
    })
}

/// Loads the site in `root` and writes it to `output`.
pub fn build(root: &Path, output: &Path) -> Result<Built, BuildError> {
    let source = prepare(root, None)?;
    let memo = if output.join(MARKER).is_file() {
        Memo::from_output(output, print::MANIFEST)
    } else {
        Memo::default()
    };
    let mode = print::Mode::Now { stop: None };
    let rendered = render(
        source.catalog(),
        &source.theme,
        &source.locales,
        &memo,
        mode,
    )
    .map_err(BuildError::Render)?;
    write_atomically(output, &rendered.files).map_err(BuildError::Write)?;
    let bytes = rendered.files.iter().map(|f| f.bytes.len()).sum();
    Ok(Built {
        files: rendered.files.len(),
        bytes,
        pdfs: rendered.pdfs,
        pdfs_reused: rendered.pdfs_reused,
        loaded: source.loaded,
    })
}
