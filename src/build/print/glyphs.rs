//! Text the PDFs can show. A PDF/UA document must not contain a character
//! that no font can draw, and Typst refuses to write one; so a character the
//! print fonts lack (an emoji, a control character pasted from another
//! program) is left out of the PDFs, with a warning where it is written,
//! instead of failing the whole build. The web pages show it as it is.

use super::Engine;
use crate::diagnostic::Diagnostic;
use crate::load::Loaded;
use serde_json::Value;
use std::borrow::Cow;

/// Characters that are laid out without a glyph of their own: line breaks,
/// tabs, and the invisible format characters (soft hyphen, joiners,
/// direction marks, variation selectors, the byte-order mark).
fn needs_no_glyph(c: char) -> bool {
    matches!(c,
        '\n' | '\t' | '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}'
        | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}')
}

fn printable_char(engine: &Engine, c: char) -> bool {
    (c.is_ascii() && !c.is_ascii_control())
        || needs_no_glyph(c)
        || (!c.is_control() && engine.shows(c))
}

/// `text` without the characters the PDFs cannot show (a space the fonts
/// lack becomes an ordinary space).
pub fn printable<'t>(engine: &Engine, text: &'t str) -> Cow<'t, str> {
    if text.chars().all(|c| printable_char(engine, c)) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .filter_map(|c| match c {
                c if printable_char(engine, c) => Some(c),
                c if c.is_whitespace() => Some(' '),
                _ => None,
            })
            .collect(),
    )
}

/// Makes every string in `value` printable.
pub fn clean(engine: &Engine, value: &mut Value) {
    match value {
        Value::String(text) => {
            if let Cow::Owned(clean) = printable(engine, text) {
                *text = clean;
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| clean(engine, v)),
        Value::Object(map) => map.values_mut().for_each(|v| clean(engine, v)),
        _ => {}
    }
}

/// Warns, at each text, about the characters the PDFs will leave out.
/// (Control characters are errors of their own in the content check.)
pub fn warn_unprintable(loaded: &mut Loaded, engine: &Engine) {
    let (Some(catalog), Some(origins)) = (&loaded.catalog, &loaded.origins) else {
        return;
    };
    let mut warnings = Vec::new();
    for (file, texts) in crate::validate::texts_by_file(catalog, origins) {
        for (_, value) in texts.iter().flat_map(|t| t.entries()) {
            let mut missing: Vec<char> = value
                .value
                .chars()
                .filter(|&c| !c.is_control() && !c.is_whitespace() && !printable_char(engine, c))
                .collect();
            missing.dedup();
            if missing.is_empty() {
                continue;
            }
            let shown: Vec<String> = missing
                .iter()
                .map(|&c| format!("`{c}` (U+{:04X})", u32::from(c)))
                .collect();
            warnings.push(
                Diagnostic::warning(
                    file,
                    value.pos,
                    format!("the print fonts cannot show {}; the PDFs leave it out", shown.join(", ")),
                )
                .label("in this text")
                .help("the web pages show it; for the PDFs write it in words, or add a font that has it to the theme's fonts/ folder"),
            );
        }
    }
    if warnings.is_empty() {
        return;
    }
    for warning in warnings {
        loaded.report.push(warning);
    }
    loaded.report.sort(&loaded.sources);
}
