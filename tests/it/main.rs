//! The integration tests, in one binary so that Typst is linked once (as
//! mdBook does). Each module tells one part of the user's story; `common`
//! holds the helpers: a copy of a site to break on purpose, the CLI, poppler.
#![allow(dead_code)]

mod agreement;
mod cli;
mod common;
mod companies;
mod faults;
#[cfg(feature = "synthetic")]
mod hostile;
mod incremental;
mod language;
mod order;
mod pdf_tags;
mod print;
mod publish;
#[cfg(feature = "synthetic")]
mod scale;
mod serve;
mod serve_abuse;
mod site;
mod sources;
mod terms;
mod translate;
mod validation;
