//! `pathways translate import FILE`: checks every unit of the file first
//! (known id, Danish source unchanged since the export, no markup, no empty
//! target), then writes the translations into the YAML and Fluent files and
//! the lock, all of them or none.

use super::patch::{self, Change};
use super::units::{self, locale_files};
use super::xliff_read::{self, ReadUnit};
use super::yaml::Index;
use super::{Failure, check_lang, fluent, lock, open};
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

/// What an import did.
#[derive(Debug, Default)]
pub struct Imported {
    pub lang: String,
    /// Translations written (new or different from before).
    pub changed: usize,
    /// Translations that were already there, as they are.
    pub unchanged: usize,
    /// Units the translator has not finished (no target, or state new or needs review).
    pub skipped: usize,
    /// The files written, relative to the site.
    pub files: Vec<PathBuf>,
    /// The language is not in site.yaml yet (`check` fails until it is).
    pub new_language: bool,
}

/// A unit not yet finished in the translator's tool: left as it is.
fn unfinished(unit: &ReadUnit) -> bool {
    let state = unit.state.as_deref().unwrap_or("");
    let empty = unit.target.as_deref().is_none_or(|t| t.trim().is_empty());
    unit.target.is_none()
        || state.starts_with("needs-review")
        || ((state == "new" || state == "needs-translation") && empty)
}

/// Imports the XLIFF `text` (read from `shown`, for messages) into the site in `root`.
pub fn import(root: &Path, text: &str, shown: &str) -> Result<Imported, Failure> {
    let read = xliff_read::read(text)
        .map_err(|e| Failure::Refused(vec![format!("{shown}:{}: {}", e.line, e.message)]))?;
    let opened = open(root)?;
    let lang = read.lang.clone();
    check_lang(&lang, &opened.default)?;
    if !read.source_lang.is_empty() && read.source_lang != opened.default {
        return Err(Failure::Usage(tr!(
            "translate-source-lang",
            found = read.source_lang.as_str(),
            default = opened.default.as_str()
        )));
    }
    let catalog = opened.catalog();
    let loaded = &opened.loaded;
    let origins = loaded.origins.as_ref().expect("checked in open");
    let texts = units::content_texts(catalog, origins, &loaded.sources);
    let new_language = !catalog.language_codes().any(|code| code == lang);
    let content: HashMap<&str, (crate::diagnostic::FileId, &crate::model::Text)> = texts
        .iter()
        .map(|(id, file, text)| (id.as_str(), (*file, *text)))
        .collect();
    let messages: HashMap<String, String> = units::messages(root, &opened.default, &lang)
        .into_iter()
        .map(|u| (u.id, u.source))
        .collect();

    let mut problems = Vec::new();
    let mut imported = Imported {
        lang: lang.clone(),
        new_language,
        ..Imported::default()
    };
    let mut by_file: BTreeMap<crate::diagnostic::FileId, Vec<(String, String)>> = BTreeMap::new();
    let mut ftl: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
    let mut lock = opened.lock.clone();
    let today = lock::today();
    let mut seen = std::collections::HashSet::new();
    for unit in &read.units {
        let place = format!("{shown}:{}", unit.line);
        let id = unit.id.as_str();
        if !seen.insert(id) {
            problems.push(tr!("translate-unit-twice", place = place, id = id));
            continue;
        }
        let source = match (content.get(id), messages.get(id)) {
            (Some((_, text)), _) => text.get(&opened.default).unwrap_or("").to_string(),
            (None, Some(source)) => source.clone(),
            (None, None) => {
                problems.push(tr!("translate-unknown-unit", place = place, id = id));
                continue;
            }
        };
        if unit.source != source {
            problems.push(tr!("translate-source-changed", place = place, id = id));
            continue;
        }
        if unfinished(unit) {
            imported.skipped += 1;
            continue;
        }
        let target = unit.target.clone().unwrap_or_default();
        if target.trim().is_empty() {
            problems.push(tr!("translate-empty-target", place = place, id = id));
            continue;
        }
        if unit.markup {
            problems.push(tr!("translate-markup", place = place, id = id));
            continue;
        }
        match content.get(id) {
            Some((file, text)) => {
                lock.record(id, &lang, &source, &today);
                if text.get(&lang) == Some(target.as_str()) {
                    imported.unchanged += 1;
                } else {
                    by_file
                        .entry(*file)
                        .or_default()
                        .push((id.to_string(), target));
                }
            }
            None => {
                let (name, message) = id.split_once('#').unwrap_or(("main.ftl", id));
                if target
                    .lines()
                    .skip(1)
                    .any(|l| !l.trim().is_empty() && !fluent::continues(l))
                {
                    problems.push(tr!("translate-message-lines", place = place, id = id));
                    continue;
                }
                let current = units::read_locale(root, &lang, name)
                    .map(|t| fluent::messages(&t))
                    .unwrap_or_default();
                if current.iter().any(|m| m.id == message && m.value == target) {
                    imported.unchanged += 1;
                } else {
                    ftl.entry(name.to_string())
                        .or_default()
                        .push((message.to_string(), target));
                }
            }
        }
    }
    if !problems.is_empty() {
        return Err(Failure::Refused(problems));
    }

    let mut files: Vec<(PathBuf, String)> = Vec::new();
    for (file, changes) in &by_file {
        let text = loaded.sources.get(*file).text().unwrap_or("");
        let path = loaded.sources.path(*file).to_path_buf();
        let index = Index::of(text).ok_or_else(|| {
            Failure::Refused(vec![tr!(
                "translate-yaml-unreadable",
                file = path.display().to_string()
            )])
        })?;
        let changes: Vec<Change> = changes
            .iter()
            .filter_map(|(id, value)| {
                let map_path = id.split_once('#')?.1;
                let map = index.maps.iter().find(|m| m.path == map_path)?.clone();
                Some(Change {
                    map,
                    lang: lang.clone(),
                    value: value.clone(),
                })
            })
            .collect();
        let new = patch::patched(text, &changes).map_err(|at| {
            let place = format!("{}#{at}", path.display());
            Failure::Refused(vec![tr!("translate-patch-failed", place = place)])
        })?;
        imported.changed += changes.len();
        // The loader reads a file without its byte order mark: keep it.
        let bom = std::fs::read(root.join(&path)).is_ok_and(|b| b.starts_with(b"\xEF\xBB\xBF"));
        let new = if bom { format!("\u{feff}{new}") } else { new };
        files.push((path, new));
    }
    if !ftl.is_empty() {
        files.extend(interface_files(
            root,
            catalog,
            &opened.default,
            &lang,
            &ftl,
            &mut imported,
        )?);
    }
    if imported.changed + imported.unchanged > 0 {
        files.push((PathBuf::from(lock::PATH), lock.render()));
    }
    patch::write_all(root, &files).map_err(|e| Failure::Refused(vec![e]))?;
    imported.files = files.into_iter().map(|(path, _)| path).collect();
    Ok(imported)
}

/// The Fluent files the interface translations go into. A site that uses
/// the built-in messages gets its own `locales/` with them first, so that
/// every language of the site still has its messages.
fn interface_files(
    root: &Path,
    catalog: &crate::model::Catalog,
    default: &str,
    lang: &str,
    ftl: &BTreeMap<String, Vec<(String, String)>>,
    imported: &mut Imported,
) -> Result<Vec<(PathBuf, String)>, Failure> {
    let mut files = Vec::new();
    if !root.join("locales").is_dir() {
        for code in catalog.language_codes().chain([default]) {
            if code == lang
                || files
                    .iter()
                    .any(|(p, _): &(PathBuf, String)| p.starts_with(format!("locales/{code}")))
            {
                continue;
            }
            for (name, text) in locale_files(root, code) {
                files.push((PathBuf::from("locales").join(code).join(name), text));
            }
        }
    }
    for (name, changes) in ftl {
        let path = PathBuf::from("locales").join(lang).join(name);
        let current = units::read_locale(root, lang, name).unwrap_or_default();
        let new = fluent::patched(&current, changes);
        if let Some(line) = fluent::syntax_error(&new) {
            let place = format!("{}:{line}", path.display());
            return Err(Failure::Refused(vec![tr!(
                "translate-fluent-broken",
                place = place
            )]));
        }
        imported.changed += changes.len();
        files.push((path, new));
    }
    Ok(files)
}
