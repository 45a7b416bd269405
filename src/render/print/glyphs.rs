//! Text the PDFs can show. A PDF/UA document must not contain a character
//! that no font can draw, and Typst refuses to write one; so a character the
//! print fonts lack (an emoji, a control character pasted from another
//! program) is left out of the PDFs instead of failing the whole build
//! (`check` warns where it is written). The web pages show it as it is.

use crate::theme::Engine;
use serde_json::Value;
use std::borrow::Cow;

/// `text` without the characters the PDFs cannot show (a space the fonts
/// lack becomes an ordinary space).
pub fn printable<'t>(engine: &Engine, text: &'t str) -> Cow<'t, str> {
    if text.chars().all(|c| engine.prints(c)) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .filter_map(|c| match c {
                c if engine.prints(c) => Some(c),
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
