//! Human-readable text in several languages: `{da: …, ar: …, en: …}`.

use crate::located::{Located, Pos};
use schemars::{JsonSchema, json_schema};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::BTreeMap;

/// One text in every language it has been written in, keyed by language code.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Text(Located<BTreeMap<String, Located<String>>>);

impl Text {
    /// A text in one language, for code that builds content (tests, scaffolding).
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Text {
        let map = pairs
            .into_iter()
            .map(|(lang, text)| (lang.to_string(), Located::unknown(text.to_string())))
            .collect();
        Text(Located::unknown(map))
    }

    /// Where the text starts in its file (its first language key).
    pub fn pos(&self) -> Pos {
        self.0.pos
    }

    /// The text in `lang`, if written and not blank.
    pub fn get(&self, lang: &str) -> Option<&str> {
        self.0
            .value
            .get(lang)
            .map(|t| t.value.as_str())
            .filter(|t| !t.trim().is_empty())
    }

    /// Each language code with its text and position.
    pub fn entries(&self) -> impl Iterator<Item = (&str, &Located<String>)> {
        self.0
            .value
            .iter()
            .map(|(lang, text)| (lang.as_str(), text))
    }

    /// The text in `lang`, or in `fallback` when it has not been translated.
    /// The second value is the language actually used.
    pub fn resolve<'a>(&'a self, lang: &'a str, fallback: &'a str) -> Option<(&'a str, &'a str)> {
        match self.get(lang) {
            Some(text) => Some((text, lang)),
            None => self.get(fallback).map(|text| (text, fallback)),
        }
    }
}

impl JsonSchema for Text {
    fn schema_name() -> Cow<'static, str> {
        "Text".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        json_schema!({
            "description": "A text in each language, keyed by language code: `da: …`, `ar: …`, `en: …`. The site's default language (Danish) is required; missing translations are listed by `pathways check`.",
            "type": "object",
            "propertyNames": { "pattern": "^[a-z]{2,3}$" },
            "additionalProperties": { "type": "string" },
            "minProperties": 1
        })
    }
}
