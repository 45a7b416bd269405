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
    /// Translations made from an older Danish text (`content/translations.lock`).
    pub stale: Vec<super::stale::Stale>,
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

    /// Whether the `lang` text at `pos` is stale (the page marks it).
    pub fn is_stale(&self, lang: &str, pos: crate::located::Pos, text: &str) -> bool {
        self.stale
            .iter()
            .any(|s| s.lang == lang && s.pos == pos && s.text == text)
    }
}

/// How `pathways new` marks a text that is still to be written.
pub const PLACEHOLDER: &str = "UDFYLD";

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
        stale: Vec::new(),
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
pub fn invisible_name(c: char) -> Option<String> {
    match c {
        '\u{200B}' => Some(tr!("invisible-zero-width")),
        '\u{00AD}' => Some(tr!("invisible-soft-hyphen")),
        '\u{2060}' => Some(tr!("invisible-word-joiner")),
        '\u{FEFF}' => Some(tr!("invisible-bom")),
        _ => None,
    }
}

/// The name of a no-break space, which looks like a space but is not one to YAML.
pub fn no_break_space_name() -> String {
    tr!("invisible-nbsp")
}

/// The short name of an invisible character (or a no-break space), to show
/// it inside a quoted word: `name⟨no-break space⟩`.
pub fn invisible_short(c: char) -> Option<String> {
    match c {
        '\u{00A0}' => Some(tr!("invisible-nbsp.short")),
        '\u{200B}' => Some(tr!("invisible-zero-width.short")),
        '\u{00AD}' => Some(tr!("invisible-soft-hyphen.short")),
        '\u{2060}' => Some(tr!("invisible-word-joiner.short")),
        '\u{FEFF}' => Some(tr!("invisible-bom.short")),
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
                Diagnostic::error(file, pos, tr!("text-unknown-language", lang = lang))
                    .label(tr!("text-unknown-language.label"))
                    .maybe_help(did_you_mean(lang, languages.iter().map(String::as_str)))
                    .help(tr!(
                        "text-unknown-language.help",
                        languages = languages.join(", "),
                        lang = lang
                    )),
            );
        }
        if value.value.trim().is_empty() {
            let pos = check.sources.key_before(file, value.pos, lang);
            check.push(
                Diagnostic::error(file, pos, tr!("text-empty", lang = lang))
                    .label(tr!("text-empty.label"))
                    .help(tr!("text-empty.help")),
            );
        }
        if value.value.trim_start().starts_with(PLACEHOLDER) {
            check.push(
                Diagnostic::warning(file, value.pos, tr!("placeholder"))
                    .label(tr!("placeholder.label"))
                    .help(tr!("placeholder.help", placeholder = PLACEHOLDER))
                    .placeholder(),
            );
        }
        // One pass over the characters for what the checks below look for.
        let (mut control, mut invisible, mut marks) = (None, None, false);
        for c in value.value.chars() {
            if c.is_ascii() {
                if c.is_ascii_control() && !matches!(c, '\n' | '\t') {
                    control = control.or(Some(c));
                }
                continue;
            }
            if c.is_control() {
                control = control.or(Some(c));
            }
            if invisible.is_none() {
                invisible = invisible_name(c).map(|name| (c, name));
            }
            marks |= ARABIC_MARKS.contains(&c);
        }
        if let Some(c) = control {
            check.push(
                Diagnostic::error(
                    file,
                    value.pos,
                    tr!("text-control", code = format!("{:04X}", u32::from(c))),
                )
                .label(tr!("text-control.label"))
                .help(tr!("text-control.help")),
            );
        }
        let trimmed = value.value.trim();
        if trimmed.chars().count() > 1
            && trimmed.starts_with(['“', '”', '„', '‘', '’', '‚'])
            && trimmed.ends_with(['“', '”', '‘', '’'])
        {
            check.push(
                Diagnostic::warning(file, value.pos, tr!("curly-quotes"))
                    .label(tr!("curly-quotes.label"))
                    .help(tr!("curly-quotes.help")),
            );
        }
        if let Some((c, name)) = invisible {
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
                    tr!(
                        "text-invisible",
                        name = name,
                        code = format!("{:04X}", u32::from(c))
                    ),
                )
                .label(tr!("text-invisible.label", before = before))
                .help(tr!("text-invisible.help")),
            );
        }
        if marks {
            check.push(
                Diagnostic::warning(file, value.pos, tr!("arabic-marks"))
                    .label(tr!("arabic-marks.label"))
                    .help(tr!("arabic-marks.help")),
            );
        }
    }
    if !has_default {
        let default = check.default_language.clone();
        check.push(
            Diagnostic::error(
                file,
                text.pos(),
                tr!("text-no-default", default = default.as_str()),
            )
            .label(tr!("text-no-default.label", default = default.as_str()))
            .help(tr!("text-no-default.help", default = default.as_str())),
        );
    }
}
