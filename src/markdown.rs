//! Markdown for free pages, with raw HTML shown as text: content editors write
//! Markdown, and nothing in a page can inject markup or scripts. A link or
//! image whose address would run code (`javascript:` and the like) leads
//! nowhere; `check` reports it as an error.

use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, html};
use std::ops::Range;

fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_SMART_PUNCTUATION
}

/// Renders `markdown` to HTML; raw HTML in it comes out escaped, as text.
pub fn to_html(markdown: &str) -> String {
    let events = Parser::new_ext(markdown, options()).map(|event| match event {
        Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(raw),
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) if !safe_address(&dest_url) => Event::Start(Tag::Link {
            link_type,
            dest_url: CowStr::Borrowed("#"),
            title,
            id,
        }),
        Event::Start(Tag::Image {
            link_type,
            dest_url,
            title,
            id,
        }) if !safe_address(&dest_url) => Event::Start(Tag::Image {
            link_type,
            dest_url: CowStr::Borrowed(""),
            title,
            id,
        }),
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

/// Whether a link may lead to `address`: a relative address, or one of the
/// schemes http, https, mailto and tel. Browsers ignore tabs, line breaks
/// and leading spaces in an address, so `java\tscript:` counts as a scheme.
pub fn safe_address(address: &str) -> bool {
    let cleaned: String = address
        .chars()
        .filter(|c| !c.is_ascii_whitespace() && !c.is_ascii_control())
        .collect::<String>()
        .to_ascii_lowercase();
    match cleaned.split_once(':') {
        Some((scheme, _)) if !scheme.contains(['/', '?', '#']) => {
            matches!(scheme, "http" | "https" | "mailto" | "tel")
        }
        _ => true,
    }
}

/// Byte ranges of links and images in `markdown` whose address is not
/// [`safe_address`], with the address.
pub fn unsafe_links(markdown: &str) -> Vec<(Range<usize>, String)> {
    Parser::new_ext(markdown, options())
        .into_offset_iter()
        .filter_map(|(event, range)| match event {
            Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. })
                if !safe_address(&dest_url) =>
            {
                Some((range, dest_url.into_string()))
            }
            _ => None,
        })
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

    #[test]
    fn links_that_run_code_lead_nowhere() {
        let page = "[a](javascript:alert(1)) [b](JavaScript:x) ![c](data:text/html,x) \
                    [d](https://example.org/a:b) [e](om.html) [f](mailto:a@example.org) [g](/x?y=z:1)";
        let html = to_html(page);
        assert!(!html.to_ascii_lowercase().contains("script:"), "{html}");
        assert!(!html.contains("data:"), "{html}");
        assert!(html.contains("href=\"https://example.org/a:b\""), "{html}");
        assert!(html.contains("href=\"om.html\""), "{html}");
        let found: Vec<String> = unsafe_links(page).into_iter().map(|(_, a)| a).collect();
        assert_eq!(
            found,
            ["javascript:alert(1)", "JavaScript:x", "data:text/html,x"]
        );
        assert!(!safe_address("java\tscript:x") && !safe_address(" vbscript:x"));
        assert!(safe_address("#top") && safe_address("tel:+4512345678"));
    }
}
