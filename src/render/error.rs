//! Why a render stopped. After a clean `check` only the machine can make a
//! render fail (a full disk, a signal), or a change in the theme that the
//! check did not see yet; each case is its own variant, so callers match on
//! it instead of on message text.

use crate::output::WriteError;

#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    /// An interface message could not be made (Fluent).
    #[error("{0}")]
    Message(String),
    /// A page template failed while it was filled in.
    #[error("the template {template} failed for {page}: {message}")]
    Template {
        template: String,
        page: String,
        message: String,
    },
    /// Typst could not lay out or write a document.
    #[error("cannot print {document}:\n{message}")]
    Print { document: String, message: String },
    /// The data of a document or a QR code could not be made.
    #[error("{0}")]
    Data(String),
    /// Printing was asked to stop (the content changed again under `serve`).
    #[error("printing was stopped because the content changed again")]
    Stopped,
    /// A file could not be handed on or written.
    #[error(transparent)]
    Write(#[from] WriteError),
}
