//! Rules for site.yaml, the course files and the pages.

use super::Checker;
use crate::diagnostic::{Diagnostic, FileId};
use crate::located::Pos;
use crate::model::{Catalog, Course};
use crate::validate::Origins;

pub fn check(check: &mut Checker, catalog: &Catalog, file: FileId) {
    let site = &catalog.site;
    let url = &site.base_url;
    if !(url.value.starts_with("https://") || url.value.starts_with("http://")) {
        check.push(
            Diagnostic::error(file, url.pos, "the base_url must be a full web address")
                .label("does not start with https://")
                .help("write the address the site is published at, e.g. `https://example.org/branchepakker/`"),
        );
    } else if !url.value.ends_with('/') {
        check.push(
            Diagnostic::error(file, url.pos, "the base_url must end with `/`")
                .label("add `/` at the end")
                .help(format!("write `{}/`", url.value)),
        );
    }
    if site.languages.is_empty() {
        check.push(
            Diagnostic::error(file, site.default_language.pos, "the site has no languages")
                .help("list the languages under `languages:`, each with `code`, `name` and `dir`"),
        );
    }
    for language in &site.languages {
        let code = &language.code;
        if code.value.len() < 2
            || code.value.len() > 3
            || !code.value.chars().all(|c| c.is_ascii_lowercase())
        {
            check.push(
                Diagnostic::error(
                    file,
                    code.pos,
                    format!("`{}` is not a language code", code.value),
                )
                .label("expected two or three lowercase letters")
                .help("use the ISO 639-1 code, e.g. `da`, `ar`, `en`, `uk`, `so`"),
            );
        }
    }
    check.unique(file, site.languages.iter().map(|l| &l.code), "language");
    let codes: Vec<String> = site
        .languages
        .iter()
        .map(|l| l.code.value.clone())
        .collect();
    check.reference(
        file,
        &site.default_language.value,
        site.default_language.pos,
        "language",
        codes.iter().map(String::as_str),
        "`languages:` in site.yaml",
    );
    check.provenance(file, &site.contact, site.contact.name.pos(), "contact");
}

pub fn check_course(check: &mut Checker, course: &Course, file: FileId) {
    if let Some(number) = &course.amu_number
        && (number.value.len() != 5 || !number.value.chars().all(|c| c.is_ascii_digit()))
    {
        check.push(
                Diagnostic::error(file, number.pos, format!("`{}` is not an AMU number", number.value))
                    .label("expected 5 digits")
                    .help("AMU numbers have five digits, e.g. `\"44530\"`; leave `amu_number` out when the number is not known"),
            );
    }
    if course.days.value == 0 || course.days.value > 100 {
        check.push(
            Diagnostic::error(
                file,
                course.days.pos,
                format!("a course of {} days is not possible", course.days.value),
            )
            .label("expected 1 to 100 days")
            .help("AMU courses last from 1 day to a few weeks; write the number of course days"),
        );
    }
    check.provenance(file, course, course.title.pos(), "course");
}

pub fn check_pages(check: &mut Checker, catalog: &Catalog, origins: &Origins) {
    for ((slug, lang), file) in &origins.pages {
        check.file_id(*file, slug, "page");
        if crate::routes::RESERVED.contains(&slug.as_str()) {
            check.push(
                Diagnostic::error(
                    *file,
                    Pos::UNKNOWN,
                    format!("the page name `{slug}` is taken by the site's own pages"),
                )
                .help(format!(
                    "rename the file: these names are reserved for generated pages: {}",
                    crate::routes::RESERVED.join(", ")
                )),
            );
        }
        if !check.languages.contains(lang) {
            let languages = check.languages.clone();
            check.push(
                Diagnostic::error(
                    *file,
                    Pos::UNKNOWN,
                    format!("`{lang}` in the file name is not a language of the site"),
                )
                .maybe_help(crate::suggest::did_you_mean(
                    lang,
                    languages.iter().map(String::as_str),
                ))
                .help(format!(
                    "name the file `{slug}.<language>.md` with one of: {}",
                    languages.join(", ")
                )),
            );
        }
        let page = &catalog.pages[slug][lang];
        if page.front.title.value.trim().is_empty() {
            check.push(
                Diagnostic::error(*file, page.front.title.pos, "the page title is empty")
                    .label("empty title")
                    .help("write the title the page shows, e.g. `title: Om branchepakkerne`"),
            );
        }
    }
    for (slug, translations) in &catalog.pages {
        if !translations.contains_key(&check.default_language) {
            let (lang, _) = translations
                .iter()
                .next()
                .expect("a page slug has at least one file");
            let file = origins.pages[&(slug.clone(), lang.clone())];
            let default = check.default_language.clone();
            check.push(
                Diagnostic::error(
                    file,
                    Pos::UNKNOWN,
                    format!("the page `{slug}` has no version in the default language `{default}`"),
                )
                .help(format!(
                    "write content/pages/{slug}.{default}.md; the other languages fall back to it"
                )),
            );
        }
    }
}

/// Raw HTML in a page is shown as text, and a link that would run code is
/// refused; tell the editor where each is.
pub fn check_page_markup(check: &mut Checker, catalog: &Catalog, origins: &Origins) {
    for ((slug, lang), file) in &origins.pages {
        let page = &catalog.pages[slug][lang];
        let Some(text) = check.sources.get(*file).text() else {
            continue;
        };
        // The body is the end of the file, after the front matter.
        let Some(body_start) = text.len().checked_sub(page.markdown.len()) else {
            continue;
        };
        let at =
            |range: std::ops::Range<usize>| position(text, body_start + range.start, range.len());
        let mut found = Vec::new();
        for range in crate::markdown::raw_html(&page.markdown)
            .into_iter()
            .take(5)
        {
            found.push(
                Diagnostic::warning(*file, at(range), "raw HTML in a page is shown as plain text")
                    .label("HTML")
                    .help("write Markdown instead: `**bold**`, `*italic*`, `[link](https://…)`, `- list item`"),
            );
        }
        for (range, address) in crate::markdown::unsafe_links(&page.markdown)
            .into_iter()
            .take(5)
        {
            let scheme = address.split(':').next().unwrap_or_default().trim();
            found.push(
                Diagnostic::error(*file, at(range), format!("a link to `{scheme}:` is not allowed"))
                    .label("this address would run code or open a file in the reader's browser")
                    .help("link to a web address (https://…), an e-mail (mailto:…), a phone number (tel:…) or a page of the site"),
            );
        }
        found.into_iter().for_each(|d| check.push(d));
    }
}

/// The line, column and range of the byte `offset` in `text`.
fn position(text: &str, offset: usize, len: usize) -> Pos {
    let before = &text[..offset];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    Pos {
        line: before.matches('\n').count() as u32 + 1,
        column: before[line_start..].chars().count() as u32 + 1,
        offset: offset as u32,
        len: len as u32,
    }
}
