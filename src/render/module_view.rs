//! The view of one module of a package: its steps, durations, courses and
//! the criteria measured in it with their target levels, in the order the
//! module lists them. Shared by the package and employer pages, the pathway
//! diagram and the printed documents.

use super::RenderError;
use super::localizer::{Localized, Localizer};
use crate::model::{Course, Level, Package, Provenance, Tool};
use crate::routes::Route;
use crate::site::{CourseRef, ModuleRef};
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

pub(super) fn weeks(ctx: &Localizer, n: u32) -> Result<String, RenderError> {
    ctx.msg("weeks", &[("n", FluentValue::from(n))])
}

#[derive(Serialize)]
pub(super) struct CourseLink {
    pub(super) title: Localized,
    pub(super) href: String,
    pub(super) amu_number: Option<String>,
    pub(super) days: String,
    /// The course is an invented example (`illustrative: true`, or its
    /// title is): lists mark it.
    pub(super) illustrative: bool,
    /// Its days are an invented example (the whole course, or `days`).
    pub(super) days_invented: bool,
}

pub(super) fn course_link(
    ctx: &Localizer,
    id: &str,
    course: &Course,
) -> Result<CourseLink, RenderError> {
    Ok(CourseLink {
        title: ctx.l(&course.title),
        href: ctx.href(Route::Course(id)),
        amu_number: course.amu_number.as_ref().map(|n| n.value.clone()),
        days: ctx.msg("days", &[("n", FluentValue::from(course.days.value))])?,
        illustrative: course.is_wholly_illustrative()
            || course.illustrative_fields().iter().any(|f| f == "title"),
        days_invented: course.is_wholly_illustrative()
            || course.illustrative_fields().iter().any(|f| f == "days"),
    })
}

pub(super) fn course_links(
    ctx: &Localizer,
    courses: &[CourseRef],
) -> Result<Vec<CourseLink>, RenderError> {
    courses
        .iter()
        .map(|c| course_link(ctx, c.id, c.course))
        .collect()
}

#[derive(Serialize)]
pub(super) struct CriterionView {
    pub(super) text: Localized,
    pub(super) target: u8,
    pub(super) target_text: String,
    /// The levels the criterion can be rated at (the scale may keep a
    /// level off the soft criteria of the progression tool), for the form.
    #[serde(skip)]
    pub(super) rated: Vec<u8>,
}

#[derive(Serialize)]
pub(super) struct ToolView {
    pub(super) name: Localized,
    pub(super) measures: Localized,
    pub(super) criteria: Vec<CriterionView>,
}

#[derive(Serialize)]
pub(super) struct ModuleView {
    pub(super) step: usize,
    pub(super) name: Localized,
    pub(super) purpose: Localized,
    pub(super) content: Localized,
    /// What happens in the module, told to the company.
    pub(super) employer_purpose: Localized,
    pub(super) weeks: Option<String>,
    pub(super) fast: Option<String>,
    pub(super) gate: bool,
    pub(super) at_company: bool,
    pub(super) courses: Vec<CourseLink>,
    pub(super) tools: Vec<ToolView>,
}

/// Per level of the scale, whether `target` reaches it: the dots of a
/// target (the labels are in the scale's key).
pub(super) fn level_dots(ctx: &Localizer, target: u8) -> Vec<bool> {
    let levels = &ctx.catalog.concept.scale.levels;
    levels.iter().map(|l| l.level.value <= target).collect()
}

pub(super) fn target_text(ctx: &Localizer, target: &Level) -> Result<String, RenderError> {
    ctx.msg(
        "target-level",
        &[
            ("level", FluentValue::from(target.level.value)),
            (
                "of",
                FluentValue::from(ctx.catalog.concept.scale.levels.len()),
            ),
            ("label", FluentValue::from(ctx.l(&target.label).text)),
        ],
    )
}

pub(super) fn module_view(ctx: &Localizer, module: &ModuleRef) -> Result<ModuleView, RenderError> {
    let mut tools = Vec::new();
    for tool in Tool::ALL {
        let measured: Vec<_> = module
            .measured
            .iter()
            .filter(|m| m.criterion.tool.value == tool)
            .collect();
        let Some(first) = measured.first() else {
            continue;
        };
        let criteria = measured
            .iter()
            .map(|m| {
                Ok(CriterionView {
                    text: ctx.l(&m.criterion.text),
                    target: m.target.level.value,
                    target_text: target_text(ctx, m.target)?,
                    rated: (ctx.catalog.concept.scale.levels.iter())
                        .filter(|l| l.admits(tool))
                        .map(|l| l.level.value)
                        .collect(),
                })
            })
            .collect::<Result<_, RenderError>>()?;
        tools.push(ToolView {
            name: ctx.l(&first.tool.name),
            measures: ctx.l(&first.tool.measures),
            criteria,
        });
    }
    let raw = module.module;
    Ok(ModuleView {
        step: module.step,
        name: ctx.l(&module.kind.name),
        purpose: ctx.l(&module.kind.purpose),
        content: ctx.l(&raw.content),
        employer_purpose: ctx.l(&raw.employer_purpose),
        weeks: raw
            .weeks
            .as_ref()
            .map(|w| weeks(ctx, u32::from(w.value)))
            .transpose()?,
        fast: raw
            .fast_track_weeks
            .as_ref()
            .map(|w| weeks(ctx, u32::from(w.value)))
            .transpose()?,
        gate: module.kind.gate,
        at_company: module.kind.at_company,
        courses: course_links(ctx, &module.courses)?,
        tools,
    })
}

/// One level of the rating scale, with one dot per level filled up to it.
#[derive(Serialize)]
pub(super) struct ScaleRow {
    pub(super) n: u8,
    pub(super) label: Localized,
    pub(super) description: Localized,
    pub(super) dots: Vec<bool>,
}

/// The rating scale: shown on the package page, in the folder and on the form.
pub(super) fn scale_view(ctx: &Localizer) -> Vec<ScaleRow> {
    let levels = &ctx.catalog.concept.scale.levels;
    levels
        .iter()
        .map(|l| ScaleRow {
            n: l.level.value,
            label: ctx.l(&l.label),
            description: ctx.l(&l.description),
            dots: levels
                .iter()
                .map(|other| other.level.value <= l.level.value)
                .collect(),
        })
        .collect()
}
