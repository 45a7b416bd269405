//! The HTML pages. For now: a plain index of the packages and the free pages,
//! in the default language. Templates get ready-made values; they compute nothing.

use super::{OutputFile, Theme};
use crate::markdown;
use crate::model::{Catalog, Package, Text};
use serde::Serialize;
use std::path::PathBuf;
use tera::Context;

#[derive(Serialize)]
struct SiteView<'a> {
    lang: &'a str,
    title: &'a str,
    municipality: &'a str,
    total_jobs: u32,
    markets: Vec<MarketView<'a>>,
    labour_markets_source: Option<&'a str>,
    pages: Vec<PageLink<'a>>,
}

#[derive(Serialize)]
struct MarketView<'a> {
    name: &'a str,
    jobs: u32,
}

#[derive(Serialize)]
struct PageLink<'a> {
    title: &'a str,
    href: String,
}

#[derive(Serialize)]
struct PackageView<'a> {
    id: &'a str,
    name: &'a str,
    summary: &'a str,
    weeks: u32,
    fast_track_weeks: u32,
    durations_illustrative: bool,
    modules: Vec<ModuleView<'a>>,
    jobs: u32,
    jobs_illustrative: bool,
}

#[derive(Serialize)]
struct ModuleView<'a> {
    name: &'a str,
    weeks: Option<u16>,
    courses: Vec<&'a str>,
}

fn text<'a>(text: &'a Text, lang: &'a str) -> &'a str {
    text.resolve(lang, lang).map_or("", |(t, _)| t)
}

fn package_view<'a>(catalog: &'a Catalog, id: &'a str, package: &'a Package, lang: &'a str) -> PackageView<'a> {
    use crate::model::Provenance;
    let modules = &package.pathway.modules;
    let weeks = modules.iter().filter_map(|m| m.weeks.as_ref()).map(|w| u32::from(w.value)).sum();
    let fast_track_weeks = modules
        .iter()
        .filter_map(|m| m.fast_track_weeks.as_ref().or(m.weeks.as_ref()))
        .map(|w| u32::from(w.value))
        .sum();
    PackageView {
        id,
        name: text(&package.name, lang),
        summary: text(&package.summary, lang),
        weeks,
        fast_track_weeks,
        durations_illustrative: package.pathway.is_illustrative(),
        modules: modules
            .iter()
            .map(|m| ModuleView {
                name: catalog.concept.module_kind(&m.kind).map_or(m.kind.value.as_str(), |k| text(&k.name, lang)),
                weeks: m.weeks.as_ref().map(|w| w.value),
                courses: m.courses.iter().filter_map(|c| catalog.courses.get(&c.value)).map(|c| text(&c.title, lang)).collect(),
            })
            .collect(),
        jobs: package.jobs.counts.values().map(|c| c.value).sum(),
        jobs_illustrative: package.jobs.is_illustrative(),
    }
}

pub fn render(catalog: &Catalog, theme: &Theme) -> Result<Vec<OutputFile>, String> {
    let lang = catalog.site.default_language.value.as_str();
    let markets = &catalog.concept.labour_markets;
    let site = SiteView {
        lang,
        title: text(&catalog.site.title, lang),
        municipality: text(&catalog.site.municipality, lang),
        total_jobs: markets.total_jobs.value,
        markets: markets.markets.iter().map(|m| MarketView { name: text(&m.name, lang), jobs: m.jobs.value }).collect(),
        labour_markets_source: markets.source.as_ref().map(|s| s.value.as_str()),
        pages: catalog
            .pages
            .iter()
            .filter_map(|(slug, t)| t.get(lang).map(|p| PageLink { title: &p.front.title, href: format!("{lang}/{slug}/") }))
            .collect(),
    };
    let packages: Vec<PackageView> =
        catalog.packages_in_order().into_iter().map(|(id, p)| package_view(catalog, id, p, lang)).collect();

    let mut files = Vec::new();
    let mut context = Context::new();
    context.insert("site", &site);
    context.insert("packages", &packages);
    context.insert("root", "");
    files.push(page(theme, "index.html", &context, PathBuf::from("index.html"))?);

    for (slug, translations) in &catalog.pages {
        let Some(page_content) = translations.get(lang) else { continue };
        let mut context = Context::new();
        context.insert("site", &site);
        context.insert("root", "../../");
        context.insert("title", &page_content.front.title.value);
        context.insert("description", &page_content.front.description);
        context.insert("body", &markdown::to_html(&page_content.markdown));
        files.push(page(theme, "page.html", &context, PathBuf::from(lang).join(slug).join("index.html"))?);
    }
    Ok(files)
}

fn page(theme: &Theme, template: &str, context: &Context, path: PathBuf) -> Result<OutputFile, String> {
    let html = theme
        .tera
        .render(template, context)
        .map_err(|e| format!("the template {template} failed for {}: {e}", path.display()))?;
    Ok(OutputFile { path, bytes: html.into_bytes() })
}
