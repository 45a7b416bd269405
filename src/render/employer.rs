//! What every package tells the companies that take trainees, in one
//! language and in the company's voice: built once, shown by the employer
//! page, the index of employer pages and the practice folder.

use super::localizer::{Localized, Localizer};
use super::sources::{CitationView, cite};
use crate::model::{Package, Provenance, Text};
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

/// A practical fact for companies: the concept's, or the package's own
/// version of it when the package overrides it.
#[derive(Serialize)]
pub(super) struct FactView {
    pub(super) title: Localized,
    pub(super) text: Localized,
    /// An example that makes the answer concrete.
    pub(super) example: Option<Localized>,
    /// The answer or its example is invented: one mark after both.
    pub(super) illustrative: bool,
    pub(super) source: Option<CitationView>,
}

#[derive(Serialize)]
pub(super) struct EmployerView {
    /// What the company gets (the package's `employer: summary:`).
    pub(super) employer_summary: Localized,
    pub(super) employer_audience: Localized,
    pub(super) employer_certificate: Localized,
    pub(super) facts: Vec<FactView>,
    pub(super) role: Localized,
    pub(super) provides: Vec<Localized>,
    pub(super) schemes: Vec<Titled>,
    pub(super) tips: Vec<Localized>,
    pub(super) after_hiring: Localized,
    pub(super) companies: Vec<Company>,
}

/// The practical facts of the concept, each replaced by the package's own
/// version where the package has one, in the concept's order.
pub(super) fn facts(ctx: &Localizer, package: &Package) -> Vec<FactView> {
    let view = |title: &Text, text: &Text, example: Option<&Text>, item: &dyn Provenance| {
        let invented = |field: &str| item.illustrative_fields().iter().any(|f| f == field);
        FactView {
            title: ctx.l(title),
            text: ctx.l(text),
            example: example.map(|e| ctx.l(e)),
            illustrative: item.is_wholly_illustrative()
                || invented("text")
                || (example.is_some() && invented("example")),
            source: cite(ctx, item.source()),
        }
    };
    ctx.catalog
        .concept
        .employer
        .facts
        .iter()
        .map(|fact| {
            match package
                .employer
                .facts
                .iter()
                .find(|o| o.id.value == fact.id.value)
            {
                Some(own) => view(
                    own.title.as_ref().unwrap_or(&fact.title),
                    &own.text,
                    own.example.as_ref(),
                    own,
                ),
                None => view(&fact.title, &fact.text, fact.example.as_ref(), fact),
            }
        })
        .collect()
}

pub(super) fn employer_view(ctx: &Localizer, package: &Package) -> EmployerView {
    let e = &ctx.catalog.concept.employer;
    EmployerView {
        employer_summary: ctx.l(&package.employer.summary),
        employer_audience: ctx.l(&package.employer.audience),
        employer_certificate: ctx.l(&package.employer.certificate),
        facts: facts(ctx, package),
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
