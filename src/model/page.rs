//! `content/pages/<slug>.<lang>.md`: free pages in Markdown with front matter.

use crate::located::Located;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The front matter between the `---` lines at the top of a page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FrontMatter {
    /// The page title.
    pub title: Located<String>,
    /// One sentence that search engines and link previews show.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Position in the menu: 1 comes first. Pages without it are not in the menu.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub menu: Option<u32>,
}

/// A page in one language.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Page {
    #[serde(flatten)]
    pub front: FrontMatter,
    /// The body in Markdown.
    pub markdown: String,
}
