//! Human-readable text in several languages: `{da: …, ar: …, en: …}`.

use crate::located::{Located, Pos};
use schemars::{JsonSchema, json_schema};
use serde::de::{MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::borrow::Cow;
use std::collections::BTreeSet;
use std::sync::{Mutex, PoisonError};

/// One text in every language it has been written in, keyed by language code.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Text(Located<Langs>);

/// The translations of a text, sorted by language code. A text has a few
/// languages, so a small vector: a map would cost several hundred bytes per
/// text, which adds up to a hundred megabytes in a national catalogue.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
struct Langs(Vec<(&'static str, Located<String>)>);

/// A language code kept once for the whole process: a national catalogue
/// has hundreds of thousands of texts in a few languages, and a `String`
/// per translation cost 40 bytes where a shared code costs 16.
fn intern(code: String) -> &'static str {
    static CODES: Mutex<BTreeSet<&'static str>> = Mutex::new(BTreeSet::new());
    let mut codes = CODES.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some(known) = codes.get(code.as_str()) {
        return known;
    }
    let new: &'static str = Box::leak(code.into_boxed_str());
    codes.insert(new);
    new
}

impl Langs {
    fn sorted(pairs: Vec<(String, Located<String>)>) -> Langs {
        let mut pairs: Vec<(&'static str, Located<String>)> = pairs
            .into_iter()
            .map(|(lang, text)| (intern(lang), text))
            .collect();
        // A language written twice keeps its last text, as a map would.
        pairs.reverse();
        pairs.sort_by(|a, b| a.0.cmp(b.0));
        pairs.dedup_by(|later, first| later.0 == first.0);
        pairs.shrink_to_fit();
        Langs(pairs)
    }
}

impl Serialize for Langs {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (lang, text) in &self.0 {
            map.serialize_entry(lang, text)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for Langs {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Pairs;
        impl<'de> Visitor<'de> for Pairs {
            type Value = Langs;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a map")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Langs, A::Error> {
                let mut pairs = Vec::with_capacity(map.size_hint().unwrap_or(3));
                while let Some(pair) = map.next_entry()? {
                    pairs.push(pair);
                }
                Ok(Langs::sorted(pairs))
            }
        }
        deserializer.deserialize_map(Pairs)
    }
}

impl Text {
    /// A text in one language, for code that builds content (tests, scaffolding).
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Text {
        let pairs = pairs
            .into_iter()
            .map(|(lang, text)| (lang.to_string(), Located::unknown(text.to_string())))
            .collect();
        Text(Located::unknown(Langs::sorted(pairs)))
    }

    /// Where the text starts in its file (its first language key).
    pub fn pos(&self) -> Pos {
        self.0.pos
    }

    /// The text in `lang`, if written and not blank.
    pub fn get(&self, lang: &str) -> Option<&str> {
        self.0
            .value
            .0
            .iter()
            .find(|(code, _)| *code == lang)
            .map(|(_, t)| t.value.as_str())
            .filter(|t| !t.trim().is_empty())
    }

    /// Each language code with its text and position.
    pub fn entries(&self) -> impl Iterator<Item = (&str, &Located<String>)> {
        self.0.value.0.iter().map(|(lang, text)| (*lang, text))
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
