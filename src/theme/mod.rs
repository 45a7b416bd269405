//! The theme: Tera templates, the stylesheet and the package pictograms from
//! `themes/default/` of the site. A file the site's theme lacks comes from the
//! built-in copy, so a site overrides only what it wants to change.
//!
//! Templates get interface text through the function `t(key=…, …)` (Fluent),
//! and content text through the filter `tx`, which marks untranslated text
//! with its language so screen readers switch voice.

mod fallback;
mod favicon;
mod pdf_file;
mod pdf_text;
mod print_engine;

pub use fallback::{Terms, kept, mark_fallbacks, wrap};
pub use print_engine::{Engine, datetime_from_unix};

use crate::i18n::Locales;
use fluent_bundle::FluentValue;
use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::sync::{Arc, PoisonError, RwLock};
use tera::{Kwargs, State, Tera, Value};

macro_rules! built_in {
    ($($path:literal),* $(,)?) => {
        &[$(($path, include_str!(concat!("../../themes/default/", $path)))),*]
    };
}

const TEMPLATES: &[(&str, &str)] = built_in!(
    "templates/base.html",
    "templates/bars.html",
    "templates/contact.html",
    "templates/downloads.html",
    "templates/answers.html",
    "templates/home.html",
    "templates/package.html",
    "templates/employer.html",
    "templates/employers.html",
    "templates/course.html",
    "templates/jobs.html",
    "templates/sources.html",
    "templates/page.html",
    "templates/chooser.html",
    "templates/404.html",
);

const ASSETS: &[(&str, &str)] = built_in!("assets/style.css", "assets/favicon.svg");

const PICTOGRAMS: &[(&str, &str)] = built_in!(
    "pictograms/landbrug.svg",
    "pictograms/detailbranchen.svg",
    "pictograms/rengoering.svg",
    "pictograms/hotelservice.svg",
    "pictograms/foedevareindustri.svg",
    "pictograms/pleje-og-omsorg.svg",
    "pictograms/ny-pakke.svg",
);

const PRINT_TEMPLATES: &[(&str, &str)] =
    built_in!("print/lib.typ", "print/form.typ", "print/folder.typ",);

const FONTS: &[(&str, &[u8])] = &[
    (
        "fonts/NotoSans-Regular.ttf",
        include_bytes!("../../themes/default/fonts/NotoSans-Regular.ttf"),
    ),
    (
        "fonts/NotoSans-Bold.ttf",
        include_bytes!("../../themes/default/fonts/NotoSans-Bold.ttf"),
    ),
    (
        "fonts/NotoNaskhArabic-Regular.ttf",
        include_bytes!("../../themes/default/fonts/NotoNaskhArabic-Regular.ttf"),
    ),
    (
        "fonts/NotoNaskhArabic-Bold.ttf",
        include_bytes!("../../themes/default/fonts/NotoNaskhArabic-Bold.ttf"),
    ),
];

/// A problem in the site's theme: the file (relative to the site), the
/// line if known, what is wrong and how to fix it.
#[derive(Debug)]
pub struct ThemeProblem {
    pub file: String,
    pub line: Option<u32>,
    pub message: String,
    pub help: Option<String>,
    /// The text that was parsed, when the problem is at a line of it.
    pub text: Option<String>,
}

impl ThemeProblem {
    fn new(file: impl Into<String>, message: impl Into<String>) -> ThemeProblem {
        ThemeProblem {
            file: file.into(),
            line: None,
            message: message.into(),
            help: None,
            text: None,
        }
    }
}

/// The parsed templates, the assets to copy and the pictograms of a site.
pub struct Theme {
    pub tera: Tera,
    /// Per template: a hash of its text and of every template it extends,
    /// includes or imports, so a page is re-rendered when any of them changes.
    template_keys: BTreeMap<String, u128>,
    /// The interface messages each template shows with `t(key="…")`.
    messages_used: Vec<(&'static str, String)>,
    /// The page templates' text by name, to quote a line that fails.
    template_texts: BTreeMap<String, String>,
    /// Output path (e.g. `assets/style.css`, `favicon.ico`) → contents.
    pub assets: Vec<(String, Arc<[u8]>)>,
    pictograms: BTreeMap<String, String>,
    /// The print templates and fonts, ready to compile PDFs.
    pub print: Engine,
    /// A hash of everything in the theme a PDF depends on besides its data.
    pub print_key: u128,
    /// The kept terms of the sites rendered with this theme, for `t()`.
    kept: KeptTerms,
}

/// The kept terms `t()` marks in interface messages, by the `kept_key` a
/// page's context names them with ([`Theme::keep_terms`]).
type KeptTerms = Arc<RwLock<HashMap<u64, Arc<Terms>>>>;

impl Theme {
    /// Loads the site's theme. The problem names the file and what is wrong.
    pub fn load(root: &Path, locales: Arc<Locales>) -> Result<Theme, ThemeProblem> {
        let dir = root.join("themes/default");
        let read = |path: &str, built_in: &str| -> Result<String, ThemeProblem> {
            let file = dir.join(path);
            // A link is skipped (with a warning from the site), never followed.
            if std::fs::symlink_metadata(&file).is_ok_and(|m| m.is_file()) {
                std::fs::read_to_string(&file).map_err(|e| {
                    ThemeProblem::new(
                        format!("themes/default/{path}"),
                        tr!("theme-unreadable", error = e.to_string()),
                    )
                    .help(tr!("theme-unreadable.help"))
                })
            } else {
                Ok(built_in.to_string())
            }
        };
        let mut templates = Vec::new();
        for (path, text) in TEMPLATES {
            let name = path.trim_start_matches("templates/");
            templates.push((name.to_string(), read(path, text)?));
        }
        let mut tera = Tera::new();
        tera.autoescape_on(vec![".html"]);
        let kept = KeptTerms::default();
        register(&mut tera, locales, kept.clone());
        tera.add_raw_templates(templates.iter().map(|(n, t)| (n.as_str(), t.as_str())))
            .map_err(|e| template_problem(&templates, &e))?;
        let messages_used = messages_used(&templates);

        let template_keys = template_keys(&templates);
        let template_texts = templates.iter().cloned().collect();

        let mut assets = Vec::new();
        for (path, text) in ASSETS {
            let text = read(path, text)?;
            if *path == favicon::SVG {
                let ico = favicon::ico(&text).map_err(|e| {
                    ThemeProblem::new(
                        format!("themes/default/{path}"),
                        tr!("theme-icon", error = e.to_string()),
                    )
                    .help(tr!("theme-icon.help"))
                })?;
                assets.push((favicon::ICO.to_string(), ico.into()));
            }
            assets.push((path.to_string(), text.into_bytes().into()));
        }
        let mut pictograms = BTreeMap::new();
        for (path, text) in PICTOGRAMS {
            pictograms.insert(pictogram_name(path), text.to_string());
        }
        if let Ok(entries) = std::fs::read_dir(dir.join("pictograms")) {
            for path in entries.filter_map(Result::ok).map(|e| e.path()) {
                if path.extension().is_some_and(|e| e == "svg") && !path.is_symlink() {
                    let text = std::fs::read_to_string(&path).map_err(|e| {
                        ThemeProblem::new(
                            shown_path(root, &path),
                            tr!("theme-pictogram-unreadable", error = e.to_string()),
                        )
                        .help(tr!("theme-pictogram-unreadable.help"))
                    })?;
                    pictograms.insert(pictogram_name(&path.to_string_lossy()), text);
                }
            }
        }
        let (print, print_key) = print_engine(root, &dir, read)?;
        if let Some(error) = print.syntax_errors().into_iter().next() {
            return Err(ThemeProblem {
                file: error.file,
                line: error.line,
                message: tr!("theme-print-syntax", error = error.message),
                help: Some(tr!("theme-print-syntax.help")),
                text: Some(error.text),
            });
        }
        Ok(Theme {
            tera,
            template_keys,
            messages_used,
            template_texts,
            assets,
            pictograms,
            print,
            print_key,
            kept,
        })
    }

    /// Makes `terms` known to `t()`, and returns the `kept_key` under which a
    /// page's context names them.
    pub fn keep_terms(&self, terms: Arc<Terms>) -> u64 {
        let key = typst::utils::hash128(&(terms.list(), terms.lang())) as u64;
        let mut kept = self.kept.write().unwrap_or_else(PoisonError::into_inner);
        // A preview server renders a site many times: keep the latest few.
        if kept.len() >= 8 {
            kept.clear();
        }
        kept.insert(key, terms);
        key
    }

    /// The text of the page template `name` (e.g. `package.html`).
    pub fn template_text(&self, name: &str) -> Option<&str> {
        self.template_texts.get(name).map(String::as_str)
    }

    /// The hash of a template and of the templates it uses.
    pub fn template_key(&self, name: &str) -> u128 {
        self.template_keys.get(name).copied().unwrap_or_default()
    }

    /// The SVG of a pictogram as it is in the theme.
    pub fn pictogram_svg(&self, name: &str) -> Option<&str> {
        self.pictograms.get(name).map(String::as_str)
    }

    /// The names of the theme's pictograms, e.g. `landbrug`.
    pub fn pictogram_names(&self) -> impl Iterator<Item = &str> {
        self.pictograms.keys().map(String::as_str)
    }

    /// (template, message id) for every `t(key="…")` in the page templates.
    pub fn messages_used(&self) -> impl Iterator<Item = (&str, String)> {
        self.messages_used.iter().map(|(t, id)| (*t, id.clone()))
    }
}

impl ThemeProblem {
    fn help(mut self, help: impl Into<String>) -> ThemeProblem {
        self.help = Some(help.into());
        self
    }
}

fn shown_path(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .display()
        .to_string()
}

/// A template that does not parse, as a problem at its file (Tera's message
/// gives the line).
fn template_problem(templates: &[(String, String)], error: &tera::Error) -> ThemeProblem {
    let text = error.to_string();
    let template = templates
        .iter()
        .find(|(name, _)| text.contains(name.as_str()));
    // Tera points at the spot as ` --> line:column`.
    let line = text
        .split_once("--> ")
        .and_then(|(_, rest)| rest.split(':').next()?.trim().parse().ok());
    ThemeProblem {
        file: format!(
            "themes/default/templates/{}",
            template.map_or("", |(name, _)| name.as_str())
        ),
        line,
        text: template.map(|(_, text)| text.clone()),
        message: tr!("theme-page-template", error = text),
        help: Some(tr!("theme-page-template.help")),
    }
}

/// The message ids of `t(key="…")` calls in each template.
fn messages_used(templates: &[(String, String)]) -> Vec<(&'static str, String)> {
    let mut used = Vec::new();
    for (built_in, _) in TEMPLATES {
        let name = built_in.trim_start_matches("templates/");
        let Some((_, text)) = templates.iter().find(|(n, _)| n == name) else {
            continue;
        };
        for quote in ['"', '\''] {
            let pattern = format!("key={quote}");
            for (at, _) in text.match_indices(&pattern) {
                let rest = &text[at + pattern.len()..];
                if let Some(end) = rest.find(quote) {
                    used.push((name, rest[..end].to_string()));
                }
            }
        }
    }
    used
}

/// Each template's hash together with the templates it names (`extends`,
/// `include`, `import`), followed through the templates they name in turn.
/// A quoted name anywhere counts: naming a template too often only
/// re-renders a page that did not need it.
fn template_keys(templates: &[(String, String)]) -> BTreeMap<String, u128> {
    let uses = |text: &str| -> Vec<usize> {
        (0..templates.len())
            .filter(|&i| {
                let name = &templates[i].0;
                text.contains(&format!("\"{name}\"")) || text.contains(&format!("'{name}'"))
            })
            .collect()
    };
    let direct: Vec<Vec<usize>> = templates.iter().map(|(_, text)| uses(text)).collect();
    let mut keys = BTreeMap::new();
    for (i, (name, _)) in templates.iter().enumerate() {
        let mut seen = vec![i];
        let mut next = 0;
        while next < seen.len() {
            for &used in &direct[seen[next]] {
                if !seen.contains(&used) {
                    seen.push(used);
                }
            }
            next += 1;
        }
        seen.sort_unstable();
        let texts: Vec<&(String, String)> = seen.iter().map(|&j| &templates[j]).collect();
        keys.insert(name.clone(), typst::utils::hash128(&texts));
    }
    keys
}

/// The print templates (built-in ones, overridden or joined by `.typ` files
/// in the site's `print/`) and the fonts (built-in ones plus `.ttf`/`.otf`
/// files in the site's `fonts/`).
fn print_engine(
    root: &Path,
    dir: &Path,
    read: impl Fn(&str, &str) -> Result<String, ThemeProblem>,
) -> Result<(Engine, u128), ThemeProblem> {
    let shown = |path: &str| format!("themes/default/{path}");
    let mut templates: BTreeMap<String, (String, String)> = BTreeMap::new();
    for (path, text) in PRINT_TEMPLATES {
        let name = path.trim_start_matches("print/").to_string();
        templates.insert(name, (shown(path), read(path, text)?));
    }
    let mut fonts: BTreeMap<String, Vec<u8>> = FONTS
        .iter()
        .map(|(path, bytes)| (path.to_string(), bytes.to_vec()))
        .collect();
    for (folder, extensions) in [("print", &["typ"][..]), ("fonts", &["ttf", "otf"][..])] {
        let Ok(entries) = std::fs::read_dir(dir.join(folder)) else {
            continue;
        };
        for path in entries.filter_map(Result::ok).map(|e| e.path()) {
            let (Some(name), Some(ext)) = (path.file_name(), path.extension()) else {
                continue;
            };
            if path.is_symlink() {
                continue;
            }
            if !extensions.iter().any(|e| ext.eq_ignore_ascii_case(e)) {
                continue;
            }
            let name = name.to_string_lossy().into_owned();
            let relative = format!("{folder}/{name}");
            let bytes = std::fs::read(&path).map_err(|e| {
                ThemeProblem::new(
                    shown_path(root, &path),
                    tr!("theme-unreadable", error = e.to_string()),
                )
            })?;
            if folder == "fonts" {
                fonts.insert(relative, bytes);
            } else {
                let text = String::from_utf8(bytes).map_err(|_| {
                    ThemeProblem::new(shown(&relative), tr!("theme-not-utf8"))
                        .help(tr!("theme-not-utf8.help"))
                })?;
                templates.insert(name, (shown(&relative), text));
            }
        }
    }
    let timestamp = source_date_epoch()?;
    let key = typst::utils::hash128(&(
        env!("CARGO_PKG_VERSION"),
        &templates,
        &fonts,
        timestamp.map(|d| format!("{d:?}")),
    ));
    let templates: Vec<_> = templates
        .into_iter()
        .map(|(name, (shown, text))| (name, shown, text))
        .collect();
    let fonts: Vec<_> = fonts.into_iter().collect();
    let engine = Engine::new(&templates, &fonts, timestamp).map_err(|message| ThemeProblem {
        file: "themes/default/fonts/".into(),
        line: None,
        message,
        help: None,
        text: None,
    })?;
    Ok((engine, key))
}

/// The creation date for PDFs: `SOURCE_DATE_EPOCH` when set (reproducible
/// builds), otherwise none, so the same content gives the same bytes.
fn source_date_epoch() -> Result<Option<typst::foundations::Datetime>, ThemeProblem> {
    let Ok(value) = std::env::var("SOURCE_DATE_EPOCH") else {
        return Ok(None);
    };
    value
        .trim()
        .parse::<i64>()
        .ok()
        .and_then(datetime_from_unix)
        .map(Some)
        .ok_or_else(|| {
            ThemeProblem::new(
                "SOURCE_DATE_EPOCH",
                tr!("theme-source-date", value = value.as_str()),
            )
        })
}

fn pictogram_name(path: &str) -> String {
    let file = path.rsplit('/').next().unwrap_or(path);
    file.trim_end_matches(".svg").to_string()
}

/// `text` with the five characters that are special in HTML escaped, in one pass.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let mut last = 0;
    // Only ASCII is escaped: the text between is copied a run at a time.
    for (at, byte) in text.bytes().enumerate() {
        let entity = match byte {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#x27;",
            _ => continue,
        };
        out.push_str(&text[last..at]);
        out.push_str(entity);
        last = at + 1;
    }
    out.push_str(&text[last..]);
    out
}

/// A content text as HTML: `{text, lang}` from the view, escaped; text shown
/// in another language than the page's is wrapped with that language.
fn content_text(value: &Value) -> Result<String, tera::Error> {
    if let Some(text) = value.as_str() {
        return Ok(escape(text));
    }
    if value.is_undefined() || value.is_none() {
        return Err(tera::Error::message(
            "the variable before `| tx` does not exist here: check its spelling against the other templates",
        ));
    }
    let map = value.as_map().ok_or_else(|| {
        tera::Error::message(format!(
            "`| tx` shows a content text, and this variable holds a {}",
            value.name()
        ))
    })?;
    let field = |name: &str| {
        map.iter()
            .find(|(k, _)| k.as_str() == Some(name))
            .and_then(|(_, v)| v.as_str())
    };
    let text = escape(field("text").unwrap_or(""));
    Ok(match (field("lang"), field("stale")) {
        (Some(lang), _) => {
            format!(r#"<span lang="{lang}" dir="auto" class="untranslated">{text}</span>"#)
        }
        // A translation of an older Danish text keeps its language, with a visible mark.
        (None, Some(mark)) => format!(
            r#"<span class="stale">{text} <small class="stale-mark">({})</small></span>"#,
            escape(mark)
        ),
        (None, None) => text,
    })
}

fn register(tera: &mut Tera, locales: Arc<Locales>, kept: KeptTerms) {
    tera.register_filter(
        "tx",
        |value: Value, _: Kwargs, _: &State| -> tera::TeraResult<Value> {
            Ok(Value::safe_string(&content_text(&value)?))
        },
    );
    tera.register_function(
        "t",
        move |kwargs: Kwargs, state: &State| -> tera::TeraResult<String> {
            let key: String = kwargs.must_get("key")?;
            let lang: String = state
                .get("lang")?
                .ok_or_else(|| tera::Error::message("the page has no `lang`"))?;
            let mut args = fluent_bundle::FluentArgs::new();
            for (name, value) in kwargs.iter() {
                let Some(name) = name.as_str() else { continue };
                if name == "key" {
                    continue;
                }
                let value = match (value.as_i64(), value.as_str()) {
                    (Some(n), _) => FluentValue::from(n),
                    (None, Some(s)) => FluentValue::from(s.to_string()),
                    _ => FluentValue::from(value.to_string()),
                };
                args.set(name.to_string(), value);
            }
            // A message found only in the default language is marked, so
            // the page can say which language it is in (see `mark_fallbacks`).
            locales
                .message(&lang, &key, Some(&args))
                .map(|(text, found)| {
                    if found != lang {
                        return fallback::wrap(found, &text);
                    }
                    // Terms kept in the site's language ("AMU"), marked with it.
                    let key: Option<u64> = state.get("kept_key").ok().flatten();
                    let kept = kept.read().unwrap_or_else(PoisonError::into_inner);
                    match key.and_then(|key| kept.get(&key)) {
                        Some(terms) => terms.mark(&text),
                        None => text,
                    }
                })
                .map_err(tera::Error::message)
        },
    );
}
