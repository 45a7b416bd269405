//! The build: load and validate, render every output in memory, then write the
//! output folder atomically. Nothing is written when anything fails.

mod html;
mod output;
mod theme;

pub use output::{MARKER, OutputFile, WriteError, write_atomically};
pub use theme::Theme;

use crate::load::{Loaded, NotASite, load};
use crate::model::Catalog;
use std::path::{Path, PathBuf};

/// What a successful build wrote.
pub struct Built {
    pub files: usize,
    pub bytes: usize,
    pub loaded: Loaded,
}

/// Why a build wrote nothing.
pub enum BuildError {
    NotASite(NotASite),
    /// The content has errors; the report is in the loaded content.
    Content(Loaded),
    Theme(String),
    Render(String),
    Write(WriteError),
}

/// Renders every output file of the site in memory.
pub fn render(catalog: &Catalog, theme: &Theme) -> Result<Vec<OutputFile>, String> {
    let mut files = html::render(catalog, theme)?;
    let json = serde_json::to_vec_pretty(catalog).map_err(|e| format!("cannot write catalog.json: {e}"))?;
    files.push(OutputFile { path: PathBuf::from("data/catalog.json"), bytes: json });
    Ok(files)
}

/// Loads the site in `root` and writes it to `output`.
pub fn build(root: &Path, output: &Path) -> Result<Built, BuildError> {
    let loaded = load(root).map_err(BuildError::NotASite)?;
    let Some(catalog) = loaded.valid_catalog() else {
        return Err(BuildError::Content(loaded));
    };
    let theme = Theme::load(root).map_err(BuildError::Theme)?;
    let files = render(catalog, &theme).map_err(BuildError::Render)?;
    write_atomically(output, &files).map_err(BuildError::Write)?;
    let bytes = files.iter().map(|f| f.bytes.len()).sum();
    Ok(Built { files: files.len(), bytes, loaded })
}
