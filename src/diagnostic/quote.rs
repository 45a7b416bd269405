//! What a diagnostic quotes: the line of its file with a marker under the
//! spot. A very long line (minified YAML, or hostile input of 50,000
//! brackets) is quoted as a window around the spot, so one problem never
//! fills the screen; the line and column numbers stay those of the file.

use crate::located::Pos;
use codespan_reporting::files::{Error, Files, SimpleFile};
use std::ops::Range;

/// Longest line quoted whole, in characters.
const LONGEST: usize = 160;
/// Characters quoted before the spot, and at most after its start.
const BEFORE: usize = 40;
const AFTER: usize = 100;
const CUT: &str = "…";

pub enum Quote<'t> {
    File(&'t SimpleFile<String, &'t str>),
    Window {
        name: String,
        text: String,
        /// Line number of the quoted line, from 1.
        line: usize,
        /// Column number of the first character after a leading `…`.
        column: usize,
        /// Bytes of the leading `…` (0 when the window starts the line).
        prefix: usize,
    },
}

impl<'t> Quote<'t> {
    /// The quote for a label at `pos` in `file`, and the label's range in it.
    pub fn at(file: &'t SimpleFile<String, &'t str>, pos: Pos) -> (Quote<'t>, Range<usize>) {
        let text = *file.source();
        let range = label_range(text, pos);
        let line_start = text[..range.start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[range.start..]
            .find('\n')
            .map_or(text.len(), |i| range.start + i);
        let line = &text[line_start..line_end];
        if line.chars().count() <= LONGEST {
            return (Quote::File(file), range);
        }
        // Char boundaries of the window: BEFORE chars before the spot, AFTER from it.
        let spot = range.start - line_start;
        let from = line[..spot]
            .char_indices()
            .rev()
            .nth(BEFORE - 1)
            .map_or(0, |(i, _)| i);
        let to = line[spot..]
            .char_indices()
            .nth(AFTER)
            .map_or(line.len(), |(i, _)| spot + i);
        let prefix = if from > 0 { CUT } else { "" };
        let suffix = if to < line.len() { CUT } else { "" };
        let window = format!("{prefix}{}{suffix}", &line[from..to]);
        let start = prefix.len() + spot - from;
        let end = (prefix.len() + range.end - line_start - from).min(prefix.len() + to - from);
        let quote = Quote::Window {
            name: file.name().clone(),
            text: window,
            line: text[..line_start].matches('\n').count() + 1,
            column: line[..from].chars().count() + 1,
            prefix: prefix.len(),
        };
        (quote, start..end.max(start))
    }
}

impl<'a> Files<'a> for Quote<'_> {
    type FileId = ();
    type Name = String;
    type Source = &'a str;

    fn name(&'a self, (): ()) -> Result<String, Error> {
        match self {
            Quote::File(file) => Ok(file.name().clone()),
            Quote::Window { name, .. } => Ok(name.clone()),
        }
    }

    fn source(&'a self, (): ()) -> Result<&'a str, Error> {
        match self {
            Quote::File(file) => Ok(file.source()),
            Quote::Window { text, .. } => Ok(text),
        }
    }

    fn line_index(&'a self, (): (), byte_index: usize) -> Result<usize, Error> {
        match self {
            Quote::File(file) => file.line_index((), byte_index),
            Quote::Window { .. } => Ok(0),
        }
    }

    fn line_number(&'a self, (): (), line_index: usize) -> Result<usize, Error> {
        match self {
            Quote::File(_) => Ok(line_index + 1),
            Quote::Window { line, .. } => Ok(*line),
        }
    }

    fn column_number(
        &'a self,
        (): (),
        line_index: usize,
        byte_index: usize,
    ) -> Result<usize, Error> {
        match self {
            Quote::File(file) => file.column_number((), line_index, byte_index),
            Quote::Window {
                text,
                column,
                prefix,
                ..
            } => {
                let at = byte_index.clamp(*prefix, text.len());
                Ok(column + text.get(*prefix..at).map_or(0, |s| s.chars().count()))
            }
        }
    }

    fn line_range(&'a self, (): (), line_index: usize) -> Result<Range<usize>, Error> {
        match self {
            Quote::File(file) => file.line_range((), line_index),
            Quote::Window { text, .. } => Ok(0..text.len()),
        }
    }
}

/// The byte range to underline: the value at `pos`, cut at the end of its line.
fn label_range(text: &str, pos: Pos) -> Range<usize> {
    if !pos.is_known() {
        return 0..0;
    }
    // An offset inside a character (a position from another text, or a
    // parser's byte count) is moved back to the character's start.
    let start = text.floor_char_boundary(pos.offset as usize);
    let line_end = text[start..]
        .find(['\n', '\r'])
        .map_or(text.len(), |i| start + i);
    let end = if pos.len == 0 {
        line_end
    } else {
        text.floor_char_boundary((start + pos.len as usize).min(line_end))
    };
    if end > start {
        return start..end;
    }
    let next = text[start..]
        .chars()
        .next()
        .map_or(start, |c| start + c.len_utf8());
    start..next.min(line_end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_line_is_quoted_around_the_spot_with_the_file_s_numbers() {
        let text = format!("a: 1\nb: {}X{}\n", "æ".repeat(300), "ø".repeat(300));
        let file = SimpleFile::new("x.yaml".to_string(), text.as_str());
        let offset = text.find('X').unwrap() as u32;
        let pos = Pos {
            line: 2,
            column: 304,
            offset,
            len: 1,
        };
        let (quote, range) = Quote::at(&file, pos);
        let source = quote.source(()).unwrap();
        assert_eq!(&source[range.clone()], "X");
        assert_eq!(source.chars().count(), 1 + BEFORE + AFTER + 1);
        assert!(source.starts_with("…æ") && source.ends_with("ø…"));
        let location = quote.location((), range.start).unwrap();
        assert_eq!((location.line_number, location.column_number), (2, 304));

        // A short line is quoted whole.
        let pos = Pos {
            line: 1,
            column: 4,
            offset: 3,
            len: 1,
        };
        let (quote, range) = Quote::at(&file, pos);
        assert!(matches!(quote, Quote::File(_)));
        assert_eq!(range, 3..4);
    }

    #[test]
    fn a_position_inside_a_character_is_quoted_from_the_character_s_start() {
        let text = "navn: Søren\n";
        let file = SimpleFile::new("x.yaml".to_string(), text);
        let inside = text.find('ø').unwrap() + 1;
        for (offset, len) in [(inside, 1), (inside, 0), (inside - 1, 2), (400, 3)] {
            let pos = Pos {
                line: 1,
                column: 8,
                offset: offset as u32,
                len,
            };
            let (quote, range) = Quote::at(&file, pos);
            let source = quote.source(()).unwrap();
            assert!(
                source.get(range.clone()).is_some(),
                "{offset}+{len} gave {range:?}"
            );
        }
    }
}
