//! Writing the output folder atomically: everything is written to a temporary
//! folder beside the output, which replaces the output only when every file
//! was written. A failed or killed build leaves the previous site as it was.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};

/// The file that marks a folder as made by pathways, so a mistaken
/// `--output` never replaces a folder of the user's. It lists every file the
/// build wrote, so a file put into the output by hand is never deleted.
pub const MARKER: &str = ".pathways-output";

/// The first lines of [`MARKER`]; the paths follow, one a line.
const MARKER_HEAD: &str = "# This folder is written by `pathways build` and replaced by each build.\n# Put files of your own into the site's static/ folder: a file here that is\n# not listed below stops the build, so that it is never deleted.\n";

/// How many foreign files an error names before it says how many more.
const NAMED: usize = 10;

/// One file of the output, by its path relative to the output folder.
pub struct OutputFile {
    pub path: PathBuf,
    pub bytes: Arc<[u8]>,
}

/// Why the output could not be written.
#[derive(Debug)]
pub enum WriteError {
    NotOurs(PathBuf),
    /// The output holds files that pathways did not write (paths relative to it).
    Foreign {
        output: PathBuf,
        files: Vec<String>,
    },
    Io {
        path: PathBuf,
        error: io::Error,
    },
    /// Stopped on request (Ctrl-C or a termination signal).
    Interrupted(PathBuf),
}

impl std::fmt::Display for WriteError {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        match self {
            WriteError::NotOurs(path) => {
                f.write_str(&tr!("output-not-ours", path = path.display().to_string()))
            }
            WriteError::Foreign { output, files } => {
                let mut named = files
                    .iter()
                    .take(NAMED)
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(", ");
                if files.len() > NAMED {
                    named.push(' ');
                    named.push_str(&tr!("output-more", count = files.len() - NAMED));
                }
                f.write_str(&tr!(
                    "output-foreign",
                    output = output.display().to_string(),
                    count = files.len(),
                    named = named
                ))
            }
            WriteError::Io { path, error } => {
                let hint = match error.kind() {
                    io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded => {
                        tr!("output-disk-full")
                    }
                    io::ErrorKind::FileTooLarge => tr!("output-too-large"),
                    io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem => {
                        tr!("output-denied")
                    }
                    io::ErrorKind::NotADirectory => tr!("output-not-folder"),
                    _ => tr!("output-check"),
                };
                f.write_str(&tr!(
                    "output-io",
                    path = path.display().to_string(),
                    error = error.to_string(),
                    hint = hint
                ))
            }
            WriteError::Interrupted(output) => f.write_str(&tr!(
                "output-interrupted",
                output = output.display().to_string()
            )),
        }
    }
}

impl std::error::Error for WriteError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            WriteError::Io { error, .. } => Some(error),
            _ => None,
        }
    }
}

fn io_error(path: &Path) -> impl FnOnce(io::Error) -> WriteError + '_ {
    move |error| WriteError::Io {
        path: path.to_path_buf(),
        error,
    }
}

/// Replaces `output` with exactly `files`.
pub fn write_atomically(output: &Path, files: &[OutputFile]) -> Result<(), WriteError> {
    let staging = Staging::create(output)?;
    for file in files {
        staging.put(&file.path, &file.bytes)?;
    }
    staging.commit()
}

/// An output folder being written: files go into a temporary folder beside
/// it as they are made, and [`Staging::commit`] puts it in the output's
/// place. Dropped without a commit, it removes itself and leaves the output
/// as it was.
pub struct Staging {
    dir: PathBuf,
    output: PathBuf,
    parent: PathBuf,
    name: String,
    /// Every file written, relative to the output, `/` between folders.
    written: Mutex<Vec<String>>,
    committed: bool,
}

impl Staging {
    /// Starts writing a new `output`, which must be missing, empty or made
    /// by pathways. Removes what interrupted builds left beside it.
    pub fn create(output: &Path) -> Result<Staging, WriteError> {
        let output = absolute(output);
        if output.exists() && !is_ours_or_empty(&output) {
            return Err(WriteError::NotOurs(output));
        }
        let parent = output
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_else(|| PathBuf::from("."));
        fs::create_dir_all(&parent).map_err(io_error(&parent))?;
        let name = output
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "public".into());
        recover(&output);
        remove_stray_folders(&parent, &name);
        let dir = parent.join(format!(".{name}.tmp-{}", std::process::id()));
        let staging = Staging {
            dir,
            output,
            parent,
            name,
            written: Mutex::new(Vec::new()),
            committed: false,
        };
        if staging.dir.exists() {
            fs::remove_dir_all(&staging.dir).map_err(io_error(&staging.dir))?;
        }
        fs::create_dir_all(&staging.dir).map_err(io_error(&staging.dir))?;
        fs::write(staging.dir.join(MARKER), MARKER_HEAD).map_err(io_error(&staging.dir))?;
        Ok(staging)
    }

    fn note(&self, path: &Path) {
        let shown = path
            .iter()
            .map(|part| part.to_string_lossy())
            .collect::<Vec<_>>()
            .join("/");
        self.written
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(shown);
    }

    /// Writes one file (`path` relative to the output folder). Safe to call
    /// from several threads.
    pub fn put(&self, path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
        self.note(path);
        let path = self.dir.join(path);
        if let Some(dir) = path.parent() {
            fs::create_dir_all(dir).map_err(io_error(dir))?;
        }
        fs::write(&path, bytes).map_err(io_error(&path))
    }

    /// Puts the file `from` (in the output this folder replaces) here as it
    /// is: a hard link, which costs no copy; a copy where links cannot be made.
    pub fn link(&self, path: &Path, from: &Path) -> Result<(), WriteError> {
        self.note(path);
        let path = self.dir.join(path);
        if let Some(dir) = path.parent() {
            fs::create_dir_all(dir).map_err(io_error(dir))?;
        }
        if fs::hard_link(from, &path).is_ok() {
            return Ok(());
        }
        fs::copy(from, &path).map(drop).map_err(io_error(&path))
    }

    /// Writes one file piece by piece through a buffer.
    pub fn stream(
        &self,
        path: &Path,
        write: &dyn Fn(&mut dyn io::Write) -> io::Result<()>,
    ) -> Result<(), WriteError> {
        self.note(path);
        let path = self.dir.join(path);
        if let Some(dir) = path.parent() {
            fs::create_dir_all(dir).map_err(io_error(dir))?;
        }
        let file = fs::File::create(&path).map_err(io_error(&path))?;
        let mut out = io::BufWriter::new(file);
        write(&mut out)
            .and_then(|()| io::Write::flush(&mut out))
            .map_err(io_error(&path))
    }

    /// The output folder this staging folder is to replace.
    pub fn output(&self) -> &Path {
        &self.output
    }

    /// Puts the written folder in the output's place, unless the output
    /// holds files that pathways did not write (they would be lost).
    pub fn commit(mut self) -> Result<(), WriteError> {
        let mut written =
            std::mem::take(&mut *self.written.lock().unwrap_or_else(PoisonError::into_inner));
        written.sort();
        written.dedup();
        let foreign = foreign_files(&self.output, &written);
        if !foreign.is_empty() {
            return Err(WriteError::Foreign {
                output: self.output.clone(),
                files: foreign,
            });
        }
        let mut marker = MARKER_HEAD.to_string();
        for path in &written {
            marker.push_str(path);
            marker.push('\n');
        }
        fs::write(self.dir.join(MARKER), marker).map_err(io_error(&self.dir))?;
        let result = swap(&self.dir, &self.output, &self.parent, &self.name);
        self.committed = result.is_ok();
        result
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            let _ = fs::remove_dir_all(&self.dir);
        }
    }
}

fn swap(staging: &Path, output: &Path, parent: &Path, name: &str) -> Result<(), WriteError> {
    let old = parent.join(format!(".{name}.old-{}", std::process::id()));
    let had_output = output.exists();
    if had_output {
        fs::rename(output, &old).map_err(io_error(output))?;
    }
    if let Err(error) = fs::rename(staging, output) {
        if had_output {
            let _ = fs::rename(&old, output);
        }
        return Err(WriteError::Io {
            path: output.to_path_buf(),
            error,
        });
    }
    if had_output {
        let _ = fs::remove_dir_all(&old);
    }
    Ok(())
}

/// The files in `output` that the previous build did not write (by its
/// marker's list) and so are someone's own. A marker without a list (from
/// an older pathways) counts the files this build wrote as its own.
fn foreign_files(output: &Path, written: &[String]) -> Vec<String> {
    let Ok(marker) = fs::read_to_string(output.join(MARKER)) else {
        return Vec::new();
    };
    // A marker of an older pathways is one sentence, without the list.
    let listed: std::collections::HashSet<&str> = match marker.strip_prefix(MARKER_HEAD) {
        Some(list) => list.lines().filter(|line| !line.is_empty()).collect(),
        None => Default::default(),
    };
    let ours = |path: &str| {
        if listed.is_empty() {
            written.binary_search_by(|w| w.as_str().cmp(path)).is_ok()
        } else {
            listed.contains(path)
        }
    };
    let mut foreign: Vec<String> = walkdir::WalkDir::new(output)
        .min_depth(1)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| !e.file_type().is_dir())
        .filter_map(|e| {
            let relative = e.path().strip_prefix(output).ok()?;
            let shown = relative
                .iter()
                .map(|part| part.to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            (shown != MARKER && !ours(&shown)).then_some(shown)
        })
        .collect();
    foreign.sort();
    foreign
}

fn is_ours_or_empty(output: &Path) -> bool {
    output.join(MARKER).is_file()
        || fs::read_dir(output).is_ok_and(|mut entries| entries.next().is_none())
}

/// A build killed between moving the old output aside and moving the new one
/// in leaves no output and the old one as `.NAME.old-PID`: put it back.
/// Call it before anything else, so the site is back even if this build fails.
pub fn recover(output: &Path) {
    let output = absolute(output);
    let (Some(parent), Some(name)) = (output.parent(), output.file_name()) else {
        return;
    };
    if output.exists() {
        return;
    }
    let Ok(entries) = fs::read_dir(parent) else {
        return;
    };
    let prefix = format!(".{}.old-", name.to_string_lossy());
    let previous = entries.flatten().map(|e| e.path()).find(|path| {
        path.file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with(&prefix))
            && path.join(MARKER).is_file()
    });
    if let Some(previous) = previous {
        let _ = fs::rename(previous, &output);
    }
}

/// Removes temporary folders that an interrupted build left beside the output.
fn remove_stray_folders(parent: &Path, name: &str) {
    let Ok(entries) = fs::read_dir(parent) else {
        return;
    };
    let prefixes = [format!(".{name}.tmp-"), format!(".{name}.old-")];
    for entry in entries.flatten() {
        let file_name = entry.file_name().to_string_lossy().into_owned();
        if prefixes.iter().any(|p| file_name.starts_with(p.as_str()))
            && entry.path().join(MARKER).is_file()
        {
            let _ = fs::remove_dir_all(entry.path());
        }
    }
}

fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}
