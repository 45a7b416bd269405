//! A page's language context: content texts resolved to its language (with
//! the Danish fallback marked), interface messages, numbers and links
//! relative to the page. Shared by the web pages and the PDFs.

use super::RenderError;
use crate::i18n::{Locales, args};
use crate::model::{Catalog, Contact, Direction, Provenance, Text};
use crate::routes::Route;
use crate::site::Site;
use crate::theme::Terms;
use fluent_bundle::FluentValue;
use rayon::prelude::*;
use serde::Serialize;
use std::cell::Cell;

/// A content text in the page's language, or in the default language with
/// its code when it has not been translated yet (rendered with `lang`).
#[derive(Serialize, Clone)]
pub struct Localized {
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    /// A translation made from an older Danish text: the page's words for
    /// "may be out of date", shown beside it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stale: Option<String>,
}

/// Everything a page needs to resolve texts and links in one language.
pub struct Localizer<'a> {
    pub site: &'a Site,
    pub catalog: &'a Catalog,
    pub locales: &'a Locales,
    pub lang: &'a str,
    pub rtl: bool,
    pub(super) route: Route<'a>,
    pub(super) fallbacks: Cell<usize>,
    /// On a web page: the names and terms kept in the default language
    /// ([`kept_terms`]), marked with it where they stand in another
    /// language's text. None for the PDFs, whose texts carry no marks.
    kept: Option<&'a Terms>,
}

impl<'a> Localizer<'a> {
    pub fn new(site: &'a Site, lang: &'a str, route: Route<'a>) -> Localizer<'a> {
        let catalog = &site.catalog;
        let rtl = catalog
            .site
            .languages
            .iter()
            .any(|l| l.code.value == lang && l.dir == Direction::Rtl);
        Localizer {
            site,
            catalog,
            locales: &site.locales,
            lang,
            rtl,
            route,
            fallbacks: Cell::new(0),
            kept: None,
        }
    }

    /// For a web page: names and terms in the default language are marked
    /// with it on the other languages' pages (`terms` from [`kept_terms`]).
    pub(super) fn marking(mut self, terms: &'a Terms) -> Localizer<'a> {
        self.kept = Some(terms);
        self
    }

    /// A name or text that exists only in the default language (a company,
    /// a place, an address), marked with it on another language's web page.
    pub(super) fn kept(&self, text: &str) -> String {
        match self.kept {
            Some(_) if self.lang != self.default_lang() && !text.is_empty() => {
                crate::theme::kept(self.default_lang(), text)
            }
            _ => text.to_string(),
        }
    }

    /// The kept terms to mark on this page: none on the default language's
    /// pages and in the PDFs.
    pub(super) fn kept_terms(&self) -> Option<&'a Terms> {
        self.kept.filter(|_| self.lang != self.default_lang())
    }

    /// A text in this page's language with the kept terms in it marked.
    pub(super) fn mark_terms(&self, text: &str) -> String {
        match self.kept_terms() {
            Some(terms) => terms.mark(text),
            None => text.to_string(),
        }
    }

    pub(super) fn default_lang(&self) -> &'a str {
        &self.catalog.site.default_language.value
    }

    /// A content text in this page's language, falling back to the default.
    pub fn l(&self, text: &Text) -> Localized {
        match text.resolve(self.lang, self.default_lang()) {
            Some((t, used)) if used == self.lang => Localized {
                text: self.mark_terms(t),
                lang: None,
                stale: self.stale_mark(text, t),
            },
            Some((t, used)) => {
                self.count_fallback();
                Localized {
                    text: t.to_string(),
                    lang: Some(used.to_string()),
                    stale: None,
                }
            }
            None => Localized {
                text: String::new(),
                lang: None,
                stale: None,
            },
        }
    }

    /// The mark for a translation made from an older Danish text, if `text` is one.
    fn stale_mark(&self, text: &Text, shown: &str) -> Option<String> {
        let coverage = &self.site.findings.coverage;
        if coverage.stale.is_empty() {
            return None;
        }
        let (_, value) = text.entries().find(|(lang, _)| *lang == self.lang)?;
        if !coverage.is_stale(self.lang, value.pos, shown) {
            return None;
        }
        self.msg("stale-mark", &[]).ok()
    }

    /// Notes that the page shows a text in the default language instead of its own.
    pub(super) fn count_fallback(&self) {
        self.fallbacks.set(self.fallbacks.get() + 1);
    }

    /// An interface message (Fluent) in this page's language. On a web
    /// page, a message found only in another language is marked with it, as
    /// the templates' `t()` does.
    pub fn msg(&self, id: &str, pairs: &[(&str, FluentValue)]) -> Result<String, RenderError> {
        let args = args(pairs.iter().map(|(k, v)| (*k, v.clone())));
        self.locales
            .message(self.lang, id, Some(&args))
            .map(|(text, found)| {
                if self.kept.is_some() && found != self.lang {
                    crate::theme::wrap(found, &text)
                } else {
                    self.mark_terms(&text)
                }
            })
            .map_err(RenderError::Message)
    }

    pub fn num(&self, n: u64) -> String {
        self.locales.number(self.lang, n)
    }

    /// A link from this page to `route` in this page's language.
    pub fn href(&self, route: Route) -> String {
        self.href_in(route, self.lang)
    }

    pub fn href_in(&self, route: Route, lang: &str) -> String {
        format!("{}{}", "../".repeat(self.route.depth()), route.dir(lang))
    }

    /// The link to the site root (for assets).
    pub fn root(&self) -> String {
        "../".repeat(self.route.depth())
    }
}

#[derive(Serialize)]
pub(super) struct ContactView {
    name: Localized,
    address: Option<String>,
    phone: Option<String>,
    email: Option<String>,
    hours: Option<Localized>,
    illustrative: bool,
}

pub(super) fn contact(ctx: &Localizer, c: &Contact) -> ContactView {
    ContactView {
        name: ctx.l(&c.name),
        // The address is written once, in the default language.
        address: c.address.as_deref().map(|a| ctx.kept(a)),
        phone: c.phone.clone(),
        email: c.email.clone(),
        hours: c.hours.as_ref().map(|h| ctx.l(h)),
        illustrative: c.is_illustrative(),
    }
}

/// Whether `c` is a letter of the Latin script (ASCII or with accents).
fn latin(c: char) -> bool {
    c.is_ascii_alphabetic()
        || matches!(c, '\u{00C0}'..='\u{024F}' if c != '\u{00D7}' && c != '\u{00F7}')
}

/// The runs of Latin-script words in `text` ("Dansk 2" in an Arabic
/// sentence): words of letters and digits joined by single spaces, with a
/// letter in them.
fn latin_runs(text: &str) -> Vec<&str> {
    let mut runs = Vec::new();
    let mut start: Option<usize> = None;
    let mut end = 0;
    let mut letter = false;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let word = latin(c) || c.is_ascii_digit();
        // A space between two Latin words belongs to the run.
        let joins = c == ' '
            && start.is_some()
            && end == at
            && chars
                .peek()
                .is_some_and(|&(_, n)| latin(n) || n.is_ascii_digit());
        if word {
            start.get_or_insert(at);
            end = at + c.len_utf8();
            letter |= latin(c);
        } else if !joins {
            if let (Some(s), true) = (start, letter) {
                runs.push(&text[s..end]);
            }
            start = None;
            letter = false;
        }
    }
    if let (Some(s), true) = (start, letter) {
        runs.push(&text[s..end]);
    }
    runs
}

/// Whether `text` is written in another script than Latin (Arabic): it has
/// letters, and more of them outside the Latin script than in it.
fn other_script(text: &str) -> bool {
    let (mut ours, mut other) = (0, 0);
    for c in text.chars() {
        match c {
            c if latin(c) => ours += 1,
            // The Arabic letters first: Unicode's table is slow to look up.
            '\u{0621}'..='\u{064A}' => other += 1,
            c if c.is_ascii() => {}
            c if c.is_alphabetic() => other += 1,
            _ => {}
        }
    }
    other > ours
}

/// Whether `needle` stands in `haystack` as whole words.
fn has_words(haystack: &str, needle: &str) -> bool {
    haystack
        .match_indices(needle)
        .any(|(at, _)| whole(haystack, at, needle.len()))
}

fn whole(text: &str, at: usize, len: usize) -> bool {
    let before = text[..at].chars().next_back();
    let after = text[at + len..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// The terms the site keeps in its default language inside the texts of
/// the other languages, longest first: a run of Latin words in a
/// translation written in another script that the default text has too
/// ("Dansk 2", "AMU" in an Arabic sentence). They are found, not listed: a
/// translator who keeps a term in Danish gets it marked, on the Arabic
/// pages and on the English ones ("the Dansk 2 level"). A translation that
/// is the same as the Danish text is not taken for Danish: "Mentor" and
/// "Motivation" are English too.
pub fn kept_terms(catalog: &Catalog) -> Vec<String> {
    let default = catalog.site.default_language.value.as_str();
    let mut texts = catalog.site.texts();
    texts.extend(catalog.concept.texts());
    texts.extend(catalog.courses.values().flat_map(|c| c.texts()));
    texts.extend(catalog.packages.values().flat_map(|p| p.texts()));
    // A national catalogue has some 200,000 texts: looked through in parallel.
    let terms: std::collections::BTreeSet<String> = texts
        .par_iter()
        .flat_map_iter(|text| {
            let mut found = Vec::new();
            let Some(base) = text.get(default) else {
                return found;
            };
            for (lang, own) in text.entries() {
                let own = own.value.as_str();
                if lang != default && other_script(own) {
                    found.extend(
                        latin_runs(own)
                            .into_iter()
                            .filter(|run| has_words(base, run))
                            .map(str::to_string),
                    );
                }
            }
            found
        })
        .collect();
    let mut terms: Vec<String> = terms.into_iter().collect();
    terms.sort_by_key(|t| std::cmp::Reverse(t.len()));
    terms
}

#[cfg(test)]
mod tests {
    use super::{latin_runs, other_script};
    use crate::theme::Terms;

    #[test]
    fn latin_runs_in_an_arabic_sentence_are_found_whole() {
        let ar = "تتطلب الدورة عادة مستوى Dansk 2 في اللغة الدانماركية، وشهادات دورات AMU. 9-15";
        assert!(other_script(ar));
        assert_eq!(latin_runs(ar), ["Dansk 2", "AMU"]);
        assert!(!other_script("Danish at the Dansk 2 level"));
    }

    #[test]
    fn a_term_is_marked_where_it_stands_as_whole_words() {
        let terms = Terms::new(vec!["Dansk 2".to_string(), "AMU".to_string()], "da");
        let marked = terms.mark("AMU courses at Dansk 2 level, not AMUX");
        assert_eq!(
            marked,
            format!(
                "{} courses at {} level, not AMUX",
                crate::theme::kept("da", "AMU"),
                crate::theme::kept("da", "Dansk 2")
            )
        );
    }
}
