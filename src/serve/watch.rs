//! Watching the site's files. Editors save in several steps (a temporary
//! file, a rename, a backup); the debouncer gathers them into one batch, and
//! files that are not part of the site (editor backups, swap files, hidden
//! files) are left out, so one save makes one rebuild.

use notify::event::EventKind;
use notify::{RecommendedWatcher, RecursiveMode};
use notify_debouncer_full::{DebounceEventResult, Debouncer, RecommendedCache, new_debouncer};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, mpsc};
use std::time::Duration;

/// How long the files must be quiet before a rebuild starts.
pub const QUIET: Duration = Duration::from_millis(30);

/// The folders of a site that make its output.
const FOLDERS: [&str; 4] = ["content", "themes", "locales", "static"];

pub type Watcher = Arc<Mutex<Debouncer<RecommendedWatcher, RecommendedCache>>>;

/// The files one batch of events changed.
pub struct Change {
    pub paths: Vec<PathBuf>,
    /// Something under themes/ or locales/ changed.
    pub theme: bool,
    /// themes/ or locales/ appeared and must be watched from now on.
    pub new_folders: Vec<PathBuf>,
    /// What went wrong with the watching itself (events may have been lost).
    pub trouble: Vec<String>,
}

impl Change {
    pub fn merge(&mut self, other: Change) {
        for path in other.paths {
            if !self.paths.contains(&path) {
                self.paths.push(path);
            }
        }
        self.theme |= other.theme;
        self.new_folders.extend(other.new_folders);
        self.trouble.extend(other.trouble);
    }

    /// `content/packages/landbrug.yaml changed`, or how many files did.
    pub fn describe(&self, root: &Path) -> String {
        match self.paths.as_slice() {
            [one] => tr!(
                "serve-one-changed",
                path = one.strip_prefix(root).unwrap_or(one).display().to_string()
            ),
            [] => tr!("serve-site"),
            many => tr!("serve-many-changed", count = many.len()),
        }
    }
}

/// Starts watching `root`'s content/, themes/ and locales/. Every batch of
/// changes sets `stop` (so printing stops early) and goes to `changes`.
pub fn start(
    root: &Path,
    stop: Arc<AtomicBool>,
    changes: mpsc::Sender<Change>,
) -> notify::Result<Watcher> {
    let root = std::path::absolute(root).unwrap_or_else(|_| root.to_path_buf());
    let handler_root = root.clone();
    let handler = move |result: DebounceEventResult| {
        let mut change = Change {
            paths: Vec::new(),
            theme: false,
            new_folders: Vec::new(),
            trouble: Vec::new(),
        };
        let events = match result {
            Ok(events) => events,
            Err(errors) => {
                // The system's watcher failed (e.g. its queue overflowed):
                // changes may be lost, so everything is read again.
                change.trouble = errors
                    .iter()
                    .map(|e| tr!("serve-watching", error = e.to_string()))
                    .collect();
                change.theme = true;
                stop.store(true, Ordering::Relaxed);
                let _ = changes.send(change);
                return;
            }
        };
        for event in events {
            if matches!(event.kind, EventKind::Access(_)) {
                continue;
            }
            for path in &event.paths {
                let Ok(relative) = path.strip_prefix(&handler_root) else {
                    continue;
                };
                let Some(top) = relative.iter().next().and_then(|t| t.to_str()) else {
                    continue;
                };
                if !FOLDERS.contains(&top) || is_scratch(relative) {
                    continue;
                }
                if relative.iter().count() == 1 && top != "content" && path.is_dir() {
                    change.new_folders.push(path.clone());
                }
                change.theme |= top == "themes" || top == "locales";
                if !change.paths.contains(path) {
                    change.paths.push(path.clone());
                }
            }
        }
        if !change.paths.is_empty() {
            stop.store(true, Ordering::Relaxed);
            let _ = changes.send(change);
        }
    };
    let mut debouncer = new_debouncer(QUIET, Some(Duration::from_millis(10)), handler)?;
    // The site's folder itself, not recursively: to see themes/ or locales/ appear.
    debouncer.watch(&root, RecursiveMode::NonRecursive)?;
    for folder in FOLDERS {
        let path = root.join(folder);
        if path.is_dir() {
            debouncer.watch(&path, RecursiveMode::Recursive)?;
        }
    }
    Ok(Arc::new(Mutex::new(debouncer)))
}

/// Watches a folder that appeared after the start.
pub fn add(watcher: &Watcher, folder: &Path) {
    if let Ok(mut debouncer) = watcher.lock()
        && let Err(e) = debouncer.watch(folder, RecursiveMode::Recursive)
    {
        let (folder, error) = (folder.display().to_string(), e.to_string());
        eprintln!(
            "{}",
            tr!("serve-cannot-watch", folder = folder, error = error)
        );
    }
}

/// Files editors write beside the real one while saving.
fn is_scratch(relative: &Path) -> bool {
    let name = relative
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    name.starts_with('.')
        || name.starts_with('#')
        || name.ends_with('~')
        || name == "4913"
        || [".swp", ".swx", ".tmp", ".bak", ".crswap"]
            .iter()
            .any(|ext| name.ends_with(ext))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn editor_scratch_files_are_not_changes() {
        for name in [
            "content/packages/.landbrug.yaml.swp",
            "content/packages/landbrug.yaml~",
            "content/packages/4913",
            "content/packages/#landbrug.yaml#",
            "content/.DS_Store",
        ] {
            assert!(is_scratch(Path::new(name)), "{name}");
        }
        assert!(!is_scratch(Path::new("content/packages/landbrug.yaml")));
    }
}
