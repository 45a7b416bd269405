//! What every package tells the companies that take trainees, in one
//! language: built once, shown by the employer page and the practice folder.

use super::localizer::{Localized, Localizer};
use crate::model::{Package, Provenance};
use serde::Serialize;

#[derive(Serialize)]
pub(super) struct Titled {
    pub(super) name: Localized,
    pub(super) text: Localized,
}

#[derive(Serialize)]
pub(super) struct Company {
    pub(super) name: String,
    pub(super) place: String,
    pub(super) description: Localized,
    pub(super) illustrative: bool,
}

#[derive(Serialize)]
pub(super) struct EmployerView {
    pub(super) role: Localized,
    pub(super) provides: Vec<Localized>,
    pub(super) schemes: Vec<Titled>,
    pub(super) tips: Vec<Localized>,
    pub(super) after_hiring: Localized,
    pub(super) companies: Vec<Company>,
}

pub(super) fn employer_view(ctx: &Localizer, package: &Package) -> EmployerView {
    let e = &ctx.catalog.concept.employer;
    EmployerView {
        role: ctx.l(&e.role),
        provides: e.job_centre_provides.iter().map(|t| ctx.l(t)).collect(),
        schemes: e
            .schemes
            .iter()
            .map(|s| Titled {
                name: ctx.l(&s.name),
                text: ctx.l(&s.text),
            })
            .collect(),
        tips: e.tips.iter().map(|t| ctx.l(t)).collect(),
        after_hiring: ctx.l(&e.after_hiring),
        companies: package
            .training_companies
            .iter()
            .map(|c| Company {
                // Names of places and companies are Danish on every page.
                name: ctx.kept(&c.name),
                place: ctx.kept(&c.place),
                description: ctx.l(&c.description),
                illustrative: c.is_illustrative(),
            })
            .collect(),
    }
}
