//! Rules for concept.yaml.

use super::Checker;
use crate::diagnostic::{Diagnostic, FileId};
use crate::located::Pos;
use crate::model::{Catalog, Tool};

pub fn check(check: &mut Checker, catalog: &Catalog, file: FileId) {
    let concept = &catalog.concept;
    let lists = [
        (
            tr!("thing-answer"),
            concept.answers.iter().map(|a| &a.id).collect::<Vec<_>>(),
        ),
        (
            tr!("thing-principle"),
            concept.principles.iter().map(|p| &p.id).collect(),
        ),
        (
            tr!("thing-dogma"),
            concept.dogmas.iter().map(|d| &d.id).collect(),
        ),
        (
            tr!("thing-module-kind"),
            concept.module_kinds.iter().map(|k| &k.id).collect(),
        ),
        (
            tr!("thing-support"),
            concept.support.iter().map(|s| &s.id).collect(),
        ),
        (
            tr!("thing-support-scheme"),
            concept.employer.schemes.iter().map(|s| &s.id).collect(),
        ),
        (
            tr!("thing-criterion-group"),
            concept.criterion_groups.iter().map(|g| &g.id).collect(),
        ),
        (
            tr!("thing-employer-fact"),
            concept.employer.facts.iter().map(|f| &f.id).collect(),
        ),
        (
            tr!("thing-labour-market"),
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
            check.slug(file, id, &what);
        }
        check.unique(file, ids, &what);
    }
    for answer in &concept.answers {
        if answer.points.is_empty() {
            check.push(
                Diagnostic::error(
                    file,
                    answer.id.pos,
                    tr!("answer-no-points", id = answer.id.value.as_str()),
                )
                .help(tr!("answer-no-points.help")),
            );
        }
        for point in &answer.points {
            check.provenance(
                file,
                point,
                point.text.pos(),
                &tr!("thing-answer-point", id = answer.id.value.as_str()),
            );
        }
    }
    if concept.module_kinds.is_empty() {
        check.push(
            Diagnostic::error(file, Pos::start(), tr!("no-module-kinds"))
                .help(tr!("no-module-kinds.help")),
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
                Diagnostic::error(
                    file,
                    pos,
                    tr!("tool-described", tool = tool.as_str(), count = described),
                )
                .help(tr!("tool-described.help")),
            );
        }
    }

    let levels = &concept.scale.levels;
    if levels.len() < 2 {
        check.push(
            Diagnostic::error(
                file,
                levels.first().map_or(Pos::start(), |l| l.level.pos),
                tr!("scale-too-short"),
            )
            .help(tr!("scale-too-short.help")),
        );
    }
    for (index, level) in levels.iter().enumerate() {
        let expected = index + 1;
        if usize::from(level.level.value) != expected {
            check.push(
                Diagnostic::error(
                    file,
                    level.level.pos,
                    tr!(
                        "level-number",
                        level = level.level.value,
                        expected = expected
                    ),
                )
                .label(tr!("level-number.label", expected = expected))
                .help(tr!("level-number.help")),
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
                tr!("markets-sum", sum = sum, total = markets.total_jobs.value),
            )
            .label(tr!("markets-sum.label"))
            .help(tr!("markets-sum.help")),
        );
    }
    check.provenance(
        file,
        markets,
        markets.total_jobs.pos,
        &tr!("thing-labour-market-figures"),
    );
    let described = &concept.employer.level_descriptions;
    if !described.is_empty() && described.len() != levels.len() {
        check.push(
            Diagnostic::error(
                file,
                described[0].pos(),
                tr!(
                    "employer-levels-count",
                    count = described.len(),
                    levels = levels.len()
                ),
            )
            .label(tr!("employer-levels-count.label"))
            .help(tr!("employer-levels-count.help", levels = levels.len())),
        );
    }
    for fact in &concept.employer.facts {
        check.provenance(
            file,
            fact,
            fact.id.pos,
            &tr!("thing-employer-fact-named", id = fact.id.value.as_str()),
        );
    }
}
