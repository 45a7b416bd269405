//! The theme: Tera templates, the stylesheet and the package pictograms from
//! `themes/default/` of the site. A file the site's theme lacks comes from the
//! built-in copy, so a site overrides only what it wants to change.
//!
//! Templates get interface text through the function `t(key=…, …)` (Fluent),
//! and content text through the filter `tx`, which marks untranslated text
//! with its language so screen readers switch voice.

use crate::i18n::Locales;
use fluent_bundle::FluentValue;
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;
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
    "templates/home.html",
    "templates/package.html",
    "templates/employer.html",
    "templates/course.html",
    "templates/jobs.html",
    "templates/page.html",
    "templates/chooser.html",
    "templates/404.html",
);

const ASSETS: &[(&str, &str)] = built_in!("assets/style.css");

const PICTOGRAMS: &[(&str, &str)] = built_in!(
    "pictograms/landbrug.svg",
    "pictograms/detailbranchen.svg",
    "pictograms/rengoering.svg",
    "pictograms/hotelservice.svg",
    "pictograms/foedevareindustri.svg",
    "pictograms/pleje-og-omsorg.svg",
);

/// The parsed templates, the assets to copy and the pictograms of a site.
pub struct Theme {
    pub tera: Tera,
    /// Output path (e.g. `assets/style.css`) → contents.
    pub assets: Vec<(String, Vec<u8>)>,
    pictograms: BTreeMap<String, String>,
}

impl Theme {
    /// Loads the site's theme. The error names the file and what is wrong.
    pub fn load(root: &Path, locales: Arc<Locales>) -> Result<Theme, String> {
        let dir = root.join("themes/default");
        let read = |path: &str, built_in: &str| -> Result<String, String> {
            let file = dir.join(path);
            if file.is_file() {
                std::fs::read_to_string(&file)
                    .map_err(|e| format!("cannot read {}: {e}", file.display()))
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
        register(&mut tera, locales);
        tera.add_raw_templates(templates.iter().map(|(n, t)| (n.as_str(), t.as_str())))
            .map_err(|e| {
                format!(
                    "a template in {}/templates has an error: {e}",
                    dir.display()
                )
            })?;

        let mut assets = Vec::new();
        for (path, text) in ASSETS {
            assets.push((path.to_string(), read(path, text)?.into_bytes()));
        }
        let mut pictograms = BTreeMap::new();
        for (path, text) in PICTOGRAMS {
            pictograms.insert(pictogram_name(path), text.to_string());
        }
        if let Ok(entries) = std::fs::read_dir(dir.join("pictograms")) {
            for path in entries.filter_map(Result::ok).map(|e| e.path()) {
                if path.extension().is_some_and(|e| e == "svg") {
                    let text = std::fs::read_to_string(&path)
                        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
                    pictograms.insert(pictogram_name(&path.to_string_lossy()), text);
                }
            }
        }
        Ok(Theme {
            tera,
            assets,
            pictograms,
        })
    }

    /// The SVG of a pictogram, hidden from screen readers (the card's heading names it).
    pub fn pictogram(&self, name: &str) -> Result<String, String> {
        let svg = self.pictograms.get(name).ok_or_else(|| {
            let known: Vec<&str> = self.pictograms.keys().map(String::as_str).collect();
            format!(
                "there is no pictogram `{name}`{}; the theme has: {} (add themes/default/pictograms/{name}.svg to make one)",
                crate::suggest::did_you_mean(name, known.iter().copied()).map(|s| format!(" ({s})")).unwrap_or_default(),
                known.join(", ")
            )
        })?;
        Ok(svg
            .trim()
            .replacen("<svg", r#"<svg aria-hidden="true" focusable="false""#, 1))
    }
}

fn pictogram_name(path: &str) -> String {
    let file = path.rsplit('/').next().unwrap_or(path);
    file.trim_end_matches(".svg").to_string()
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#x27;")
}

/// A content text as HTML: `{text, lang}` from the view, escaped; text shown
/// in another language than the page's is wrapped with that language.
fn content_text(value: &Value) -> Result<String, tera::Error> {
    if let Some(text) = value.as_str() {
        return Ok(escape(text));
    }
    let map = value
        .as_map()
        .ok_or_else(|| tera::Error::message("`tx` expects a content text"))?;
    let field = |name: &str| {
        map.iter()
            .find(|(k, _)| k.as_str() == Some(name))
            .and_then(|(_, v)| v.as_str())
    };
    let text = escape(field("text").unwrap_or(""));
    Ok(match field("lang") {
        Some(lang) => {
            format!(r#"<span lang="{lang}" dir="auto" class="untranslated">{text}</span>"#)
        }
        None => text,
    })
}

fn register(tera: &mut Tera, locales: Arc<Locales>) {
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
            locales
                .message(&lang, &key, Some(&args))
                .map(|(text, _)| text)
                .map_err(tera::Error::message)
        },
    );
}
