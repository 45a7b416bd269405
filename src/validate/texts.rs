//! Rules for texts: languages the site has, the default language present, no
//! empty text; and the translation coverage that `check` prints.

use super::{Checker, Origins};
use crate::diagnostic::{Diagnostic, FileId};
use crate::located::Pos;
use crate::model::{Catalog, Text};
use crate::suggest::did_you_mean;

/// Translation coverage of the whole site.
#[derive(Debug, Default)]
pub struct Coverage {
    pub languages: Vec<LanguageCoverage>,
    /// Package and course files that could not be read, so are not counted.
    pub unread: usize,
}

/// How many texts one language has.
#[derive(Debug)]
pub struct LanguageCoverage {
    pub code: String,
    pub translated: usize,
    pub total: usize,
    pub missing: Vec<Missing>,
}

/// A text without a translation.
#[derive(Clone, Copy, Debug)]
pub struct Missing {
    pub file: FileId,
    pub pos: Pos,
}

impl Coverage {
    pub fn missing_count(&self) -> usize {
        self.languages.iter().map(|l| l.missing.len()).sum()
    }
}

/// How `pathways new` marks a text that is still to be written.
pub const PLACEHOLDER: &str = "UDFYLD";
pub const PLACEHOLDER_MESSAGE: &str = "this text is a placeholder";

/// Arabic vowel marks (harakat, tanwin, shadda, sukun). Typst duplicates the
/// letter before them when text is copied from a PDF (typst issue 8767).
const ARABIC_MARKS: std::ops::RangeInclusive<char> = '\u{064B}'..='\u{0652}';

/// Every text of the catalog (not the free pages), with the file it is in.
pub fn by_file<'c>(catalog: &'c Catalog, origins: &Origins) -> Vec<(FileId, Vec<&'c Text>)> {
    let mut files: Vec<(FileId, Vec<&Text>)> = vec![
        (origins.site, catalog.site.texts()),
        (origins.concept, catalog.concept.texts()),
    ];
    files.extend(
        catalog
            .courses
            .iter()
            .map(|(id, c)| (origins.courses[id], c.texts())),
    );
    files.extend(
        catalog
            .packages
            .iter()
            .map(|(id, p)| (origins.packages[id], p.texts())),
    );
    files
}

pub fn check(check: &mut Checker, catalog: &Catalog, origins: &Origins) -> Coverage {
    let files = by_file(catalog, origins);
    let mut coverage = Coverage {
        languages: check
            .languages
            .iter()
            .map(|code| LanguageCoverage {
                code: code.clone(),
                translated: 0,
                total: 0,
                missing: Vec::new(),
            })
            .collect(),
        unread: 0,
    };
    for (file, texts) in files {
        for text in texts {
            check_text(check, file, text);
            for language in &mut coverage.languages {
                language.total += 1;
                if text.get(&language.code).is_some() {
                    language.translated += 1;
                } else if language.code != check.default_language {
                    language.missing.push(Missing {
                        file,
                        pos: text.pos(),
                    });
                }
            }
        }
    }
    for (slug, translations) in &catalog.pages {
        let anchor = translations
            .get(&check.default_language)
            .map(|_| origins.pages[&(slug.clone(), check.default_language.clone())]);
        for language in &mut coverage.languages {
            language.total += 1;
            if translations.contains_key(&language.code) {
                language.translated += 1;
            } else if let Some(file) = anchor {
                language.missing.push(Missing {
                    file,
                    pos: Pos::UNKNOWN,
                });
            }
        }
    }
    coverage
}

/// The name of a character that takes no room and is never meant in
/// content (the joiners that Arabic and Persian need are not among them).
pub fn invisible_name(c: char) -> Option<&'static str> {
    match c {
        '\u{200B}' => Some("a zero-width space"),
        '\u{00AD}' => Some("a soft hyphen"),
        '\u{2060}' => Some("a word joiner"),
        '\u{FEFF}' => Some("a byte-order mark"),
        _ => None,
    }
}

fn check_text(check: &mut Checker, file: FileId, text: &Text) {
    let mut has_default = false;
    for (lang, value) in text.entries() {
        if lang == check.default_language {
            has_default = true;
        }
        if !check.languages.iter().any(|l| l == lang) {
            let pos = check.sources.key_before(file, value.pos, lang);
            let languages = check.languages.clone();
            check.push(
                Diagnostic::error(file, pos, format!("`{lang}` is not a language of the site"))
                    .label("unknown language code")
                    .maybe_help(did_you_mean(lang, languages.iter().map(String::as_str)))
                    .help(format!(
                        "the site's languages are {}; add `{lang}` to `languages:` in site.yaml to publish it",
                        languages.join(", ")
                    )),
            );
        }
        if value.value.trim().is_empty() {
            let pos = check.sources.key_before(file, value.pos, lang);
            check.push(
                Diagnostic::error(file, pos, format!("the `{lang}` text is empty"))
                    .label("empty text")
                    .help("write the text, or delete the line; a missing translation falls back to the default language"),
            );
        }
        if value.value.trim_start().starts_with(PLACEHOLDER) {
            check.push(
                Diagnostic::warning(file, value.pos, PLACEHOLDER_MESSAGE)
                    .label("still to be written")
                    .help(format!("replace the text that starts with {PLACEHOLDER} (made by `pathways new`); `check --strict` refuses it")),
            );
        }
        if let Some(c) = value
            .value
            .chars()
            .find(|&c| c.is_control() && !matches!(c, '\n' | '\t'))
        {
            check.push(
                Diagnostic::error(file, value.pos, format!("the text has an invisible control character (U+{:04X})", u32::from(c)))
                    .label("somewhere in this text")
                    .help("delete it: such characters come from copying out of other programs; retype the words around it if you cannot find it"),
            );
        }
        let trimmed = value.value.trim();
        if trimmed.chars().count() > 1
            && trimmed.starts_with(['“', '”', '„', '‘', '’', '‚'])
            && trimmed.ends_with(['“', '”', '‘', '’'])
        {
            check.push(
                Diagnostic::warning(file, value.pos, "the text is wrapped in curly quotes, which will show on the page")
                    .label("curly quotes around the text")
                    .help("Word and Outlook turn \" into “ ”: write straight quotes \"…\" around the text, or none"),
            );
        }
        if let Some((c, name)) = value
            .value
            .chars()
            .find_map(|c| invisible_name(c).map(|name| (c, name)))
        {
            let at = value.value.find(c).unwrap_or(0);
            let before: String = value.value[..at]
                .chars()
                .rev()
                .take(20)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            check.push(
                Diagnostic::warning(
                    file,
                    value.pos,
                    format!("the text has an invisible character: {name} (U+{:04X})", u32::from(c)),
                )
                .label(format!("after “{before}”"))
                .help("it comes from copying out of Word or a web page and can break words oddly; delete it (retype the two words around it)"),
            );
        }
        if value.value.chars().any(|c| ARABIC_MARKS.contains(&c)) {
            check.push(
                Diagnostic::warning(file, value.pos, "the text has Arabic vowel marks (harakat)")
                    .label("vowel marks")
                    .help("write Arabic without optional vowel marks: PDF readers and screen readers repeat the letter before them (typst issue 8767)"),
            );
        }
    }
    if !has_default {
        let default = check.default_language.clone();
        check.push(
            Diagnostic::error(
                file,
                text.pos(),
                format!("the text has no `{default}` version"),
            )
            .label(format!("`{default}:` is missing here"))
            .help(format!(
                "every text needs the default language: add a line `{default}: …`"
            )),
        );
    }
}
