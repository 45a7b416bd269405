//! Where rendered files go: the sinks a render hands its files to (memory
//! for the preview server and tests, the staging folder for a build), and
//! the staging folder that replaces the output folder atomically. The only
//! part of pathways that writes the site to disk.

mod sink;
mod staging;

pub use sink::{Collect, Progress, Sink, Writer};
pub use staging::{MARKER, OutputFile, Staging, WriteError, recover, write_atomically};
