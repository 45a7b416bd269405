//! The register of sources on the site: the short source line under cited
//! figures (the document only, never where in it: that is for the editors
//! and catalog.json), and the sources page that lists every document with
//! what was taken from it.

use super::RenderError;
use super::localizer::Localizer;
use super::memo::Context;
use crate::located::Located;
use crate::model::{Citation, Document, Provenance};
use crate::routes::Route;
use fluent_bundle::FluentValue;
use serde::Serialize;

/// A `source:` as a reader sees it: the document's title, publisher and
/// year, linked to its entry on the sources page.
#[derive(Serialize)]
pub(super) struct CitationView {
    text: String,
    href: String,
}

/// The id of a document's entry on the sources page.
fn anchor(id: &str) -> String {
    format!("doc-{id}")
}

/// "Title, Publisher, 2018": how a document is named on the pages.
fn named(document: &Document) -> String {
    let mut text = format!("{}, {}", document.title.trim(), document.publisher.trim());
    if let Some(year) = &document.year {
        text.push_str(&format!(", {}", year.value));
    }
    text
}

/// The source line of a record, when it cites a document of the register.
pub(super) fn cite(ctx: &Localizer, source: Option<&Located<Citation>>) -> Option<CitationView> {
    let document = ctx.catalog.document(&source?.document)?;
    Some(CitationView {
        text: named(document),
        href: format!(
            "{}#{}",
            ctx.href(Route::Sources),
            anchor(&document.id.value)
        ),
    })
}

/// One thing taken from a document, with the page that shows it.
#[derive(Serialize)]
struct UseView {
    label: String,
    href: String,
}

#[derive(Serialize)]
struct DocumentView {
    anchor: String,
    title: String,
    publisher: String,
    year: Option<u16>,
    url: Option<String>,
    uses: Vec<UseView>,
}

/// Everything that cites a document, in the order of the site: the labour
/// markets, the site's contact, the answers for citizens, then each
/// package, then each course.
fn uses(ctx: &Localizer, id: &str) -> Result<Vec<UseView>, RenderError> {
    let catalog = ctx.catalog;
    let cites = |item: &dyn Provenance| item.source().is_some_and(|s| s.document.value == id);
    let text = |message: &str, pairs: &[(&str, FluentValue)]| ctx.msg(message, pairs);
    let mut uses = Vec::new();
    if cites(&catalog.concept.labour_markets) {
        uses.push(UseView {
            label: text("sources-use-jobs", &[])?,
            href: ctx.href(Route::Jobs),
        });
    }
    if cites(&catalog.site.contact) {
        uses.push(UseView {
            label: text("sources-use-contact", &[])?,
            href: ctx.href(Route::Home),
        });
    }
    for fact in &catalog.concept.employer.facts {
        if cites(fact) {
            let title = FluentValue::from(ctx.l(&fact.title).text);
            uses.push(UseView {
                label: text("sources-use-employer-fact", &[("fact", title)])?,
                href: ctx.href(Route::Employers),
            });
        }
    }
    for answer in &catalog.concept.answers {
        if answer.points.iter().any(|p| cites(p)) {
            let question = FluentValue::from(ctx.l(&answer.question).text);
            uses.push(UseView {
                label: text("sources-use-answer", &[("question", question)])?,
                href: ctx.href(Route::Home),
            });
        }
    }
    for (pid, package) in catalog.packages_in_order() {
        for own in package.employer.facts.iter().filter(|f| cites(*f)) {
            let concept = catalog.concept.employer.facts.iter();
            let title = own.title.as_ref().or(concept
                .into_iter()
                .find(|f| f.id.value == own.id.value)
                .map(|f| &f.title));
            let title = FluentValue::from(title.map(|t| ctx.l(t).text).unwrap_or_default());
            uses.push(UseView {
                label: format!(
                    "{}: {}",
                    ctx.l(&package.name).text,
                    text("sources-use-employer-fact", &[("fact", title)])?
                ),
                href: ctx.href(Route::Employer(pid)),
            });
        }
        let name = FluentValue::from(ctx.l(&package.name).text);
        let package_href = ctx.href(Route::Package(pid));
        let mut add = |message: &str, href: &str, extra: Option<(&str, FluentValue)>| {
            let mut pairs = vec![("package", name.clone())];
            pairs.extend(extra);
            uses.push(UseView {
                label: text(message, &pairs)?,
                href: href.to_string(),
            });
            Ok::<_, RenderError>(())
        };
        if cites(&package.jobs.value) {
            add("sources-use-package-jobs", &package_href, None)?;
        }
        if cites(&package.pathway.value) {
            add("sources-use-package-durations", &package_href, None)?;
        }
        // The package's contact is the company consultant: the employer page shows it.
        if cites(&package.contact) {
            add(
                "sources-use-package-contact",
                &ctx.href(Route::Employer(pid)),
                None,
            )?;
        }
        for company in &package.training_companies {
            if cites(company) {
                let employer_href = ctx.href(Route::Employer(pid));
                let company = FluentValue::from(ctx.kept(&company.name));
                add(
                    "sources-use-company",
                    &employer_href,
                    Some(("company", company)),
                )?;
            }
        }
    }
    for (cid, course) in &catalog.courses {
        if cites(course) {
            let title = FluentValue::from(ctx.l(&course.title).text);
            uses.push(UseView {
                label: text("sources-use-course", &[("course", title)])?,
                href: ctx.href(Route::Course(cid)),
            });
        }
    }
    Ok(uses)
}

/// The sources page: every document of the register and what was taken from it.
pub(super) fn page(ctx: &Localizer, context: &mut Context) -> Result<String, RenderError> {
    let documents = ctx
        .catalog
        .sources
        .iter()
        .map(|d| {
            Ok(DocumentView {
                anchor: anchor(&d.id.value),
                title: d.title.trim().to_string(),
                publisher: d.publisher.trim().to_string(),
                year: d.year.as_ref().map(|y| y.value),
                url: d.url.as_ref().map(|u| u.value.clone()),
                uses: uses(ctx, &d.id.value)?,
            })
        })
        .collect::<Result<Vec<_>, RenderError>>()?;
    context.insert("documents", &documents);
    ctx.msg("sources-title", &[])
}

/// The link to the sources page for the footer, when the site has one.
pub(super) fn footer_href(ctx: &Localizer) -> Option<String> {
    (!ctx.catalog.sources.is_empty()).then(|| ctx.href(Route::Sources))
}
