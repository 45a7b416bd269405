//! The term base (content/terms.yaml) applied to every text: a word the base
//! says to avoid is reported where it stands, and so is a translation that
//! lacks the agreed term when its Danish text uses one.
//!
//! Words are compared whole, case-insensitively, without Arabic vowel marks
//! or tatweel, and Arabic words without their attached conjunction (و، ف),
//! preposition (ب، ل، ك) and article (ال): "بمركز التوظيف" uses "مركز التوظيف".

mod matcher;

use super::Checker;
use super::site::position;
use crate::diagnostic::{Diagnostic, FileId};
use crate::i18n::Locales;
use crate::located::{Located, Pos};
use crate::model::{Catalog, Text};
use crate::site::Findings;
pub use matcher::Matcher;
use matcher::{Hit, Kind, words};
use std::collections::{BTreeSet, HashMap};
use std::ops::Range;
use std::path::PathBuf;

/// The term base's own rules, then every text of the catalog held to it.
pub fn check(
    check: &mut Checker,
    catalog: &Catalog,
    file: Option<FileId>,
    origins: &super::Origins,
) {
    if let Some(file) = file {
        check_base(check, catalog, file);
    }
    let matcher = Matcher::new(&catalog.terms);
    if matcher.is_empty() {
        return;
    }
    for (file, texts) in super::texts_by_file(catalog, origins) {
        for text in texts {
            check_text(check, &matcher, file, text);
        }
    }
    for ((slug, lang), file) in &origins.pages {
        let page = &catalog.pages[slug][lang];
        let Some(source) = check.sources.get(*file).text() else {
            continue;
        };
        let Some(body_start) = source.len().checked_sub(page.markdown.len()) else {
            continue;
        };
        let found: Vec<Diagnostic> = matcher
            .hits(lang, &page.markdown)
            .into_iter()
            .filter(|hit| hit.kind == Kind::Avoid)
            .map(|hit| {
                let at = position(source, body_start + hit.range.start, hit.range.len());
                avoided(
                    &matcher,
                    *file,
                    at,
                    lang,
                    &page.markdown[hit.range.clone()],
                    &hit,
                )
            })
            .collect();
        found.into_iter().for_each(|d| check.push(d));
    }
}

fn check_base(check: &mut Checker, catalog: &Catalog, file: FileId) {
    let what = tr!("thing-term");
    for term in &catalog.terms {
        check.slug(file, &term.id, &what);
        for (lang, words_of) in &term.words {
            let avoid: BTreeSet<&str> = words_of.avoid.iter().map(|a| a.as_str()).collect();
            for preferred in &words_of.preferred {
                if avoid.contains(preferred.as_str()) {
                    check.push(
                        Diagnostic::error(
                            file,
                            preferred.pos,
                            tr!(
                                "term-both",
                                word = preferred.as_str(),
                                term = term.id.as_str()
                            ),
                        )
                        .label(tr!("term-both.label"))
                        .help(tr!("term-both.help")),
                    );
                }
            }
            for word in words_of.preferred.iter().chain(&words_of.avoid) {
                if words(word).is_empty() {
                    check.push(
                        Diagnostic::error(file, word.pos, tr!("term-empty", lang = lang.as_str()))
                            .label(tr!("term-empty.label"))
                            .help(tr!("term-empty.help")),
                    );
                }
            }
        }
    }
    check.unique(file, catalog.terms.iter().map(|t| &t.id), &what);
}

fn check_text(check: &mut Checker, matcher: &Matcher, file: FileId, text: &Text) {
    let default = check.default_language.clone();
    let mut used_in_default = BTreeSet::new();
    let mut found: Vec<Diagnostic> = Vec::new();
    let mut present: Vec<(&str, &Located<String>, BTreeSet<usize>)> = Vec::new();
    for (lang, value) in text.entries() {
        let mut terms = BTreeSet::new();
        for hit in matcher.hits(lang, value) {
            match hit.kind {
                Kind::Avoid => {
                    let shown = &value.value[hit.range.clone()];
                    let at = place(check, file, value.pos, shown);
                    found.push(avoided(matcher, file, at, lang, shown, &hit));
                }
                Kind::Preferred => {
                    terms.insert(hit.term);
                }
            }
        }
        if lang == default {
            used_in_default = terms;
        } else {
            present.push((lang, value, terms));
        }
    }
    for (lang, value, terms) in present {
        for &term in used_in_default.difference(&terms) {
            found.extend(missing(matcher, file, value.pos, &default, lang, term));
        }
    }
    found.into_iter().for_each(|d| check.push(d));
}

/// The warning for a translation that lacks the term its default-language
/// text uses; none when the term base has no words for that language.
fn missing(
    matcher: &Matcher,
    file: FileId,
    at: Pos,
    default: &str,
    lang: &str,
    term: usize,
) -> Option<Diagnostic> {
    let id = matcher.terms[term].id.as_str();
    matcher.terms[term]
        .words(lang)
        .filter(|w| !w.preferred.is_empty())?;
    Some(
        Diagnostic::warning(file, at, tr!("term-missing", lang = lang, term = id))
            .label(tr!(
                "term-missing.label",
                words = matcher.preferred(term, lang)
            ))
            .help(tr!(
                "term-missing.help",
                source = matcher.preferred(term, default),
                default = default,
                term = id
            )),
    )
}

/// The warning for a word the term base says to avoid.
fn avoided(
    matcher: &Matcher,
    file: FileId,
    at: Pos,
    lang: &str,
    shown: &str,
    hit: &Hit,
) -> Diagnostic {
    let term = &matcher.terms[hit.term];
    Diagnostic::warning(
        file,
        at,
        tr!(
            "term-avoid",
            word = shown,
            term = term.id.as_str(),
            lang = lang
        ),
    )
    .label(tr!(
        "term-avoid.label",
        words = matcher.preferred(hit.term, lang)
    ))
    .help(tr!(
        "term-avoid.help",
        avoid = hit.written.as_str(),
        term = term.id.as_str()
    ))
}

/// Where `shown` stands in the file, searched from the start of the value;
/// the value's own place when a line break inside the phrase hides it.
fn place(check: &Checker, file: FileId, value: Pos, shown: &str) -> Pos {
    let Some(source) = check.sources.get(file).text() else {
        return value;
    };
    let start = value.offset as usize;
    let end = (start + value.len as usize).min(source.len());
    match source.get(start..end).and_then(|v| v.find(shown)) {
        Some(at) if value.is_known() => position(source, start + at, shown.len()),
        _ => value,
    }
}

/// The term base applied to the site's own interface messages (`locales/`;
/// the built-in ones are not the site's to fix): words to avoid in each
/// message, and translations of a message that lack the term its default
/// language uses.
pub fn check_locales(catalog: &Catalog, locales: &Locales, findings: &mut Findings) {
    let matcher = Matcher::new(&catalog.terms);
    if matcher.is_empty() {
        return;
    }
    let default = catalog.site.default_language.value.as_str();
    // Per language: the terms each message uses, and where the message is.
    let mut used: HashMap<&str, HashMap<String, MessageTerms>> = HashMap::new();
    for lang in catalog.language_codes() {
        for (path, text) in locales.files(lang) {
            if path.ends_with(BUILT_IN_MARK) {
                continue;
            }
            let file = findings
                .sources
                .add(PathBuf::from(path), Some(text.clone()));
            for (id, range) in ftl_values(text) {
                let at = position(text, range.start, range.len());
                let entry = used
                    .entry(lang)
                    .or_default()
                    .entry(id)
                    .or_insert_with(|| (BTreeSet::new(), file, at));
                for hit in matcher.hits(lang, &text[range.clone()]) {
                    match hit.kind {
                        Kind::Preferred => {
                            entry.0.insert(hit.term);
                        }
                        Kind::Avoid => {
                            let start = range.start + hit.range.start;
                            let at = position(text, start, hit.range.len());
                            let shown = &text[start..start + hit.range.len()];
                            let warning = avoided(&matcher, file, at, lang, shown, &hit);
                            findings.report.push(warning);
                        }
                    }
                }
            }
        }
    }
    let Some(reference) = used.get(default) else {
        return;
    };
    for lang in catalog.language_codes().filter(|&l| l != default) {
        let Some(messages) = used.get(lang) else {
            continue;
        };
        for (id, (terms, file, at)) in messages {
            let Some((in_default, _, _)) = reference.get(id) else {
                continue;
            };
            for &term in in_default.difference(terms) {
                if let Some(warning) = missing(&matcher, *file, *at, default, lang, term) {
                    findings.report.push(warning);
                }
            }
        }
    }
}

/// The terms one message uses, and where the message starts.
type MessageTerms = (BTreeSet<usize>, FileId, Pos);

/// How locale file names end when the file is the built-in one.
const BUILT_IN_MARK: &str = " (built in)";

/// The value of every message and attribute of a Fluent file, line by line:
/// the id (`id` or `id.attribute`) and the byte range of the text on that line.
fn ftl_values(text: &str) -> Vec<(String, Range<usize>)> {
    let mut values = Vec::new();
    let mut message = String::new();
    let mut current = String::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let content = line.trim_end_matches(['\n', '\r']);
        let indented = content.starts_with([' ', '\t']);
        let trimmed = content.trim_start();
        if trimmed.is_empty() || (!indented && trimmed.starts_with('#')) {
            continue;
        }
        let skip = content.len() - trimmed.len();
        let (id, value_at) = match (indented, trimmed.split_once('=')) {
            (false, Some((id, _))) if !id.trim().is_empty() => {
                message = id.trim().to_string();
                (message.clone(), id.len() + 1)
            }
            (true, Some((attribute, _))) if attribute.starts_with('.') => (
                format!("{message}{}", attribute.trim()),
                attribute.len() + 1,
            ),
            (true, _) if !message.is_empty() => (current.clone(), 0),
            _ => continue,
        };
        current = id.clone();
        let from = start + skip + value_at;
        let to = start + content.len();
        if from < to {
            values.push((id, from..to));
        }
    }
    values
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same(a: &str, b: &str) -> bool {
        let (a, b) = (words(a), words(b));
        a.len() == b.len() && a.iter().zip(&b).all(|(x, y)| x.meets(&y.keys))
    }

    #[test]
    fn arabic_words_are_compared_without_what_is_attached_in_front() {
        assert!(same("بمركز التوظيف", "مركز التوظيف"));
        assert!(same("للمشارك", "المشارك"));
        assert!(same("والمشاركون", "المشاركون"));
        assert!(same("مَرْكَز", "مركز"));
        assert!(same("أداة", "اداة"));
        assert!(same("لكل كفاءة", "لكل الكفاءة"));
        assert!(same("مشاركا", "المشارك"));
        assert!(!same("المواطن", "المشارك"));
    }

    #[test]
    fn fluent_values_are_found_with_their_attributes_and_continuation_lines() {
        let text = "# a comment\nnav-home = Forsiden\nmenu =\n    Hele\n    menuen\n    .label = Vis menuen\n";
        let values: Vec<(String, &str)> = ftl_values(text)
            .into_iter()
            .map(|(id, range)| (id, &text[range]))
            .collect();
        assert_eq!(
            values,
            [
                ("nav-home".to_string(), " Forsiden"),
                ("menu".to_string(), "Hele"),
                ("menu".to_string(), "menuen"),
                ("menu.label".to_string(), " Vis menuen"),
            ]
        );
    }

    #[test]
    fn hyphens_belong_to_the_word_and_case_does_not_count() {
        let keys = |text| {
            words(text)
                .into_iter()
                .flat_map(|w| w.keys)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            keys("Fast-track, fast track."),
            ["fast-track", "fast", "track"]
        );
        assert_eq!(keys("- Job Center -"), ["job", "center"]);
    }
}
