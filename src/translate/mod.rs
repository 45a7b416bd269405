//! Translation as a workflow: `pathways translate export` writes the texts of
//! one language as XLIFF 1.2 for a translator's tool, `import` writes the
//! translations back into the YAML (in place, all files or none) and records
//! in `content/translations.lock` which Danish text each was made from, and
//! `accept` records that a translation still fits its changed Danish text.
//! `check` then warns at every stale translation (`validate/stale.rs`).

pub mod fluent;
mod import;
pub mod lock;
pub mod patch;
pub mod units;
pub mod xliff_read;
pub mod xliff_write;
pub mod yaml;

pub use import::{Imported, import};

use crate::load::{Loaded, load};
use lock::Lock;
use std::path::{Path, PathBuf};
use units::{State, Unit};

/// Which units an export holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Only {
    /// Texts without a translation.
    Missing,
    /// Translations made from an older Danish text.
    Stale,
    /// Every text (for a new language: the same as missing).
    All,
}

/// Why a translate command did nothing.
#[derive(Debug)]
pub enum Failure {
    /// The command was used wrongly (exit code 2).
    Usage(String),
    /// The site or the file has problems, each a line (exit code 1).
    Refused(Vec<String>),
}

/// A site opened for translation: the loaded content and the lock.
pub(crate) struct Opened {
    pub loaded: Loaded,
    pub lock: Lock,
    pub default: String,
}

impl Opened {
    pub fn catalog(&self) -> &crate::model::Catalog {
        // `open` refuses a site without a valid catalog.
        self.loaded.catalog.as_ref().expect("checked in open")
    }
}

/// Loads the site; refuses one that `check` fails.
pub(crate) fn open(root: &Path) -> Result<Opened, Failure> {
    let loaded = load(root).map_err(|e| Failure::Usage(e.to_string()))?;
    if loaded.report.has_errors() || loaded.catalog.is_none() || loaded.origins.is_none() {
        let errors = loaded
            .report
            .diagnostics
            .iter()
            .filter(|d| d.severity == crate::diagnostic::Severity::Error)
            .count();
        return Err(Failure::Refused(vec![crate::tr!(
            "translate-site-errors",
            count = errors
        )]));
    }
    let lock = Lock::read(root)
        .map_err(|at| Failure::Refused(vec![crate::tr!("translate-lock-broken", place = at)]))?;
    let default = loaded
        .catalog
        .as_ref()
        .map(|c| c.site.default_language.value.clone())
        .unwrap_or_default();
    Ok(Opened {
        loaded,
        lock,
        default,
    })
}

/// A language code a translation can be for: 2 or 3 small letters, not the default.
pub(crate) fn check_lang(lang: &str, default: &str) -> Result<(), Failure> {
    let well_formed = (2..=3).contains(&lang.len()) && lang.chars().all(|c| c.is_ascii_lowercase());
    if !well_formed {
        return Err(Failure::Usage(crate::tr!(
            "translate-lang-bad",
            lang = lang
        )));
    }
    if lang == default {
        return Err(Failure::Usage(crate::tr!(
            "translate-lang-default",
            lang = lang
        )));
    }
    Ok(())
}

/// Every unit of the site for `lang`: the content texts, then the interface messages.
pub(crate) fn all_units(root: &Path, opened: &Opened, lang: &str) -> Vec<Unit> {
    let loaded = &opened.loaded;
    let (Some(catalog), Some(origins)) = (&loaded.catalog, &loaded.origins) else {
        return Vec::new();
    };
    let mut all = units::content(catalog, origins, &loaded.sources, &opened.lock, lang);
    all.extend(units::messages(root, &opened.default, lang));
    all
}

/// What an export wrote.
#[derive(Debug)]
pub struct Exported {
    pub xliff: String,
    pub units: usize,
    pub new: usize,
    pub stale: usize,
}

/// The XLIFF of the site in `root` for `lang`. A unit whose Danish text uses
/// a concept of the term base (content/terms.yaml) carries a glossary note
/// with the agreed words in `lang` and the ones to avoid.
pub fn export(root: &Path, lang: &str, only: Only) -> Result<Exported, Failure> {
    let opened = open(root)?;
    check_lang(lang, &opened.default)?;
    let units: Vec<Unit> = all_units(root, &opened, lang)
        .into_iter()
        .filter(|u| match only {
            Only::All => true,
            Only::Missing => u.state == State::New,
            Only::Stale => u.state == State::Stale,
        })
        .collect();
    let count = |s: State| units.iter().filter(|u| u.state == s).count();
    let terms = crate::validate::terms::Matcher::new(&opened.catalog().terms);
    Ok(Exported {
        xliff: xliff_write::write(&units, &opened.default, lang, &|source| {
            terms.glossary(&opened.default, lang, source)
        }),
        units: units.len(),
        new: count(State::New),
        stale: count(State::Stale),
    })
}

/// What `accept` records.
pub enum Accept {
    /// Every translation of the site, as it is now (after merging, or to start a lock).
    All,
    /// The texts at `file:line`.
    At(PathBuf, usize),
}

/// Records in the lock that the translations named are made from the
/// current Danish text; returns how many were recorded.
pub fn accept(root: &Path, what: &Accept, langs: &[String]) -> Result<usize, Failure> {
    let opened = open(root)?;
    for lang in langs {
        check_lang(lang, &opened.default)?;
    }
    let catalog = opened.catalog();
    let loaded = &opened.loaded;
    let origins = loaded.origins.as_ref().expect("checked in open");
    let texts = units::content_texts(catalog, origins, &loaded.sources);
    let today = lock::today();
    let mut lock = match what {
        Accept::All => {
            // Keep the dates of what still fits; drop what no longer exists.
            let mut kept = Lock::default();
            for (id, _, text) in &texts {
                for (lang, _) in text.entries() {
                    let key = (id.clone(), lang.to_string());
                    if let Some(made) = opened.lock.entries.get(&key) {
                        kept.entries.insert(key, made.clone());
                    }
                }
            }
            kept
        }
        Accept::At(..) => opened.lock.clone(),
    };
    let mut recorded = 0;
    let mut matched = false;
    for (id, file, text) in &texts {
        if let Accept::At(path, line) = what {
            let here = loaded.sources.path(*file);
            let first = (text.pos().line as usize).saturating_sub(1);
            let last = text
                .entries()
                .map(|(_, v)| v.pos.line as usize)
                .max()
                .unwrap_or(0);
            if !same_file(here, path) || *line < first || *line > last {
                continue;
            }
            matched = true;
        }
        let Some(danish) = text.get(&opened.default) else {
            continue;
        };
        for (lang, value) in text.entries() {
            let wanted = langs.is_empty() || langs.iter().any(|l| l == lang);
            if lang == opened.default || !wanted || value.value.trim().is_empty() {
                continue;
            }
            lock.record(id, lang, danish, &today);
            recorded += 1;
        }
    }
    if let Accept::At(path, line) = what
        && !matched
    {
        let place = format!("{}:{line}", path.display());
        return Err(Failure::Refused(vec![crate::tr!(
            "translate-accept-nothing",
            place = place
        )]));
    }
    patch::write_all(root, &[(PathBuf::from(lock::PATH), lock.render())])
        .map_err(|e| Failure::Refused(vec![e]))?;
    Ok(recorded)
}

/// Whether the loader's `here` (relative to the site) is the file the user named.
fn same_file(here: &Path, named: &Path) -> bool {
    named.ends_with(here) || here == named || named.strip_prefix("./").is_ok_and(|n| n == here)
}
