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
    #[error("{}", tr!("render-template", template = template.as_str(), page = page.as_str(), message = message.as_str()))]
    Template {
        template: String,
        page: String,
        message: String,
    },
    /// Typst could not lay out or write a document.
    #[error("{}", tr!("render-print", document = document.as_str(), message = message.as_str()))]
    Print { document: String, message: String },
    /// The data of a document or a QR code could not be made.
    #[error("{0}")]
    Data(String),
    /// Printing was asked to stop (the content changed again under `serve`).
    #[error("{}", tr!("render-stopped"))]
    Stopped,
    /// A file could not be handed on or written.
    #[error(transparent)]
    Write(#[from] WriteError),
}
