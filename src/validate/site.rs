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
            Diagnostic::error(file, url.pos, tr!("base-url-not-address"))
                .label(tr!("base-url-not-address.label"))
                .help(tr!("base-url-not-address.help")),
        );
    } else if !url.value.ends_with('/') {
        check.push(
            Diagnostic::error(file, url.pos, tr!("base-url-slash"))
                .label(tr!("base-url-slash.label"))
                .help(tr!("base-url-slash.help", url = url.value.as_str())),
        );
    }
    if site.languages.is_empty() {
        check.push(
            Diagnostic::error(file, site.default_language.pos, tr!("no-languages"))
                .help(tr!("no-languages.help")),
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
                    tr!("not-language-code", code = code.value.as_str()),
                )
                .label(tr!("not-language-code.label"))
                .help(tr!("not-language-code.help")),
            );
        }
    }
    check.unique(
        file,
        site.languages.iter().map(|l| &l.code),
        &tr!("thing-language"),
    );
    let codes: Vec<String> = site
        .languages
        .iter()
        .map(|l| l.code.value.clone())
        .collect();
    check.reference(
        file,
        &site.default_language.value,
        site.default_language.pos,
        &tr!("thing-language"),
        codes.iter().map(String::as_str),
        &tr!("defined-languages"),
    );
    check.provenance(
        file,
        &site.contact,
        site.contact.name.pos(),
        &tr!("thing-contact"),
    );
}

pub fn check_course(check: &mut Checker, course: &Course, file: FileId) {
    if let Some(number) = &course.amu_number
        && (number.value.len() != 5 || !number.value.chars().all(|c| c.is_ascii_digit()))
    {
        check.push(
            Diagnostic::error(
                file,
                number.pos,
                tr!("not-amu-number", number = number.value.as_str()),
            )
            .label(tr!("not-amu-number.label"))
            .help(tr!("not-amu-number.help")),
        );
    }
    if course.days.value == 0 || course.days.value > 100 {
        check.push(
            Diagnostic::error(
                file,
                course.days.pos,
                tr!("course-days", days = course.days.value),
            )
            .label(tr!("course-days.label"))
            .help(tr!("course-days.help")),
        );
    }
    check.provenance(file, course, course.title.pos(), &tr!("thing-course"));
}

pub fn check_pages(check: &mut Checker, catalog: &Catalog, origins: &Origins) {
    for ((slug, lang), file) in &origins.pages {
        check.file_id(*file, slug, &tr!("thing-page"));
        if crate::routes::RESERVED.contains(&slug.as_str()) {
            check.push(
                Diagnostic::error(
                    *file,
                    Pos::UNKNOWN,
                    tr!("page-name-reserved", slug = slug.as_str()),
                )
                .help(tr!(
                    "page-name-reserved.help",
                    reserved = crate::routes::RESERVED.join(", ")
                )),
            );
        }
        if !check.languages.contains(lang) {
            let languages = check.languages.clone();
            check.push(
                Diagnostic::error(
                    *file,
                    Pos::UNKNOWN,
                    tr!("page-language", lang = lang.as_str()),
                )
                .maybe_help(crate::suggest::did_you_mean(
                    lang,
                    languages.iter().map(String::as_str),
                ))
                .help(tr!(
                    "page-language.help",
                    slug = slug.as_str(),
                    languages = languages.join(", ")
                )),
            );
        }
        let page = &catalog.pages[slug][lang];
        if page.front.title.value.trim().is_empty() {
            check.push(
                Diagnostic::error(*file, page.front.title.pos, tr!("page-title-empty"))
                    .label(tr!("page-title-empty.label"))
                    .help(tr!("page-title-empty.help")),
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
                    tr!(
                        "page-no-default",
                        slug = slug.as_str(),
                        default = default.as_str()
                    ),
                )
                .help(tr!(
                    "page-no-default.help",
                    slug = slug.as_str(),
                    default = default.as_str()
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
                Diagnostic::warning(*file, at(range), tr!("raw-html"))
                    .label(tr!("raw-html.label"))
                    .help(tr!("raw-html.help")),
            );
        }
        for (range, address) in crate::markdown::unsafe_links(&page.markdown)
            .into_iter()
            .take(5)
        {
            let scheme = address.split(':').next().unwrap_or_default().trim();
            found.push(
                Diagnostic::error(*file, at(range), tr!("unsafe-link", scheme = scheme))
                    .label(tr!("unsafe-link.label"))
                    .help(tr!("unsafe-link.help")),
            );
        }
        found.into_iter().for_each(|d| check.push(d));
    }
}

/// The line, column and range of the byte `offset` in `text`.
pub(super) fn position(text: &str, offset: usize, len: usize) -> Pos {
    let before = &text[..offset];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    Pos {
        line: before.matches('\n').count() as u32 + 1,
        column: before[line_start..].chars().count() as u32 + 1,
        offset: offset as u32,
        len: len as u32,
    }
}
