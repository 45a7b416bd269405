//! The words of texts as the term check compares them, and the phrases of
//! the term base found in a text.

use crate::located::Located;
use crate::model::Term;
use std::collections::HashMap;
use std::ops::Range;

/// A word of a text: where it stands and the forms it is compared in (one,
/// or for an Arabic word every reading of what may be attached in front).
pub(super) struct Word {
    pub(super) range: Range<usize>,
    pub(super) keys: Vec<String>,
}

impl Word {
    pub(super) fn meets(&self, keys: &[String]) -> bool {
        self.keys.iter().any(|k| keys.contains(k))
    }
}

/// The words of `text`. A hyphen between letters belongs to the word, so
/// "fast-track" and "fast track" are different phrases.
pub(super) fn words(text: &str) -> Vec<Word> {
    let inside = |c: char| c.is_alphanumeric() || is_mark(c);
    let mut found = Vec::new();
    let mut start = None;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let next_inside = chars.peek().is_some_and(|&(_, n)| inside(n));
        let continues = inside(c) || (c == '-' && start.is_some() && next_inside);
        match (continues, start) {
            (true, None) => start = Some(at),
            (false, Some(from)) => {
                found.push(word(text, from..at));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(from) = start {
        found.push(word(text, from..text.len()));
    }
    found
}

/// Arabic vowel marks, superscript alef and tatweel: not part of the spelling.
fn is_mark(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}')
}

fn word(text: &str, range: Range<usize>) -> Word {
    let plain: String = text[range.clone()]
        .chars()
        .filter(|&c| !is_mark(c))
        .map(|c| match c {
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect();
    Word {
        range,
        keys: arabic_readings(&plain),
    }
}

/// An Arabic word as written and without what may be attached in front of
/// it: a conjunction (و، ف), a preposition (ب، ك، ل) and the article (ال),
/// "لل" being ل with the article. Each reading keeps at least two letters,
/// so "كفاءة" reads as itself and as "فاءة", and meets "الكفاءة" in the
/// first. An indefinite accusative ("مشاركا") also reads without its alef.
/// Other words have one reading: themselves.
fn arabic_readings(word: &str) -> Vec<String> {
    if !word.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)) {
        return vec![word.to_string()];
    }
    let mut readings = Vec::new();
    let mut add = |rest: &str| {
        if rest.chars().count() >= 2 && !readings.iter().any(|r: &String| r == rest) {
            readings.push(rest.to_string());
        }
        if let Some(bare) = rest.strip_suffix('ا')
            && bare.chars().count() >= 3
            && !readings.iter().any(|r: &String| r == bare)
        {
            readings.push(bare.to_string());
        }
    };
    for conjunction in ["", "و", "ف"] {
        let Some(after_conjunction) = word.strip_prefix(conjunction) else {
            continue;
        };
        for preposition in ["", "ب", "ك", "ل", "لل"] {
            let Some(after_preposition) = after_conjunction.strip_prefix(preposition) else {
                continue;
            };
            add(after_preposition);
            if preposition != "لل"
                && let Some(after_article) = after_preposition.strip_prefix("ال")
            {
                add(after_article);
            }
        }
    }
    readings
}

/// What a phrase of the term base is to the check.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Kind {
    Preferred,
    Avoid,
}

struct Phrase<'t> {
    term: usize,
    kind: Kind,
    /// The readings of each of its words.
    words: Vec<Vec<String>>,
    written: &'t Located<String>,
}

/// A phrase found in a text.
pub(super) struct Hit<'t> {
    pub(super) term: usize,
    pub(super) kind: Kind,
    pub(super) range: Range<usize>,
    pub(super) written: &'t Located<String>,
}

/// The phrases of the term base, and where to find them by language and
/// each reading of their first word.
pub struct Matcher<'t> {
    pub(super) terms: &'t [Term],
    phrases: Vec<Phrase<'t>>,
    by_first: HashMap<(&'t str, String), Vec<usize>>,
}

impl<'t> Matcher<'t> {
    pub fn new(terms: &'t [Term]) -> Self {
        let mut phrases = Vec::new();
        let mut by_first: HashMap<(&str, String), Vec<usize>> = HashMap::new();
        for (n, term) in terms.iter().enumerate() {
            for (lang, words_of) in &term.words {
                let lists = [
                    (Kind::Preferred, &words_of.preferred),
                    (Kind::Avoid, &words_of.avoid),
                ];
                for (kind, list) in lists {
                    for written in list {
                        let readings: Vec<Vec<String>> =
                            words(written).into_iter().map(|w| w.keys).collect();
                        let Some(first) = readings.first() else {
                            continue;
                        };
                        for key in first {
                            by_first
                                .entry((lang.as_str(), key.clone()))
                                .or_default()
                                .push(phrases.len());
                        }
                        phrases.push(Phrase {
                            term: n,
                            kind,
                            words: readings,
                            written,
                        });
                    }
                }
            }
        }
        Matcher {
            terms,
            phrases,
            by_first,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.phrases.is_empty()
    }

    /// Every phrase of `lang` in `text`, once where it starts.
    pub(super) fn hits(&self, lang: &str, text: &str) -> Vec<Hit<'t>> {
        let found = words(text);
        let mut hits = Vec::new();
        for (i, first) in found.iter().enumerate() {
            let mut candidates: Vec<usize> = first
                .keys
                .iter()
                .filter_map(|key| self.by_first.get(&(lang, key.clone())))
                .flatten()
                .copied()
                .collect();
            candidates.sort_unstable();
            candidates.dedup();
            for phrase in candidates.into_iter().map(|n| &self.phrases[n]) {
                let end = i + phrase.words.len();
                let matches = found.get(i..end).is_some_and(|run| {
                    run.iter().zip(&phrase.words).all(|(w, keys)| w.meets(keys))
                });
                if matches {
                    hits.push(Hit {
                        term: phrase.term,
                        kind: phrase.kind,
                        range: first.range.start..found[end - 1].range.end,
                        written: phrase.written,
                    });
                }
            }
        }
        hits
    }

    /// For a translator: each concept the `default`-language `source` uses,
    /// as "jobcenter → «مركز التوظيف» (≠ «مركز العمل»)".
    pub fn glossary(&self, default: &str, lang: &str, source: &str) -> Vec<String> {
        let mut used: Vec<usize> = self
            .hits(default, source)
            .into_iter()
            .filter(|hit| hit.kind == Kind::Preferred)
            .map(|hit| hit.term)
            .collect();
        used.sort_unstable();
        used.dedup();
        used.into_iter()
            .filter_map(|term| {
                let words = self.terms[term].words(lang)?;
                let mut note = format!(
                    "{} → {}",
                    self.terms[term].id.value,
                    self.preferred(term, lang)
                );
                if !words.avoid.is_empty() {
                    let avoid: Vec<String> = words
                        .avoid
                        .iter()
                        .map(|a| format!("«{}»", a.value))
                        .collect();
                    note.push_str(&format!(" (≠ {})", avoid.join(", ")));
                }
                Some(note)
            })
            .collect()
    }

    pub(super) fn preferred(&self, term: usize, lang: &str) -> String {
        self.terms[term]
            .words(lang)
            .map(|w| {
                w.preferred
                    .iter()
                    .map(|p| format!("«{}»", p.value))
                    .collect::<Vec<_>>()
                    .join(", ")
            })
            .unwrap_or_default()
    }
}
