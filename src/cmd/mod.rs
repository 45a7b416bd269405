//! One file per subcommand: each loads, calls the library and reports.

pub mod build;
pub mod check;
pub mod init;
pub mod new;
pub mod schema;
pub mod serve;
#[cfg(feature = "synthetic")]
pub mod synthetic;
pub mod translate;
