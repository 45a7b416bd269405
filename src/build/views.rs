//! The views of each kind of page: what a template gets, built from the
//! catalog in one language. Texts are resolved, numbers formatted, links relative.

use super::Theme;
use super::ctx::{Ctx, L, contact};
use super::diagram;
use super::html::page_in;
use super::memo::Context;
use super::module_view::{course_link, module_view, total_weeks, weeks};
use super::print::{Download, Kind};
use crate::markdown;
use crate::model::Provenance;
use crate::routes::Route;
use fluent_bundle::FluentValue;
use serde::Serialize;

#[derive(Serialize)]
struct Card {
    name: L,
    summary: L,
    href: String,
    pictogram: String,
    weeks: String,
}

#[derive(Serialize)]
struct MarketView {
    name: L,
    description: L,
    jobs: String,
    /// Bar length, 0–100, relative to the largest market.
    percent: u32,
    minutes: Option<String>,
}

fn markets(ctx: &Ctx, counts: impl Fn(&str) -> Option<u32>) -> Result<Vec<MarketView>, String> {
    let markets = &ctx.catalog.concept.labour_markets.markets;
    let max = markets
        .iter()
        .filter_map(|m| counts(&m.id.value))
        .max()
        .unwrap_or(0)
        .max(1);
    markets
        .iter()
        .map(|m| {
            let jobs = counts(&m.id.value).unwrap_or(0);
            Ok(MarketView {
                name: ctx.l(&m.name),
                description: ctx.l(&m.description),
                jobs: ctx.num(u64::from(jobs)),
                percent: jobs * 100 / max,
                minutes: match m.travel_minutes {
                    Some(minutes) => {
                        Some(ctx.msg("travel-minutes", &[("n", FluentValue::from(minutes))])?)
                    }
                    None => None,
                },
            })
        })
        .collect()
}

pub(super) fn home(ctx: &Ctx, theme: &Theme, context: &mut Context) -> Result<String, String> {
    let catalog = ctx.catalog;
    let concept = &catalog.concept;
    let cards = catalog
        .packages_in_order()
        .into_iter()
        .map(|(id, p)| {
            Ok(Card {
                name: ctx.l(&p.name),
                summary: ctx.l(&p.summary),
                href: ctx.href(Route::Package(id)),
                pictogram: theme
                    .pictogram(&p.pictogram.value)
                    .map_err(|e| format!("content/packages/{id}.yaml: {e}"))?,
                weeks: weeks(ctx, total_weeks(p).0)?,
            })
        })
        .collect::<Result<Vec<_>, String>>()?;
    let markets_view = markets(ctx, |id| {
        concept
            .labour_markets
            .markets
            .iter()
            .find(|m| m.id.value == id)
            .map(|m| m.jobs.value)
    })?;
    let from = ctx.l(&concept.labour_markets.from);
    let headline = ctx.msg(
        "home-jobs-headline",
        &[
            (
                "total",
                FluentValue::from(ctx.num(u64::from(concept.labour_markets.total_jobs.value))),
            ),
            ("from", FluentValue::from(from.text.clone())),
        ],
    )?;
    let principles: Vec<_> = concept
        .principles
        .iter()
        .map(|p| (ctx.l(&p.name), ctx.l(&p.motto)))
        .collect();
    context.insert("cards", &cards);
    context.insert("intro", &ctx.l(&concept.intro));
    context.insert("promise", &ctx.l(&concept.promise));
    context.insert("headline", &headline);
    context.insert("markets", &markets_view);
    context.insert("jobs_href", &ctx.href(Route::Jobs));
    context.insert(
        "principles",
        &principles.iter().map(|(n, m)| [n, m]).collect::<Vec<_>>(),
    );
    context.insert(
        "source",
        &concept
            .labour_markets
            .source
            .as_ref()
            .map(|s| s.value.clone()),
    );
    Ok(ctx.l(&catalog.site.title).text)
}

pub(super) fn jobs(ctx: &Ctx, context: &mut Context) -> Result<String, String> {
    let lm = &ctx.catalog.concept.labour_markets;
    let from = ctx.l(&lm.from);
    let headline = ctx.msg(
        "home-jobs-headline",
        &[
            (
                "total",
                FluentValue::from(ctx.num(u64::from(lm.total_jobs.value))),
            ),
            ("from", FluentValue::from(from.text.clone())),
        ],
    )?;
    let markets_view = markets(ctx, |id| {
        lm.markets
            .iter()
            .find(|m| m.id.value == id)
            .map(|m| m.jobs.value)
    })?;
    let per_package = ctx
        .catalog
        .packages_in_order()
        .into_iter()
        .map(|(id, p)| {
            let total: u32 = p.jobs.counts.values().map(|c| c.value).sum();
            (
                ctx.l(&p.name),
                ctx.num(u64::from(total)),
                ctx.href(Route::Package(id)),
            )
        })
        .collect::<Vec<_>>();
    context.insert("headline", &headline);
    context.insert("markets", &markets_view);
    context.insert("source", &lm.source.as_ref().map(|s| s.value.clone()));
    context.insert("per_package", &per_package);
    context.insert(
        "packages_illustrative",
        &ctx.catalog
            .packages
            .values()
            .any(|p| p.jobs.is_illustrative()),
    );
    ctx.msg("jobs-title", &[])
}

fn package_common(ctx: &Ctx, id: &str, context: &mut Context) -> Result<(), String> {
    let package = &ctx.catalog.packages[id];
    let (total, fast) = total_weeks(package);
    let modules = package
        .pathway
        .modules
        .iter()
        .enumerate()
        .map(|(i, m)| module_view(ctx, package, i + 1, m))
        .collect::<Result<Vec<_>, _>>()?;
    context.insert("id", id);
    context.insert("name", &ctx.l(&package.name));
    context.insert("summary", &ctx.l(&package.summary));
    context.insert("modules", &modules);
    context.insert("total_weeks", &weeks(ctx, total)?);
    context.insert("fast_weeks", &weeks(ctx, fast)?);
    context.insert("durations_illustrative", &package.pathway.is_illustrative());
    context.insert("contact", &contact(ctx, &package.contact));
    context.insert("diagram", &diagram::pathway(ctx, package)?);
    context.insert("package_href", &ctx.href(Route::Package(id)));
    context.insert("employer_href", &ctx.href(Route::Employer(id)));
    Ok(())
}

pub(super) fn package(
    ctx: &Ctx,
    theme: &Theme,
    id: &str,
    context: &mut Context,
) -> Result<String, String> {
    let package = &ctx.catalog.packages[id];
    package_common(ctx, id, context)?;
    let mut course_ids: Vec<&str> = Vec::new();
    for module in &package.pathway.modules {
        for c in &module.courses {
            if !course_ids.contains(&c.value.as_str()) {
                course_ids.push(&c.value);
            }
        }
    }
    let courses = course_ids
        .iter()
        .filter_map(|id| course_link(ctx, id).transpose())
        .collect::<Result<Vec<_>, _>>()?;
    let jobs_total: u32 = package.jobs.counts.values().map(|c| c.value).sum();
    let job_markets = markets(ctx, |m| package.jobs.counts.get(m).map(|c| c.value))?;
    context.insert("audience", &ctx.l(&package.audience));
    context.insert(
        "job_types",
        &package
            .job_types
            .iter()
            .map(|t| ctx.l(t))
            .collect::<Vec<_>>(),
    );
    context.insert("courses", &courses);
    context.insert("markets", &job_markets);
    context.insert(
        "jobs_headline",
        &ctx.msg(
            "package-jobs-total",
            &[("total", FluentValue::from(ctx.num(u64::from(jobs_total))))],
        )?,
    );
    context.insert("jobs_illustrative", &package.jobs.is_illustrative());
    context.insert(
        "jobs_source",
        &package.jobs.source.as_ref().map(|s| s.value.clone()),
    );
    context.insert("certificate", &ctx.l(&package.certificate));
    context.insert(
        "pictogram",
        &theme
            .pictogram(&package.pictogram.value)
            .map_err(|e| format!("content/packages/{id}.yaml: {e}"))?,
    );
    context.insert("scale", &scale(ctx));
    context.insert("jobs_href", &ctx.href(Route::Jobs));
    Ok(ctx.l(&package.name).text)
}

#[derive(Serialize)]
struct ScaleRow {
    n: u8,
    label: L,
    description: L,
    /// One dot per level of the scale, filled up to this level.
    dots: Vec<bool>,
}

fn scale(ctx: &Ctx) -> Vec<ScaleRow> {
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

#[derive(Serialize)]
struct Titled {
    name: L,
    text: L,
}

pub(super) fn employer(ctx: &Ctx, id: &str, context: &mut Context) -> Result<String, String> {
    let package = &ctx.catalog.packages[id];
    let concept = &ctx.catalog.concept;
    let e = &concept.employer;
    package_common(ctx, id, context)?;
    let companies: Vec<_> = package
        .training_companies
        .iter()
        .map(|c| {
            (
                c.name.clone(),
                c.place.clone(),
                ctx.l(&c.description),
                c.is_illustrative(),
            )
        })
        .collect();
    context.insert("role", &ctx.l(&e.role));
    context.insert(
        "provides",
        &e.job_centre_provides
            .iter()
            .map(|t| ctx.l(t))
            .collect::<Vec<_>>(),
    );
    context.insert(
        "schemes",
        &e.schemes
            .iter()
            .map(|s| Titled {
                name: ctx.l(&s.name),
                text: ctx.l(&s.text),
            })
            .collect::<Vec<_>>(),
    );
    context.insert("tips", &e.tips.iter().map(|t| ctx.l(t)).collect::<Vec<_>>());
    context.insert("after_hiring", &ctx.l(&e.after_hiring));
    context.insert("companies", &companies);
    let name = ctx.l(&package.name).text;
    ctx.msg("employer-title", &[("package", FluentValue::from(name))])
}

/// A course's page; `users` are the packages that use it, in order.
pub(super) fn course(
    ctx: &Ctx,
    id: &str,
    users: &[&str],
    context: &mut Context,
) -> Result<String, String> {
    let course = &ctx.catalog.courses[id];
    let used_by: Vec<_> = users
        .iter()
        .map(|&pid| {
            let name = ctx.l(&ctx.catalog.packages[pid].name);
            (name, ctx.href(Route::Package(pid)))
        })
        .collect();
    context.insert("course", &course_link(ctx, id)?);
    context.insert("provider", &ctx.l(&course.provider));
    context.insert("interpreter", &course.interpreter);
    context.insert("language_support", &course.language_support);
    context.insert("notes", &course.notes.as_ref().map(|n| ctx.l(n)));
    context.insert("illustrative", &course.is_illustrative());
    context.insert("source", &course.source.as_ref().map(|s| s.value.clone()));
    context.insert("used_by", &used_by);
    Ok(ctx.l(&course.title).text)
}

pub(super) fn free_page(ctx: &Ctx, slug: &str, context: &mut Context) -> Result<String, String> {
    let translations = &ctx.catalog.pages[slug];
    let (front, page) = page_in(translations, ctx.lang, ctx.default_lang());
    let page = page.expect("page_in returns a page");
    let fallback = !translations.contains_key(ctx.lang);
    if fallback {
        ctx.count_fallback();
    }
    context.insert("body", &markdown::to_html(&page.markdown));
    context.insert(
        "body_lang",
        &fallback.then(|| ctx.default_lang().to_string()),
    );
    context.insert("description", &front.description);
    Ok(front.title.value.clone())
}

#[derive(Serialize)]
pub(super) struct DownloadView {
    label: String,
    href: String,
    size: String,
}

/// The printable documents of a package in this page's language: the
/// practice folder first on the employer page, the forms first for citizens.
pub(super) fn downloads(
    ctx: &Ctx,
    id: &str,
    docs: &[Download],
    route: Route,
) -> Result<Vec<DownloadView>, String> {
    let package = &ctx.catalog.packages[id];
    let mut views = Vec::new();
    let mut folder = None;
    for doc in docs {
        let label = match doc.kind {
            Kind::Folder => ctx.msg("download-folder", &[])?,
            Kind::Form { step } => {
                let kind = &package.pathway.modules[step - 1].kind.value;
                let name = ctx
                    .catalog
                    .concept
                    .module_kind(kind)
                    .map_or(kind.clone(), |k| ctx.l(&k.name).text);
                ctx.msg(
                    "download-form",
                    &[
                        ("n", FluentValue::from(step)),
                        ("name", FluentValue::from(name)),
                    ],
                )?
            }
        };
        // The size is unknown only in `serve` while the document is printed.
        let size = match doc.bytes {
            Some(bytes) => {
                let kb = ctx.num(bytes.div_ceil(1024) as u64);
                ctx.msg("download-size", &[("size", FluentValue::from(kb))])?
            }
            None => ctx.msg("download-size-pending", &[])?,
        };
        let view = DownloadView {
            label,
            href: format!("{}{}", ctx.root(), doc.path),
            size,
        };
        match doc.kind {
            Kind::Folder => folder = Some(view),
            Kind::Form { .. } => views.push(view),
        }
    }
    if let Some(folder) = folder {
        match route {
            Route::Package(_) => views.push(folder),
            _ => views.insert(0, folder),
        }
    }
    Ok(views)
}
