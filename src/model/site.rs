//! `content/site.yaml`: the publisher, the web address and the languages.

use super::Text;
use crate::located::Located;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The site: who publishes it, where, and in which languages.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Site {
    /// The municipality that publishes the branch packages, e.g. `da: Frederikshavn Kommune`.
    pub municipality: Text,
    /// The title of the website.
    pub title: Text,
    /// The address the site is published at, starting with https://, e.g. `https://example.org/branchepakker/`.
    pub base_url: Located<String>,
    /// The language every text must have, and the one used when a translation is missing. Normally `da`.
    pub default_language: Located<String>,
    /// The languages of the site, in the order the language menu shows them.
    pub languages: Vec<Language>,
    /// How citizens and companies reach the job centre.
    pub contact: Contact,
}

/// One language of the site.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Language {
    /// Language code (ISO 639-1), e.g. `da`, `ar`, `en`. Texts use it as key.
    pub code: Located<String>,
    /// The language's name in that language, e.g. `Dansk`, `العربية`, `English`.
    pub name: String,
    /// Writing direction: `ltr` (left to right) or `rtl` (right to left, as Arabic).
    pub dir: Direction,
}

/// Writing direction of a language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Ltr,
    Rtl,
}

/// Contact details of an office or a role. Never a private person's own details.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// The office or role, e.g. `da: Jobcenter Frederikshavn` or `da: Virksomhedskonsulent for landbrug`.
    pub name: Text,
    /// Postal address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// Phone number, e.g. `+45 00 00 00 00`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// E-mail address of the office or role.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Opening hours or when to call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<Text>,
    /// Where these details come from. Give either `source` (a document of content/sources.yaml and where in it) or `illustrative: true`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Located<super::Citation>>,
    /// `true` when the details are invented examples, not real ones; or the
    /// list of the fields that are (e.g. `[phone]`), beside a `source:`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub illustrative: Option<Located<super::Illustrative>>,
}

super::provenance!(Contact, ["name", "phone", "email", "address"]);

impl Site {
    /// Every human-readable text in the file, for translation checks.
    pub fn texts(&self) -> Vec<&Text> {
        let mut texts = vec![&self.municipality, &self.title];
        texts.extend(self.contact.texts());
        texts
    }
}

impl Contact {
    pub fn texts(&self) -> Vec<&Text> {
        let mut texts = vec![&self.name];
        texts.extend(&self.hours);
        texts
    }
}
