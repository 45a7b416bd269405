//! The build: load and validate, render every output in memory, then write the
//! output folder atomically. Nothing is written when anything fails.

mod diagram;
mod html;
mod module_view;
mod output;
pub mod print;
mod theme;
mod views;

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

/// Renders every output file of the site in memory. With `previous` (the
/// last build's output), PDFs whose inputs did not change are reused from it.
pub fn render(
    catalog: &Catalog,
    theme: &Theme,
    locales: &Locales,
    previous: Option<&Path>,
) -> Result<Rendered, String> {
    let documents = print::documents(catalog, locales, theme)?;
    let printed = print::render(&documents, &theme.print, theme.print_key, previous)?;
    let downloads = print::downloads(&documents, &printed);
    let (pdfs, pdfs_reused) = (documents.len(), printed.reused);
    let mut files = html::render(catalog, theme, locales, &downloads)?;
    files.extend(printed.files);
    for (path, bytes) in &theme.assets {
        files.push(OutputFile {
            path: PathBuf::from(path),
            bytes: bytes.clone(),
        });
    }
    let mut published = catalog.clone();
    published.urls = Some(html::urls(catalog, &documents));
    let json = serde_json::to_vec_pretty(&published)
        .map_err(|e| format!("cannot write catalog.json: {e}"))?;
    files.push(OutputFile {
        path: PathBuf::from("data/catalog.json"),
        bytes: json,
    });
    files.push(OutputFile {
        path: PathBuf::from("sitemap.xml"),
        bytes: sitemap(catalog, &documents).into_bytes(),
    });
    let robots = format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}sitemap.xml\n",
        catalog.site.base_url.value
    );
    files.push(OutputFile {
        path: PathBuf::from("robots.txt"),
        bytes: robots.into_bytes(),
    });
    Ok(Rendered {
        files,
        pdfs,
        pdfs_reused,
    })
}

/// The HTML pages alone (with links to `downloads`), for benchmarks.
pub fn render_html(
    catalog: &Catalog,
    theme: &Theme,
    locales: &Locales,
    downloads: &print::Downloads,
) -> Result<Vec<OutputFile>, String> {
    html::render(catalog, theme, locales, downloads)
}

/// `sitemap.xml`: every page in every language, each with its alternates,
/// then every PDF document.
fn sitemap(catalog: &Catalog, documents: &[print::Document]) -> String {
    let base = catalog.site.base_url.value.as_str();
    let default = catalog.site.default_language.value.as_str();
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for route in html::routes(catalog) {
        for lang in catalog.language_codes() {
            xml.push_str(&format!(
                "  <url>\n    <loc>{}</loc>\n",
                route.url(base, lang)
            ));
            for other in catalog.language_codes() {
                xml.push_str(&format!(
                    "    <xhtml:link rel=\"alternate\" hreflang=\"{other}\" href=\"{}\"/>\n",
                    route.url(base, other)
                ));
            }
            xml.push_str(&format!(
                "    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\"/>\n  </url>\n",
                route.url(base, default)
            ));
        }
    }
    for doc in documents {
        xml.push_str(&format!(
            "  <url>\n    <loc>{base}{}</loc>\n  </url>\n",
            doc.path
        ));
    }
    xml.push_str("</urlset>\n");
    xml
}

/// Loads the site in `root` and writes it to `output`.
pub fn build(root: &Path, output: &Path) -> Result<Built, BuildError> {
    let loaded = load(root).map_err(BuildError::NotASite)?;
    let Some(catalog) = loaded.valid_catalog() else {
        return Err(BuildError::Content(loaded));
    };
    let languages: Vec<&str> = catalog.language_codes().collect();
    let locales = Locales::load(root, &languages, &catalog.site.default_language.value)
        .map_err(|errors| BuildError::Locales(errors.iter().map(ToString::to_string).collect()))?;
    let locales = Arc::new(locales);
    let theme = Theme::load(root, locales.clone()).map_err(BuildError::Theme)?;
    let previous = output.join(MARKER).is_file().then_some(output);
    let rendered = render(catalog, &theme, &locales, previous).map_err(BuildError::Render)?;
    write_atomically(output, &rendered.files).map_err(BuildError::Write)?;
    let bytes = rendered.files.iter().map(|f| f.bytes.len()).sum();
    Ok(Built {
        files: rendered.files.len(),
        bytes,
        pdfs: rendered.pdfs,
        pdfs_reused: rendered.pdfs_reused,
        loaded,
    })
}
