//! Markdown for free pages, with raw HTML shown as text: content editors write
//! Markdown, and nothing in a page can inject markup or scripts.

use pulldown_cmark::{Event, Options, Parser, html};
use std::ops::Range;

fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_SMART_PUNCTUATION
}

/// Renders `markdown` to HTML; raw HTML in it comes out escaped, as text.
pub fn to_html(markdown: &str) -> String {
    let events = Parser::new_ext(markdown, options()).map(|event| match event {
        Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(raw),
        other => other,
    });
    let mut out = String::new();
    html::push_html(&mut out, events);
    out
}

/// Byte ranges of raw HTML in `markdown`, for a warning to the editor.
pub fn raw_html(markdown: &str) -> Vec<Range<usize>> {
    Parser::new_ext(markdown, options())
        .into_offset_iter()
        .filter(|(event, _)| matches!(event, Event::Html(_) | Event::InlineHtml(_)))
        .map(|(_, range)| range)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_script_in_markdown_becomes_visible_text() {
        let html = to_html("Hej <script>alert(1)</script> *du*\n\n<img src=x onerror=alert(1)>\n");
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<img"), "{html}");
        assert!(html.contains("&lt;script&gt;"), "{html}");
        assert!(html.contains("<em>du</em>"), "{html}");
        assert_eq!(raw_html("a <b>x</b>").len(), 2);
    }
}
