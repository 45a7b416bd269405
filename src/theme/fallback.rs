//! Interface messages shown in another language than the page's: `t()`
//! wraps them in private-use markers, and the rendered page gets each one
//! marked with its language where HTML allows an element.

/// Around an interface message shown in another language than the page's:
/// start, the language code, text, end. Private-use characters, which no
/// message holds and HTML escaping leaves as they are.
const FALLBACK_START: char = '\u{E000}';
const FALLBACK_TEXT: char = '\u{E001}';
const FALLBACK_END: char = '\u{E002}';

/// A rendered page with each fallback message marked: in text as
/// `<span lang="da" dir="auto" class="untranslated">…</span>`, as content
/// texts are; inside a tag (an attribute), the title or an SVG drawing,
/// where no element may stand, the text is left unmarked.
pub fn mark_fallbacks(html: Vec<u8>) -> Vec<u8> {
    if !html.windows(3).any(|w| w == "\u{E000}".as_bytes()) {
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
            FALLBACK_START => {
                let mut lang = String::new();
                while let Some((_, next)) = chars.next_if(|&(_, n)| n != FALLBACK_TEXT) {
                    lang.push(next);
                }
                chars.next();
                if !in_tag && plain_depth == 0 {
                    out.push_str(&format!(
                        r#"<span lang="{lang}" dir="auto" class="untranslated">"#
                    ));
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
pub(super) fn wrap(lang: &str, text: &str) -> String {
    format!("{FALLBACK_START}{lang}{FALLBACK_TEXT}{text}{FALLBACK_END}")
}
