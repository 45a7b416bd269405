//! The views of each kind of page: what a template gets, built from the
//! catalog in one language. Texts are resolved, numbers formatted, links relative.

use super::RenderError;
use super::citizen;
use super::diagram;
use super::employer::employer_view;
use super::html::page_in;
use super::localizer::{Localized, Localizer, contact};
use super::memo::Context;
use super::module_view::{
    ModuleView, course_link, course_links, module_view, scale_view, total_weeks, weeks,
};
use super::print::{Download, Kind};
use super::sources::cite;
use crate::markdown;
use crate::model::Provenance;
use crate::routes::Route;
use crate::site::PackageRef;
use fluent_bundle::FluentValue;
use serde::Serialize;

#[derive(Serialize)]
struct Card {
    name: Localized,
    summary: Localized,
    href: String,
    pictogram: String,
    weeks: String,
    /// The durations are invented examples: the card marks them.
    weeks_illustrative: bool,
}

#[derive(Serialize)]
struct MarketView {
    name: Localized,
    description: Localized,
    jobs: String,
    /// Bar length, 0–100, relative to the largest market.
    percent: u32,
    minutes: Option<String>,
}

fn markets(
    ctx: &Localizer,
    counts: impl Fn(&str) -> Option<u32>,
) -> Result<Vec<MarketView>, RenderError> {
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

pub(super) fn home(ctx: &Localizer, context: &mut Context) -> Result<String, RenderError> {
    let catalog = ctx.catalog;
    let concept = &catalog.concept;
    let cards = ctx
        .site
        .packages()
        .into_iter()
        .map(|p| {
            Ok(Card {
                name: ctx.l(&p.package.name),
                summary: ctx.l(&p.package.summary),
                href: ctx.href(Route::Package(p.id)),
                pictogram: p.pictogram().to_string(),
                weeks: weeks(ctx, total_weeks(p.package).0)?,
                weeks_illustrative: p.package.pathway.is_illustrative(),
            })
        })
        .collect::<Result<Vec<_>, RenderError>>()?;
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
    context.insert("cards", &cards);
    context.insert("intro", &ctx.l(&concept.intro));
    context.insert("promise", &ctx.l(&concept.promise));
    context.insert("headline", &headline);
    context.insert("markets", &markets_view);
    context.insert("jobs_href", &ctx.href(Route::Jobs));
    context.insert("principles", &citizen::principles(ctx));
    context.insert("dogmas", &citizen::dogmas(ctx));
    context.insert("answers", &citizen::answers(ctx));
    context.insert("support", &citizen::support(ctx));
    context.insert("source", &cite(ctx, concept.labour_markets.source.as_ref()));
    context.insert(
        "employers_href",
        &(!catalog.packages.is_empty()).then(|| ctx.href(Route::Employers)),
    );
    Ok(ctx.l(&catalog.site.title).text)
}

/// One package on the page for companies: its employer page and what the
/// company gets, in the company's voice.
#[derive(Serialize)]
struct EmployerLine {
    name: Localized,
    summary: Localized,
    href: String,
}

/// The way in for companies: what a training company is, every package's
/// employer page with one line each, and how to become one.
pub(super) fn employers(ctx: &Localizer, context: &mut Context) -> Result<String, RenderError> {
    let lines: Vec<EmployerLine> = ctx
        .catalog
        .packages_in_order()
        .into_iter()
        .map(|(id, p)| EmployerLine {
            name: ctx.l(&p.name),
            summary: ctx.l(&p.employer.summary),
            href: ctx.href(Route::Employer(id)),
        })
        .collect();
    context.insert("packages", &lines);
    context.insert("role", &ctx.l(&ctx.catalog.concept.employer.role));
    ctx.msg("employers-title", &[])
}

pub(super) fn jobs(ctx: &Localizer, context: &mut Context) -> Result<String, RenderError> {
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
    context.insert("source", &cite(ctx, lm.source.as_ref()));
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

/// The views of a package's modules, in pathway order.
pub(super) fn module_views(
    ctx: &Localizer,
    package: &PackageRef,
) -> Result<Vec<ModuleView>, RenderError> {
    package
        .modules()
        .iter()
        .map(|m| module_view(ctx, m))
        .collect()
}

/// What the package page and the employer page of a package share (made
/// once for both, see `html::render`).
pub(super) fn package_common(
    ctx: &Localizer,
    refs: &PackageRef,
    context: &mut Context,
) -> Result<(), RenderError> {
    let (id, package) = (refs.id, refs.package);
    let (total, fast) = total_weeks(package);
    let modules = module_views(ctx, refs)?;
    context.insert("id", id);
    context.insert("name", &ctx.l(&package.name));
    context.insert("summary", &ctx.l(&package.summary));
    context.insert("total_weeks", &weeks(ctx, total)?);
    context.insert("fast_weeks", &weeks(ctx, fast)?);
    context.insert("durations_illustrative", &package.pathway.is_illustrative());
    context.insert("contact", &contact(ctx, &package.contact));
    context.insert("diagram", &diagram::pathway(ctx, &modules)?);
    context.insert("modules", &modules);
    context.insert("package_href", &ctx.href(Route::Package(id)));
    context.insert("employer_href", &ctx.href(Route::Employer(id)));
    Ok(())
}

/// The package page, besides what [`package_common`] put in `context`.
pub(super) fn package(
    ctx: &Localizer,
    refs: &PackageRef,
    context: &mut Context,
) -> Result<String, RenderError> {
    let package = refs.package;
    let mut courses = Vec::new();
    for module in refs.modules() {
        for course in module.courses {
            if !courses
                .iter()
                .any(|c: &crate::site::CourseRef| c.id == course.id)
            {
                courses.push(course);
            }
        }
    }
    let courses = course_links(ctx, &courses)?;
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
    context.insert("jobs_source", &cite(ctx, package.jobs.source.as_ref()));
    context.insert("certificate", &ctx.l(&package.certificate));
    context.insert("pictogram", refs.pictogram());
    context.insert("scale", &scale_view(ctx));
    context.insert("jobs_href", &ctx.href(Route::Jobs));
    context.insert("answers", &citizen::answers(ctx));
    context.insert("placed", &citizen::placed(ctx));
    context.insert("support", &citizen::support(ctx));
    context.insert("targets", &citizen::target_tables(ctx, refs)?);
    Ok(ctx.l(&package.name).text)
}

/// The employer page, besides what [`package_common`] put in `context`.
pub(super) fn employer(
    ctx: &Localizer,
    refs: &PackageRef,
    context: &mut Context,
) -> Result<String, RenderError> {
    let view = employer_view(ctx, refs.package);
    context.insert("employer_summary", &view.employer_summary);
    context.insert("employer_audience", &view.employer_audience);
    context.insert("facts", &view.facts);
    context.insert("employers_href", &ctx.href(Route::Employers));
    context.insert("role", &view.role);
    context.insert("provides", &view.provides);
    context.insert("schemes", &view.schemes);
    context.insert("tips", &view.tips);
    context.insert("after_hiring", &view.after_hiring);
    context.insert("companies", &view.companies);
    let name = ctx.l(&refs.package.name).text;
    ctx.msg("employer-title", &[("package", FluentValue::from(name))])
}

/// A course's page; `users` are the packages that use it, in order.
pub(super) fn course(
    ctx: &Localizer,
    id: &str,
    users: &[&str],
    context: &mut Context,
) -> Result<String, RenderError> {
    let course = &ctx.catalog.courses[id];
    let used_by: Vec<_> = users
        .iter()
        .map(|&pid| {
            let name = ctx.l(&ctx.catalog.packages[pid].name);
            (name, ctx.href(Route::Package(pid)))
        })
        .collect();
    context.insert("course", &course_link(ctx, id, course)?);
    context.insert("provider", &ctx.l(&course.provider));
    context.insert("interpreter", &course.interpreter);
    context.insert("language_support", &course.language_support);
    context.insert("notes", &course.notes.as_ref().map(|n| ctx.l(n)));
    context.insert("illustrative", &course.is_wholly_illustrative());
    context.insert("illustrative_fields", course.illustrative_fields());
    context.insert("source", &cite(ctx, course.source.as_ref()));
    context.insert("used_by", &used_by);
    Ok(ctx.l(&course.title).text)
}

pub(super) fn free_page(
    ctx: &Localizer,
    slug: &str,
    context: &mut Context,
) -> Result<String, RenderError> {
    let translations = &ctx.catalog.pages[slug];
    let (front, page) = page_in(translations, ctx.lang, ctx.default_lang());
    let page = page.expect("page_in returns a page");
    let fallback = !translations.contains_key(ctx.lang);
    if fallback {
        ctx.count_fallback();
    }
    let markdown = if fallback {
        page.markdown.clone()
    } else {
        ctx.mark_terms(&page.markdown)
    };
    context.insert("body", &markdown::to_html(&markdown));
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
    /// The full address, which the print stylesheet writes after the link.
    url: String,
    size: String,
}

/// The printable documents of a package in this page's language: the
/// practice folder first on the employer page, the forms first for citizens.
pub(super) fn downloads(
    ctx: &Localizer,
    refs: &PackageRef,
    docs: &[Download],
    route: Route,
) -> Result<Vec<DownloadView>, RenderError> {
    let modules = refs.modules();
    let mut views = Vec::new();
    let mut folder = None;
    for doc in docs {
        let label = match doc.kind {
            Kind::Folder => ctx.msg("download-folder", &[])?,
            Kind::Form { step } => {
                let name = modules
                    .get(step - 1)
                    .map(|m| ctx.l(&m.kind.name).text)
                    .unwrap_or_default();
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
            url: format!("{}{}", ctx.catalog.site.base_url.value, doc.path),
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
