//! Splitting a Markdown page into its front matter and its body.

use super::yaml;
use crate::diagnostic::{Diagnostic, FileId};
use crate::located::Pos;
use crate::model::{FrontMatter, Page};

/// Parses `text` as a page: `---`, YAML front matter, `---`, Markdown.
pub fn parse(file: FileId, text: &str) -> Result<Page, Vec<Diagnostic>> {
    let mut lines = text.split_inclusive('\n');
    if lines.next().map(str::trim_end) != Some("---") {
        return Err(vec![
            Diagnostic::error(file, Pos::start(), tr!("no-front-matter"))
                .label(tr!("no-front-matter.label"))
                .help(tr!("no-front-matter.help")),
        ]);
    }
    let front_start = text.find('\n').map_or(text.len(), |i| i + 1);
    let mut offset = front_start;
    let mut line = 1u32;
    for current in lines {
        line += 1;
        if current.trim_end() == "---" {
            let front_text = &text[front_start..offset];
            let body = &text[offset + current.len()..];
            let front: FrontMatter = yaml::parse(file, front_text, (1, front_start as u32))?;
            return Ok(Page {
                front,
                markdown: body.trim_start_matches(['\r', '\n']).to_string(),
            });
        }
        offset += current.len();
    }
    Err(vec![
        Diagnostic::error(file, Pos::start(), tr!("front-matter-open"))
            .label(tr!("front-matter-open.label", lines = line))
            .help(tr!("front-matter-open.help")),
    ])
}
