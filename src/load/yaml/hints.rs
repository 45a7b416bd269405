//! What the YAML library does not say: the mistakes of people who edit in
//! Word and Notepad, found in the text around the place the library stopped,
//! and the library's own messages in plain words with a fix.

use super::line_offset;
use crate::diagnostic::{Diagnostic, FileId};
use crate::located::Pos;
use crate::suggest::did_you_mean;

/// The field named on 1-based `line`, e.g. `da` for `  da:`.
pub(super) fn key_on(text: &str, line: u32) -> Option<String> {
    let content = text
        .lines()
        .nth(usize::try_from(line).ok()?.checked_sub(1)?)?;
    let (key, _) = content
        .trim_start()
        .trim_start_matches("- ")
        .split_once(':')?;
    Some(key.trim().to_string()).filter(|k| !k.is_empty())
}

/// A field written with nothing after it, e.g. `da:` left blank.
pub(super) fn empty_value(file: FileId, pos: Pos, key: &str) -> Diagnostic {
    let is_language = (2..=3).contains(&key.len()) && key.chars().all(|c| c.is_ascii_lowercase());
    let message = if is_language {
        format!("the `{key}` text is empty")
    } else {
        format!("`{key}:` has no value")
    };
    Diagnostic::error(file, pos, message)
        .label("nothing after the colon")
        .help(if is_language {
            format!("write the text after `{key}: ` on the same line, e.g. `{key}: Landbrug`; a translation not written yet can be left out, and the page shows the default language")
        } else {
            format!("write the value after `{key}: ` on the same line, or delete the line if the field is not needed")
        })
}

/// A text whose opening `"` was never closed on its line: the parser
/// notices only lines later, where the next `"` is. Reported at the quote
/// that opened it.
pub(super) fn unclosed_quote(
    file: FileId,
    text: &str,
    line: u32,
    raw: &str,
    shift: (u32, u32),
) -> Option<Diagnostic> {
    if !(raw.contains("after double-quoted scalar")
        || raw.contains("while scanning a quoted scalar")
        || raw.contains("unclosed quote"))
    {
        return None;
    }
    let lines: Vec<&str> = text.split('\n').collect();
    let last = usize::try_from(line).ok()?.min(lines.len());
    // Straight quotes that are not escaped, in the text of a line.
    let quotes = |l: &str| {
        let mut n = 0;
        let mut escaped = false;
        for c in l.chars() {
            match c {
                '\\' if !escaped => escaped = true,
                '"' if !escaped => n += 1,
                _ => escaped = false,
            }
            if c != '\\' {
                escaped = false;
            }
        }
        n
    };
    let opened = (0..last).find(|&i| quotes(lines[i]) % 2 == 1)?;
    let column = lines[opened].find('"')?;
    let offset = line_offset(text, opened as u32 + 1) + column;
    let pos = Pos {
        line: opened as u32 + 1,
        column: lines[opened][..column].chars().count() as u32 + 1,
        offset: offset as u32,
        len: 1,
    }
    .shifted(shift.0, shift.1);
    Some(
        Diagnostic::error(file, pos, "a text starts with `\"` but does not end with one on its line")
            .label("this quote is never closed")
            .help("end the text with `\"` on the same line; everything up to the next `\"` is read as one text"),
    )
}

/// YAML tags (`!include`, `!!binary`, …): pathways has none, and the
/// library would quietly publish what follows the tag as the text.
pub(super) fn tags(file: FileId, text: &str, shift: (u32, u32)) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    let mut offset = 0;
    for (index, content) in text.split('\n').enumerate() {
        let start = content.len() - content.trim_start().len();
        let mut rest = &content[start..];
        let mut at = start;
        while let Some(after) = rest.strip_prefix("- ") {
            at += 2;
            rest = after.trim_start();
            at += after.len() - rest.len();
        }
        if !rest.starts_with(['"', '\'', '#'])
            && let Some(colon) = rest.find(": ")
        {
            let value = &rest[colon + 2..];
            at += colon + 2 + (value.len() - value.trim_start().len());
            rest = value.trim_start();
        }
        if rest.starts_with('!') {
            let tag = rest.split_whitespace().next().unwrap_or("!");
            let pos = Pos {
                line: index as u32 + 1,
                column: content[..at].chars().count() as u32 + 1,
                offset: (offset + at) as u32,
                len: tag.len() as u32,
            }
            .shifted(shift.0, shift.1);
            found.push(
                Diagnostic::error(file, pos, format!("`{tag}` is a YAML tag, and content files take none"))
                    .label("a tag")
                    .help("write the text itself here; a text that starts with `!` goes in double quotes, e.g. `da: \"!Vigtigt\"`"),
            );
        }
        offset += content.len() + 1;
    }
    found
}

/// Why line `line` looks wrongly indented, when YAML stopped at it with a
/// message about values: a field indented one space more or less than its
/// neighbours reads as the continuation of the value above.
pub(super) fn misindented(text: &str, line: u32, raw: &str) -> Option<String> {
    if !(raw.starts_with("mapping values are not allowed")
        || raw.contains("did not find expected key"))
    {
        return None;
    }
    let lines: Vec<&str> = text.lines().collect();
    let index = usize::try_from(line).ok()?.checked_sub(1)?;
    let indent = |l: &str| l.len() - l.trim_start_matches(' ').len();
    let is_gap = |l: &str| l.trim().is_empty() || l.trim_start().starts_with('#');
    let here = lines.get(index)?;
    let above = (0..index).rev().map(|i| lines[i]).find(|l| !is_gap(l))?;
    let (mine, theirs) = (indent(here), indent(above));
    let field = |l: &str| {
        let t = l.trim_start().trim_start_matches("- ");
        t.split_once(':')
            .is_some_and(|(k, _)| !k.is_empty() && !k.contains(' '))
    };
    let opens_block = above.trim_end().ends_with(':');
    (field(here) && field(above) && mine != theirs && !opens_block)
        .then(|| format!("line {line} is indented by {mine} spaces, the line above it by {theirs}"))
}

/// What is invisible on 1-based `line` of `text` (a no-break space pasted
/// from Word looks like a space, but YAML does not take it for one).
pub(super) fn invisible_on(text: &str, line: u32) -> Option<String> {
    let content = text
        .lines()
        .nth(usize::try_from(line).ok()?.checked_sub(1)?)?;
    let (at, c) = content
        .char_indices()
        .find(|&(_, c)| c == '\u{00A0}' || crate::validate::invisible_name(c).is_some())?;
    let name = crate::validate::invisible_name(c).unwrap_or("a no-break space");
    let column = content[..at].chars().count() + 1;
    Some(format!(
        "line {line} has {name} (U+{:04X}) at column {column}, which looks like nothing or like a space; it often comes from Word: delete it and type an ordinary space if one belongs there",
        u32::from(c)
    ))
}

/// `text` with the characters one cannot see named, e.g. `name⟨no-break space⟩`.
pub(super) fn show_invisible(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{00A0}' => "⟨no-break space⟩".to_string(),
            c => match crate::validate::invisible_name(c) {
                Some(name) => format!("⟨{}⟩", name.trim_start_matches("a ")),
                None => c.to_string(),
            },
        })
        .collect()
}

/// Turns the YAML library's message into an editor's diagnostic.
pub(super) fn explain(file: FileId, pos: Pos, raw: &str) -> Diagnostic {
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
        return error(format!("unknown field `{}`", show_invisible(field)))
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
    // The parser names a character it will not take as `\u{1b}`.
    let named = raw
        .split_once("\\u{")
        .and_then(|(_, rest)| u32::from_str_radix(rest.split('}').next()?, 16).ok())
        .and_then(char::from_u32);
    if let Some(c) = raw
        .chars()
        .chain(named)
        .find(|&c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        return error(format!(
            "the line has an invisible control character (U+{:04X}), which a content file may not hold",
            u32::from(c)
        ))
        .label("somewhere here")
        .help("such characters come from copying out of other programs or from a message meant to trick a terminal; retype the text of this line");
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
