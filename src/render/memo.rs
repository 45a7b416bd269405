//! Doing only what a change touched. Every output file is made from inputs
//! that can be hashed: a page from its template (with the templates it
//! includes), the interface messages of its language and the values its
//! view put into the template context; a PDF from its template and data.
//! The memo keeps each file's hash and bytes from the last render, so the
//! next render takes every file whose inputs hash the same from the memo.
//!
//! This needs no list of which file uses what: whatever a page shows went
//! through its context, so a package title that appears on the home page
//! changes the home page's hash, and nothing else does.

use serde::Serialize;
use std::borrow::Cow;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The bytes of a file made before: in memory, or in the previous output
/// folder (read only when reused, so a national catalogue's PDFs are never
/// all in memory at once).
#[derive(Clone)]
enum Kept {
    Memory(Arc<[u8]>),
    Disk(PathBuf),
}

impl Kept {
    fn bytes(&self) -> Option<Arc<[u8]>> {
        match self {
            Kept::Memory(bytes) => Some(bytes.clone()),
            Kept::Disk(path) => std::fs::read(path).ok().map(Into::into),
        }
    }
}

/// The files of the last render with the hash of their inputs.
#[derive(Default, Clone)]
pub struct Memo {
    files: HashMap<String, (u128, Kept)>,
}

impl Memo {
    /// The bytes made last time from the same inputs, if any (and if they
    /// can still be read).
    pub fn reuse(&self, path: &str, key: u128) -> Option<Arc<[u8]>> {
        self.files
            .get(path)
            .filter(|(old, _)| *old == key)
            .and_then(|(_, made)| made.bytes())
    }

    /// The previous output's file made last time from the same inputs, with
    /// its size, if the memo has it on disk: it can be linked, not read.
    pub fn reuse_file(&self, path: &str, key: u128) -> Option<(PathBuf, usize)> {
        match self.files.get(path) {
            Some((old, Kept::Disk(file))) if *old == key => {
                let size = std::fs::metadata(file).ok()?.len();
                Some((file.clone(), usize::try_from(size).ok()?))
            }
            _ => None,
        }
    }

    /// The file as it was last made, with the hash of its inputs then.
    pub fn stale(&self, path: &str) -> Option<(u128, Arc<[u8]>)> {
        let (key, made) = self.files.get(path)?;
        Some((*key, made.bytes()?))
    }

    pub fn insert(&mut self, path: String, key: u128, bytes: Arc<[u8]>) {
        self.files.insert(path, (key, Kept::Memory(bytes)));
    }

    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// The PDFs of a previous output folder, with the hashes its manifest
    /// lists. They are read when reused; a file that cannot be read then is
    /// rendered again.
    pub fn from_output(output: &Path, manifest: &str) -> Memo {
        let mut memo = Memo::default();
        let Ok(text) = std::fs::read_to_string(output.join(manifest)) else {
            return memo;
        };
        for (hash, path) in text
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_once(' '))
        {
            let Ok(key) = u128::from_str_radix(hash, 16) else {
                continue;
            };
            let file = output.join(path);
            if file.is_file() {
                memo.files.insert(path.to_string(), (key, Kept::Disk(file)));
            }
        }
        memo
    }
}

/// A template context that remembers everything put into it, to hash
/// (unless it is made for a render that keeps no memo).
pub struct Context {
    tera: tera::Context,
    inputs: Vec<u8>,
    recording: bool,
}

impl Context {
    /// A context whose [`Context::key`] hashes what was put in when
    /// `recording`, and is 0 otherwise.
    pub fn new(recording: bool) -> Context {
        Context {
            tera: tera::Context::new(),
            inputs: Vec::new(),
            recording,
        }
    }

    pub fn insert<T: Serialize + ?Sized>(&mut self, key: impl Into<Cow<'static, str>>, value: &T) {
        let key = key.into();
        if !self.recording {
            self.tera.insert(key, value);
            return;
        }
        self.inputs.extend_from_slice(key.as_bytes());
        self.inputs.push(0);
        // A value that cannot be serialised cannot be rendered either; the
        // template reports it, so it only needs to hash differently here.
        if serde_json::to_writer(&mut self.inputs, value).is_err() {
            self.inputs.push(0xff);
        }
        self.inputs.push(0);
        self.tera.insert(key, value);
    }

    /// Everything put into `other`, as if it had been put into this one
    /// (the values are shared, not copied).
    pub fn extend(&mut self, other: &Context) {
        if self.recording {
            self.inputs.extend_from_slice(&other.inputs);
        }
        self.tera.extend(other.tera.clone());
    }

    pub fn tera(&self) -> &tera::Context {
        &self.tera
    }

    /// The hash of the context together with `rest` (what else the page is made of).
    pub fn key(&self, rest: impl std::hash::Hash) -> u128 {
        if !self.recording {
            return 0;
        }
        typst::utils::hash128(&(rest, &self.inputs))
    }
}
