//! JSON Schemas of the content files, for editors: with yaml-language-server
//! (VS Code's YAML extension and others) they give completion, hover help from
//! the field descriptions, and red underlines while typing.

use crate::model::{Concept, Course, FrontMatter, Package, Site};
use schemars::schema_for;

/// The kinds of content file, with the file name of their schema.
pub const KINDS: [(&str, &str); 5] = [
    ("site", "content/site.yaml"),
    ("concept", "content/concept.yaml"),
    ("course", "content/courses/<id>.yaml"),
    ("package", "content/packages/<id>.yaml"),
    ("page", "front matter of content/pages/<slug>.<lang>.md"),
];

/// The schema of one kind of file, as pretty JSON, or `None` for an unknown kind.
pub fn schema(kind: &str) -> Option<String> {
    let mut schema = match kind {
        "site" => schema_for!(Site),
        "concept" => schema_for!(Concept),
        "course" => schema_for!(Course),
        "package" => schema_for!(Package),
        "page" => schema_for!(FrontMatter),
        _ => return None,
    };
    let described = KINDS
        .iter()
        .find(|(k, _)| *k == kind)
        .map_or("", |(_, f)| f);
    schema.insert("title".into(), format!("pathways: {described}").into());
    serde_json::to_string_pretty(&schema).ok().map(|mut s| {
        s.push('\n');
        s
    })
}
