//! pathways: a static site generator for employment pathways (branch packages).
//!
//! Data flows one way: `content/` → [`load`] (parse and [`validate`]) → a typed
//! [`model::Catalog`] → [`build`] renders outputs → written atomically.

pub mod build;
pub mod diagnostic;
pub mod i18n;
pub mod load;
pub mod located;
pub mod markdown;
pub mod model;
pub mod routes;
pub mod schema;
pub mod serve;
pub mod signals;
pub mod suggest;
pub mod synthetic;
pub mod validate;
