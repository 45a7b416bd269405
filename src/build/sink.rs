//! Where rendered files go as they are made: kept in memory (for the
//! preview server and tests), or written at once into the staging folder
//! of a build, counted on the way.

use super::{OutputFile, Staging, WriteError};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

/// Where the files of a render go, one by one, as they are made.
pub trait Sink: Sync {
    /// Takes one finished file; `key` is the hash of its inputs (for the
    /// memo of the next render), if it has one.
    fn put(&self, file: OutputFile, key: Option<u128>) -> Result<(), String>;

    /// Whether the keys are kept for a next render; when not, pages are not hashed.
    fn keeps_memo(&self) -> bool {
        true
    }

    /// Takes one file that `write` writes piece by piece (for the large ones).
    fn stream(
        &self,
        path: &Path,
        write: &dyn Fn(&mut dyn Write) -> io::Result<()>,
    ) -> Result<(), String> {
        let mut bytes = Vec::new();
        write(&mut bytes).map_err(|e| format!("cannot make {}: {e}", path.display()))?;
        let file = OutputFile {
            path: path.to_path_buf(),
            bytes: bytes.into(),
        };
        self.put(file, None)
    }
}

/// A sink that counts what passes through it.
pub(super) struct Counted<'a> {
    pub(super) sink: &'a dyn Sink,
    pub(super) files: AtomicUsize,
    pub(super) pages: AtomicUsize,
    pub(super) bytes: AtomicU64,
    pub(super) fresh: Mutex<Vec<String>>,
}

impl Counted<'_> {
    pub(super) fn put(
        &self,
        path: &str,
        bytes: Arc<[u8]>,
        key: Option<u128>,
        fresh: bool,
    ) -> Result<(), String> {
        self.files.fetch_add(1, Ordering::Relaxed);
        self.bytes.fetch_add(bytes.len() as u64, Ordering::Relaxed);
        if fresh {
            self.fresh
                .lock()
                .map_err(|_| "a render thread failed")?
                .push(path.to_string());
        }
        self.sink.put(
            OutputFile {
                path: PathBuf::from(path),
                bytes,
            },
            key,
        )
    }
}

/// Keeps every file, and the memo entry of every file with a key.
#[derive(Default)]
pub(super) struct Collect(pub(super) Mutex<Vec<(OutputFile, Option<u128>)>>);

impl Sink for Collect {
    fn put(&self, file: OutputFile, key: Option<u128>) -> Result<(), String> {
        self.0
            .lock()
            .map_err(|_| "a render thread failed")?
            .push((file, key));
        Ok(())
    }
}

/// How far a build has come.
#[derive(Clone, Copy, Debug)]
pub enum Progress {
    /// About this many files will be written (pages and PDFs).
    Planned(usize),
    /// One more file was written.
    Wrote,
}

/// Writes each file into the staging folder as it is made.
pub(super) struct Writer<'a> {
    pub(super) staging: &'a Staging,
    pub(super) error: Mutex<Option<WriteError>>,
    pub(super) progress: Option<&'a (dyn Fn(Progress) + Sync)>,
    /// Once set, every further write fails with [`WriteError::Interrupted`].
    pub(super) stop: Option<&'a AtomicBool>,
}

impl Sink for Writer<'_> {
    fn keeps_memo(&self) -> bool {
        false
    }

    fn put(&self, file: OutputFile, _key: Option<u128>) -> Result<(), String> {
        self.go_on()?;
        self.staging
            .put(&file.path, &file.bytes)
            .map_err(|e| self.keep(e))?;
        if let Some(progress) = self.progress {
            progress(Progress::Wrote);
        }
        Ok(())
    }

    fn stream(
        &self,
        path: &Path,
        write: &dyn Fn(&mut dyn Write) -> io::Result<()>,
    ) -> Result<(), String> {
        self.go_on()?;
        self.staging.stream(path, write).map_err(|e| self.keep(e))
    }
}

impl Writer<'_> {
    /// Fails once the build was asked to stop.
    pub(super) fn go_on(&self) -> Result<(), String> {
        if self.stop.is_some_and(|s| s.load(Ordering::Relaxed)) {
            let output = self.staging.output().to_path_buf();
            return Err(self.keep(WriteError::Interrupted(output)));
        }
        Ok(())
    }

    /// Keeps the first write error for the build's result; returns its message.
    fn keep(&self, error: WriteError) -> String {
        let message = error.to_string();
        if let Ok(mut first) = self.error.lock() {
            first.get_or_insert(error);
        }
        message
    }
}
