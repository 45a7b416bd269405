//! `pathways new package <id>` and `pathways new course <id>`: a complete,
//! valid skeleton with every field, Danish placeholders marked `UDFYLD` and a
//! commented-out line per translation, so `check` passes at once and lists
//! what to fill in.

use crate::{CONTENT_ERROR, USAGE_ERROR};
use pathways::load::load;
use pathways::model::{Catalog, Tool};
use pathways::tr;
use pathways::validate::PLACEHOLDER;
use pathways::validate::theme::PLACEHOLDER_PICTOGRAM;
use std::fmt::Write;
use std::path::Path;

pub fn run(root: &Path, kind: &str, id: &str) -> u8 {
    let valid_id = id.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if !valid_id {
        eprintln!("{}", tr!("error-line", text = tr!("new-bad-id", id = id)));
        return USAGE_ERROR;
    }
    let loaded = match load(root) {
        Ok(loaded) => loaded,
        Err(error) => {
            eprintln!("{}", tr!("error-line", text = error.to_string()));
            return USAGE_ERROR;
        }
    };
    let Some(catalog) = loaded.valid_catalog() else {
        loaded.report.emit_to_stderr(&loaded.sources);
        eprintln!("{}", tr!("error-line", text = tr!("new-fix-first")));
        return CONTENT_ERROR;
    };
    let (folder, text) = match kind {
        "package" => ("packages", package(catalog)),
        "course" => ("courses", course(catalog)),
        _ => {
            eprintln!(
                "{}",
                tr!("error-line", text = tr!("new-bad-kind", kind = kind))
            );
            return USAGE_ERROR;
        }
    };
    let path = root.join("content").join(folder).join(format!("{id}.yaml"));
    if path.exists() {
        let path = path.display().to_string();
        eprintln!(
            "{}",
            tr!("error-line", text = tr!("new-exists", path = path))
        );
        return USAGE_ERROR;
    }
    let written = std::fs::create_dir_all(path.parent().unwrap_or(root))
        .and_then(|()| std::fs::write(&path, text));
    if let Err(error) = written {
        let text = tr!(
            "cannot-write",
            path = path.display().to_string(),
            error = error.to_string()
        );
        eprintln!("{}", tr!("error-line", text = text));
        return CONTENT_ERROR;
    }
    println!("{}", tr!("new-wrote", path = path.display().to_string()));
    0
}

/// `da: "UDFYLD: …"`, and a commented-out line for every other language:
/// an empty text is an error, a missing one is listed by `check`.
fn text(catalog: &Catalog, indent: usize, placeholder: &str) -> String {
    let pad = " ".repeat(indent);
    let mut out = String::new();
    for lang in catalog.language_codes() {
        if lang == catalog.site.default_language.value {
            let _ = writeln!(out, "{pad}{lang}: \"{PLACEHOLDER}: {placeholder}\"");
        } else {
            let _ = writeln!(out, "{pad}# {lang}: {}", tr!("new-translation-line"));
        }
    }
    out
}

fn package(catalog: &Catalog) -> String {
    let concept = &catalog.concept;
    let order = catalog
        .packages
        .values()
        .map(|p| p.order)
        .max()
        .unwrap_or(0)
        + 1;
    // The first group each tool's criteria belong in.
    let group = |tool: Tool| {
        concept
            .criterion_groups
            .iter()
            .find(|g| g.admits(tool))
            .map_or("", |g| g.id.value.as_str())
    };
    let mut y = format!(
        "# yaml-language-server: $schema=../../schemas/package.schema.json\n{}\n",
        tr!("new-package-head")
    );
    let _ = writeln!(y, "order: {order}");
    let _ = writeln!(
        y,
        "{}\npictogram: {PLACEHOLDER_PICTOGRAM}",
        tr!("new-pictogram-comment", stand_in = PLACEHOLDER_PICTOGRAM)
    );
    for (field, placeholder) in [
        ("name", "branchens navn"),
        ("summary", "pakken i en eller to korte sætninger"),
        ("audience", "hvem pakken er for"),
    ] {
        let _ = write!(y, "{field}:\n{}", text(catalog, 2, placeholder));
    }
    let _ = write!(
        y,
        "job_types:\n  - {}",
        text(catalog, 4, "et job, pakken fører til").trim_start()
    );
    y.push_str("jobs:\n  illustrative: true\n  counts:\n");
    for market in &concept.labour_markets.markets {
        let _ = writeln!(y, "    {}: 0", market.id.value);
    }
    y.push_str("pathway:\n  illustrative: true\n  modules:\n");
    let kinds = &concept.module_kinds;
    for (i, kind) in kinds.iter().enumerate() {
        let _ = writeln!(y, "    - kind: {}", kind.id.value);
        if i + 1 < kinds.len() {
            y.push_str("      weeks: 4\n      fast_track_weeks: 2\n");
        }
        let _ = write!(
            y,
            "      content:\n{}",
            text(catalog, 8, "hvad der sker i trinnet")
        );
        let _ = write!(
            y,
            "      employer_purpose:\n{}",
            text(
                catalog,
                8,
                "trinnet fortalt til virksomheden: I, jeres virksomhed"
            )
        );
        y.push_str("      courses: []\n");
        if i + 1 < kinds.len() {
            // Rising levels, each one the scale allows for the criterion's tool.
            let level = |tool: Tool| {
                let fits = || {
                    concept
                        .scale
                        .levels
                        .iter()
                        .filter(|l| l.admits(tool))
                        .map(|l| l.level.value)
                };
                fits()
                    .filter(|&l| l <= i as u8 + 1)
                    .max()
                    .or_else(|| fits().min())
                    .unwrap_or(1)
            };
            let _ = writeln!(
                y,
                "      criteria:\n        ny-sprog: {}\n        ny-faglig: {}",
                level(Tool::Progression),
                level(Tool::Qualification)
            );
        }
    }
    y.push_str("criteria:\n");
    for (id, tool, g, placeholder) in [
        (
            "ny-sprog",
            "progression",
            group(Tool::Progression),
            "en sproglig eller personlig kompetence",
        ),
        (
            "ny-faglig",
            "qualification",
            group(Tool::Qualification),
            "en faglig kompetence",
        ),
    ] {
        let _ = write!(
            y,
            "  - id: {id}\n    tool: {tool}\n    group: {g}\n    text:\n{}",
            text(catalog, 6, placeholder)
        );
    }
    y.push_str("training_companies: []\n");
    let _ = write!(
        y,
        "certificate:\n{}",
        text(catalog, 2, "det, borgeren får til sidst")
    );
    let _ = write!(
        y,
        "contact:\n  name:\n{}  illustrative: true\n",
        text(catalog, 4, "kontaktperson eller team")
    );
    let _ = writeln!(y, "{}", tr!("new-employer-comment"));
    y.push_str("employer:\n");
    for (field, placeholder) in [
        ("summary", "hvad virksomheden får, fortalt til virksomheden"),
        (
            "audience",
            "hvem praktikanterne er, fortalt til virksomheden",
        ),
        ("certificate", "hvad praktikanten får til sidst"),
    ] {
        let _ = write!(y, "  {field}:\n{}", text(catalog, 4, placeholder));
    }
    y
}

fn course(catalog: &Catalog) -> String {
    let mut y = format!(
        "# yaml-language-server: $schema=../../schemas/course.schema.json\n{}\n",
        tr!("new-course-head")
    );
    let _ = write!(y, "title:\n{}", text(catalog, 2, "kursets titel"));
    y.push_str("days: 1\n");
    let _ = write!(y, "provider:\n{}", text(catalog, 2, "hvem holder kurset"));
    y.push_str("interpreter: false\nlanguage_support: false\n");
    let _ = write!(
        y,
        "notes:\n{}",
        text(catalog, 2, "det, en deltager skal vide")
    );
    y.push_str("illustrative: true\n");
    y
}
