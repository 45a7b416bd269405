//! The view of one module of a package: its steps, durations, courses and
//! the criteria measured in it with their target levels. Shared by the
//! package and employer pages and by the printed documents.

use super::ctx::{Ctx, L};
use crate::model::{Module, Package, Tool};
use crate::routes::Route;
use fluent_bundle::FluentValue;
use serde::Serialize;

pub(super) fn total_weeks(package: &Package) -> (u32, u32) {
    let modules = &package.pathway.modules;
    let weeks = modules
        .iter()
        .filter_map(|m| m.weeks.as_ref())
        .map(|w| u32::from(w.value))
        .sum();
    let fast = modules
        .iter()
        .filter_map(|m| m.fast_track_weeks.as_ref().or(m.weeks.as_ref()))
        .map(|w| u32::from(w.value))
        .sum();
    (weeks, fast)
}

pub(super) fn weeks(ctx: &Ctx, n: u32) -> Result<String, String> {
    ctx.msg("weeks", &[("n", FluentValue::from(n))])
}

#[derive(Serialize)]
pub(super) struct CourseLink {
    pub(super) title: L,
    pub(super) href: String,
    pub(super) amu_number: Option<String>,
    pub(super) days: String,
}

pub(super) fn course_link(ctx: &Ctx, id: &str) -> Result<Option<CourseLink>, String> {
    let Some(course) = ctx.catalog.courses.get(id) else {
        return Ok(None);
    };
    Ok(Some(CourseLink {
        title: ctx.l(&course.title),
        href: ctx.href(Route::Course(id)),
        amu_number: course.amu_number.as_ref().map(|n| n.value.clone()),
        days: ctx.msg("days", &[("n", FluentValue::from(course.days.value))])?,
    }))
}

#[derive(Serialize)]
pub(super) struct LevelMark {
    pub(super) n: u8,
    pub(super) label: L,
    pub(super) reached: bool,
}

#[derive(Serialize)]
pub(super) struct CriterionView {
    pub(super) text: L,
    pub(super) group: L,
    pub(super) target: u8,
    pub(super) target_text: String,
    pub(super) levels: Vec<LevelMark>,
}

#[derive(Serialize)]
pub(super) struct ToolView {
    pub(super) name: L,
    pub(super) measures: L,
    pub(super) criteria: Vec<CriterionView>,
}

#[derive(Serialize)]
pub(super) struct ModuleView {
    pub(super) step: usize,
    pub(super) name: L,
    pub(super) purpose: L,
    pub(super) content: L,
    pub(super) weeks: Option<String>,
    pub(super) fast: Option<String>,
    pub(super) gate: bool,
    pub(super) at_company: bool,
    pub(super) courses: Vec<CourseLink>,
    pub(super) tools: Vec<ToolView>,
}

pub(super) fn module_view(
    ctx: &Ctx,
    package: &Package,
    step: usize,
    module: &Module,
) -> Result<ModuleView, String> {
    let concept = &ctx.catalog.concept;
    let kind = concept.module_kind(&module.kind.value);
    let scale_size = concept.scale.levels.len();
    let mut tools = Vec::new();
    for tool in Tool::ALL {
        let mut criteria = Vec::new();
        for (id, target) in &module.criteria {
            let Some(criterion) = package.criterion(id) else {
                continue;
            };
            if criterion.tool.value != tool {
                continue;
            }
            let group = concept
                .criterion_groups
                .iter()
                .find(|g| g.id.value == criterion.group.value);
            let level = concept.level(target.value);
            criteria.push(CriterionView {
                text: ctx.l(&criterion.text),
                group: group.map_or(
                    L {
                        text: criterion.group.value.clone(),
                        lang: None,
                    },
                    |g| ctx.l(&g.name),
                ),
                target: target.value,
                target_text: ctx.msg(
                    "target-level",
                    &[
                        ("level", FluentValue::from(target.value)),
                        ("of", FluentValue::from(scale_size)),
                        (
                            "label",
                            FluentValue::from(
                                level.map(|l| ctx.l(&l.label).text).unwrap_or_default(),
                            ),
                        ),
                    ],
                )?,
                levels: concept
                    .scale
                    .levels
                    .iter()
                    .map(|l| LevelMark {
                        n: l.level.value,
                        label: ctx.l(&l.label),
                        reached: l.level.value <= target.value,
                    })
                    .collect(),
            });
        }
        if criteria.is_empty() {
            continue;
        }
        let info = concept.tools.iter().find(|t| t.tool.value == tool);
        tools.push(ToolView {
            name: info.map_or(
                L {
                    text: tool.as_str().into(),
                    lang: None,
                },
                |t| ctx.l(&t.name),
            ),
            measures: info.map_or(
                L {
                    text: String::new(),
                    lang: None,
                },
                |t| ctx.l(&t.measures),
            ),
            criteria,
        });
    }
    Ok(ModuleView {
        step,
        name: kind.map_or(
            L {
                text: module.kind.value.clone(),
                lang: None,
            },
            |k| ctx.l(&k.name),
        ),
        purpose: kind.map_or(
            L {
                text: String::new(),
                lang: None,
            },
            |k| ctx.l(&k.purpose),
        ),
        content: ctx.l(&module.content),
        weeks: module
            .weeks
            .as_ref()
            .map(|w| weeks(ctx, u32::from(w.value)))
            .transpose()?,
        fast: module
            .fast_track_weeks
            .as_ref()
            .map(|w| weeks(ctx, u32::from(w.value)))
            .transpose()?,
        gate: kind.is_some_and(|k| k.gate),
        at_company: kind.is_some_and(|k| k.at_company),
        courses: module
            .courses
            .iter()
            .filter_map(|c| course_link(ctx, &c.value).transpose())
            .collect::<Result<_, _>>()?,
        tools,
    })
}
