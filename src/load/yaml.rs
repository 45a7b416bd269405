//! Parsing one YAML document into a model type, with errors a content editor
//! can act on: the library's wording is replaced by plain words and a fix.

use crate::diagnostic::{Diagnostic, FileId};
use crate::located::Pos;
use crate::suggest::did_you_mean;
use serde::de::DeserializeOwned;
use serde_saphyr::{Budget, Options};

/// Limits that stop hostile or broken files early. Real content files are a
/// few hundred lines; these leave room for a hundred times that.
fn options() -> Options {
    let mut options = Options::default();
    let mut budget = Budget::default();
    budget.max_nodes = 50_000;
    budget.max_events = 200_000;
    budget.max_aliases = 1_000;
    budget.max_anchors = 1_000;
    budget.max_depth = 64;
    options.budget = Some(budget);
    options
}

/// Parses `text` (the whole file, or front matter starting `shift` lines down).
pub fn parse<T: DeserializeOwned>(
    file: FileId,
    text: &str,
    shift: (u32, u32),
) -> Result<T, Diagnostic> {
    if text.trim().is_empty() {
        return Err(Diagnostic::error(file, Pos::start().shifted(shift.0, shift.1), "the file is empty")
            .label("nothing here")
            .help("write the fields this file needs; `pathways schema` lists them, and an editor with the schema suggests them"));
    }
    serde_saphyr::from_str_with_options::<T>(text, options()).map_err(|error| {
        let pos = error
            .location()
            .map(|l| {
                let line = u32::try_from(l.line()).unwrap_or(1).max(1);
                let column = u32::try_from(l.column()).unwrap_or(1).max(1);
                let offset = line_offset(text, line) + column_bytes(text, line, column);
                Pos {
                    line,
                    column,
                    offset: offset as u32,
                    len: 0,
                }
            })
            .unwrap_or_else(Pos::start)
            .shifted(shift.0, shift.1);
        let raw = error.without_snippet().to_string();
        let raw = raw.split(" at line ").next().unwrap_or(&raw).to_string();
        explain(file, pos, &raw)
    })
}

/// Byte offset of the start of 1-based `line`.
fn line_offset(text: &str, line: u32) -> usize {
    if line <= 1 {
        return 0;
    }
    text.match_indices('\n')
        .nth(line as usize - 2)
        .map_or(text.len(), |(i, _)| i + 1)
}

/// Byte length of the first `column - 1` characters of `line`.
fn column_bytes(text: &str, line: u32, column: u32) -> usize {
    let start = line_offset(text, line);
    text[start..]
        .chars()
        .take(column as usize - 1)
        .map(char::len_utf8)
        .sum()
}

/// Turns the YAML library's message into an editor's diagnostic.
fn explain(file: FileId, pos: Pos, raw: &str) -> Diagnostic {
    let error = |message: String| Diagnostic::error(file, pos, message);
    if let Some(rest) = raw.strip_prefix("unknown field `") {
        let (field, expected) = rest.split_once('`').unwrap_or((rest, ""));
        let allowed: Vec<&str> = expected
            .trim_start_matches(", expected one of ")
            .trim_start_matches(", expected ")
            .split(", ")
            .map(|s| s.trim_matches('`'))
            .filter(|s| !s.is_empty() && !s.starts_with("there are no fields"))
            .collect();
        return error(format!("unknown field `{field}`"))
            .label("not a field here")
            .maybe_help(did_you_mean(field, allowed.iter().copied()))
            .help(if allowed.is_empty() {
                "this place takes no fields; remove the line".to_string()
            } else {
                format!("the fields allowed here are: {}", allowed.join(", "))
            });
    }
    if let Some(rest) = raw.strip_prefix("missing field `") {
        let field = rest.trim_end_matches('`');
        return error(format!("the required field `{field}` is missing"))
            .label(format!("the block ends here without `{field}`"))
            .help(format!(
                "add a line `{field}: …` to this block, indented like its other fields"
            ));
    }
    if let Some(rest) = raw.strip_prefix("unknown variant `") {
        let (value, expected) = rest.split_once('`').unwrap_or((rest, ""));
        let allowed: Vec<&str> = expected
            .split(['`', ',', ' '])
            .filter(|s| {
                !s.is_empty() && *s != "expected" && *s != "or" && *s != "one" && *s != "of"
            })
            .collect();
        return error(format!("`{value}` is not one of the allowed values"))
            .label("not allowed here")
            .maybe_help(did_you_mean(value, allowed.iter().copied()))
            .help(format!("write one of: {}", allowed.join(", ")));
    }
    if let Some(rest) = raw.strip_prefix("duplicate mapping key: ") {
        let key = rest.split(',').next().unwrap_or(rest);
        return error(format!("`{key}` is written twice in the same block"))
            .label("second time")
            .help("keep one of them and delete the other");
    }
    if raw.contains("tabs disallowed") {
        return error("a tab is used for indentation".into())
            .label("tab")
            .help(
                "indent with spaces only (two per level); set your editor to insert spaces for Tab",
            );
    }
    if raw.starts_with("mapping values are not allowed") {
        return error("a value contains `: `, which YAML reads as a new field".into())
            .label("`: ` inside the value")
            .help("put the whole value in double quotes, e.g. `name: \"Eksempel: Gården\"`, or leave out the colon");
    }
    if raw.starts_with("budget breached") {
        return error("the file is too complex to read safely".into())
            .label("limit reached here")
            .help("content files need no YAML anchors (&) and aliases (*) and only a few levels of nesting; write the values out");
    }
    if raw.contains("recursion limit exceeded") {
        return error("the values are nested too deeply to read".into())
            .label("too deep from here")
            .help("content files need only a few levels of nesting (lists and blocks inside each other); check for stray `[` or `{`, or compare with the other files of this kind");
    }
    if raw == "expected mapping start" {
        return error("expected fields (`name: value` lines) here".into())
            .label("a single value was written")
            .help("a text needs one line per language, e.g. `da: …`; a block needs its fields on the lines below, indented");
    }
    if raw.starts_with("expected sequence start") || raw.contains("expected a sequence") {
        return error("expected a list here".into())
            .label("a single value was written")
            .help("write a list with one `- item` per line, or in brackets: `[a, b]`");
    }
    if raw.starts_with("invalid u")
        || raw.contains("expected u")
        || raw.contains("invalid value: integer")
    {
        return error("expected a whole number that is zero or more".into())
            .label("not a whole number in the allowed range")
            .help("write digits only, e.g. `4`");
    }
    if raw.contains("expected a boolean") || raw.starts_with("invalid bool") {
        return error("expected `true` or `false`".into()).label("not true or false");
    }
    if raw.starts_with("invalid type") {
        return error(format!(
            "wrong kind of value: {}",
            raw.trim_start_matches("invalid type: ")
        ))
        .label("this value")
        .help("compare with the other files of this kind, or see `pathways schema`");
    }
    error(format!("this is not valid YAML: {raw}"))
        .label("here")
        .help("check the indentation and that every `key:` has a space after the colon; quote text that contains `: ` or starts with a special character")
}
