//! Reading a content file safely: a size limit, UTF-8 with the place of the
//! first bad byte, and no byte-order mark.

use crate::diagnostic::{Diagnostic, FileId};
use crate::located::Pos;
use std::path::Path;

/// The largest content file accepted. Real files are a few kilobytes.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;

/// A content file as read: its text when it could be read (kept for the
/// diagnostics), or what is wrong with it.
pub struct Read {
    pub text: Option<String>,
    pub error: Option<Diagnostic>,
}

impl Read {
    fn failed(text: Option<String>, error: Diagnostic) -> Read {
        Read {
            text,
            error: Some(error),
        }
    }
}

/// Reads `root/relative`, which is to be registered as `id` in the sources.
pub fn read(root: &Path, relative: &Path, id: FileId) -> Read {
    let full = root.join(relative);
    let size = std::fs::metadata(&full).map(|m| m.len()).unwrap_or(0);
    if size > MAX_FILE_BYTES {
        return Read::failed(
            None,
            Diagnostic::error(
                id,
                Pos::UNKNOWN,
                tr!("file-too-big", mb = format!("{:.1}", size as f64 / 1e6)),
            )
            .help(tr!("file-too-big.help")),
        );
    }
    let bytes = match std::fs::read(&full) {
        Ok(bytes) => bytes,
        Err(error) => {
            return Read::failed(
                None,
                Diagnostic::error(
                    id,
                    Pos::UNKNOWN,
                    tr!("file-unreadable", error = error.to_string()),
                )
                .help(tr!("file-unreadable.help")),
            );
        }
    };
    if let Some(error) = not_text(id, &bytes) {
        return Read::failed(None, error);
    }
    match String::from_utf8(bytes) {
        Ok(text) => {
            let text = match text.strip_prefix('\u{feff}') {
                Some(rest) => rest.to_string(),
                None => text,
            };
            Read {
                text: Some(text),
                error: None,
            }
        }
        Err(error) => {
            let valid = error.utf8_error().valid_up_to();
            let lossy = String::from_utf8_lossy(error.as_bytes()).into_owned();
            let before = &lossy[..valid];
            let line = before.matches('\n').count() as u32 + 1;
            let line_start = before.rfind('\n').map_or(0, |i| i + 1);
            let column = before[line_start..].chars().count() as u32 + 1;
            Read::failed(
                Some(lossy),
                Diagnostic::error(
                    id,
                    Pos {
                        line,
                        column,
                        offset: valid as u32,
                        len: 0,
                    },
                    tr!("not-utf8"),
                )
                .label(tr!("not-utf8.label"))
                .help(tr!("not-utf8.help")),
            )
        }
    }
}

/// A file that is no text file at all, or text in another encoding that
/// Windows programs save: said in words, not as a byte that is not UTF-8.
fn not_text(id: FileId, bytes: &[u8]) -> Option<Diagnostic> {
    let error = |message: String, help: String| {
        Some(Diagnostic::error(id, Pos::UNKNOWN, message).help(help))
    };
    if bytes.starts_with(b"PK\x03\x04") {
        return error(tr!("word-document"), tr!("word-document.help"));
    }
    if bytes.starts_with(b"%PDF") {
        return error(tr!("pdf-document"), tr!("pdf-document.help"));
    }
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return error(tr!("utf16"), tr!("utf16.help"));
    }
    None
}
