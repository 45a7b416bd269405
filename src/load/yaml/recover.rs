//! Reading on after a mistake: the field or value a failure is about is
//! blanked out, or stood in for by a value of the right kind, so the next
//! reading of the file can find the next mistake.

use super::Failure;

/// `text` with the field that `failure` is about blanked out (its line and
/// the lines of its value, kept as empty lines), or its wrong value replaced
/// by one of the right kind. `None` when there is nothing safe to change.
pub(super) fn blank(text: &str, failure: &Failure) -> Option<String> {
    let (line, column) = failure.at?;
    let lines: Vec<&str> = text.split('\n').collect();
    let indent = |l: &str| l.len() - l.trim_start_matches(' ').len();
    let is_gap = |l: &str| l.trim().is_empty() || l.trim_start().starts_with('#');
    let mut key_line = usize::try_from(line).ok()?.checked_sub(1)?;
    let here = lines.get(key_line)?;
    // A value of the wrong kind that is a block (e.g. a list where a text
    // belongs) is reported at its first line; its field is the line above.
    let names_field = failure.raw.starts_with("unknown field")
        || failure.raw.starts_with("duplicate mapping key");
    if !names_field
        && column as usize <= indent(here) + 1
        && let Some(above) = (0..key_line).rev().find(|&i| !is_gap(lines[i]))
        && indent(lines[above]) < indent(here)
        && lines[above].trim_end().ends_with(':')
    {
        key_line = above;
    }
    // A single value of the wrong kind on the field's own line: put in a
    // value of the right kind, so the field is still there for the rest.
    if !names_field
        && key_line + 1 == line as usize
        && let Some(stand_in) = stand_in(&failure.raw)
    {
        let start: usize = here
            .chars()
            .take(column as usize - 1)
            .map(char::len_utf8)
            .sum();
        if start < here.len() && start > 0 {
            let mut out: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
            out[key_line] = format!("{}{stand_in}", &here[..start]);
            return Some(out.join("\n"));
        }
    }
    let owner = lines[key_line];
    let trimmed = owner.trim_start();
    // The first field of a list item carries the item: blanking it would
    // change what the lines below mean.
    if trimmed.starts_with('-') || is_gap(owner) {
        return None;
    }
    let depth = indent(owner);
    let mut end = key_line + 1;
    while end < lines.len() && (is_gap(lines[end]) || indent(lines[end]) > depth) {
        end += 1;
    }
    // Trailing gaps belong to what follows.
    while end > key_line + 1 && is_gap(lines[end - 1]) {
        end -= 1;
    }
    let mut out: Vec<&str> = lines.clone();
    for blanked in &mut out[key_line..end] {
        *blanked = "";
    }
    Some(out.join("\n"))
}

/// A value of the kind the library expected, to stand in for a wrong one.
fn stand_in(raw: &str) -> Option<String> {
    if let Some(rest) = raw.strip_prefix("unknown variant `") {
        let expected = rest.split_once("expected ")?.1;
        let first = expected
            .trim_start_matches("one of ")
            .split([',', ' '])
            .next()?;
        return Some(first.trim_matches('`').to_string()).filter(|v| !v.is_empty());
    }
    let expected = raw.rsplit("expected ").next().unwrap_or(raw);
    if raw.starts_with("invalid u")
        || raw.starts_with("invalid i")
        || ["u8", "u16", "u32", "u64", "usize", "integer"]
            .iter()
            .any(|t| expected.contains(t))
    {
        return Some("0".into());
    }
    if expected.contains("bool") || raw.starts_with("invalid bool") {
        return Some("false".into());
    }
    if expected.contains("string") {
        return Some("\"x\"".into());
    }
    None
}
