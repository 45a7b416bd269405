//! What the citizen pages add to the facts of a package: the answers to what
//! citizens ask, the principles and dogmas shown where they happen, the
//! support that runs alongside, and each criterion once with its target per
//! step (a criterion × step table, stacked on phones by the stylesheet).

use super::RenderError;
use super::localizer::{Localized, Localizer};
use super::module_view::{level_dots, target_text};
use super::sources::{CitationView, cite};
use crate::model::{Place, Provenance, Tool};
use crate::site::PackageRef;
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Serialize)]
pub(super) struct PointView {
    text: Localized,
    /// Not said by the sources: the page marks it as an example.
    illustrative: bool,
}

#[derive(Serialize)]
pub(super) struct AnswerView {
    id: String,
    question: Localized,
    points: Vec<PointView>,
    /// Some point is an example: the answer says what that means.
    has_examples: bool,
    /// The documents the points come from, each once, in the order cited.
    sources: Vec<CitationView>,
}

/// The answers of concept.yaml, in their order.
pub(super) fn answers(ctx: &Localizer) -> Vec<AnswerView> {
    ctx.catalog
        .concept
        .answers
        .iter()
        .map(|a| {
            let mut documents: Vec<&str> = Vec::new();
            let mut sources = Vec::new();
            for point in &a.points {
                let Some(source) = point.source() else {
                    continue;
                };
                if documents.contains(&source.document.value.as_str()) {
                    continue;
                }
                documents.push(&source.document.value);
                sources.extend(cite(ctx, Some(source)));
            }
            AnswerView {
                id: a.id.value.clone(),
                has_examples: a.points.iter().any(|p| p.is_illustrative()),
                question: ctx.l(&a.question),
                points: a
                    .points
                    .iter()
                    .map(|p| PointView {
                        text: ctx.l(&p.text),
                        illustrative: p.is_illustrative(),
                    })
                    .collect(),
                sources,
            }
        })
        .collect()
}

/// A principle (with its motto) or a dogma (without), at its place.
#[derive(Serialize)]
pub(super) struct Placed {
    motto: Option<Localized>,
    text: Localized,
}

/// The principles and dogmas by the place the pages show them
/// (`jobs`, `pathway`, `first_step`, `fast_track`, `measurement`).
pub(super) fn placed(ctx: &Localizer) -> BTreeMap<&'static str, Vec<Placed>> {
    let concept = &ctx.catalog.concept;
    let mut at: BTreeMap<&'static str, Vec<Placed>> = BTreeMap::new();
    for p in &concept.principles {
        if let Some(place) = p.shown_at {
            at.entry(place_name(place)).or_default().push(Placed {
                motto: Some(ctx.l(&p.motto)),
                text: ctx.l(&p.text),
            });
        }
    }
    for d in &concept.dogmas {
        if let Some(place) = d.shown_at {
            at.entry(place_name(place)).or_default().push(Placed {
                motto: None,
                text: ctx.l(&d.text),
            });
        }
    }
    at
}

fn place_name(place: Place) -> &'static str {
    match place {
        Place::Jobs => "jobs",
        Place::Pathway => "pathway",
        Place::FirstStep => "first_step",
        Place::FastTrack => "fast_track",
        Place::Measurement => "measurement",
    }
}

#[derive(Serialize)]
pub(super) struct PrincipleView {
    name: Localized,
    motto: Localized,
    text: Localized,
}

/// Every principle with its motto and what it means, for the home page.
pub(super) fn principles(ctx: &Localizer) -> Vec<PrincipleView> {
    ctx.catalog
        .concept
        .principles
        .iter()
        .map(|p| PrincipleView {
            name: ctx.l(&p.name),
            motto: ctx.l(&p.motto),
            text: ctx.l(&p.text),
        })
        .collect()
}

/// The support that runs alongside the modules: (name, text).
pub(super) fn support(ctx: &Localizer) -> Vec<[Localized; 2]> {
    ctx.catalog
        .concept
        .support
        .iter()
        .map(|s| [ctx.l(&s.name), ctx.l(&s.text)])
        .collect()
}

/// The dogmas, for the home page.
pub(super) fn dogmas(ctx: &Localizer) -> Vec<Localized> {
    ctx.catalog
        .concept
        .dogmas
        .iter()
        .map(|d| ctx.l(&d.text))
        .collect()
}

#[derive(Serialize)]
struct StepHead {
    n: usize,
    name: Localized,
}

/// A criterion's target in one step; no target where the step does not measure it.
#[derive(Serialize)]
struct Cell {
    step: usize,
    target_text: Option<String>,
    /// Per level of the scale, whether the target reaches it.
    dots: Vec<bool>,
}

#[derive(Serialize)]
struct Row {
    text: Localized,
    /// One per measuring step, in pathway order.
    cells: Vec<Cell>,
}

/// The criteria of one measurement tool, each once, with its target per step.
#[derive(Serialize)]
pub(super) struct TargetTable {
    name: Localized,
    measures: Localized,
    steps: Vec<StepHead>,
    rows: Vec<Row>,
}

/// One table per measurement tool: the package's criteria of that tool in
/// the package's order, the steps that measure anything as columns.
pub(super) fn target_tables(
    ctx: &Localizer,
    refs: &PackageRef,
) -> Result<Vec<TargetTable>, RenderError> {
    let modules = refs.modules();
    let measuring: Vec<_> = modules.iter().filter(|m| !m.measured.is_empty()).collect();
    let steps = |ctx: &Localizer| {
        measuring
            .iter()
            .map(|m| StepHead {
                n: m.step,
                name: ctx.l(&m.kind.name),
            })
            .collect::<Vec<_>>()
    };
    let mut tables = Vec::new();
    for tool in Tool::ALL {
        let Some(info) = ctx
            .catalog
            .concept
            .tools
            .iter()
            .find(|t| t.tool.value == tool)
        else {
            continue;
        };
        let mut rows = Vec::new();
        for criterion in refs
            .package
            .criteria
            .iter()
            .filter(|c| c.tool.value == tool)
        {
            let cells = measuring
                .iter()
                .map(|m| {
                    let target = m
                        .measured
                        .iter()
                        .find(|x| x.criterion.id.value == criterion.id.value);
                    Ok(Cell {
                        step: m.step,
                        target_text: target.map(|x| target_text(ctx, x.target)).transpose()?,
                        dots: target
                            .map_or_else(Vec::new, |x| level_dots(ctx, x.target.level.value)),
                    })
                })
                .collect::<Result<Vec<_>, RenderError>>()?;
            if cells.iter().any(|c| c.target_text.is_some()) {
                rows.push(Row {
                    text: ctx.l(&criterion.text),
                    cells,
                });
            }
        }
        if !rows.is_empty() {
            tables.push(TargetTable {
                name: ctx.l(&info.name),
                measures: ctx.l(&info.measures),
                steps: steps(ctx),
                rows,
            });
        }
    }
    Ok(tables)
}
