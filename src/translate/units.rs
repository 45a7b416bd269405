//! The translation units of a site: every content text (in the order of its
//! file) and every interface message, each with a stable id, its Danish
//! source, the current translation and where it shows.

use super::fluent;
use super::lock::Lock;
use super::yaml::Index;
use crate::diagnostic::{FileId, Sources};
use crate::model::{Catalog, Text};
use crate::validate::{Origins, texts_by_file};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// How far a translation is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum State {
    /// Not translated yet.
    New,
    Translated,
    /// Translated from an older Danish text.
    Stale,
}

/// One text to translate.
#[derive(Clone, Debug)]
pub struct Unit {
    /// `packages/landbrug.yaml#pathway.modules[2].content`, or `main.ftl#nav-home`.
    pub id: String,
    /// The file the translation is written into, relative to the site.
    pub file: PathBuf,
    /// Its line there (of the text's first key), 0 for an interface message.
    pub line: usize,
    pub source: String,
    pub target: Option<String>,
    pub state: State,
    /// Where the text shows, for the translator.
    pub note: String,
}

impl Unit {
    /// The name of the XLIFF `<file>` the unit belongs to: the part of its id before `#`.
    pub fn group(&self) -> &str {
        self.id.split_once('#').map_or("", |(g, _)| g)
    }
}

/// The unit id of a text at `path` in content file `file` (relative to the site).
pub fn id(file: &Path, path: &str) -> String {
    let file = file.strip_prefix("content").unwrap_or(file);
    let file = file.to_string_lossy().replace('\\', "/");
    format!("{file}#{path}")
}

/// Each content text of the catalog with its unit id and file, in file order.
pub fn content_texts<'c>(
    catalog: &'c Catalog,
    origins: &Origins,
    sources: &Sources,
) -> Vec<(String, FileId, &'c Text)> {
    let default = catalog.site.default_language.value.as_str();
    let mut out = Vec::new();
    for (file, texts) in texts_by_file(catalog, origins) {
        let index = sources.get(file).text().and_then(Index::of);
        let path = sources.path(file);
        for text in texts {
            let at = text
                .entries()
                .find(|(lang, _)| *lang == default)
                .or_else(|| text.entries().next())
                .map(|(_, value)| value.pos.offset as usize);
            let map = at.and_then(|at| index.as_ref()?.map_with_value_at(at));
            let Some(map) = map else { continue };
            out.push((id(path, &map.path), file, text));
        }
    }
    out
}

/// The content units for `lang`.
pub fn content(
    catalog: &Catalog,
    origins: &Origins,
    sources: &Sources,
    lock: &Lock,
    lang: &str,
) -> Vec<Unit> {
    let default = catalog.site.default_language.value.as_str();
    let names: BTreeMap<&str, &str> = catalog
        .packages
        .iter()
        .filter_map(|(id, p)| Some((id.as_str(), p.name.get(default)?)))
        .collect();
    content_texts(catalog, origins, sources)
        .into_iter()
        .filter_map(|(id, file, text)| {
            let source = text.get(default)?.to_string();
            let target = text.get(lang).map(str::to_string);
            let state = match &target {
                None => State::New,
                Some(_) if lock.stale_since(&id, lang, &source).is_some() => State::Stale,
                Some(_) => State::Translated,
            };
            Some(Unit {
                note: note(&id, &names),
                file: sources.path(file).to_path_buf(),
                line: text.pos().line as usize,
                id,
                source,
                target,
                state,
            })
        })
        .collect()
}

/// The interface units for `lang`: every message of the default language's
/// files, with the message of `lang` as the target.
pub fn messages(root: &Path, default: &str, lang: &str) -> Vec<Unit> {
    let mut units = Vec::new();
    for (name, source_text) in locale_files(root, default) {
        let target_text = read_locale(root, lang, &name).unwrap_or_default();
        let targets = fluent::messages(&target_text);
        for message in fluent::messages(&source_text) {
            let target = targets
                .iter()
                .find(|m| m.id == message.id)
                .map(|m| m.value.clone());
            units.push(Unit {
                id: format!("{name}#{}", message.id),
                file: PathBuf::from("locales").join(lang).join(&name),
                line: 0,
                state: if target.is_some() {
                    State::Translated
                } else {
                    State::New
                },
                target,
                source: message.value,
                note: crate::tr!("translate-note-message", id = message.id.as_str()),
            });
        }
    }
    units
}

/// The Fluent files of `lang` (name, text): the site's own, or the built-in ones.
pub fn locale_files(root: &Path, lang: &str) -> Vec<(String, String)> {
    let folder = root.join("locales").join(lang);
    if !root.join("locales").is_dir() {
        return fluent::BUILT_IN
            .iter()
            .filter(|(code, _)| *code == lang)
            .map(|(_, text)| ("main.ftl".to_string(), text.to_string()))
            .collect();
    }
    let mut files: Vec<(String, String)> = std::fs::read_dir(&folder)
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            let text = std::fs::read_to_string(e.path()).ok()?;
            name.ends_with(".ftl").then_some((name, text))
        })
        .collect();
    files.sort();
    files
}

/// The text of `locales/<lang>/<name>` (or the built-in one when the site has no `locales/`).
pub fn read_locale(root: &Path, lang: &str, name: &str) -> Option<String> {
    locale_files(root, lang)
        .into_iter()
        .find(|(n, _)| n == name)
        .map(|(_, text)| text)
}

/// Where a content text shows, said from its id.
fn note(id: &str, names: &BTreeMap<&str, &str>) -> String {
    let (file, path) = id.split_once('#').unwrap_or((id, ""));
    let first = path.split(['.', '[']).next().unwrap_or("");
    if let Some(package) = file
        .strip_prefix("packages/")
        .and_then(|f| f.strip_suffix(".yaml"))
    {
        let name = names.get(package).copied().unwrap_or(package);
        let step = path
            .strip_prefix("pathway.modules[")
            .and_then(|rest| rest.split(']').next())
            .and_then(|n| n.parse::<usize>().ok());
        return match (first, step) {
            (_, Some(n)) => crate::tr!("translate-note-step", name = name, step = n + 1),
            ("criteria", _) => crate::tr!("translate-note-criterion", name = name),
            ("training_companies", _) => crate::tr!("translate-note-employer", name = name),
            _ => crate::tr!("translate-note-package", name = name, field = path),
        };
    }
    if file.starts_with("courses/") {
        return crate::tr!("translate-note-course", field = path);
    }
    if file.starts_with("concept.") {
        return crate::tr!("translate-note-concept", field = path);
    }
    crate::tr!("translate-note-site", field = path)
}
