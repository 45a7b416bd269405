//! A synthetic national catalogue, for measuring pathways at the scale of
//! every municipality in Denmark (98 municipalities with about 10 packages
//! each). It writes ordinary content files, so the real loader, validator and
//! renderer are what is measured.
//!
//! The texts are the example site's own, in Danish, Arabic and English, so
//! they have realistic lengths and scripts: package `i` is built from example
//! package `i mod 6`, numbered, with 5 modules, 20 criteria (its own plus
//! criteria of other branches) and 6 courses from a shared pool. Every value
//! is marked illustrative. [`hugo`] writes the same catalogue as a Hugo site;
//! [`hostile`] gives its texts script payloads and very long words.

pub mod hostile;
mod hugo;

pub use hugo::hugo;

use crate::located::Located;
use crate::model::{Catalog, Course, Criterion, Package, Text};
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::Path;

/// Criteria per package, and courses per package.
pub const CRITERIA: usize = 20;
pub const COURSES: usize = 6;

/// A number in each language, added to names so generated pages differ.
fn numbered(text: &Text, n: usize) -> Text {
    let labels: Vec<(&str, String)> = text
        .entries()
        .map(|(lang, value)| {
            let label = match lang {
                "da" => format!("{} – område {n}", value.value),
                "ar" => format!("{} – المنطقة {n}", value.value),
                _ => format!("{} – area {n}", value.value),
            };
            (lang, label)
        })
        .collect();
    Text::from_pairs(labels.iter().map(|(lang, label)| (*lang, label.as_str())))
}

/// Makes a catalogue of `packages` packages from the packages and courses of
/// `example` (a valid catalogue). The result is in memory; [`write`] writes it.
pub fn catalog(example: &Catalog, packages: usize) -> Result<Catalog, String> {
    let bases: Vec<(&str, &Package)> = example.packages_in_order();
    let course_bases: Vec<(&String, &Course)> = example.courses.iter().collect();
    if bases.is_empty() || course_bases.is_empty() {
        return Err("the example site needs at least one package and one course".into());
    }
    let mut pool: Vec<&Criterion> = Vec::new();
    for (_, package) in &bases {
        for criterion in &package.criteria {
            if !pool.iter().any(|c| c.id.value == criterion.id.value) {
                pool.push(criterion);
            }
        }
    }

    let course_count = packages.max(COURSES);
    let mut courses = BTreeMap::new();
    let mut course_ids = Vec::with_capacity(course_count);
    for c in 0..course_count {
        let (base_id, base) = course_bases[c % course_bases.len()];
        let id = format!("{base_id}-{:04}", c + 1);
        let mut course = base.clone();
        course.title = numbered(&base.title, c + 1);
        course.amu_number = None;
        course.source = None;
        course.illustrative = Some(Located::unknown(crate::model::Illustrative::All(true)));
        course_ids.push(id.clone());
        courses.insert(id, course);
    }

    let mut catalog = example.clone();
    catalog.urls = None;
    catalog.packages = BTreeMap::new();
    catalog.courses = courses;
    for i in 0..packages {
        let (base_id, base) = bases[i % bases.len()];
        let mut package = base.clone();
        package.order = u32::try_from(i + 1).unwrap_or(u32::MAX);
        package.name = numbered(&base.name, i / bases.len() + 1);
        fill_criteria(&mut package, &pool);
        let modules = &mut package.pathway.value.modules;
        for module in modules.iter_mut() {
            module.courses.clear();
        }
        for k in 0..COURSES {
            let course = &course_ids[(i + k) % course_count];
            if let Some(module) = modules.get_mut(1 + k / 3) {
                module.courses.push(Located::unknown(course.clone()));
            }
        }
        catalog
            .packages
            .insert(format!("{base_id}-{:04}", i + 1), package);
    }

    let markets = &mut catalog.concept.labour_markets;
    let mut total = 0;
    for market in &mut markets.markets {
        let jobs: u32 = catalog
            .packages
            .values()
            .filter_map(|p| p.jobs.value.counts.get(&market.id.value))
            .map(|c| c.value)
            .sum();
        market.jobs = Located::unknown(jobs);
        total += jobs;
    }
    markets.total_jobs = Located::unknown(total);
    markets.source = None;
    markets.illustrative = Some(Located::unknown(crate::model::Illustrative::All(true)));
    // The catalogue has no register of sources: its facts for companies are examples too.
    for fact in &mut catalog.concept.employer.facts {
        fact.source = None;
        fact.illustrative = Some(Located::unknown(crate::model::Illustrative::All(true)));
    }
    // Like the markets, the answers of an invented catalogue cite no document.
    for answer in &mut catalog.concept.answers {
        for point in &mut answer.points {
            point.source = None;
            point.illustrative = Some(Located::unknown(crate::model::Illustrative::All(true)));
        }
    }
    catalog.site.base_url = Located::unknown("https://national.example.org/branchepakker/".into());
    Ok(catalog)
}

/// Tops the package's criteria up to [`CRITERIA`] with criteria of other
/// branches, measured in the second to fourth module at rising levels.
fn fill_criteria(package: &mut Package, pool: &[&Criterion]) {
    let extra: Vec<Criterion> = pool
        .iter()
        .filter(|c| package.criterion(&c.id.value).is_none())
        .take(CRITERIA.saturating_sub(package.criteria.len()))
        .map(|c| (*c).clone())
        .collect();
    for criterion in extra {
        for (level, module) in package
            .pathway
            .value
            .modules
            .iter_mut()
            .skip(1)
            .take(3)
            .enumerate()
        {
            let level = u8::try_from(level + 1).unwrap_or(1);
            module
                .criteria
                .insert(criterion.id.value.clone(), Located::unknown(level));
        }
        package.criteria.push(criterion);
    }
}

fn yaml<T: Serialize>(schema: &str, comment: &str, value: &T) -> Result<String, String> {
    let body = serde_saphyr::to_string(value).map_err(|e| format!("cannot write YAML: {e}"))?;
    Ok(format!(
        "# yaml-language-server: $schema={schema}\n# {comment}\n{body}"
    ))
}

/// Writes `catalog` as the content of a site in `root` (which must not have
/// a content folder yet). Free pages are copied from `example_root`.
pub fn write(catalog: &Catalog, example_root: &Path, root: &Path) -> Result<(), String> {
    let content = root.join("content");
    if content.exists() {
        return Err(format!(
            "{} exists; give an empty or new folder",
            content.display()
        ));
    }
    let note = "Synthetic catalogue made by `pathways synthetic` for benchmarks; every value is illustrative.";
    let mut files = vec![
        (
            "site.yaml".to_string(),
            yaml("../schemas/site.schema.json", note, &catalog.site)?,
        ),
        (
            "concept.yaml".to_string(),
            yaml("../schemas/concept.schema.json", note, &catalog.concept)?,
        ),
    ];
    for (id, course) in &catalog.courses {
        files.push((
            format!("courses/{id}.yaml"),
            yaml("../../schemas/course.schema.json", note, course)?,
        ));
    }
    for (id, package) in &catalog.packages {
        files.push((
            format!("packages/{id}.yaml"),
            yaml("../../schemas/package.schema.json", note, package)?,
        ));
    }
    let pages = example_root.join("content/pages");
    if let Ok(entries) = std::fs::read_dir(&pages) {
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let text = std::fs::read_to_string(entry.path())
                .map_err(|e| format!("cannot read {}: {e}", entry.path().display()))?;
            files.push((format!("pages/{name}"), text));
        }
    }
    for (path, text) in files {
        let path = content.join(path);
        std::fs::create_dir_all(path.parent().unwrap_or(&content))
            .and_then(|()| std::fs::write(&path, text))
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    Ok(())
}
