//! Rules for content/sources.yaml, the register of source documents.

use super::Checker;
use crate::diagnostic::{Diagnostic, FileId};
use crate::model::Catalog;

pub fn check(check: &mut Checker, catalog: &Catalog, file: FileId) {
    let what = tr!("thing-document");
    for document in &catalog.sources {
        check.slug(file, &document.id, &what);
        for field in [&document.title, &document.publisher] {
            if field.trim().is_empty() {
                check.push(
                    Diagnostic::error(
                        file,
                        field.pos,
                        tr!("document-empty", id = document.id.as_str()),
                    )
                    .label(tr!("document-empty.label"))
                    .help(tr!("document-empty.help")),
                );
            }
        }
        if let Some(url) = &document.url {
            let web = url.starts_with("https://") || url.starts_with("http://");
            if !web || url.contains(char::is_whitespace) {
                check.push(
                    Diagnostic::error(
                        file,
                        url.pos,
                        tr!("document-url", id = document.id.as_str()),
                    )
                    .label(tr!("document-url.label"))
                    .help(tr!("document-url.help")),
                );
            }
        }
        if let Some(year) = &document.year
            && !(1900..=2100).contains(&year.value)
        {
            check.push(
                Diagnostic::error(
                    file,
                    year.pos,
                    tr!("document-year", id = document.id.as_str()),
                )
                .label(tr!("document-year.label"))
                .help(tr!("document-year.help")),
            );
        }
    }
    check.unique(file, catalog.sources.iter().map(|d| &d.id), &what);
}
