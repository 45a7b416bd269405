//! Interface messages shown in another language than the page's: `t()`
//! wraps them in private-use markers, and the rendered page gets each one
//! marked with its language where HTML allows an element. Names and terms
//! that stay in the site's language on the other languages' pages (a
//! company's name, the address, "Dansk 2") are wrapped the same way by the
//! views ([`kept`]) and marked with their language, without the look of an
//! untranslated text.

use aho_corasick::AhoCorasick;

/// Around an interface message shown in another language than the page's:
/// start, the language code, text, end. Private-use characters, which no
/// message holds and HTML escaping leaves as they are.
const FALLBACK_START: char = '\u{E000}';
const FALLBACK_TEXT: char = '\u{E001}';
const FALLBACK_END: char = '\u{E002}';
/// Starts a name or term kept in its language (then the code, [`FALLBACK_TEXT`],
/// the text and [`FALLBACK_END`], as a fallback message).
const KEPT_START: char = '\u{E003}';

/// A rendered page with each fallback message marked: in text as
/// `<span lang="da" dir="auto" class="untranslated">…</span>`, as content
/// texts are; a kept name or term as `<span lang="da" dir="auto">…</span>`;
/// inside a tag (an attribute), the title or an SVG drawing, where no
/// element may stand, the text is left unmarked.
pub fn mark_fallbacks(html: Vec<u8>) -> Vec<u8> {
    if next_mark(&html).is_none() {
        return html;
    }
    // Bytes, not characters: only the marks and the tags just before them
    // matter, and the text between marks is copied a run at a time.
    let plain = plain_changes(&html);
    let mut out = Vec::with_capacity(html.len() + 256);
    let (mut in_tag, mut plain_depth, mut change) = (false, 0usize, 0);
    // Copied up to `at`; the tag state is known up to `scanned`.
    let (mut at, mut scanned, mut search) = (0, 0, 0);
    // Applies the changes of <title>/<svg> depth before `to`, or skips them.
    let advance = |change: &mut usize, depth: &mut usize, to: usize, apply: bool| {
        while let Some(&(_, opens)) = plain.get(*change).filter(|(pos, _)| *pos < to) {
            if apply {
                *depth = if opens {
                    *depth + 1
                } else {
                    depth.saturating_sub(1)
                };
            }
            *change += 1;
        }
    };
    while let Some(i) = memchr::memchr(MARK_LEAD, &html[search..]) {
        let pos = search + i;
        if let Some(j) = memchr::memrchr2(b'<', b'>', &html[scanned..pos]) {
            in_tag = html[scanned + j] == b'<';
        }
        scanned = pos;
        advance(&mut change, &mut plain_depth, pos, true);
        let marked = !in_tag && plain_depth == 0;
        match mark_at(&html, pos) {
            Some(c @ (FALLBACK_START | KEPT_START)) => {
                out.extend_from_slice(&html[at..pos]);
                let from = pos + MARK_LEN;
                let to = find(&html[from..], TEXT_MARK).map_or(html.len(), |i| from + i);
                if marked {
                    let class: &[u8] = if c == FALLBACK_START {
                        br#" class="untranslated""#
                    } else {
                        b""
                    };
                    out.extend_from_slice(br#"<span lang=""#);
                    out.extend_from_slice(&html[from..to]);
                    out.extend_from_slice(br#"" dir="auto""#);
                    out.extend_from_slice(class);
                    out.push(b'>');
                }
                at = (to + MARK_LEN).min(html.len());
                // The language code between the marks is not read as HTML.
                advance(&mut change, &mut plain_depth, at, false);
                (scanned, search) = (at, at);
            }
            Some(FALLBACK_END) => {
                out.extend_from_slice(&html[at..pos]);
                if marked {
                    out.extend_from_slice(b"</span>");
                }
                at = pos + MARK_LEN;
                (scanned, search) = (at, at);
            }
            _ => search = pos + 1,
        }
    }
    out.extend_from_slice(&html[at..]);
    out
}

/// Where `<title>`, `<svg>` and their end tags start in `html`, in order,
/// and whether each opens (true) or closes: no element may stand inside.
fn plain_changes(html: &[u8]) -> Vec<(usize, bool)> {
    let mut changes: Vec<(usize, bool)> = [
        (&b"<title"[..], true),
        (b"<svg", true),
        (b"</title", false),
        (b"</svg", false),
    ]
    .into_iter()
    .flat_map(|(tag, opens)| memchr::memmem::find_iter(html, tag).map(move |at| (at, opens)))
    .collect();
    changes.sort_unstable();
    changes
}

/// The first byte of every mark in UTF-8 (U+E000 to U+E003 are EE 80 80 to EE 80 83).
const MARK_LEAD: u8 = 0xEE;
const MARK_LEN: usize = 3;
/// [`FALLBACK_TEXT`] in UTF-8.
const TEXT_MARK: &[u8] = "\u{E001}".as_bytes();

/// The mark that starts at byte `at`, if one does.
fn mark_at(html: &[u8], at: usize) -> Option<char> {
    match html.get(at..at + MARK_LEN)? {
        [MARK_LEAD, 0x80, last @ 0x80..=0x83] => char::from_u32(0xE000 + u32::from(last - 0x80)),
        _ => None,
    }
}

/// Where the first mark that opens a marked text stands.
fn next_mark(html: &[u8]) -> Option<usize> {
    let mut at = 0;
    while let Some(i) = memchr::memchr(MARK_LEAD, &html[at..]) {
        at += i;
        if matches!(mark_at(html, at), Some(FALLBACK_START | KEPT_START)) {
            return Some(at);
        }
        at += 1;
    }
    None
}

/// Where `needle` first stands in `haystack`.
fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(haystack, needle)
}

/// A message found in `lang` (not the page's language), marked for [`mark_fallbacks`].
pub fn wrap(lang: &str, text: &str) -> String {
    format!("{FALLBACK_START}{lang}{FALLBACK_TEXT}{text}{FALLBACK_END}")
}

/// A name or term in `lang` (the site's language) inside a page in another
/// language, marked for [`mark_fallbacks`].
pub fn kept(lang: &str, text: &str) -> String {
    format!("{KEPT_START}{lang}{FALLBACK_TEXT}{text}{FALLBACK_END}")
}

/// The names and terms kept in the site's language (`lang`) inside the
/// other languages' texts, found in a text in one pass of an Aho-Corasick
/// automaton, however many there are.
pub struct Terms {
    list: Vec<String>,
    lang: String,
    finder: Option<AhoCorasick>,
}

impl Terms {
    /// `list` longest first: where two overlap, the first in it wins.
    pub fn new(list: Vec<String>, lang: &str) -> Terms {
        // Standard matching reports every occurrence of every term, so the
        // choice between overlapping ones is made below, by the list's order.
        let finder = (!list.is_empty())
            .then(|| AhoCorasick::new(&list).ok())
            .flatten();
        Terms {
            list,
            lang: lang.to_string(),
            finder,
        }
    }

    pub fn list(&self) -> &[String] {
        &self.list
    }

    pub fn lang(&self) -> &str {
        &self.lang
    }

    /// `text` with each of the terms that stands in it as whole words marked
    /// as being in the site's language (the longest term wins where two overlap).
    pub fn mark(&self, text: &str) -> String {
        let Some(finder) = &self.finder else {
            return text.to_string();
        };
        let mut candidates: Vec<(usize, usize, usize)> = finder
            .find_overlapping_iter(text)
            .map(|m| (m.pattern().as_usize(), m.start(), m.end()))
            .filter(|&(_, start, end)| whole(text, start, end - start))
            .collect();
        if candidates.is_empty() {
            return text.to_string();
        }
        candidates.sort_unstable();
        let mut found: Vec<(usize, usize)> = Vec::with_capacity(candidates.len());
        for (_, at, end) in candidates {
            if !found.iter().any(|&(s, e)| at < e && s < end) {
                found.push((at, end));
            }
        }
        found.sort_unstable();
        let mut out = String::with_capacity(text.len() + found.len() * 8);
        let mut last = 0;
        for (start, end) in found {
            out.push_str(&text[last..start]);
            out.push_str(&kept(&self.lang, &text[start..end]));
            last = end;
        }
        out.push_str(&text[last..]);
        out
    }
}

/// Whether the `len` bytes at `at` stand in `text` as whole words.
fn whole(text: &str, at: usize, len: usize) -> bool {
    let before = text[..at].chars().next_back();
    let after = text[at + len..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::{FALLBACK_END, FALLBACK_START, FALLBACK_TEXT, KEPT_START};
    use super::{kept, mark_fallbacks, wrap};

    /// The character-by-character version `mark_fallbacks` replaced (it
    /// took 5 % of a national build), to compare the bytes with.
    fn reference(text: &str) -> String {
        if !text.contains(FALLBACK_START) && !text.contains(KEPT_START) {
            return text.to_string();
        }
        let mut out = String::new();
        let (mut in_tag, mut plain_depth) = (false, 0usize);
        let mut chars = text.char_indices().peekable();
        while let Some((at, c)) = chars.next() {
            match c {
                '<' => {
                    in_tag = true;
                    let rest = &text[at..];
                    if rest.starts_with("<title") || rest.starts_with("<svg") {
                        plain_depth += 1;
                    } else if rest.starts_with("</title") || rest.starts_with("</svg") {
                        plain_depth = plain_depth.saturating_sub(1);
                    }
                    out.push(c);
                }
                '>' => {
                    in_tag = false;
                    out.push(c);
                }
                FALLBACK_START | KEPT_START => {
                    let mut lang = String::new();
                    while let Some((_, next)) = chars.next_if(|&(_, n)| n != FALLBACK_TEXT) {
                        lang.push(next);
                    }
                    chars.next();
                    if !in_tag && plain_depth == 0 {
                        let class = if c == FALLBACK_START {
                            r#" class="untranslated""#
                        } else {
                            ""
                        };
                        out.push_str(&format!(r#"<span lang="{lang}" dir="auto"{class}>"#));
                    }
                }
                FALLBACK_END => {
                    if !in_tag && plain_depth == 0 {
                        out.push_str("</span>");
                    }
                }
                c => out.push(c),
            }
        }
        out
    }

    #[test]
    fn marking_gives_the_same_bytes_as_the_character_by_character_version() {
        let (w, k) = (wrap("da", "Trin"), kept("da", "Dansk 2"));
        let cases = [
            String::new(),
            "<p>plain, no marks: \u{E004}\u{EFFF} æøå عربي</p>".to_string(),
            format!("<p>{w} and {k}</p><svg><text>{k}</text></svg><title>{w}</title>"),
            format!(r#"<a title="{k}">{k}</a>"#),
            // Stray marks: an end or a text mark alone, a start with no text mark.
            format!("\u{E002}<b>{FALLBACK_TEXT}</b>{k}\u{E002}"),
            format!("<i>{w}</i>\u{E000}da-unfinished"),
            format!("{k}\u{E003}"),
            format!("<title>{w}</title></title></svg>{w}<svg><svg></svg>{k}</svg>{k}"),
            format!("\u{E001}\u{E002}\u{E003}\u{E000}{w}"),
        ];
        for case in cases {
            let made = String::from_utf8(mark_fallbacks(case.as_bytes().to_vec())).unwrap();
            assert_eq!(made, reference(&case), "{case:?}");
        }
    }

    #[test]
    fn marking_agrees_with_the_character_by_character_version_on_every_short_mix() {
        // Every sequence of up to four pieces: tags, plain elements, marks
        // in every order (stray, nested, inside a language code) and text.
        let pieces = [
            "<p>",
            "<svg>",
            "</svg>",
            "<title>",
            "</title>",
            "<a title=\"",
            "\">",
            "\u{E000}",
            "\u{E001}",
            "\u{E002}",
            "\u{E003}",
            "da",
            "x<",
            "\u{E004}",
        ];
        let mut cases = vec![String::new()];
        for _ in 0..4 {
            let longer: Vec<String> = cases
                .iter()
                .flat_map(|case| pieces.iter().map(move |p| format!("{case}{p}")))
                .collect();
            cases.extend(longer);
            cases.sort();
            cases.dedup();
        }
        assert!(cases.len() > 30_000, "{}", cases.len());
        for case in cases {
            let made = String::from_utf8(mark_fallbacks(case.as_bytes().to_vec())).unwrap();
            assert_eq!(made, reference(&case), "{case:?}");
        }
    }

    fn marked(html: &str) -> String {
        String::from_utf8(mark_fallbacks(html.as_bytes().to_vec())).unwrap()
    }

    #[test]
    fn a_kept_name_gets_its_language_in_text_and_nothing_in_attributes() {
        let name = kept("da", "Kvægbrug ved Sæby");
        let html = format!(
            r#"<p title="{name}">{name}: {}</p><title>{name}</title>"#,
            wrap("da", "Trin")
        );
        assert_eq!(
            marked(&html),
            r#"<p title="Kvægbrug ved Sæby"><span lang="da" dir="auto">Kvægbrug ved Sæby</span>: <span lang="da" dir="auto" class="untranslated">Trin</span></p><title>Kvægbrug ved Sæby</title>"#
        );
    }
}
