//! `pathways schema`: JSON Schemas of the content files for editors.

use crate::{CONTENT_ERROR, USAGE_ERROR};
use pathways::schema::{KINDS, schema};
use std::path::Path;

pub fn run(kind: Option<&str>, out: Option<&Path>) -> u8 {
    match (kind, out) {
        (Some(kind), None) => match schema(kind) {
            Some(json) => {
                print!("{json}");
                0
            }
            None => usage(&format!("there is no kind of content file called `{kind}`")),
        },
        (None, Some(dir)) => {
            if let Err(error) = std::fs::create_dir_all(dir) {
                eprintln!("error: cannot create {}: {error}", dir.display());
                return CONTENT_ERROR;
            }
            for (kind, _) in KINDS {
                let path = dir.join(format!("{kind}.schema.json"));
                let json = schema(kind).unwrap_or_default();
                if let Err(error) = std::fs::write(&path, json) {
                    eprintln!("error: cannot write {}: {error}", path.display());
                    return CONTENT_ERROR;
                }
                println!("wrote {}", path.display());
            }
            0
        }
        _ => usage("give one kind to print its schema, or --out DIR to write all of them"),
    }
}

fn usage(problem: &str) -> u8 {
    eprintln!("error: {problem}");
    eprintln!("kinds:");
    for (kind, file) in KINDS {
        eprintln!("  {kind:<8} {file}");
    }
    eprintln!("example: pathways schema package > package.schema.json");
    USAGE_ERROR
}
