//! The pathway of a package as a drawing: one box per module with its
//! duration, a diamond for each measurement gate, the fast track beside
//! each box and arrows between them. It is HTML, not SVG, so its text wraps,
//! follows the reader's text size and mirrors in right-to-left languages by
//! itself; the stylesheet draws it as a row where the steps fit and as a
//! column on phones and with large text (a container query, no JavaScript).
//!
//! Screen readers get one short name ("The pathway in 5 steps"): the page
//! lists every step as text right after the drawing, so the drawing does
//! not read them a second time.

use super::RenderError;
use super::localizer::{Localized, Localizer};
use super::module_view::ModuleView;
use fluent_bundle::FluentValue;
use std::fmt::Write;

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A content text, marked with its language when it is the untranslated
/// fallback (as the templates' `tx` filter does).
fn content(text: &Localized) -> String {
    match &text.lang {
        Some(lang) => format!(
            r#"<span lang="{}" dir="auto">{}</span>"#,
            escape(lang),
            escape(&text.text)
        ),
        None => escape(&text.text),
    }
}

/// The drawing of the package's pathway, named for screen readers.
pub(super) fn pathway(ctx: &Localizer, modules: &[ModuleView]) -> Result<String, RenderError> {
    let title = ctx.msg(
        "diagram-title",
        &[("steps", FluentValue::from(modules.len()))],
    )?;
    let fast_label = ctx.msg("fast-track", &[])?;
    let gate_label = ctx.msg("measurement", &[])?;
    let mut html = String::new();
    let _ = write!(
        html,
        r#"<div class="diagram" role="img" aria-label="{}"><ol class="diagram-steps">"#,
        escape(&title)
    );
    for (i, module) in modules.iter().enumerate() {
        let _ = write!(
            html,
            r#"<li><span class="diagram-box"><span class="diagram-no">{}</span><span class="diagram-name">{}</span>"#,
            i + 1,
            content(&module.name)
        );
        if let Some(weeks) = &module.weeks {
            let _ = write!(
                html,
                r#"<span class="diagram-weeks">{}</span>"#,
                escape(weeks)
            );
        }
        if module.gate {
            // The measurement at the end of the module, on its outer corner.
            html.push_str(r#"<span class="diagram-gate"></span>"#);
        }
        html.push_str("</span>");
        if i + 1 < modules.len() {
            html.push_str(r#"<span class="diagram-arrow"></span>"#);
        }
        if let Some(fast) = &module.fast {
            let _ = write!(
                html,
                r#"<span class="diagram-fast">{}</span>"#,
                escape(&format!("{fast_label}: {fast}"))
            );
        }
        html.push_str("</li>");
    }
    html.push_str("</ol>");
    if modules.iter().any(|m| m.gate) {
        // The legend: what the diamond means.
        let _ = write!(
            html,
            r#"<p class="diagram-legend"><span class="diagram-gate"></span> {}</p>"#,
            escape(&gate_label)
        );
    }
    html.push_str("</div>");
    Ok(html)
}

#[cfg(test)]
mod tests {
    use super::{Localized, content};

    #[test]
    fn an_untranslated_name_is_marked_with_its_language() {
        let fallback = Localized {
            text: "Afdækning & plan".into(),
            lang: Some("da".into()),
            stale: None,
        };
        assert_eq!(
            content(&fallback),
            r#"<span lang="da" dir="auto">Afdækning &amp; plan</span>"#
        );
        let own = Localized {
            text: "Assessment".into(),
            lang: None,
            stale: None,
        };
        assert_eq!(content(&own), "Assessment");
    }
}
