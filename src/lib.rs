//! pathways: a static site generator for employment pathways (branch packages).
//!
//! Data flows one way: `content/` → [`site::Site::open`] (the [`load`]er,
//! [`validate`], the [`theme`] and the interface messages of [`i18n`]) → a
//! validated site with its references resolved → [`render`] makes every
//! page, PDF and data file → [`output`] writes them atomically. [`build`] is
//! that pipeline; [`serve`] runs the same render into memory.
#![forbid(unsafe_code)]

#[macro_use]
pub mod messages;
pub mod build;
pub mod diagnostic;
pub mod i18n;
pub mod load;
pub mod located;
pub mod markdown;
pub mod model;
pub mod output;
pub mod render;
pub mod routes;
pub mod schema;
pub mod serve;
pub mod signals;
pub mod site;
pub mod suggest;
#[cfg(feature = "synthetic")]
pub mod synthetic;
pub mod theme;
pub mod translate;
pub mod validate;
