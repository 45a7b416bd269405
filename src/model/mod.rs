//! The typed content model: what the loader produces, what validation checks and
//! what every renderer reads. It serializes to `catalog.json` and back.

mod concept;
mod course;
mod package;
mod page;
mod site;
mod sources;
mod targets;
mod terms;
mod text;

pub use concept::*;
pub use course::Course;
pub use package::*;
pub use page::{FrontMatter, Page};
pub use site::*;
pub use sources::{Citation, Document, Register};
pub use targets::Targets;
pub use terms::{Term, TermBase, Words};
pub use text::Text;

use crate::located::Located;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The format name written into catalog.json, so consumers can tell versions apart.
pub const CATALOG_FORMAT: &str = "pathways-catalog/1";

/// All validated content of a site.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalog {
    pub format: String,
    pub site: Site,
    pub concept: Concept,
    /// AMU courses by id.
    pub courses: BTreeMap<String, Course>,
    /// Branch packages by id.
    pub packages: BTreeMap<String, Package>,
    /// Free pages by slug, then by language code.
    pub pages: BTreeMap<String, BTreeMap<String, Page>>,
    /// The register of source documents (content/sources.yaml), in its order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Document>,
    /// The term base (content/terms.yaml): the words each concept is given in each language.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub terms: Vec<Term>,
    /// The address of every page in every language. Written by `build` into
    /// catalog.json; absent while the content is only loaded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub urls: Option<crate::routes::Urls>,
}

impl Catalog {
    /// The packages in the order lists show them (`order`, then id).
    pub fn packages_in_order(&self) -> Vec<(&str, &Package)> {
        let mut packages: Vec<_> = self
            .packages
            .iter()
            .map(|(id, p)| (id.as_str(), p))
            .collect();
        packages.sort_by_key(|(id, p)| (p.order, *id));
        packages
    }

    /// The register's document with this id.
    pub fn document(&self, id: &str) -> Option<&Document> {
        self.sources.iter().find(|d| d.id.value == id)
    }

    pub fn language_codes(&self) -> impl Iterator<Item = &str> {
        self.site.languages.iter().map(|l| l.code.value.as_str())
    }
}

/// Which values of a record are invented examples.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum Illustrative {
    /// `true`: every value of the record is an invented example.
    All(bool),
    /// The fields whose values are invented examples, e.g. `[days]`; the
    /// record's `source:` covers the others.
    Fields(Vec<String>),
}

/// Values that are either cited from a source or marked as invented, as a
/// whole or field by field.
pub trait Provenance {
    fn source(&self) -> Option<&Located<Citation>>;
    fn illustrative(&self) -> Option<&Located<Illustrative>>;
    /// The fields that `illustrative: [...]` may name.
    fn figure_fields(&self) -> &'static [&'static str];

    /// Some or all of the values are invented: the record is marked so.
    fn is_illustrative(&self) -> bool {
        self.is_wholly_illustrative() || !self.illustrative_fields().is_empty()
    }

    /// Every value is invented (`illustrative: true`).
    fn is_wholly_illustrative(&self) -> bool {
        matches!(
            self.illustrative(),
            Some(Located {
                value: Illustrative::All(true),
                ..
            })
        )
    }

    /// The fields named in `illustrative: [...]`.
    fn illustrative_fields(&self) -> &[String] {
        match self.illustrative() {
            Some(Located {
                value: Illustrative::Fields(fields),
                ..
            }) => fields,
            _ => &[],
        }
    }
}

macro_rules! provenance {
    ($type:ty, [$($field:literal),* $(,)?]) => {
        impl $crate::model::Provenance for $type {
            fn source(&self) -> Option<&$crate::located::Located<$crate::model::Citation>> {
                self.source.as_ref()
            }
            fn illustrative(
                &self,
            ) -> Option<&$crate::located::Located<$crate::model::Illustrative>> {
                self.illustrative.as_ref()
            }
            fn figure_fields(&self) -> &'static [&'static str] {
                &[$($field),*]
            }
        }
    };
}
pub(crate) use provenance;
