//! Rules for concept.yaml.

use super::Checker;
use crate::diagnostic::{Diagnostic, FileId};
use crate::located::Pos;
use crate::model::{Catalog, Tool};

pub fn check(check: &mut Checker, catalog: &Catalog, file: FileId) {
    let concept = &catalog.concept;
    let lists = [
        (
            "principle",
            concept.principles.iter().map(|p| &p.id).collect::<Vec<_>>(),
        ),
        ("dogma", concept.dogmas.iter().map(|d| &d.id).collect()),
        (
            "module kind",
            concept.module_kinds.iter().map(|k| &k.id).collect(),
        ),
        ("support", concept.support.iter().map(|s| &s.id).collect()),
        (
            "support scheme",
            concept.employer.schemes.iter().map(|s| &s.id).collect(),
        ),
        (
            "criterion group",
            concept.criterion_groups.iter().map(|g| &g.id).collect(),
        ),
        (
            "labour market",
            concept
                .labour_markets
                .markets
                .iter()
                .map(|m| &m.id)
                .collect(),
        ),
    ];
    for (what, ids) in lists {
        for id in &ids {
            check.slug(file, id, what);
        }
        check.unique(file, ids, what);
    }
    if concept.module_kinds.is_empty() {
        check.push(
            Diagnostic::error(file, Pos::start(), "no module kinds are defined")
                .help("list the steps of the pathway under `module_kinds:`, e.g. afdaekning, virksomhedsmodul-1 …"),
        );
    }

    for tool in Tool::ALL {
        let described = concept
            .tools
            .iter()
            .filter(|t| t.tool.value == tool)
            .count();
        if described != 1 {
            let pos = concept
                .tools
                .iter()
                .find(|t| t.tool.value == tool)
                .map_or(Pos::start(), |t| t.tool.pos);
            check.push(
                Diagnostic::error(file, pos, format!("the tool `{}` is described {described} times", tool.as_str()))
                    .help("describe each of the two tools, `progression` and `qualification`, once under `tools:`"),
            );
        }
    }

    let levels = &concept.scale.levels;
    if levels.len() < 2 {
        check.push(
            Diagnostic::error(
                file,
                levels.first().map_or(Pos::start(), |l| l.level.pos),
                "the scale needs at least two levels",
            )
            .help("list the levels under `scale: levels:`, numbered 1, 2, 3 …"),
        );
    }
    for (index, level) in levels.iter().enumerate() {
        let expected = index + 1;
        if usize::from(level.level.value) != expected {
            check.push(
                Diagnostic::error(
                    file,
                    level.level.pos,
                    format!("level {} is listed as number {expected}", level.level.value),
                )
                .label(format!("expected {expected}"))
                .help("number the levels 1, 2, 3 … from the lowest, in order, without gaps"),
            );
        }
    }

    let markets = &concept.labour_markets;
    let sum: u64 = markets
        .markets
        .iter()
        .map(|m| u64::from(m.jobs.value))
        .sum();
    if sum != u64::from(markets.total_jobs.value) {
        check.push(
            Diagnostic::error(
                file,
                markets.total_jobs.pos,
                format!("the markets add up to {sum} jobs, but total_jobs says {}", markets.total_jobs.value),
            )
            .label("does not match the sum")
            .help("the bands are separate, not cumulative: check each `jobs:` figure against the source"),
        );
    }
    check.provenance(
        file,
        markets,
        markets.total_jobs.pos,
        "labour market figures",
    );
}
