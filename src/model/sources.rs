//! `content/sources.yaml`: the register of the documents that figures are
//! taken from, and the `source:` that names one of them.

use crate::located::Located;
use schemars::JsonSchema;
use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};
use std::borrow::Cow;

/// The register of source documents (`content/sources.yaml`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Register {
    /// Every document that a `source:` may name, in the order the sources page lists them.
    #[serde(default)]
    pub documents: Vec<Document>,
}

/// One document in the register.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Document {
    /// The id a `source:` names it by, e.g. `branchepakker`: small letters, digits and dashes.
    pub id: Located<String>,
    /// The document's own title, as it stands on the document.
    pub title: Located<String>,
    /// Who published it, e.g. `Frederikshavn Kommune`.
    pub publisher: Located<String>,
    /// The year it was published. Leave it out when the document does not say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<Located<u16>>,
    /// Where readers can find it (an `https://` address). Leave it out when there is none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<Located<String>>,
}

/// A `source:`: the document of the register, and where in it the values
/// stand (section, page or lines). Where is for the editors and catalog.json;
/// pages show only the document.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Citation {
    /// The id of a document in content/sources.yaml.
    pub document: Located<String>,
    /// Where in the document: section, page or lines.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at: Option<Located<String>>,
}

/// `source: id` or `source: { document: id, at: "…" }`.
impl<'de> Deserialize<'de> for Citation {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct CitationVisitor;
        impl<'de> Visitor<'de> for CitationVisitor {
            type Value = Citation;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("the id of a document in content/sources.yaml, or `{ document: id, at: \"where in it\" }`")
            }
            fn visit_str<E: de::Error>(self, id: &str) -> Result<Citation, E> {
                Ok(Citation {
                    document: Located::unknown(id.to_string()),
                    at: None,
                })
            }
            fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Citation, M::Error> {
                let mut document = None;
                let mut at = None;
                while let Some(key) = map.next_key::<String>()? {
                    match key.as_str() {
                        "document" if document.is_none() => document = Some(map.next_value()?),
                        "at" if at.is_none() => at = Some(map.next_value()?),
                        "document" | "at" => return Err(de::Error::duplicate_field("document")),
                        other => return Err(de::Error::unknown_field(other, &["document", "at"])),
                    }
                }
                Ok(Citation {
                    document: document.ok_or_else(|| de::Error::missing_field("document"))?,
                    at,
                })
            }
        }
        deserializer.deserialize_any(CitationVisitor)
    }
}

/// The two forms a `source:` may take, for the JSON Schema.
#[derive(JsonSchema)]
#[serde(untagged)]
#[allow(dead_code)]
enum CitationForm {
    /// The id of a document in content/sources.yaml.
    Document(String),
    /// A document of content/sources.yaml and where in it the values stand.
    Placed {
        /// The id of a document in content/sources.yaml.
        document: String,
        /// Where in the document: section, page or lines, e.g. `"linje 3551-3553"`.
        /// Only editors see it (and catalog.json), never the public pages.
        #[serde(default)]
        at: Option<String>,
    },
}

impl JsonSchema for Citation {
    fn schema_name() -> Cow<'static, str> {
        "Citation".into()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        CitationForm::json_schema(generator)
    }
}
