//! `pathways translate export|import|accept`: the work is in `pathways::translate`.

use crate::{CONTENT_ERROR, USAGE_ERROR};
use pathways::tr;
use pathways::translate::{self, Accept, Failure, Only};
use std::path::{Path, PathBuf};
use std::time::Instant;

fn ms(started: Instant) -> String {
    format!("{:.0}", started.elapsed().as_secs_f64() * 1000.0)
}

fn failed(failure: Failure) -> u8 {
    match failure {
        Failure::Usage(text) => {
            eprintln!("{}", tr!("error-line", text = text));
            USAGE_ERROR
        }
        Failure::Refused(lines) => {
            for line in &lines {
                eprintln!("{}", tr!("error-line", text = line.as_str()));
            }
            eprintln!("{}", tr!("translate-nothing-written", count = lines.len()));
            CONTENT_ERROR
        }
    }
}

pub fn export(root: &Path, lang: &str, only: &str, out: &Path) -> u8 {
    let started = Instant::now();
    let only = match only {
        "missing" => Only::Missing,
        "stale" => Only::Stale,
        _ => Only::All,
    };
    let exported = match translate::export(root, lang, only) {
        Ok(exported) => exported,
        Err(failure) => return failed(failure),
    };
    if let Err(error) =
        translate::patch::write_all(Path::new(""), &[(out.to_path_buf(), exported.xliff)])
    {
        return failed(Failure::Refused(vec![error]));
    }
    println!(
        "{}",
        tr!(
            "translate-exported",
            units = exported.units,
            new = exported.new,
            stale = exported.stale,
            lang = lang,
            file = out.display().to_string(),
            ms = ms(started)
        )
    );
    0
}

pub fn import(root: &Path, file: &Path) -> u8 {
    let started = Instant::now();
    let text = match std::fs::read_to_string(file) {
        Ok(text) => text,
        Err(error) => {
            let text = tr!(
                "translate-file-unreadable",
                file = file.display().to_string(),
                error = error.to_string()
            );
            return failed(Failure::Usage(text));
        }
    };
    let shown = file.display().to_string();
    match translate::import(root, &text, &shown) {
        Ok(imported) => {
            println!(
                "{}",
                tr!(
                    "translate-imported",
                    lang = imported.lang.as_str(),
                    changed = imported.changed,
                    unchanged = imported.unchanged,
                    skipped = imported.skipped,
                    files = imported.files.len(),
                    ms = ms(started)
                )
            );
            for path in &imported.files {
                println!("  {}", path.display());
            }
            if imported.new_language {
                println!(
                    "{}",
                    tr!("translate-new-language", lang = imported.lang.as_str())
                );
            }
            0
        }
        Err(failure) => failed(failure),
    }
}

pub fn accept(root: &Path, place: Option<&str>, all: bool, langs: &[String]) -> u8 {
    let what = match (place, all) {
        (None, true) => Accept::All,
        (Some(place), false) => {
            match place.rsplit_once(':').map(|(f, l)| (f, l.parse::<usize>())) {
                Some((file, Ok(line))) => Accept::At(PathBuf::from(file), line),
                _ => return failed(Failure::Usage(tr!("translate-accept-place", place = place))),
            }
        }
        _ => {
            return failed(Failure::Usage(tr!(
                "translate-accept-place",
                place = place.unwrap_or("")
            )));
        }
    };
    match translate::accept(root, &what, langs) {
        Ok(count) => {
            println!("{}", tr!("translate-accepted", count = count));
            0
        }
        Err(failure) => failed(failure),
    }
}
