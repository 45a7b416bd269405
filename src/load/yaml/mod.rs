//! Parsing one YAML document into a model type, with errors a content editor
//! can act on: the library's wording is replaced by plain words and a fix.

use crate::diagnostic::{Diagnostic, FileId};
use crate::located::Pos;
use serde::de::DeserializeOwned;
use serde_saphyr::{Budget, Options};

mod hints;
mod recover;

use hints::{empty_value, explain, invisible_on, key_on, misindented, tags, unclosed_quote};
use recover::blank;

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

/// How many mistakes of one file are looked for after the first.
const MORE_ROUNDS: usize = 30;

/// One failed reading: where the library stopped and what it said.
struct Failure {
    /// Line and column from 1, if the library knew them.
    at: Option<(u32, u32)>,
    raw: String,
}

impl Failure {
    /// A value of the wrong kind or name, in YAML that is itself fine:
    /// reading can go on past it.
    fn is_semantic(&self) -> bool {
        [
            "unknown field",
            "unknown variant",
            "invalid type",
            "invalid value",
            "invalid length",
            "invalid u",
            "invalid i",
            "invalid bool",
            "invalid f",
            "duplicate mapping key",
            "missing field",
            "expected mapping",
            "expected sequence",
            "expected a ",
        ]
        .iter()
        .any(|p| self.raw.starts_with(p))
    }

    fn same_as(&self, other: &Failure) -> bool {
        self.at == other.at && self.raw == other.raw
    }
}

fn attempt<T: DeserializeOwned>(text: &str) -> Result<T, Failure> {
    serde_saphyr::from_str_with_options::<T>(text, options()).map_err(|error| {
        let at = error.location().map(|l| {
            (
                u32::try_from(l.line()).unwrap_or(1).max(1),
                u32::try_from(l.column()).unwrap_or(1).max(1),
            )
        });
        let raw = error.without_snippet().to_string();
        let raw = raw.split(" at line ").next().unwrap_or(&raw).to_string();
        Failure { at, raw }
    })
}

/// Parses `text` (the whole file, or front matter starting `shift` lines
/// down). On failure, the other mistakes of the file are looked for too:
/// the part that was wrong is blanked out (its lines kept, so line numbers
/// stay) and the text is read again, as long as that finds new mistakes.
pub fn parse<T: DeserializeOwned>(
    file: FileId,
    text: &str,
    shift: (u32, u32),
) -> Result<T, Vec<Diagnostic>> {
    if text.trim().is_empty() {
        return Err(vec![Diagnostic::error(file, Pos::start().shifted(shift.0, shift.1), "the file is empty")
            .label("nothing here")
            .help("write the fields this file needs; `pathways schema` lists them, and an editor with the schema suggests them")]);
    }
    let tags = tags(file, text, shift);
    let first = match attempt::<T>(text) {
        Ok(_) if !tags.is_empty() => return Err(tags),
        Ok(value) => return Ok(value),
        Err(failure) => failure,
    };
    let mut found = vec![first];
    if found[0].is_semantic() {
        let mut repaired = text.to_string();
        for _ in 0..MORE_ROUNDS {
            let Some(next) = found.last().and_then(|last| blank(&repaired, last)) else {
                break;
            };
            repaired = next;
            match attempt::<T>(&repaired) {
                Ok(_) => break,
                // Blanking may have broken the YAML or left a required
                // field out: those are not the user's mistakes.
                Err(failure) if !failure.is_semantic() => break,
                // A field missing now is most often one whose name was
                // misspelt (and blanked): said already.
                Err(failure) if failure.raw.starts_with("missing field") => break,
                Err(failure) if found.iter().any(|f| f.same_as(&failure)) => break,
                Err(failure) => found.push(failure),
            }
        }
        // A YAML mistake further down is the user's own: report it too.
        let invisible_cause = found.iter().any(|f| {
            f.at.is_some_and(|(line, _)| invisible_on(text, line).is_some())
        });
        if let Err(failure) = attempt::<serde::de::IgnoredAny>(text)
            && !invisible_cause
            && !found.iter().any(|f| f.same_as(&failure))
        {
            found.push(failure);
        }
    }
    Err(tags
        .into_iter()
        .chain(found.into_iter().map(|failure| {
            let pos = failure
                .at
                .map(|(line, column)| Pos {
                    line,
                    column,
                    offset: (line_offset(text, line) + column_bytes(text, line, column)) as u32,
                    len: 0,
                })
                .unwrap_or_else(Pos::start)
                .shifted(shift.0, shift.1);
            let line = failure.at.map(|(line, _)| line);
            if let Some(why) = line.and_then(|line| misindented(text, line, &failure.raw)) {
                return Diagnostic::error(file, pos, why)
                    .label(tr!("yaml-misindented.label"))
                    .help(tr!("yaml-misindented.help"));
            }
            if let Some(diagnostic) =
                line.and_then(|line| unclosed_quote(file, text, line, &failure.raw, shift))
            {
                return diagnostic;
            }
            if let Some(key) = line
                .filter(|_| failure.raw.contains("deserialize null"))
                .and_then(|line| key_on(text, line))
            {
                return empty_value(file, pos, &key);
            }
            let diagnostic = explain(file, pos, &failure.raw);
            match line.and_then(|line| invisible_on(text, line)) {
                Some(hint) => diagnostic.help(hint),
                None => diagnostic,
            }
        }))
        .collect())
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
