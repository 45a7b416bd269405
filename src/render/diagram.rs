//! The pathway of a package drawn as an SVG: one box per module with its
//! duration, a diamond for each measurement gate, and the fast track below.
//! Right-to-left languages get the mirror image: the first step on the right.

use super::RenderError;
use super::localizer::Localizer;
use super::module_view::ModuleView;
use fluent_bundle::FluentValue;
use std::fmt::Write;

const BOX_W: f32 = 132.0;
const BOX_H: f32 = 76.0;
const GAP: f32 = 40.0;
const PAD: f32 = 8.0;
const TOP: f32 = 8.0;
const FAST_Y: f32 = TOP + BOX_H + 14.0;
const FAST_H: f32 = 26.0;
const LEGEND_Y: f32 = FAST_Y + FAST_H + 26.0;
const HEIGHT: f32 = LEGEND_Y + 14.0;
const LINE_CHARS: usize = 17;

struct Canvas {
    width: f32,
    rtl: bool,
    svg: String,
}

impl Canvas {
    /// The x of a shape of width `w` whose left edge is at `x` in left-to-right order.
    fn x(&self, x: f32, w: f32) -> f32 {
        if self.rtl { self.width - x - w } else { x }
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Splits a name into at most two lines of about `LINE_CHARS` characters.
fn wrap(text: &str) -> Vec<String> {
    let mut lines: Vec<String> = vec![String::new()];
    for word in text.split_whitespace() {
        let count = lines.len();
        let line = lines.last_mut().expect("there is always a line");
        if !line.is_empty()
            && line.chars().count() + 1 + word.chars().count() > LINE_CHARS
            && count < 2
        {
            lines.push(word.to_string());
        } else {
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
    }
    lines
}

/// The SVG of the package's pathway, with a title and a description for
/// screen readers (the page also lists every step as text).
pub(super) fn pathway(ctx: &Localizer, modules: &[ModuleView]) -> Result<String, RenderError> {
    let n = modules.len().max(1) as f32;
    let width = PAD * 2.0 + n * BOX_W + (n - 1.0) * GAP;
    let mut c = Canvas {
        width,
        rtl: ctx.rtl,
        svg: String::new(),
    };
    let dir = if ctx.rtl { "rtl" } else { "ltr" };
    let title = ctx.msg(
        "diagram-title",
        &[("steps", FluentValue::from(modules.len()))],
    )?;
    let mut desc = Vec::new();
    let fast_label = ctx.msg("fast-track", &[])?;
    let gate_label = ctx.msg("measurement", &[])?;

    let _ = write!(
        c.svg,
        r#"<svg class="diagram" viewBox="0 0 {width} {HEIGHT}" role="img" aria-labelledby="diagram-title diagram-desc" direction="{dir}" xmlns="http://www.w3.org/2000/svg"><title id="diagram-title">{}</title>"#,
        escape(&title)
    );
    let mut body = String::new();
    for (i, module) in modules.iter().enumerate() {
        let name = &module.name.text;
        let weeks = module.weeks.clone().unwrap_or_default();
        let left = PAD + i as f32 * (BOX_W + GAP);
        let x = c.x(left, BOX_W);
        let mid = x + BOX_W / 2.0;
        let _ = write!(
            body,
            r#"<rect class="step" x="{x}" y="{TOP}" width="{BOX_W}" height="{BOX_H}" rx="8"/>"#
        );
        let _ = write!(
            body,
            r#"<text class="step-no" x="{mid}" y="{}" text-anchor="middle">{}</text>"#,
            TOP + 17.0,
            i + 1
        );
        for (line_no, line) in wrap(name).iter().enumerate() {
            let y = TOP + 36.0 + line_no as f32 * 15.0;
            let _ = write!(
                body,
                r#"<text class="step-name" x="{mid}" y="{y}" text-anchor="middle">{}</text>"#,
                escape(line)
            );
        }
        let _ = write!(
            body,
            r#"<text class="step-weeks" x="{mid}" y="{}" text-anchor="middle">{}</text>"#,
            TOP + BOX_H - 8.0,
            escape(&weeks)
        );
        let mut step = format!("{}. {name}", i + 1);
        if !weeks.is_empty() {
            step.push_str(&format!(": {weeks}"));
        }
        if let Some(fast_weeks) = &module.fast {
            let _ = write!(
                body,
                r#"<rect class="fast" x="{}" y="{FAST_Y}" width="{}" height="{FAST_H}" rx="13"/><text class="fast-text" x="{mid}" y="{}" text-anchor="middle">{}</text>"#,
                x + 2.0,
                BOX_W - 4.0,
                FAST_Y + 17.0,
                escape(&format!("{fast_label}: {fast_weeks}"))
            );
            step.push_str(&format!(" ({fast_label}: {fast_weeks})"));
        }
        if i + 1 < modules.len() {
            // The arrow to the next step, drawn in reading order.
            let start = c.x(left + BOX_W, 0.0);
            let end = c.x(left + BOX_W + GAP, 0.0);
            let sign = if ctx.rtl { -1.0 } else { 1.0 };
            let y = TOP + BOX_H / 2.0;
            let tip = end - sign * 3.0;
            let _ = write!(
                body,
                r#"<line class="arrow" x1="{}" y1="{y}" x2="{}" y2="{y}"/><polygon class="arrow-head" points="{tip},{y} {},{} {},{}"/>"#,
                start + sign * 2.0,
                tip - sign * 8.0,
                tip - sign * 8.0,
                y - 5.0,
                tip - sign * 8.0,
                y + 5.0
            );
        }
        if module.gate {
            // The measurement at the end of the module, on its outer edge.
            let edge = c.x(left + BOX_W, 0.0);
            let y = TOP;
            let _ = write!(
                body,
                r#"<polygon class="gate" points="{edge},{} {},{y} {edge},{} {},{y}"/>"#,
                y - 8.0,
                edge + 8.0,
                y + 8.0,
                edge - 8.0
            );
            step.push_str(&format!(", {gate_label}"));
        }
        desc.push(step);
    }
    // Legend: what the diamond and the pill mean.
    let gx = c.x(PAD + 8.0, 0.0);
    let sign = if ctx.rtl { -1.0 } else { 1.0 };
    let _ = write!(
        body,
        r#"<polygon class="gate" points="{gx},{} {},{LEGEND_Y} {gx},{} {},{LEGEND_Y}"/><text class="legend" x="{}" y="{}" text-anchor="start">{}</text>"#,
        LEGEND_Y - 7.0,
        gx + 7.0,
        LEGEND_Y + 7.0,
        gx - 7.0,
        gx + sign * 14.0,
        LEGEND_Y + 4.0,
        escape(&gate_label)
    );
    let _ = write!(
        c.svg,
        r#"<desc id="diagram-desc">{}</desc>{body}</svg>"#,
        escape(&desc.join(". "))
    );
    Ok(c.svg)
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn long_names_wrap_onto_two_lines() {
        assert_eq!(
            wrap("Første virksomhedsmodul"),
            vec!["Første", "virksomhedsmodul"]
        );
        assert_eq!(wrap("Afdækning"), vec!["Afdækning"]);
    }
}
