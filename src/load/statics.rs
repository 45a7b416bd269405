//! The site's `static/` folder: files that go into the output as they are,
//! at the same path (the Hugo and Zola convention): a `CNAME` for GitHub
//! Pages, `favicon.ico`, `.well-known/`, a brochure PDF. Read here, so a
//! file that cannot be read is reported by `check` like any other mistake.

use crate::diagnostic::{Diagnostic, FileId, Report, Sources};
use crate::located::Pos;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use walkdir::WalkDir;

/// The folder, beside `content/`.
pub const FOLDER: &str = "static";

/// One file of `static/`.
pub struct StaticFile {
    /// Where it goes in the output, with `/` between folders: `CNAME`,
    /// `files/brochure.pdf`.
    pub path: String,
    /// The file in the sources, for diagnostics.
    pub file: FileId,
    pub bytes: Arc<[u8]>,
}

/// Files the system or an editor leaves beside the real ones; never published.
fn is_scratch(name: &str) -> bool {
    name.starts_with("~$")
        || name.ends_with('~')
        || [".DS_Store", "Thumbs.db", "desktop.ini"].contains(&name)
        || name.ends_with(".swp")
}

/// Reads every file under `root/static/` (none when there is no such folder).
/// Links are skipped with a warning, never followed out of the site.
pub fn load(root: &Path, sources: &mut Sources, report: &mut Report) -> Vec<StaticFile> {
    let folder = root.join(FOLDER);
    if !folder.is_dir() {
        return Vec::new();
    }
    let mut files = Vec::new();
    for entry in WalkDir::new(&folder).sort_by_file_name().min_depth(1) {
        let entry = match entry {
            Ok(entry) => entry,
            Err(error) => {
                let shown = error
                    .path()
                    .map_or_else(|| folder.clone(), Path::to_path_buf);
                let file = sources.add(relative(root, &shown), None);
                report.push(
                    Diagnostic::error(file, Pos::UNKNOWN, tr!("folder-unreadable"))
                        .help(tr!("folder-unreadable.help")),
                );
                continue;
            }
        };
        let shown = relative(root, entry.path());
        if entry.path_is_symlink() {
            let file = sources.add(shown, None);
            report.push(link_skipped(file, "static/"));
            continue;
        }
        if !entry.file_type().is_file() {
            continue;
        }
        let name = entry.file_name().to_string_lossy();
        if is_scratch(&name) {
            continue;
        }
        let Some(path) = output_path(&folder, entry.path()) else {
            let file = sources.add(shown, None);
            report.push(
                Diagnostic::error(file, Pos::UNKNOWN, tr!("name-not-text"))
                    .help(tr!("name-not-text.help")),
            );
            continue;
        };
        let file = sources.add(shown, None);
        match std::fs::read(entry.path()) {
            Ok(bytes) => files.push(StaticFile {
                path,
                file,
                bytes: bytes.into(),
            }),
            Err(error) => report.push(
                Diagnostic::error(
                    file,
                    Pos::UNKNOWN,
                    tr!("file-unreadable", error = error.to_string()),
                )
                .help(tr!("file-unreadable.static")),
            ),
        }
    }
    files
}

/// The warning for a link in one of the site's folders.
pub fn link_skipped(file: FileId, folder: &str) -> Diagnostic {
    Diagnostic::warning(file, Pos::UNKNOWN, tr!("link-skipped", folder = folder))
        .help(tr!("link-skipped.help"))
}

/// `static/files/a.pdf` → `files/a.pdf`, if every part of the path is text.
fn output_path(folder: &Path, path: &Path) -> Option<String> {
    let parts: Option<Vec<&str>> = path
        .strip_prefix(folder)
        .ok()?
        .iter()
        .map(|part| part.to_str())
        .collect();
    Some(parts?.join("/"))
}

fn relative(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root).unwrap_or(path).to_path_buf()
}
