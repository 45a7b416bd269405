//! The words of the interface (menus, headings, hints) in every language, from
//! Fluent files `locales/<lang>/*.ftl`. Content text comes from `content/`;
//! everything else a reader sees comes from here, never from a template.
//!
//! A site without a `locales/` folder uses the built-in Danish, Arabic and
//! English files. A message missing in one language falls back to the default
//! language, and `pathways check` lists it.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::collections::HashMap;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::{PoisonError, RwLock};
use unic_langid::LanguageIdentifier;

const BUILT_IN: &[(&str, &str)] = &[
    ("da", include_str!("../locales/da/main.ftl")),
    ("ar", include_str!("../locales/ar/main.ftl")),
    ("en", include_str!("../locales/en/main.ftl")),
];

/// The message every language must have for numbers: the thousands separator.
const GROUP_SEPARATOR: &str = "number-group-separator";

/// One language's messages.
struct Language {
    bundle: FluentBundle<FluentResource>,
    ids: BTreeSet<String>,
    /// Where the messages came from, for messages about them.
    folder: String,
    /// A hash of the files' text: what a page in this language depends on.
    key: u128,
    /// Each file as it was read (its name as shown, its text), for the checks
    /// that read the messages as text (the term base).
    files: Vec<(String, String)>,
}

/// The interface messages of all the site's languages.
pub struct Locales {
    languages: BTreeMap<String, Language>,
    default: String,
    /// Messages already formatted, by language, id and arguments: a page
    /// asks for the same few dozen messages thousands of times.
    formatted: RwLock<HashMap<u128, (String, bool)>>,
}

/// How many formatted messages [`Locales::message`] keeps: enough for
/// every message with the arguments a national catalogue gives them, and
/// a bound on memory when arguments are all different.
const FORMATTED_MAX: usize = 20_000;

/// A problem with the locale files, with the file and line it is on.
#[derive(Debug)]
pub struct LocaleError {
    pub file: String,
    pub line: Option<usize>,
    pub message: String,
    pub help: String,
    /// The text that was parsed, when the problem is at a line of it.
    pub text: Option<String>,
}

impl std::fmt::Display for LocaleError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}: {}", self.file, self.message)?,
            None => write!(f, "{}: {}", self.file, self.message)?,
        }
        write!(f, "\n  = help: {}", self.help)
    }
}

impl Locales {
    /// Loads the messages of `languages` from `root/locales/`, or the built-in
    /// ones when the site has no `locales/` folder. Every problem is returned.
    pub fn load(
        root: &Path,
        languages: &[&str],
        default: &str,
    ) -> Result<Locales, Vec<LocaleError>> {
        let folder = root.join("locales");
        let mut loaded = BTreeMap::new();
        let mut errors = Vec::new();
        for &lang in languages {
            let files = if folder.is_dir() {
                read_folder(root, &folder.join(lang), lang)
            } else {
                built_in(lang)
            };
            match files.and_then(|files| language(lang, files)) {
                Ok(language) => {
                    loaded.insert(lang.to_string(), language);
                }
                Err(mut e) => errors.append(&mut e),
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let locales = Locales {
            languages: loaded,
            default: default.to_string(),
            formatted: RwLock::default(),
        };
        for (lang, language) in &locales.languages {
            if !language.ids.contains(GROUP_SEPARATOR) {
                errors.push(LocaleError {
                    file: language.folder.clone(),
                    line: None,
                    message: tr!(
                        "locale-no-separator",
                        lang = lang.as_str(),
                        id = GROUP_SEPARATOR
                    ),
                    help: tr!("locale-no-separator.help", id = GROUP_SEPARATOR),
                    text: None,
                });
            }
        }
        if errors.is_empty() {
            Ok(locales)
        } else {
            Err(errors)
        }
    }

    /// The message `id` in `lang` with `args`, falling back to the default
    /// language. The second value is the language the message was found in.
    pub fn message(
        &self,
        lang: &str,
        id: &str,
        args: Option<&FluentArgs>,
    ) -> Result<(String, &str), String> {
        let Some(key) = formatted_key(lang, id, args) else {
            return self.format(lang, id, args);
        };
        let found = |in_default: bool| {
            if in_default {
                self.default.as_str()
            } else {
                self.languages
                    .get_key_value(lang)
                    .map_or(self.default.as_str(), |(code, _)| code)
            }
        };
        let read = self
            .formatted
            .read()
            .unwrap_or_else(PoisonError::into_inner);
        if let Some((text, in_default)) = read.get(&key) {
            return Ok((text.clone(), found(*in_default)));
        }
        drop(read);
        let (text, code) = self.format(lang, id, args)?;
        let in_default = code != lang;
        let mut write = self
            .formatted
            .write()
            .unwrap_or_else(PoisonError::into_inner);
        if write.len() < FORMATTED_MAX {
            write.insert(key, (text.clone(), in_default));
        }
        Ok((text, found(in_default)))
    }

    fn format(
        &self,
        lang: &str,
        id: &str,
        args: Option<&FluentArgs>,
    ) -> Result<(String, &str), String> {
        for candidate in [lang, self.default.as_str()] {
            let Some((code, language)) = self.languages.get_key_value(candidate) else {
                continue;
            };
            let Some(message) = language.bundle.get_message(id) else {
                continue;
            };
            let Some(pattern) = message.value() else {
                return Err(format!(
                    "the message `{id}` in {} has no text",
                    language.folder
                ));
            };
            let mut errors = Vec::new();
            let text = language
                .bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned();
            if let Some(error) = errors.first() {
                return Err(format!(
                    "the message `{id}` in {} cannot be formatted: {error}",
                    language.folder
                ));
            }
            return Ok((text, code.as_str()));
        }
        Err(format!(
            "there is no message `{id}` in locales/{}/: add it, e.g. `{id} = …`, to one of its .ftl files",
            self.default
        ))
    }

    /// Whether these are the messages for exactly `languages` with `default`.
    pub fn serves(&self, languages: &[&str], default: &str) -> bool {
        self.default == default
            && self.languages.len() == languages.len()
            && languages.iter().all(|l| self.languages.contains_key(*l))
    }

    /// A hash of every message a page in `lang` can show: those of `lang`
    /// and of the default language it falls back to.
    pub fn key(&self, lang: &str) -> u128 {
        let key = |code: &str| self.languages.get(code).map_or(0, |l| l.key);
        typst::utils::hash128(&(key(lang), key(&self.default)))
    }

    /// A whole number with the language's thousands separator: 1.193, 1,193.
    pub fn number(&self, lang: &str, n: u64) -> String {
        let separator = self
            .message(lang, GROUP_SEPARATOR, None)
            .map(|(s, _)| s)
            .unwrap_or_default();
        let digits = n.to_string();
        let mut out = String::with_capacity(digits.len() + digits.len() / 3);
        for (i, digit) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push_str(&separator);
            }
            out.push(digit);
        }
        out
    }

    /// Each language's messages that the default language has and it lacks.
    pub fn missing(&self) -> Vec<(String, String, String)> {
        let Some(default) = self.languages.get(&self.default) else {
            return Vec::new();
        };
        let mut missing = Vec::new();
        for (lang, language) in &self.languages {
            for id in default.ids.difference(&language.ids) {
                missing.push((lang.clone(), language.folder.clone(), id.clone()));
            }
        }
        missing
    }

    /// Whether `lang` itself has the message `id` (without falling back).
    pub fn has(&self, lang: &str, id: &str) -> bool {
        self.languages.get(lang).is_some_and(|l| l.ids.contains(id))
    }

    /// Where the messages of `lang` came from, e.g. `locales/ar/` (or the built-in copy).
    /// The files of `lang` as read: the name shown in messages, and the text.
    /// A built-in file's name ends in " (built in)".
    pub fn files(&self, lang: &str) -> &[(String, String)] {
        self.languages.get(lang).map_or(&[], |l| l.files.as_slice())
    }

    pub fn folder(&self, lang: &str) -> Option<&str> {
        self.languages.get(lang).map(|l| l.folder.as_str())
    }

    /// The number of messages in the default language.
    pub fn message_count(&self) -> usize {
        self.languages.get(&self.default).map_or(0, |l| l.ids.len())
    }
}

/// What [`Locales::message`] keeps a formatted message under, a hash of
/// the language, id and arguments: `None` for arguments it cannot hash
/// (values of a custom type).
fn formatted_key(lang: &str, id: &str, args: Option<&FluentArgs>) -> Option<u128> {
    struct Message<'a>(&'a str, &'a str, Option<&'a FluentArgs<'a>>);
    impl std::hash::Hash for Message<'_> {
        fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
            (self.0, self.1).hash(state);
            for (name, value) in self.2.into_iter().flat_map(FluentArgs::iter) {
                name.hash(state);
                match value {
                    FluentValue::String(s) => (0u8, s).hash(state),
                    FluentValue::Number(n) => (1u8, n.value.to_bits(), &n.options).hash(state),
                    _ => 2u8.hash(state),
                }
            }
        }
    }
    let plain = args
        .into_iter()
        .flat_map(FluentArgs::iter)
        .all(|(_, v)| !matches!(v, FluentValue::Custom(_) | FluentValue::Error));
    plain.then(|| typst::utils::hash128(&Message(lang, id, args)))
}

/// Builds the arguments of a message from name/value pairs.
pub fn args<'a>(pairs: impl IntoIterator<Item = (&'a str, FluentValue<'a>)>) -> FluentArgs<'a> {
    let mut args = FluentArgs::new();
    for (name, value) in pairs {
        args.set(name, value);
    }
    args
}

fn read_folder(
    root: &Path,
    folder: &Path,
    lang: &str,
) -> Result<Vec<(String, String)>, Vec<LocaleError>> {
    let shown = |path: &Path| {
        path.strip_prefix(root)
            .unwrap_or(path)
            .display()
            .to_string()
    };
    let entries = std::fs::read_dir(folder).map_err(|_| {
        vec![LocaleError {
            file: format!("{}/", shown(folder)),
            line: None,
            message: tr!("locale-none", lang = lang),
            help: tr!("locale-none.help", lang = lang),
            text: None,
        }]
    })?;
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl") && !p.is_symlink())
        .collect();
    paths.sort();
    if paths.is_empty() {
        return Err(vec![LocaleError {
            file: format!("{}/", shown(folder)),
            line: None,
            message: tr!("locale-no-files"),
            help: tr!("locale-no-files.help", lang = lang),
            text: None,
        }]);
    }
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        match std::fs::read_to_string(&path) {
            Ok(text) => files.push((shown(&path), text)),
            Err(e) => errors.push(LocaleError {
                file: shown(&path),
                line: None,
                message: tr!("locale-unreadable", error = e.to_string()),
                help: tr!("locale-unreadable.help"),
                text: None,
            }),
        }
    }
    if errors.is_empty() {
        Ok(files)
    } else {
        Err(errors)
    }
}

fn built_in(lang: &str) -> Result<Vec<(String, String)>, Vec<LocaleError>> {
    match BUILT_IN.iter().find(|(code, _)| *code == lang) {
        Some((_, text)) => Ok(vec![(
            format!("locales/{lang}/main.ftl (built in)"),
            text.to_string(),
        )]),
        None => Err(vec![LocaleError {
            file: format!("locales/{lang}/"),
            line: None,
            message: tr!("locale-none", lang = lang),
            help: tr!("locale-none.built_in", lang = lang),
            text: None,
        }]),
    }
}

fn language(lang: &str, files: Vec<(String, String)>) -> Result<Language, Vec<LocaleError>> {
    let id: LanguageIdentifier = lang.parse().map_err(|_| {
        vec![LocaleError {
            file: "content/site.yaml".into(),
            line: None,
            message: tr!("locale-bad-code", lang = lang),
            help: tr!("locale-bad-code.help"),
            text: None,
        }]
    })?;
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    let mut ids = BTreeSet::new();
    let mut errors = Vec::new();
    let folder = files.first().map(|(f, _)| parent(f)).unwrap_or_default();
    let key = typst::utils::hash128(&files);
    for (file, text) in files.iter().cloned() {
        let line_of = |offset: usize| text[..offset.min(text.len())].matches('\n').count() + 1;
        let resource = match FluentResource::try_new(text.clone()) {
            Ok(resource) => resource,
            Err((resource, parse_errors)) => {
                for e in parse_errors {
                    errors.push(LocaleError {
                        file: file.clone(),
                        line: Some(line_of(e.pos.start)),
                        message: tr!("locale-syntax", detail = e.kind.to_string()),
                        help: tr!("locale-syntax.help"),
                        text: Some(text.clone()),
                    });
                }
                resource
            }
        };
        for entry in resource.entries() {
            if let fluent_syntax::ast::Entry::Message(m) = entry
                && !ids.insert(m.id.name.to_string())
            {
                let offset = text.find(&format!("\n{} ", m.id.name)).map_or(0, |o| o + 1);
                errors.push(LocaleError {
                    file: file.clone(),
                    line: Some(line_of(offset)),
                    message: tr!("locale-twice", id = m.id.name),
                    help: tr!("locale-twice.help"),
                    text: Some(text.clone()),
                });
            }
        }
        // Duplicates are reported above; keep the first definition.
        let _ = bundle.add_resource(resource);
    }
    if errors.is_empty() {
        Ok(Language {
            bundle,
            ids,
            folder,
            key,
            files,
        })
    } else {
        Err(errors)
    }
}

fn parent(file: &str) -> String {
    match file.rsplit_once('/') {
        Some((dir, _)) => format!("{dir}/"),
        None => file.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn built_in() -> Locales {
        Locales::load(Path::new("/nonexistent"), &["da", "ar", "en"], "da")
            .expect("built-in locales load")
    }

    #[test]
    fn numbers_use_each_language_s_separator() {
        let locales = built_in();
        assert_eq!(locales.number("da", 1193), "1.193");
        assert_eq!(locales.number("en", 1193), "1,193");
        assert_eq!(locales.number("da", 240), "240");
        assert_eq!(locales.number("da", 1_000_000), "1.000.000");
    }

    #[test]
    fn the_built_in_languages_have_the_same_messages() {
        assert_eq!(built_in().missing(), Vec::<(String, String, String)>::new());
    }

    #[test]
    fn plural_forms_follow_the_language() {
        let locales = built_in();
        // Fluent isolates each filled-in value (U+2068 … U+2069) so numbers
        // keep their place in right-to-left text; compare without the marks.
        let weeks = |lang, n: u32| {
            let text = locales
                .message(lang, "weeks", Some(&args([("n", FluentValue::from(n))])))
                .unwrap()
                .0;
            text.replace(['\u{2068}', '\u{2069}'], "")
        };
        assert!(weeks("da", 1).contains("1 uge"), "{}", weeks("da", 1));
        assert!(weeks("da", 8).contains("uger"));
        assert!(weeks("en", 1).contains("1 week"));
        assert_ne!(weeks("ar", 2), weeks("ar", 8), "Arabic has a dual form");
    }
}
