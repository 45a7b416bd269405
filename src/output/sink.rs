//! Where rendered files go as they are made: kept in memory (for the
//! preview server and tests), or written at once into the staging folder
//! of a build.

use super::{OutputFile, Staging, WriteError};
use std::io::{self, Write};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, PoisonError};

/// Where the files of a render go, one by one, as they are made.
pub trait Sink: Sync {
    /// Takes one finished file; `key` is the hash of its inputs (for the
    /// memo of the next render), if it has one.
    fn put(&self, file: OutputFile, key: Option<u128>) -> Result<(), WriteError>;

    /// Whether the keys are kept for a next render; when not, pages are not hashed.
    fn keeps_memo(&self) -> bool {
        true
    }

    /// Takes the file `from` of the previous output as it is (a reused
    /// PDF); by default it is read and put.
    fn link(&self, path: &Path, from: &Path, key: Option<u128>) -> Result<(), WriteError> {
        put_made(self, path, std::fs::read(from), from, key)
    }

    /// Takes one file that `write` writes piece by piece (for the large ones).
    fn stream(
        &self,
        path: &Path,
        write: &dyn Fn(&mut dyn Write) -> io::Result<()>,
    ) -> Result<(), WriteError> {
        let mut bytes = Vec::new();
        let made = write(&mut bytes).map(|()| bytes);
        put_made(self, path, made, path, None)
    }
}

/// Puts the bytes `made` at `path`, or reports what failed in making them
/// from `source`.
fn put_made<S: Sink + ?Sized>(
    sink: &S,
    path: &Path,
    made: io::Result<Vec<u8>>,
    source: &Path,
    key: Option<u128>,
) -> Result<(), WriteError> {
    let bytes = made.map_err(|error| WriteError::Io {
        path: source.to_path_buf(),
        error,
    })?;
    let file = OutputFile {
        path: path.to_path_buf(),
        bytes: bytes.into(),
    };
    sink.put(file, key)
}

/// Keeps every file, and the memo entry of every file with a key.
#[derive(Default)]
pub struct Collect(Mutex<Vec<(OutputFile, Option<u128>)>>);

impl Collect {
    /// The files collected, in the order they came.
    pub fn into_files(self) -> Vec<(OutputFile, Option<u128>)> {
        self.0.into_inner().unwrap_or_else(PoisonError::into_inner)
    }
}

impl Sink for Collect {
    fn put(&self, file: OutputFile, key: Option<u128>) -> Result<(), WriteError> {
        self.0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
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
pub struct Writer<'a> {
    pub staging: &'a Staging,
    pub progress: Option<&'a (dyn Fn(Progress) + Sync)>,
    /// Once set, every further write fails with [`WriteError::Interrupted`].
    pub stop: Option<&'a AtomicBool>,
}

impl Sink for Writer<'_> {
    fn keeps_memo(&self) -> bool {
        false
    }

    fn put(&self, file: OutputFile, _key: Option<u128>) -> Result<(), WriteError> {
        self.go_on()?;
        self.staging.put(&file.path, &file.bytes)?;
        if let Some(progress) = self.progress {
            progress(Progress::Wrote);
        }
        Ok(())
    }

    fn stream(
        &self,
        path: &Path,
        write: &dyn Fn(&mut dyn Write) -> io::Result<()>,
    ) -> Result<(), WriteError> {
        self.go_on()?;
        self.staging.stream(path, write)
    }

    fn link(&self, path: &Path, from: &Path, _key: Option<u128>) -> Result<(), WriteError> {
        self.go_on()?;
        self.staging.link(path, from)?;
        if let Some(progress) = self.progress {
            progress(Progress::Wrote);
        }
        Ok(())
    }
}

impl Writer<'_> {
    /// Fails once the build was asked to stop.
    pub fn go_on(&self) -> Result<(), WriteError> {
        if self.stop.is_some_and(|s| s.load(Ordering::Relaxed)) {
            return Err(WriteError::Interrupted(self.staging.output().to_path_buf()));
        }
        Ok(())
    }
}
