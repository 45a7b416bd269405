//! The HTML pages of the site, in every language. Rust builds ready-made views
//! (texts already resolved to a language, numbers already formatted, links
//! already relative); templates only lay them out.

use super::diagram;
use super::{OutputFile, Theme};
use crate::i18n::{Locales, args};
use crate::markdown;
use crate::model::{Catalog, Contact, Direction, Module, Package, Provenance, Text, Tool};
use crate::routes::{Route, Urls};
use fluent_bundle::FluentValue;
use rayon::prelude::*;
use serde::Serialize;
use std::cell::Cell;
use std::path::PathBuf;
use tera::Context;

/// A content text in the page's language, or in the default language with
/// its code when it has not been translated yet (rendered with `lang`).
#[derive(Serialize)]
pub struct L {
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
}

/// Everything a page needs to resolve texts and links in one language.
pub struct Ctx<'a> {
    pub catalog: &'a Catalog,
    pub locales: &'a Locales,
    pub lang: &'a str,
    pub rtl: bool,
    route: Route<'a>,
    fallbacks: Cell<usize>,
}

impl<'a> Ctx<'a> {
    pub fn new(catalog: &'a Catalog, locales: &'a Locales, lang: &'a str, route: Route<'a>) -> Ctx<'a> {
        let rtl = catalog.site.languages.iter().any(|l| l.code.value == lang && l.dir == Direction::Rtl);
        Ctx { catalog, locales, lang, rtl, route, fallbacks: Cell::new(0) }
    }

    fn default_lang(&self) -> &'a str {
        &self.catalog.site.default_language.value
    }

    /// A content text in this page's language, falling back to the default.
    pub fn l(&self, text: &Text) -> L {
        match text.resolve(self.lang, self.default_lang()) {
            Some((t, used)) if used == self.lang => L { text: t.to_string(), lang: None },
            Some((t, used)) => {
                self.fallbacks.set(self.fallbacks.get() + 1);
                L { text: t.to_string(), lang: Some(used.to_string()) }
            }
            None => L { text: String::new(), lang: None },
        }
    }

    /// An interface message (Fluent) in this page's language.
    pub fn msg(&self, id: &str, pairs: &[(&str, FluentValue)]) -> Result<String, String> {
        let args = args(pairs.iter().map(|(k, v)| (*k, v.clone())));
        self.locales.message(self.lang, id, Some(&args)).map(|(text, _)| text)
    }

    pub fn num(&self, n: u64) -> String {
        self.locales.number(self.lang, n)
    }

    /// A link from this page to `route` in this page's language.
    pub fn href(&self, route: Route) -> String {
        self.href_in(route, self.lang)
    }

    pub fn href_in(&self, route: Route, lang: &str) -> String {
        format!("{}{}", "../".repeat(self.route.depth()), route.dir(lang))
    }

    /// The link to the site root (for assets).
    pub fn root(&self) -> String {
        "../".repeat(self.route.depth())
    }
}

#[derive(Serialize)]
struct LanguageLink {
    code: String,
    name: String,
    dir: &'static str,
    href: String,
    url: String,
    current: bool,
}

#[derive(Serialize)]
struct NavLink {
    label: String,
    href: String,
    current: bool,
}

#[derive(Serialize)]
struct ContactView {
    name: L,
    address: Option<String>,
    phone: Option<String>,
    email: Option<String>,
    hours: Option<L>,
    illustrative: bool,
}

fn contact(ctx: &Ctx, c: &Contact) -> ContactView {
    ContactView {
        name: ctx.l(&c.name),
        address: c.address.clone(),
        phone: c.phone.clone(),
        email: c.email.clone(),
        hours: c.hours.as_ref().map(|h| ctx.l(h)),
        illustrative: c.is_illustrative(),
    }
}

fn dir_name(dir: Direction) -> &'static str {
    match dir {
        Direction::Ltr => "ltr",
        Direction::Rtl => "rtl",
    }
}

/// Every page of the site in every language, in a fixed order.
pub fn routes(catalog: &Catalog) -> Vec<Route<'_>> {
    let mut routes = vec![Route::Home, Route::Jobs];
    for (id, _) in catalog.packages_in_order() {
        routes.push(Route::Package(id));
        routes.push(Route::Employer(id));
    }
    routes.extend(catalog.courses.keys().map(|id| Route::Course(id)));
    routes.extend(catalog.pages.keys().map(|slug| Route::Page(slug)));
    routes
}

/// The address of every page, for catalog.json.
pub fn urls(catalog: &Catalog) -> Urls {
    let base = catalog.site.base_url.value.as_str();
    let mut urls = Urls::default();
    for lang in catalog.language_codes() {
        for route in routes(catalog) {
            let url = route.url(base, lang);
            let map = match route {
                Route::Home => &mut urls.home,
                Route::Jobs => &mut urls.jobs,
                Route::Package(id) => urls.packages.entry(id.to_string()).or_default(),
                Route::Employer(id) => urls.employers.entry(id.to_string()).or_default(),
                Route::Course(id) => urls.courses.entry(id.to_string()).or_default(),
                Route::Page(slug) => urls.pages.entry(slug.to_string()).or_default(),
            };
            map.insert(lang.to_string(), url);
        }
    }
    urls
}

/// Renders every page in every language, in parallel, in a fixed order.
pub fn render(catalog: &Catalog, theme: &Theme, locales: &Locales) -> Result<Vec<OutputFile>, String> {
    let jobs: Vec<(Route, &str)> = routes(catalog)
        .into_iter()
        .flat_map(|route| catalog.language_codes().map(move |lang| (route, lang)))
        .collect();
    let mut files: Vec<OutputFile> = jobs
        .par_iter()
        .map(|&(route, lang)| render_page(catalog, theme, locales, route, lang))
        .collect::<Result<_, _>>()?;
    files.push(chooser(catalog, theme, locales)?);
    files.push(not_found(catalog, theme, locales)?);
    Ok(files)
}

fn render_page(catalog: &Catalog, theme: &Theme, locales: &Locales, route: Route, lang: &str) -> Result<OutputFile, String> {
    let ctx = Ctx::new(catalog, locales, lang, route);
    let mut context = Context::new();
    let (template, title) = match route {
        Route::Home => ("home.html", home(&ctx, theme, &mut context)?),
        Route::Jobs => ("jobs.html", jobs(&ctx, &mut context)?),
        Route::Package(id) => ("package.html", package(&ctx, theme, id, &mut context)?),
        Route::Employer(id) => ("employer.html", employer(&ctx, id, &mut context)?),
        Route::Course(id) => ("course.html", course(&ctx, id, &mut context)?),
        Route::Page(slug) => ("page.html", free_page(&ctx, slug, &mut context)?),
    };
    frame(&ctx, &mut context, route, title)?;
    page(theme, template, &context, PathBuf::from(route.file(lang)))
}

/// What every page shares: language, direction, links to the other languages,
/// navigation, footer, and the fallback notice.
fn frame(ctx: &Ctx, context: &mut Context, route: Route, title: String) -> Result<(), String> {
    let catalog = ctx.catalog;
    let site = &catalog.site;
    let base = site.base_url.value.as_str();
    let languages: Vec<LanguageLink> = site
        .languages
        .iter()
        .map(|l| LanguageLink {
            code: l.code.value.clone(),
            name: l.name.clone(),
            dir: dir_name(l.dir),
            href: ctx.href_in(route, &l.code.value),
            url: route.url(base, &l.code.value),
            current: l.code.value == ctx.lang,
        })
        .collect();
    let mut nav = vec![
        NavLink { label: ctx.msg("nav-home", &[])?, href: ctx.href(Route::Home), current: route == Route::Home },
        NavLink { label: ctx.msg("nav-jobs", &[])?, href: ctx.href(Route::Jobs), current: route == Route::Jobs },
    ];
    let mut menu: Vec<_> = catalog.pages.iter().filter_map(|(slug, t)| Some((t.values().next()?.front.menu?, slug))).collect();
    menu.sort();
    for (_, slug) in menu {
        let page = &catalog.pages[slug];
        let (front, _) = page_in(page, ctx.lang, ctx.default_lang());
        nav.push(NavLink { label: front.title.value.clone(), href: ctx.href(Route::Page(slug)), current: route == Route::Page(slug) });
    }
    let site_title = ctx.l(&site.title);
    let municipality = ctx.l(&site.municipality);
    let footer_contact = contact(ctx, &site.contact);
    context.insert("lang", ctx.lang);
    context.insert("dir", if ctx.rtl { "rtl" } else { "ltr" });
    context.insert("root", &ctx.root());
    context.insert("title", &title);
    context.insert("site_title", &site_title);
    context.insert("municipality", &municipality);
    context.insert("site_contact", &footer_contact);
    context.insert("languages", &languages);
    context.insert("nav", &nav);
    context.insert("canonical", &route.url(base, ctx.lang));
    context.insert("x_default", &route.url(base, ctx.default_lang()));
    context.insert("home_href", &ctx.href(Route::Home));
    context.insert("catalog_href", &format!("{}data/catalog.json", ctx.root()));
    // Counted last: every text of the page has been resolved by now.
    context.insert("untranslated", &ctx.fallbacks.get());
    Ok(())
}

fn page_in<'p>(
    translations: &'p std::collections::BTreeMap<String, crate::model::Page>,
    lang: &str,
    default: &str,
) -> (&'p crate::model::FrontMatter, Option<&'p crate::model::Page>) {
    let page = translations.get(lang).or_else(|| translations.get(default)).or_else(|| translations.values().next());
    let page = page.expect("a page has at least one language");
    (&page.front, Some(page))
}

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
    let max = markets.iter().filter_map(|m| counts(&m.id.value)).max().unwrap_or(0).max(1);
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
                    Some(minutes) => Some(ctx.msg("travel-minutes", &[("n", FluentValue::from(minutes))])?),
                    None => None,
                },
            })
        })
        .collect()
}

fn total_weeks(package: &Package) -> (u32, u32) {
    let modules = &package.pathway.modules;
    let weeks = modules.iter().filter_map(|m| m.weeks.as_ref()).map(|w| u32::from(w.value)).sum();
    let fast = modules
        .iter()
        .filter_map(|m| m.fast_track_weeks.as_ref().or(m.weeks.as_ref()))
        .map(|w| u32::from(w.value))
        .sum();
    (weeks, fast)
}

fn weeks(ctx: &Ctx, n: u32) -> Result<String, String> {
    ctx.msg("weeks", &[("n", FluentValue::from(n))])
}

fn home(ctx: &Ctx, theme: &Theme, context: &mut Context) -> Result<String, String> {
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
                pictogram: theme.pictogram(&p.pictogram.value).map_err(|e| format!("content/packages/{id}.yaml: {e}"))?,
                weeks: weeks(ctx, total_weeks(p).0)?,
            })
        })
        .collect::<Result<Vec<_>, String>>()?;
    let markets_view = markets(ctx, |id| concept.labour_markets.markets.iter().find(|m| m.id.value == id).map(|m| m.jobs.value))?;
    let from = ctx.l(&concept.labour_markets.from);
    let headline = ctx.msg(
        "home-jobs-headline",
        &[("total", FluentValue::from(ctx.num(u64::from(concept.labour_markets.total_jobs.value)))), ("from", FluentValue::from(from.text.clone()))],
    )?;
    let principles: Vec<_> = concept.principles.iter().map(|p| (ctx.l(&p.name), ctx.l(&p.motto))).collect();
    context.insert("cards", &cards);
    context.insert("intro", &ctx.l(&concept.intro));
    context.insert("promise", &ctx.l(&concept.promise));
    context.insert("headline", &headline);
    context.insert("markets", &markets_view);
    context.insert("jobs_href", &ctx.href(Route::Jobs));
    context.insert("principles", &principles.iter().map(|(n, m)| [n, m]).collect::<Vec<_>>());
    context.insert("source", &concept.labour_markets.source.as_ref().map(|s| s.value.clone()));
    Ok(ctx.l(&catalog.site.title).text)
}

fn jobs(ctx: &Ctx, context: &mut Context) -> Result<String, String> {
    let lm = &ctx.catalog.concept.labour_markets;
    let from = ctx.l(&lm.from);
    let headline = ctx.msg(
        "home-jobs-headline",
        &[("total", FluentValue::from(ctx.num(u64::from(lm.total_jobs.value)))), ("from", FluentValue::from(from.text.clone()))],
    )?;
    let markets_view = markets(ctx, |id| lm.markets.iter().find(|m| m.id.value == id).map(|m| m.jobs.value))?;
    let per_package = ctx
        .catalog
        .packages_in_order()
        .into_iter()
        .map(|(id, p)| {
            let total: u32 = p.jobs.counts.values().map(|c| c.value).sum();
            (ctx.l(&p.name), ctx.num(u64::from(total)), ctx.href(Route::Package(id)))
        })
        .collect::<Vec<_>>();
    context.insert("headline", &headline);
    context.insert("markets", &markets_view);
    context.insert("source", &lm.source.as_ref().map(|s| s.value.clone()));
    context.insert("per_package", &per_package);
    context.insert("packages_illustrative", &ctx.catalog.packages.values().any(|p| p.jobs.is_illustrative()));
    ctx.msg("jobs-title", &[])
}

#[derive(Serialize)]
struct CourseLink {
    title: L,
    href: String,
    amu_number: Option<String>,
    days: String,
}

fn course_link(ctx: &Ctx, id: &str) -> Result<Option<CourseLink>, String> {
    let Some(course) = ctx.catalog.courses.get(id) else { return Ok(None) };
    Ok(Some(CourseLink {
        title: ctx.l(&course.title),
        href: ctx.href(Route::Course(id)),
        amu_number: course.amu_number.as_ref().map(|n| n.value.clone()),
        days: ctx.msg("days", &[("n", FluentValue::from(course.days.value))])?,
    }))
}

#[derive(Serialize)]
struct LevelMark {
    n: u8,
    label: L,
    reached: bool,
}

#[derive(Serialize)]
struct CriterionView {
    text: L,
    group: L,
    target: u8,
    target_text: String,
    levels: Vec<LevelMark>,
}

#[derive(Serialize)]
struct ToolView {
    name: L,
    measures: L,
    criteria: Vec<CriterionView>,
}

#[derive(Serialize)]
struct ModuleView {
    step: usize,
    name: L,
    purpose: L,
    content: L,
    weeks: Option<String>,
    fast: Option<String>,
    gate: bool,
    at_company: bool,
    courses: Vec<CourseLink>,
    tools: Vec<ToolView>,
}

fn module_view(ctx: &Ctx, package: &Package, step: usize, module: &Module) -> Result<ModuleView, String> {
    let concept = &ctx.catalog.concept;
    let kind = concept.module_kind(&module.kind.value);
    let scale_size = concept.scale.levels.len();
    let mut tools = Vec::new();
    for tool in Tool::ALL {
        let mut criteria = Vec::new();
        for (id, target) in &module.criteria {
            let Some(criterion) = package.criterion(id) else { continue };
            if criterion.tool.value != tool {
                continue;
            }
            let group = concept.criterion_groups.iter().find(|g| g.id.value == criterion.group.value);
            let level = concept.level(target.value);
            criteria.push(CriterionView {
                text: ctx.l(&criterion.text),
                group: group.map_or(L { text: criterion.group.value.clone(), lang: None }, |g| ctx.l(&g.name)),
                target: target.value,
                target_text: ctx.msg(
                    "target-level",
                    &[
                        ("level", FluentValue::from(target.value)),
                        ("of", FluentValue::from(scale_size)),
                        ("label", FluentValue::from(level.map(|l| ctx.l(&l.label).text).unwrap_or_default())),
                    ],
                )?,
                levels: concept
                    .scale
                    .levels
                    .iter()
                    .map(|l| LevelMark { n: l.level.value, label: ctx.l(&l.label), reached: l.level.value <= target.value })
                    .collect(),
            });
        }
        if criteria.is_empty() {
            continue;
        }
        let info = concept.tools.iter().find(|t| t.tool.value == tool);
        tools.push(ToolView {
            name: info.map_or(L { text: tool.as_str().into(), lang: None }, |t| ctx.l(&t.name)),
            measures: info.map_or(L { text: String::new(), lang: None }, |t| ctx.l(&t.measures)),
            criteria,
        });
    }
    Ok(ModuleView {
        step,
        name: kind.map_or(L { text: module.kind.value.clone(), lang: None }, |k| ctx.l(&k.name)),
        purpose: kind.map_or(L { text: String::new(), lang: None }, |k| ctx.l(&k.purpose)),
        content: ctx.l(&module.content),
        weeks: module.weeks.as_ref().map(|w| weeks(ctx, u32::from(w.value))).transpose()?,
        fast: module.fast_track_weeks.as_ref().map(|w| weeks(ctx, u32::from(w.value))).transpose()?,
        gate: kind.is_some_and(|k| k.gate),
        at_company: kind.is_some_and(|k| k.at_company),
        courses: module.courses.iter().filter_map(|c| course_link(ctx, &c.value).transpose()).collect::<Result<_, _>>()?,
        tools,
    })
}

fn package_common(ctx: &Ctx, id: &str, context: &mut Context) -> Result<&'static str, String> {
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
    Ok("")
}

fn package(ctx: &Ctx, theme: &Theme, id: &str, context: &mut Context) -> Result<String, String> {
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
    let courses = course_ids.iter().filter_map(|id| course_link(ctx, id).transpose()).collect::<Result<Vec<_>, _>>()?;
    let jobs_total: u32 = package.jobs.counts.values().map(|c| c.value).sum();
    let job_markets = markets(ctx, |m| package.jobs.counts.get(m).map(|c| c.value))?;
    context.insert("audience", &ctx.l(&package.audience));
    context.insert("job_types", &package.job_types.iter().map(|t| ctx.l(t)).collect::<Vec<_>>());
    context.insert("courses", &courses);
    context.insert("markets", &job_markets);
    context.insert(
        "jobs_headline",
        &ctx.msg("package-jobs-total", &[("total", FluentValue::from(ctx.num(u64::from(jobs_total))))])?,
    );
    context.insert("jobs_illustrative", &package.jobs.is_illustrative());
    context.insert("jobs_source", &package.jobs.source.as_ref().map(|s| s.value.clone()));
    context.insert("certificate", &ctx.l(&package.certificate));
    context.insert("pictogram", &theme.pictogram(&package.pictogram.value).map_err(|e| format!("content/packages/{id}.yaml: {e}"))?);
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
            dots: levels.iter().map(|other| other.level.value <= l.level.value).collect(),
        })
        .collect()
}

#[derive(Serialize)]
struct Titled {
    name: L,
    text: L,
}

fn employer(ctx: &Ctx, id: &str, context: &mut Context) -> Result<String, String> {
    let package = &ctx.catalog.packages[id];
    let concept = &ctx.catalog.concept;
    let e = &concept.employer;
    package_common(ctx, id, context)?;
    let companies: Vec<_> = package
        .training_companies
        .iter()
        .map(|c| (c.name.clone(), c.place.clone(), ctx.l(&c.description), c.is_illustrative()))
        .collect();
    context.insert("role", &ctx.l(&e.role));
    context.insert("provides", &e.job_centre_provides.iter().map(|t| ctx.l(t)).collect::<Vec<_>>());
    context.insert("schemes", &e.schemes.iter().map(|s| Titled { name: ctx.l(&s.name), text: ctx.l(&s.text) }).collect::<Vec<_>>());
    context.insert("tips", &e.tips.iter().map(|t| ctx.l(t)).collect::<Vec<_>>());
    context.insert("after_hiring", &ctx.l(&e.after_hiring));
    context.insert("companies", &companies);
    let name = ctx.l(&package.name).text;
    ctx.msg("employer-title", &[("package", FluentValue::from(name))])
}

fn course(ctx: &Ctx, id: &str, context: &mut Context) -> Result<String, String> {
    let course = &ctx.catalog.courses[id];
    let used_by: Vec<_> = ctx
        .catalog
        .packages_in_order()
        .into_iter()
        .filter(|(_, p)| p.pathway.modules.iter().any(|m| m.courses.iter().any(|c| c.value == id)))
        .map(|(pid, p)| (ctx.l(&p.name), ctx.href(Route::Package(pid))))
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

fn free_page(ctx: &Ctx, slug: &str, context: &mut Context) -> Result<String, String> {
    let translations = &ctx.catalog.pages[slug];
    let (front, page) = page_in(translations, ctx.lang, ctx.default_lang());
    let page = page.expect("page_in returns a page");
    let fallback = !translations.contains_key(ctx.lang);
    if fallback {
        ctx.fallbacks.set(ctx.fallbacks.get() + 1);
    }
    context.insert("body", &markdown::to_html(&page.markdown));
    context.insert("body_lang", &fallback.then(|| ctx.default_lang().to_string()));
    context.insert("description", &front.description);
    Ok(front.title.value.clone())
}

fn page(theme: &Theme, template: &str, context: &Context, path: PathBuf) -> Result<OutputFile, String> {
    let html = theme
        .tera
        .render(template, context)
        .map_err(|e| format!("the template {template} failed for {}: {e}", path.display()))?;
    Ok(OutputFile { path, bytes: html.into_bytes() })
}

/// One value per language of the site, for the pages that show every language at once.
fn per_language(
    catalog: &Catalog,
    locales: &Locales,
    view: impl Fn(&crate::model::Language, &Ctx) -> Result<serde_json::Value, String>,
) -> Result<Vec<serde_json::Value>, String> {
    catalog
        .site
        .languages
        .iter()
        .map(|l| view(l, &Ctx::new(catalog, locales, &l.code.value, Route::Home)))
        .collect()
}

/// `/index.html`: a language chooser that needs no JavaScript.
fn chooser(catalog: &Catalog, theme: &Theme, locales: &Locales) -> Result<OutputFile, String> {
    let options = per_language(catalog, locales, |l, ctx| {
        Ok(serde_json::json!({
            "code": ctx.lang,
            "name": l.name,
            "dir": dir_name(l.dir),
            "href": Route::Home.dir(ctx.lang),
            "title": ctx.l(&catalog.site.title),
            "choose": ctx.msg("choose-language", &[])?,
        }))
    })?;
    let default = catalog.site.default_language.value.as_str();
    let ctx = Ctx::new(catalog, locales, default, Route::Home);
    let mut context = Context::new();
    context.insert("lang", default);
    context.insert("options", &options);
    context.insert("title", &ctx.l(&catalog.site.title).text);
    context.insert("canonical", &catalog.site.base_url.value);
    context.insert("languages", &catalog.site.languages.iter().map(|l| (l.code.value.clone(), Route::Home.url(&catalog.site.base_url.value, &l.code.value))).collect::<Vec<_>>());
    page(theme, "chooser.html", &context, PathBuf::from("index.html"))
}

/// `/404.html`: the same message in every language, since a server cannot
/// know which one the reader wanted. Links are absolute: it is served from any path.
fn not_found(catalog: &Catalog, theme: &Theme, locales: &Locales) -> Result<OutputFile, String> {
    let base = catalog.site.base_url.value.as_str();
    let path = base.find("://").and_then(|i| base[i + 3..].find('/').map(|j| &base[i + 3 + j..])).unwrap_or("/");
    let sections = per_language(catalog, locales, |l, ctx| {
        Ok(serde_json::json!({
            "code": ctx.lang,
            "dir": dir_name(l.dir),
            "heading": ctx.msg("not-found-title", &[])?,
            "text": ctx.msg("not-found-text", &[])?,
            "home": ctx.msg("not-found-home", &[])?,
            "href": format!("{path}{}", Route::Home.dir(ctx.lang)),
        }))
    })?;
    let default = catalog.site.default_language.value.as_str();
    let mut context = Context::new();
    context.insert("lang", default);
    context.insert("sections", &sections);
    context.insert("title", &locales.message(default, "not-found-title", None)?.0);
    context.insert("css", &format!("{path}assets/style.css"));
    page(theme, "404.html", &context, PathBuf::from("404.html"))
}
