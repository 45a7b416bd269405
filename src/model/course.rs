//! `content/courses/<id>.yaml`: one AMU course per file; the file name is its id.

use super::Text;
use crate::located::Located;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// An AMU course (arbejdsmarkedsuddannelse): short, state-funded vocational training.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Course {
    /// The official 5-digit AMU number, e.g. `"44530"`. Leave it out when it is not known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amu_number: Option<Located<String>>,
    /// The course title.
    pub title: Text,
    /// Length in days.
    pub days: Located<u16>,
    /// Who runs the course.
    pub provider: Text,
    /// An Arabic (or other) interpreter is present in the teaching.
    #[serde(default)]
    pub interpreter: bool,
    /// The course is extended with Danish language support.
    #[serde(default)]
    pub language_support: bool,
    /// Anything else a participant should know, e.g. the Danish level needed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<Text>,
    /// Where title, number and days come from. Give either `source` (a document of content/sources.yaml and where in it) or `illustrative: true`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Located<super::Citation>>,
    /// `true` when every value is an invented example; or the list of the
    /// fields whose values are (e.g. `[days]`), beside a `source:` for the rest.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub illustrative: Option<Located<super::Illustrative>>,
}

super::provenance!(Course, ["amu_number", "title", "days", "provider"]);

impl Course {
    /// Every human-readable text in the file, for translation checks.
    pub fn texts(&self) -> Vec<&Text> {
        let mut texts = vec![&self.title, &self.provider];
        texts.extend(&self.notes);
        texts
    }
}
