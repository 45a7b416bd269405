//! Stale translations: a translation whose Danish text changed since it was
//! made (`content/translations.lock`, written by `pathways translate`). Each
//! gets a warning at its line; `check --strict` counts them as missing, and
//! the page marks them.

use crate::diagnostic::{Diagnostic, FileId, Report, Sources};
use crate::located::Pos;
use crate::model::Catalog;
use crate::translate::lock::{self, Lock};
use crate::translate::units::content_texts;
use std::path::{Path, PathBuf};

use super::Origins;

/// A translation made from an older Danish text.
#[derive(Clone, Debug)]
pub struct Stale {
    pub file: FileId,
    /// Where the translation is.
    pub pos: Pos,
    pub lang: String,
    /// When the translation was recorded.
    pub since: String,
    /// The translation, to know it again when the page is rendered.
    pub text: String,
}

/// The stale translations of the catalog, each with a warning in `report`.
/// A site without a lock has none.
pub fn check(
    root: &Path,
    catalog: &Catalog,
    origins: &Origins,
    sources: &mut Sources,
    report: &mut Report,
) -> Vec<Stale> {
    let path = root.join(lock::PATH);
    let Ok(text) = std::fs::read_to_string(&path) else {
        return Vec::new();
    };
    let lock = match Lock::parse(&text) {
        Ok(lock) => lock,
        Err(at) => {
            let line = at
                .rsplit(':')
                .next()
                .and_then(|l| l.parse().ok())
                .unwrap_or(1);
            let pos = Pos::of_line(&text, line);
            let file = sources.add(PathBuf::from(lock::PATH), Some(text));
            report.push(
                Diagnostic::warning(file, pos, tr!("stale-lock-broken"))
                    .help(tr!("stale-lock-broken.help")),
            );
            return Vec::new();
        }
    };
    if lock.entries.is_empty() {
        return Vec::new();
    }
    let default = catalog.site.default_language.value.as_str();
    let mut stale = Vec::new();
    for (id, file, text) in content_texts(catalog, origins, sources) {
        let Some(danish) = text.get(default) else {
            continue;
        };
        for (lang, value) in text.entries() {
            if lang == default || value.value.trim().is_empty() {
                continue;
            }
            if let Some(since) = lock.stale_since(&id, lang, danish) {
                stale.push(Stale {
                    file,
                    pos: value.pos,
                    lang: lang.to_string(),
                    since: since.to_string(),
                    text: value.value.clone(),
                });
            }
        }
    }
    for s in &stale {
        let place = format!(
            "{}:{}",
            crate::diagnostic::visible(&sources.path(s.file).display().to_string()),
            s.pos.line
        );
        report.push(
            Diagnostic::warning(
                s.file,
                s.pos,
                tr!(
                    "stale-translation",
                    lang = s.lang.as_str(),
                    since = s.since.as_str()
                ),
            )
            .label(tr!("stale-translation.label"))
            .help(tr!(
                "stale-translation.help",
                lang = s.lang.as_str(),
                place = place
            )),
        );
    }
    stale
}
