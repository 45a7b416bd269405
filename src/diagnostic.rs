//! Problems found in content, reported in the style of rustc: the file, line and
//! column, the line itself with a marker under the spot, what is wrong and how
//! to fix it. All problems of a run are collected and reported together.

use crate::located::Pos;
use codespan_reporting::diagnostic::{Diagnostic as Rendered, Label, Severity as RenderedSeverity};
use codespan_reporting::files::SimpleFile;
use codespan_reporting::term::{self, Config};
use quote::Quote;
use std::path::{Path, PathBuf};

mod quote;

/// How serious a problem is: errors stop the build, warnings do not.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// An index into [`Sources`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FileId(usize);

/// One file as read: its path (relative to the site root) and the text
/// that was parsed, when it could be read. Diagnostics quote this text, never
/// a second read from disk: under `serve` a save between the parse and the
/// quote would shift every offset.
#[derive(Debug)]
pub struct SourceFile {
    pub path: PathBuf,
    text: Option<String>,
}

impl SourceFile {
    /// The text of the file, if it could be read.
    pub fn text(&self) -> Option<&str> {
        self.text.as_deref()
    }
}

/// Every file that was read, so diagnostics can quote their lines.
#[derive(Debug, Default)]
pub struct Sources {
    files: Vec<SourceFile>,
}

impl Sources {
    pub fn add(&mut self, path: PathBuf, text: Option<String>) -> FileId {
        self.files.push(SourceFile { path, text });
        FileId(self.files.len() - 1)
    }

    /// Forgets the text of every file but those `report` has something to
    /// say about: once the site is checked only those are quoted, and the
    /// texts of a national catalogue are 100 MB.
    pub fn keep_texts_for(&mut self, report: &Report) {
        let quoted: std::collections::HashSet<FileId> =
            report.diagnostics.iter().map(|d| d.file).collect();
        for (i, file) in self.files.iter_mut().enumerate() {
            if !quoted.contains(&FileId(i)) {
                file.text = None;
            }
        }
    }

    /// The id the `n`-th file added from now on will get (from 0), so files
    /// can be parsed in parallel before they are added in order.
    pub fn upcoming(&self, n: usize) -> FileId {
        FileId(self.files.len() + n)
    }

    pub fn get(&self, id: FileId) -> &SourceFile {
        &self.files[id.0]
    }

    pub fn paths(&self) -> impl Iterator<Item = &Path> {
        self.files.iter().map(|f| f.path.as_path())
    }

    pub fn path(&self, id: FileId) -> &Path {
        &self.files[id.0].path
    }

    /// The position of `key` on the line of `value`: maps report where their
    /// values are, but a wrong key is what the user must fix.
    pub fn key_before(&self, id: FileId, value: Pos, key: &str) -> Pos {
        let Some(text) = self.get(id).text() else {
            return value;
        };
        let (offset, len) = (value.offset as usize, value.len as usize);
        if !value.is_known() || offset > text.len() || !text.is_char_boundary(offset) {
            return value;
        }
        let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
        match text[line_start..offset].rfind(key) {
            Some(at) => {
                let start = line_start + at;
                let column = text[line_start..start].chars().count() as u32 + 1;
                Pos {
                    line: value.line,
                    column,
                    offset: start as u32,
                    len: key.len() as u32,
                }
            }
            None => Pos {
                len: len as u32,
                ..value
            },
        }
    }
}

/// One problem in the content.
#[derive(Clone, Debug)]
pub struct Diagnostic {
    pub severity: Severity,
    pub file: FileId,
    pub pos: Pos,
    /// What is wrong, as one sentence.
    pub message: String,
    /// A short note shown under the marked spot.
    pub label: String,
    /// How to fix it; each entry becomes a `= help:` line.
    pub help: Vec<String>,
    /// A text still holding the placeholder of a new file: `check --strict`
    /// counts these.
    pub placeholder: bool,
}

impl Diagnostic {
    pub fn error(file: FileId, pos: Pos, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            file,
            pos,
            message: message.into(),
            label: String::new(),
            help: Vec::new(),
            placeholder: false,
        }
    }

    pub fn warning(file: FileId, pos: Pos, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(file, pos, message)
        }
    }

    pub fn label(mut self, label: impl Into<String>) -> Self {
        self.label = label.into();
        self
    }

    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help.push(help.into());
        self
    }

    /// Marks the diagnostic as one about a placeholder text.
    pub fn placeholder(mut self) -> Self {
        self.placeholder = true;
        self
    }

    /// Adds a help line when `help` is `Some`.
    pub fn maybe_help(self, help: Option<String>) -> Self {
        match help {
            Some(help) => self.help(help),
            None => self,
        }
    }
}

/// All diagnostics of a run.
#[derive(Debug, Default)]
pub struct Report {
    pub diagnostics: Vec<Diagnostic>,
}

impl Report {
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.diagnostics.push(diagnostic);
    }

    pub fn count(&self, severity: Severity) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count()
    }

    pub fn has_errors(&self) -> bool {
        self.count(Severity::Error) > 0
    }

    /// Puts the diagnostics in a stable order: by file, then by position.
    pub fn sort(&mut self, sources: &Sources) {
        self.diagnostics.sort_by(|a, b| {
            (sources.path(a.file), a.pos.line, a.pos.column, a.severity).cmp(&(
                sources.path(b.file),
                b.pos.line,
                b.pos.column,
                b.severity,
            ))
        });
    }

    /// Renders every diagnostic as plain text (no colours).
    pub fn render_plain(&self, sources: &Sources) -> String {
        self.render_plain_only(sources, |_| true)
    }

    /// Renders the errors as plain text, without the warnings.
    pub fn render_errors_plain(&self, sources: &Sources) -> String {
        self.render_plain_only(sources, |severity| severity == Severity::Error)
    }

    fn render_plain_only(&self, sources: &Sources, keep: impl Fn(Severity) -> bool) -> String {
        let mut out = String::new();
        let kept = Report {
            diagnostics: self
                .diagnostics
                .iter()
                .filter(|d| keep(d.severity))
                .cloned()
                .collect(),
        };
        kept.render(sources, |files, diagnostic| {
            if let Ok(text) = term::emit_into_string(&Config::default(), files, diagnostic) {
                out.push_str(&in_words(text, diagnostic.severity));
            }
        });
        out
    }

    /// Writes every diagnostic to standard error, coloured when it is a terminal.
    pub fn emit_to_stderr(&self, sources: &Sources) {
        use term::termcolor::{ColorChoice, StandardStream};
        let choice = if std::io::IsTerminal::is_terminal(&std::io::stderr()) {
            ColorChoice::Auto
        } else {
            ColorChoice::Never
        };
        let stream = StandardStream::stderr(choice);
        let colour = term::termcolor::WriteColor::supports_color(&stream);
        let mut lock = stream.lock();
        self.render(sources, |files, diagnostic| {
            let mut buffer = if colour {
                term::termcolor::Buffer::ansi()
            } else {
                term::termcolor::Buffer::no_color()
            };
            if term::emit_to_write_style(&mut buffer, &Config::default(), files, diagnostic).is_ok()
            {
                let text = String::from_utf8_lossy(buffer.as_slice()).into_owned();
                let _ = std::io::Write::write_all(
                    &mut lock,
                    in_words(text, diagnostic.severity).as_bytes(),
                );
            }
        });
    }

    fn render(&self, sources: &Sources, mut emit: impl FnMut(&Quote, &Rendered<()>)) {
        // Only the files with a diagnostic are read again to be quoted.
        let quoted: std::collections::HashSet<FileId> =
            self.diagnostics.iter().map(|d| d.file).collect();
        // Control characters (a terminal's escape codes among them) are
        // never written raw: the quoted lines get a `?` per byte, so the
        // marks stay under the right spot, and the words name them.
        let texts: Vec<std::borrow::Cow<str>> = sources
            .files
            .iter()
            .enumerate()
            .map(|(i, f)| {
                let text = quoted.contains(&FileId(i)).then(|| f.text()).flatten();
                same_length_printable(text.unwrap_or(""))
            })
            .collect();
        let files: Vec<SimpleFile<String, &str>> = sources
            .files
            .iter()
            .zip(&texts)
            .map(|(f, text)| SimpleFile::new(visible(&f.path.display().to_string()), text.as_ref()))
            .collect();
        for d in &self.diagnostics {
            let file = &files[d.file.0];
            let severity = match d.severity {
                Severity::Error => RenderedSeverity::Error,
                Severity::Warning => RenderedSeverity::Warning,
            };
            let mut notes = Vec::new();
            let mut labels = Vec::new();
            let quote = if d.pos.is_known() {
                let (quote, range) = Quote::at(file, d.pos);
                labels.push(Label::primary((), range).with_message(visible(&d.label)));
                quote
            } else {
                let path = visible(&sources.get(d.file).path.display().to_string());
                notes.push(crate::tr!("in-file", path = path));
                Quote::File(file)
            };
            notes.extend(
                d.help
                    .iter()
                    .map(|h| crate::tr!("help-prefix", text = visible(h))),
            );
            let rendered = Rendered::new(severity)
                .with_message(visible(&d.message))
                .with_labels(labels)
                .with_notes(notes);
            emit(&quote, &rendered);
        }
    }
}

/// A rendered diagnostic with its severity in the user's language: the
/// layout library writes `error` and `warning` itself, as the first word.
fn in_words(text: String, severity: RenderedSeverity) -> String {
    let (word, ours) = match severity {
        RenderedSeverity::Error => ("error", crate::tr!("severity-error")),
        RenderedSeverity::Warning => ("warning", crate::tr!("severity-warning")),
        _ => return text,
    };
    match text.find(word) {
        Some(at) if word != ours => format!("{}{ours}{}", &text[..at], &text[at + word.len()..]),
        _ => text,
    }
}

/// A control character that a terminal may act on (line breaks and tabs
/// are text).
fn is_hidden_control(c: char) -> bool {
    c.is_control() && !matches!(c, '\n' | '\r' | '\t')
}

/// `text` with every control character written out, e.g. `\u{1b}` for the
/// escape that starts a terminal's control codes: safe to print.
pub fn visible(text: &str) -> String {
    if !text.chars().any(is_hidden_control) {
        return text.to_string();
    }
    text.chars()
        .map(|c| {
            if is_hidden_control(c) {
                format!("\\u{{{:x}}}", u32::from(c))
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// `text` with each control character replaced by as many `?` as it has
/// bytes, so byte offsets into it still hold.
fn same_length_printable(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(is_hidden_control) {
        return std::borrow::Cow::Borrowed(text);
    }
    text.chars()
        .map(|c| {
            if is_hidden_control(c) {
                "?".repeat(c.len_utf8())
            } else {
                c.to_string()
            }
        })
        .collect::<String>()
        .into()
}
