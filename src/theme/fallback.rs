//! Interface messages shown in another language than the page's: `t()`
//! wraps them in private-use markers, and the rendered page gets each one
//! marked with its language where HTML allows an element. Names and terms
//! that stay in the site's language on the other languages' pages (a
//! company's name, the address, "Dansk 2") are wrapped the same way by the
//! views ([`kept`]) and marked with their language, without the look of an
//! untranslated text.

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
    let (fallback, kept) = ("\u{E000}".as_bytes(), "\u{E003}".as_bytes());
    if !html.windows(3).any(|w| w == fallback || w == kept) {
        return html;
    }
    let text = match String::from_utf8(html) {
        Ok(text) => text,
        Err(error) => return error.into_bytes(),
    };
    let mut out = String::with_capacity(text.len() + 256);
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
    out.into_bytes()
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

/// `text` with each of `terms` (names and terms kept in `lang`) that stands in it as whole words marked as
/// being in `lang` (the longest term wins where two overlap).
pub fn mark_terms(text: &str, terms: &[String], lang: &str) -> String {
    let mut found: Vec<(usize, usize)> = Vec::new();
    for term in terms {
        for (at, _) in text.match_indices(term.as_str()) {
            let end = at + term.len();
            if whole(text, at, term.len()) && !found.iter().any(|&(s, e)| at < e && s < end) {
                found.push((at, end));
            }
        }
    }
    if found.is_empty() {
        return text.to_string();
    }
    found.sort_unstable();
    let mut out = String::with_capacity(text.len() + found.len() * 8);
    let mut last = 0;
    for (start, end) in found {
        out.push_str(&text[last..start]);
        out.push_str(&kept(lang, &text[start..end]));
        last = end;
    }
    out.push_str(&text[last..]);
    out
}

/// Whether the `len` bytes at `at` stand in `text` as whole words.
fn whole(text: &str, at: usize, len: usize) -> bool {
    let before = text[..at].chars().next_back();
    let after = text[at + len..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::{kept, mark_fallbacks, wrap};

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
