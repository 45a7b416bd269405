//! `content/terms.yaml`: the term base. Each entry is one concept with the
//! words the site uses for it in each language (`use:`) and the words it
//! must not use (`avoid:`). `check` holds every text to it.

use crate::located::Located;
use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};
use std::collections::BTreeMap;

/// The term base (`content/terms.yaml`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TermBase {
    #[serde(default)]
    pub terms: Vec<Term>,
}

/// One concept: `id`, an optional `note` for translators, and per language
/// code the words to use and to avoid.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Term {
    pub id: Located<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(flatten)]
    pub words: BTreeMap<String, Located<Words>>,
}

/// The words of one concept in one language.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Words {
    /// The preferred term and its forms, e.g. `[jobcenter, jobcentret]`.
    #[serde(default, rename = "use")]
    pub preferred: Vec<Located<String>>,
    /// Variants a text in this language must not use.
    #[serde(default)]
    pub avoid: Vec<Located<String>>,
}

impl Term {
    /// The words of this concept in `lang`, if the term base gives any.
    pub fn words(&self, lang: &str) -> Option<&Words> {
        self.words.get(lang).map(|w| &w.value)
    }
}

/// `id:` and `note:`, then one key per language: language codes are the
/// site's own, so they cannot be fields of a struct.
impl<'de> Deserialize<'de> for Term {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TermVisitor;
        impl<'de> Visitor<'de> for TermVisitor {
            type Value = Term;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a term: `id:`, an optional `note:`, and `da:`, `ar:`, … each with `use:` and `avoid:` lists")
            }
            fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Term, M::Error> {
                let mut id = None;
                let mut note = None;
                let mut words = BTreeMap::new();
                while let Some(key) = map.next_key::<String>()? {
                    match key.as_str() {
                        "id" if id.is_none() => id = Some(map.next_value()?),
                        "note" if note.is_none() => note = Some(map.next_value()?),
                        "id" | "note" => return Err(de::Error::duplicate_field("id")),
                        _ if words.contains_key(&key) => {
                            return Err(de::Error::custom(format!("duplicate field `{key}`")));
                        }
                        _ => {
                            let value = map.next_value()?;
                            words.insert(key, value);
                        }
                    }
                }
                Ok(Term {
                    id: id.ok_or_else(|| de::Error::missing_field("id"))?,
                    note,
                    words,
                })
            }
        }
        deserializer.deserialize_map(TermVisitor)
    }
}
