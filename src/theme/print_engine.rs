//! Typst as a library: one [`Engine`] holds what every document shares (the
//! standard library, the fonts, the parsed print templates); each document is
//! compiled in a small [`World`] that adds its data file. Content reaches the
//! templates only as `data.json`, read with Typst's `json()`, so no content
//! text is ever parsed as Typst markup.

use std::collections::HashMap;
use typst::diag::{FileError, FileResult, Severity, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime, Duration, Smart};
use typst::syntax::{DiagSpanKind, FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Feature, Library, LibraryExt, World, WorldExt};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards, Timestamp};

/// The path templates read their data from: `json("/data.json")`.
pub const DATA_FILE: &str = "/data.json";

/// A syntax error in a print template.
pub struct SyntaxError {
    /// The path shown to the user.
    pub file: String,
    /// From 1, when the error has a place.
    pub line: Option<u32>,
    pub message: String,
    /// The template's text as parsed.
    pub text: String,
}

/// What every document compiled by one build shares.
pub struct Engine {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
    /// The print templates by file id, with the path shown in error messages.
    sources: HashMap<FileId, (Source, String)>,
    data: FileId,
    /// The creation date written into every PDF (from SOURCE_DATE_EPOCH), if any.
    timestamp: Option<Datetime>,
}

fn file_id(path: &str) -> Result<FileId, String> {
    let vpath = VirtualPath::new(path).map_err(|e| format!("bad template path {path}: {e:?}"))?;
    Ok(RootedPath::new(VirtualRoot::Project, vpath).intern())
}

impl Engine {
    /// `templates`: (name inside the print folder, e.g. `form.typ`; path for
    /// messages; text). `fonts`: the bytes of each TrueType/OpenType file.
    pub fn new(
        templates: &[(String, String, String)],
        fonts: &[(String, Vec<u8>)],
        timestamp: Option<Datetime>,
    ) -> Result<Engine, String> {
        let mut loaded = Vec::new();
        for (name, bytes) in fonts {
            let before = loaded.len();
            loaded.extend(Font::iter(Bytes::new(bytes.clone())));
            if loaded.len() == before {
                return Err(format!(
                    "{name} is not a font Typst can read; use a TrueType (.ttf) or OpenType (.otf) file"
                ));
            }
        }
        let mut sources = HashMap::new();
        for (name, shown, text) in templates {
            let id = file_id(&format!("/{name}"))?;
            sources.insert(id, (Source::new(id, text.clone()), shown.clone()));
        }
        Ok(Engine {
            // `a11y-extras`: `pdf.header-cell`, so that a table whose header is
            // its first column tells screen readers so.
            library: LazyHash::new(
                Library::builder()
                    .with_features([Feature::A11yExtras].into_iter().collect())
                    .build(),
            ),
            book: LazyHash::new(FontBook::from_fonts(&loaded)),
            fonts: loaded,
            sources,
            data: file_id(DATA_FILE)?,
            timestamp,
        })
    }

    /// Whether one of the fonts has a glyph for `c` (Typst falls back to
    /// any font of the book that has it).
    pub fn shows(&self, c: char) -> bool {
        self.fonts
            .iter()
            .any(|f| f.info().coverage.contains(u32::from(c)))
    }

    /// Whether the PDFs can show `c`: a character with a glyph in one of the
    /// fonts, or one laid out without a glyph (line breaks, tabs, the
    /// invisible format characters).
    pub fn prints(&self, c: char) -> bool {
        (c.is_ascii() && !c.is_ascii_control())
            || needs_no_glyph(c)
            || (!c.is_control() && self.shows(c))
    }

    /// The syntax errors of the print templates, found without compiling
    /// anything.
    pub fn syntax_errors(&self) -> Vec<SyntaxError> {
        let mut errors = Vec::new();
        for (source, shown) in self.sources.values() {
            for error in source.root().errors_and_warnings().0 {
                let start = match error.span.get() {
                    DiagSpanKind::Number { num, sub_range, .. } => {
                        source.range(num, sub_range).map(|r| r.start)
                    }
                    DiagSpanKind::Range { range, .. } => Some(range.start),
                    DiagSpanKind::Detached => None,
                };
                let line = start
                    .and_then(|start| source.lines().byte_to_line(start))
                    .and_then(|l| u32::try_from(l + 1).ok());
                errors.push(SyntaxError {
                    file: shown.clone(),
                    line,
                    message: error.message.to_string(),
                    text: source.text().to_string(),
                });
            }
        }
        errors.sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
        errors
    }

    /// Compiles the template `main` (e.g. `form.typ`) with `data` as
    /// `/data.json` into a tagged PDF/UA-1 file. `ident` names the document
    /// stably (its output path), so the PDF's identifier never changes.
    pub fn pdf(&self, main: &str, data: Vec<u8>, ident: &str) -> Result<Vec<u8>, String> {
        let (document, world) = self.lay_out(main, data)?;
        self.write(&document, &world, ident)
    }

    /// The two halves of [`Engine::pdf`], timed apart (for the benchmarks):
    /// the layout, then the PDF writing.
    pub fn pdf_timed(
        &self,
        main: &str,
        data: Vec<u8>,
        ident: &str,
    ) -> Result<(std::time::Duration, std::time::Duration), String> {
        let start = std::time::Instant::now();
        let (document, world) = self.lay_out(main, data)?;
        let laid_out = start.elapsed();
        self.write(&document, &world, ident)?;
        Ok((laid_out, start.elapsed() - laid_out))
    }

    fn lay_out(&self, main: &str, data: Vec<u8>) -> Result<(PagedDocument, DocWorld<'_>), String> {
        let world = DocWorld {
            engine: self,
            main: file_id(&format!("/{main}"))?,
            data: Bytes::new(data),
        };
        if !self.sources.contains_key(&world.main) {
            return Err(format!("the theme has no print template {main}"));
        }
        let document = typst::compile::<PagedDocument>(&world)
            .output
            .map_err(|errors| self.describe(&world, &errors))?;
        Ok((document, world))
    }

    fn write(
        &self,
        document: &PagedDocument,
        world: &DocWorld,
        ident: &str,
    ) -> Result<Vec<u8>, String> {
        let options = PdfOptions {
            ident: Smart::Custom(ident.to_string()),
            timestamp: self.timestamp.map(Timestamp::new_utc),
            standards: PdfStandards::new(&[PdfStandard::Ua_1])
                .map_err(|e| format!("PDF/UA-1 is not available: {}", e.message()))?,
            ..PdfOptions::default()
        };
        // With the logical text of right-to-left words (see pdf_text.rs).
        super::pdf_text::pdf(document, &options).map_err(|errors| self.describe(world, &errors))
    }

    /// Template errors as `file:line: message (hint: …)`, one per line.
    fn describe(&self, world: &DocWorld, errors: &[SourceDiagnostic]) -> String {
        errors
            .iter()
            .filter(|e| e.severity == Severity::Error)
            .map(|e| {
                let place = e
                    .span
                    .id()
                    .and_then(|id| {
                        let (source, shown) = self.sources.get(&id)?;
                        let line = world
                            .range(e.span)
                            .and_then(|r| source.lines().byte_to_line(r.start))
                            .map_or(String::new(), |l| format!(":{}", l + 1));
                        Some(format!("{shown}{line}: "))
                    })
                    .unwrap_or_default();
                let hints: String = e
                    .hints
                    .iter()
                    .map(|h| format!(" (hint: {})", h.v))
                    .collect();
                format!("{place}{}{hints}", e.message)
            })
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// Characters that are laid out without a glyph of their own: line breaks,
/// tabs, and the invisible format characters (soft hyphen, joiners,
/// direction marks, variation selectors, the byte-order mark).
fn needs_no_glyph(c: char) -> bool {
    matches!(c,
        '\n' | '\t' | '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}'
        | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}')
}

/// One document: the shared engine plus its data file.
struct DocWorld<'a> {
    engine: &'a Engine,
    main: FileId,
    data: Bytes,
}

impl World for DocWorld<'_> {
    fn library(&self) -> &LazyHash<Library> {
        &self.engine.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.engine.book
    }

    fn main(&self) -> FileId {
        self.main
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        match self.engine.sources.get(&id) {
            Some((source, _)) => Ok(source.clone()),
            None if id == self.engine.data => Err(FileError::NotSource),
            None => Err(FileError::NotFound(
                id.get().vpath().get_with_slash().to_string().into(),
            )),
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.engine.data {
            return Ok(self.data.clone());
        }
        self.source(id).map(Bytes::from_string)
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.engine.fonts.get(index).cloned()
    }

    fn today(&self, _: Option<Duration>) -> Option<Datetime> {
        self.engine.timestamp
    }
}

/// The UTC date and time of a Unix timestamp (for SOURCE_DATE_EPOCH).
pub fn datetime_from_unix(seconds: i64) -> Option<Datetime> {
    let days = seconds.div_euclid(86_400);
    let secs = seconds.rem_euclid(86_400);
    // Howard Hinnant's civil-from-days algorithm.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    Datetime::from_ymd_hms(
        i32::try_from(year).ok()?,
        u8::try_from(month).ok()?,
        u8::try_from(day).ok()?,
        u8::try_from(secs / 3600).ok()?,
        u8::try_from(secs % 3600 / 60).ok()?,
        u8::try_from(secs % 60).ok()?,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unix_time_becomes_the_calendar_date() {
        let d = datetime_from_unix(1_700_000_000).unwrap();
        assert_eq!(
            (
                d.year(),
                d.month(),
                d.day(),
                d.hour(),
                d.minute(),
                d.second()
            ),
            (Some(2023), Some(11), Some(14), Some(22), Some(13), Some(20))
        );
        let d = datetime_from_unix(951_782_400).unwrap(); // 2000-02-29
        assert_eq!(
            (d.year(), d.month(), d.day()),
            (Some(2000), Some(2), Some(29))
        );
    }
}
