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
    let (message, help) = if is_language {
        (
            tr!("yaml-empty-text", key = key),
            tr!("yaml-empty-text.help", key = key),
        )
    } else {
        (
            tr!("yaml-empty-value", key = key),
            tr!("yaml-empty-value.help", key = key),
        )
    };
    Diagnostic::error(file, pos, message)
        .label(tr!("yaml-nothing-after-colon"))
        .help(help)
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
        Diagnostic::error(file, pos, tr!("yaml-unclosed-quote"))
            .label(tr!("yaml-unclosed-quote.label"))
            .help(tr!("yaml-unclosed-quote.help")),
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
                Diagnostic::error(file, pos, tr!("yaml-tag", tag = tag))
                    .label(tr!("yaml-tag.label"))
                    .help(tr!("yaml-tag.help")),
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
    (field(here) && field(above) && mine != theirs && !opens_block).then(|| {
        tr!(
            "yaml-misindented",
            line = line,
            mine = mine,
            theirs = theirs
        )
    })
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
    let name =
        crate::validate::invisible_name(c).unwrap_or_else(crate::validate::no_break_space_name);
    let column = content[..at].chars().count() + 1;
    Some(tr!(
        "yaml-invisible",
        line = line,
        name = name,
        code = format!("{:04X}", u32::from(c)),
        column = column
    ))
}

/// `text` with the characters one cannot see named, e.g. `name⟨no-break space⟩`.
pub(super) fn show_invisible(text: &str) -> String {
    text.chars()
        .map(|c| match crate::validate::invisible_short(c) {
            Some(name) => format!("⟨{name}⟩"),
            None => c.to_string(),
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
        return error(tr!("yaml-unknown-field", field = show_invisible(field)))
            .label(tr!("yaml-unknown-field.label"))
            .maybe_help(did_you_mean(field, allowed.iter().copied()))
            .help(if allowed.is_empty() {
                tr!("yaml-unknown-field.none")
            } else {
                tr!("yaml-unknown-field.help", allowed = allowed.join(", "))
            });
    }
    if let Some(rest) = raw.strip_prefix("missing field `") {
        let field = rest.trim_end_matches('`');
        let diagnostic = error(tr!("yaml-missing-field", field = field))
            .label(tr!("yaml-missing-field.label", field = field))
            .help(tr!("yaml-missing-field.help", field = field));
        // The texts for companies are new in a package: say what they are.
        return match field {
            "employer" => diagnostic.help(tr!("yaml-missing-employer")),
            "employer_purpose" => diagnostic.help(tr!("yaml-missing-employer-purpose")),
            _ => diagnostic,
        };
    }
    if let Some(rest) = raw.strip_prefix("unknown variant `") {
        let (value, expected) = rest.split_once('`').unwrap_or((rest, ""));
        let allowed: Vec<&str> = expected
            .split(['`', ',', ' '])
            .filter(|s| {
                !s.is_empty() && *s != "expected" && *s != "or" && *s != "one" && *s != "of"
            })
            .collect();
        return error(tr!("yaml-unknown-variant", value = value))
            .label(tr!("yaml-unknown-variant.label"))
            .maybe_help(did_you_mean(value, allowed.iter().copied()))
            .help(tr!(
                "yaml-unknown-variant.help",
                allowed = allowed.join(", ")
            ));
    }
    if let Some(rest) = raw.strip_prefix("duplicate mapping key: ") {
        let key = rest.split(',').next().unwrap_or(rest);
        return error(tr!("yaml-duplicate-key", key = key))
            .label(tr!("yaml-duplicate-key.label"))
            .help(tr!("yaml-duplicate-key.help"));
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
        return error(tr!("yaml-control", code = format!("{:04X}", u32::from(c))))
            .label(tr!("yaml-control.label"))
            .help(tr!("yaml-control.help"));
    }
    if raw.contains("tabs disallowed") {
        return error(tr!("yaml-tab"))
            .label(tr!("yaml-tab.label"))
            .help(tr!("yaml-tab.help"));
    }
    if raw.starts_with("mapping values are not allowed") {
        return error(tr!("yaml-colon-in-value"))
            .label(tr!("yaml-colon-in-value.label"))
            .help(tr!("yaml-colon-in-value.help"));
    }
    if raw.starts_with("budget breached") {
        return error(tr!("yaml-budget"))
            .label(tr!("yaml-budget.label"))
            .help(tr!("yaml-budget.help"));
    }
    if raw.contains("recursion limit exceeded") {
        return error(tr!("yaml-too-deep"))
            .label(tr!("yaml-too-deep.label"))
            .help(tr!("yaml-too-deep.help"));
    }
    if raw == "expected mapping start" {
        return error(tr!("yaml-expected-fields"))
            .label(tr!("yaml-expected-fields.label"))
            .help(tr!("yaml-expected-fields.help"));
    }
    if raw.starts_with("expected sequence start") || raw.contains("expected a sequence") {
        return error(tr!("yaml-expected-list"))
            .label(tr!("yaml-expected-list.label"))
            .help(tr!("yaml-expected-list.help"));
    }
    if raw.starts_with("invalid u")
        || raw.contains("expected u")
        || raw.contains("invalid value: integer")
    {
        return error(tr!("yaml-expected-number"))
            .label(tr!("yaml-expected-number.label"))
            .help(tr!("yaml-expected-number.help"));
    }
    if raw.contains("expected a boolean") || raw.starts_with("invalid bool") {
        return error(tr!("yaml-expected-bool")).label(tr!("yaml-expected-bool.label"));
    }
    if raw.starts_with("invalid type") {
        return error(tr!(
            "yaml-wrong-kind",
            detail = raw.trim_start_matches("invalid type: ")
        ))
        .label(tr!("yaml-wrong-kind.label"))
        .help(tr!("yaml-wrong-kind.help"));
    }
    error(tr!("yaml-invalid", detail = raw))
        .label(tr!("yaml-invalid.label"))
        .help(tr!("yaml-invalid.help"))
}
