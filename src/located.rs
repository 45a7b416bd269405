//! Values that remember where in a content file they were written.
//!
//! The loader reads YAML through `serde_saphyr::Spanned`, and this module turns
//! that into [`Located`], the project's own wrapper, so that the rest of the
//! code base never sees the YAML library. A `Located` value serializes and
//! compares as its inner value: catalog.json holds no positions, and a model
//! read back from JSON (where positions are unknown) equals the original.

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::borrow::Cow;

/// A place in a source file: 1-based line and column, plus the byte range.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Pos {
    pub line: u32,
    pub column: u32,
    pub offset: u32,
    pub len: u32,
}

impl Pos {
    pub const UNKNOWN: Pos = Pos {
        line: 0,
        column: 0,
        offset: 0,
        len: 0,
    };

    pub fn is_known(&self) -> bool {
        self.line > 0
    }

    /// The position of the start of a file, for problems that concern a whole file.
    pub fn start() -> Pos {
        Pos {
            line: 1,
            column: 1,
            offset: 0,
            len: 0,
        }
    }

    fn from_saphyr(location: &serde_saphyr::Location) -> Pos {
        let line = u32::try_from(location.line()).unwrap_or(0);
        if line == 0 {
            return Pos::UNKNOWN;
        }
        let span = location.span();
        Pos {
            line,
            column: u32::try_from(location.column()).unwrap_or(1),
            offset: span
                .byte_offset()
                .and_then(|o| u32::try_from(o).ok())
                .unwrap_or(0),
            len: span
                .byte_len()
                .and_then(|l| u32::try_from(l).ok())
                .unwrap_or(0),
        }
    }

    /// The start of 1-based `line` in `text` (the last line if it is past the end).
    pub fn of_line(text: &str, line: u32) -> Pos {
        let offset = if line <= 1 {
            0
        } else {
            text.match_indices('\n')
                .nth(line as usize - 2)
                .map_or(text.len(), |(i, _)| i + 1)
        };
        Pos {
            line: line.max(1),
            column: 1,
            offset: u32::try_from(offset).unwrap_or(0),
            len: 0,
        }
    }

    /// Moves this position down by `lines` lines and `bytes` bytes: used for
    /// front matter, which is parsed apart from the file it sits in.
    pub fn shifted(self, lines: u32, bytes: u32) -> Pos {
        if !self.is_known() {
            return self;
        }
        Pos {
            line: self.line + lines,
            offset: self.offset + bytes,
            ..self
        }
    }
}

/// A value together with where it was written.
#[derive(Clone, Debug)]
pub struct Located<T> {
    pub value: T,
    pub pos: Pos,
}

impl<T> Located<T> {
    pub fn new(value: T, pos: Pos) -> Self {
        Located { value, pos }
    }

    pub fn unknown(value: T) -> Self {
        Located {
            value,
            pos: Pos::UNKNOWN,
        }
    }
}

impl<T> std::ops::Deref for Located<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.value
    }
}

impl<T: PartialEq> PartialEq for Located<T> {
    fn eq(&self, other: &Self) -> bool {
        self.value == other.value
    }
}

impl<T: Eq> Eq for Located<T> {}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Located<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let spanned = serde_saphyr::Spanned::<T>::deserialize(deserializer)?;
        Ok(Located {
            pos: Pos::from_saphyr(&spanned.referenced),
            value: spanned.value,
        })
    }
}

impl<T: Serialize> Serialize for Located<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.value.serialize(serializer)
    }
}

impl<T: JsonSchema> JsonSchema for Located<T> {
    fn inline_schema() -> bool {
        T::inline_schema()
    }
    fn schema_name() -> Cow<'static, str> {
        T::schema_name()
    }
    fn schema_id() -> Cow<'static, str> {
        T::schema_id()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        T::json_schema(generator)
    }
}
