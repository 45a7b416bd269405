//! The HTML pages of the site, in every language. Rust builds ready-made views
//! (texts already resolved to a language, numbers already formatted, links
//! already relative); templates only lay them out.

use super::RenderError;
use super::localizer::{Localizer, contact, kept_terms};
use super::memo::{Context, Memo};
use super::print::Downloads;
use super::published::routes;
use super::sources;
use super::views;
use crate::model::Direction;
use crate::output::OutputFile;
use crate::routes::Route;
use crate::site::Site;
use crate::theme::Terms;
use rayon::prelude::*;
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

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

fn dir_name(dir: Direction) -> &'static str {
    match dir {
        Direction::Ltr => "ltr",
        Direction::Rtl => "rtl",
    }
}

/// One page of the output, with the hash of its inputs.
pub struct Page {
    pub file: OutputFile,
    pub key: u128,
    /// Rendered now, not taken from the memo.
    pub fresh: bool,
}

/// What every page is rendered with.
pub struct Pages<'a> {
    pub site: &'a Site,
    pub memo: &'a Memo,
    /// Whether pages get the hash of their inputs (for a memo); a one-off
    /// build keeps no memo of pages and skips the hashing.
    pub keyed: bool,
    /// The packages that use each course, in package order.
    pub users: BTreeMap<&'a str, Vec<&'a str>>,
    /// The names and terms kept in the default language inside the other
    /// languages' texts, marked with it on their pages.
    pub kept: Arc<Terms>,
    /// What the pages' contexts name `kept` with, for `t()`.
    kept_key: u64,
}

impl<'a> Pages<'a> {
    pub fn new(site: &'a Site, memo: &'a Memo, keyed: bool) -> Pages<'a> {
        let mut users: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        for (id, package) in site.catalog.packages_in_order() {
            for course in package.pathway.modules.iter().flat_map(|m| &m.courses) {
                let list = users.entry(course.value.as_str()).or_default();
                if list.last() != Some(&id) {
                    list.push(id);
                }
            }
        }
        let kept = Arc::new(Terms::new(
            kept_terms(&site.catalog),
            site.default_language(),
        ));
        Pages {
            site,
            memo,
            keyed,
            users,
            kept_key: site.theme.keep_terms(kept.clone()),
            kept,
        }
    }
}

/// Renders every page in every language in parallel and hands each to
/// `put` as soon as it is made; a page whose inputs are unchanged is taken
/// from the memo.
pub fn render(
    with: &Pages,
    downloads: &Downloads,
    put: &(dyn Fn(Page) -> Result<(), RenderError> + Sync),
) -> Result<(), RenderError> {
    let catalog = &with.site.catalog;
    // A package's employer page is made together with its package page,
    // which shares the modules, the diagram and the contact with it.
    let jobs: Vec<(Route, &str)> = routes(catalog)
        .into_iter()
        .filter(|route| !matches!(route, Route::Employer(id) if with.site.package(id).is_some()))
        .flat_map(|route| catalog.language_codes().map(move |lang| (route, lang)))
        .collect();
    jobs.par_iter().try_for_each(|&(route, lang)| match route {
        Route::Package(id) => {
            let shared = Shared::new(with, id, lang)?;
            put(render_route(with, downloads, route, lang, shared.as_ref())?)?;
            if shared.is_some() {
                put(render_route(
                    with,
                    downloads,
                    Route::Employer(id),
                    lang,
                    shared.as_ref(),
                )?)?;
            }
            Ok(())
        }
        _ => put(render_page(with, downloads, route, lang)?),
    })?;
    put(chooser(with)?)?;
    put(not_found(with)?)
}

/// Fills in every page template once, with the first thing of its kind and
/// in the default language, and returns what failed: a misspelt variable
/// shows in `check`, not only in the build.
pub fn rehearse(site: &Site) -> Vec<RenderError> {
    let memo = Memo::default();
    let with = Pages::new(site, &memo, false);
    let catalog = &site.catalog;
    let lang = site.default_language();
    let downloads = Downloads::default();
    let mut samples = vec![Route::Home, Route::Jobs];
    if !catalog.sources.is_empty() {
        samples.push(Route::Sources);
    }
    if let Some((id, _)) = catalog.packages_in_order().first() {
        samples.extend([Route::Employers, Route::Package(id), Route::Employer(id)]);
    }
    if let Some(id) = catalog.courses.keys().next() {
        samples.push(Route::Course(id));
    }
    if let Some(slug) = catalog.pages.keys().next() {
        samples.push(Route::Page(slug));
    }
    let mut failed: Vec<RenderError> = samples
        .into_iter()
        .filter_map(|route| render_page(&with, &downloads, route, lang).err())
        .collect();
    failed.extend(chooser(&with).err());
    failed.extend(not_found(&with).err());
    failed
}

/// What the package page and the employer page of one package in one
/// language share ([`views::package_common`]), made once for both.
struct Shared {
    context: Context,
    /// The texts of it shown in the default language instead of the page's.
    fallbacks: usize,
}

impl Shared {
    /// None when there is no package `id` (the page then says so).
    fn new(with: &Pages, id: &str, lang: &str) -> Result<Option<Shared>, RenderError> {
        let Some(package) = with.site.package(id) else {
            return Ok(None);
        };
        // Package and employer pages lie as deep, so their links are the same.
        let ctx = Localizer::new(with.site, lang, Route::Package(id)).marking(&with.kept);
        let mut context = Context::new(with.keyed);
        views::package_common(&ctx, &package, &mut context)?;
        Ok(Some(Shared {
            context,
            fallbacks: ctx.fallbacks.get(),
        }))
    }
}

fn render_page(
    with: &Pages,
    downloads: &Downloads,
    route: Route,
    lang: &str,
) -> Result<Page, RenderError> {
    let shared = match route {
        Route::Package(id) | Route::Employer(id) => Shared::new(with, id, lang)?,
        _ => None,
    };
    render_route(with, downloads, route, lang, shared.as_ref())
}

/// One page; a package or employer page with the part it shares with the other.
fn render_route(
    with: &Pages,
    downloads: &Downloads,
    route: Route,
    lang: &str,
    shared: Option<&Shared>,
) -> Result<Page, RenderError> {
    let ctx = Localizer::new(with.site, lang, route).marking(&with.kept);
    let mut context = Context::new(with.keyed);
    let package = match route {
        Route::Package(id) | Route::Employer(id) => with.site.package(id),
        _ => None,
    };
    if let Some(package) = &package {
        let docs = downloads
            .get(&(package.id.to_string(), lang.to_string()))
            .map_or(&[][..], Vec::as_slice);
        context.insert("downloads", &views::downloads(&ctx, package, docs, route)?);
    }
    if let Some(shared) = shared {
        ctx.fallbacks.set(ctx.fallbacks.get() + shared.fallbacks);
        context.extend(&shared.context);
    }
    let (template, title) = match (route, &package) {
        (Route::Home, _) => ("home.html", views::home(&ctx, &mut context)?),
        (Route::Jobs, _) => ("jobs.html", views::jobs(&ctx, &mut context)?),
        (Route::Sources, _) => ("sources.html", sources::page(&ctx, &mut context)?),
        (Route::Employers, _) => ("employers.html", views::employers(&ctx, &mut context)?),
        (Route::Package(_), Some(package)) => {
            ("package.html", views::package(&ctx, package, &mut context)?)
        }
        (Route::Employer(_), Some(package)) => (
            "employer.html",
            views::employer(&ctx, package, &mut context)?,
        ),
        (Route::Package(id) | Route::Employer(id), None) => {
            return Err(RenderError::Data(format!("there is no package `{id}`")));
        }
        (Route::Course(id), _) => {
            let users = with.users.get(id).map_or(&[][..], Vec::as_slice);
            ("course.html", views::course(&ctx, id, users, &mut context)?)
        }
        (Route::Page(slug), _) => ("page.html", views::free_page(&ctx, slug, &mut context)?),
    };
    frame(&ctx, &mut context, route, title, with.kept_key)?;
    page(with, template, lang, &context, route.file(lang))
}

/// What every page shares: language, direction, links to the other languages,
/// navigation, footer, and the fallback notice.
fn frame(
    ctx: &Localizer,
    context: &mut Context,
    route: Route,
    title: String,
    kept_key: u64,
) -> Result<(), RenderError> {
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
        NavLink {
            label: ctx.msg("nav-home", &[])?,
            href: ctx.href(Route::Home),
            current: route == Route::Home,
        },
        NavLink {
            label: ctx.msg("nav-jobs", &[])?,
            href: ctx.href(Route::Jobs),
            current: route == Route::Jobs,
        },
    ];
    if !catalog.packages.is_empty() {
        nav.push(NavLink {
            label: ctx.msg("nav-employers", &[])?,
            href: ctx.href(Route::Employers),
            current: route == Route::Employers,
        });
    }
    let mut menu: Vec<_> = catalog
        .pages
        .iter()
        .filter_map(|(slug, t)| Some((t.values().next()?.front.menu?, slug)))
        .collect();
    menu.sort();
    for (_, slug) in menu {
        let page = &catalog.pages[slug];
        let (front, _) = page_in(page, ctx.lang, ctx.default_lang());
        nav.push(NavLink {
            label: front.title.value.clone(),
            href: ctx.href(Route::Page(slug)),
            current: route == Route::Page(slug),
        });
    }
    let site_title = ctx.l(&site.title);
    let municipality = ctx.l(&site.municipality);
    let footer_contact = contact(ctx, &site.contact);
    context.insert("lang", ctx.lang);
    context.insert("dir", if ctx.rtl { "rtl" } else { "ltr" });
    context.insert("root", &ctx.root());
    context.insert("icon_svg", &!super::own_favicon(ctx.site));
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
    context.insert("sources_href", &sources::footer_href(ctx));
    // The terms the templates' messages mark as kept in the default language.
    if ctx.kept_terms().is_some() {
        context.insert("kept_key", &kept_key);
    }
    // Counted last: every text of the page has been resolved by now.
    context.insert("untranslated", &ctx.fallbacks.get());
    Ok(())
}

pub(super) fn page_in<'p>(
    translations: &'p std::collections::BTreeMap<String, crate::model::Page>,
    lang: &str,
    default: &str,
) -> (
    &'p crate::model::FrontMatter,
    Option<&'p crate::model::Page>,
) {
    let page = translations
        .get(lang)
        .or_else(|| translations.get(default))
        .or_else(|| translations.values().next());
    let page = page.expect("a page has at least one language");
    (&page.front, Some(page))
}

/// Renders `template` with `context` in `lang`, unless the memo has the
/// page made from the same template, messages and context.
fn page(
    with: &Pages,
    template: &str,
    lang: &str,
    context: &Context,
    path: String,
) -> Result<Page, RenderError> {
    let key = context.key((
        template,
        with.site.theme.template_key(template),
        with.site.locales.key(lang),
    ));
    if let Some(bytes) = with.keyed.then(|| with.memo.reuse(&path, key)).flatten() {
        let file = OutputFile {
            path: PathBuf::from(path),
            bytes,
        };
        return Ok(Page {
            file,
            key,
            fresh: false,
        });
    }
    // Pages are usually 20-50 kB: start with room for most of them.
    let mut html = Vec::with_capacity(48 * 1024);
    with.site
        .theme
        .tera
        .render_to(template, context.tera(), &mut html)
        .map_err(|e| RenderError::Template {
            template: template.to_string(),
            page: path.clone(),
            message: e.to_string(),
        })?;
    let html = crate::theme::mark_fallbacks(html);
    let file = OutputFile {
        path: PathBuf::from(path),
        bytes: html.into(),
    };
    Ok(Page {
        file,
        key,
        fresh: true,
    })
}

/// One value per language of the site, for the pages that show every language at once.
fn per_language(
    site: &Site,
    view: impl Fn(&crate::model::Language, &Localizer) -> Result<serde_json::Value, RenderError>,
) -> Result<Vec<serde_json::Value>, RenderError> {
    site.catalog
        .site
        .languages
        .iter()
        .map(|l| view(l, &Localizer::new(site, &l.code.value, Route::Home)))
        .collect()
}

/// `/index.html`: a language chooser that needs no JavaScript.
fn chooser(with: &Pages) -> Result<Page, RenderError> {
    let catalog = &with.site.catalog;
    let options = per_language(with.site, |l, ctx| {
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
    let ctx = Localizer::new(with.site, default, Route::Home);
    let mut context = Context::new(with.keyed);
    context.insert("lang", default);
    context.insert("options", &options);
    context.insert("icon_svg", &!super::own_favicon(with.site));
    context.insert("title", &ctx.l(&catalog.site.title).text);
    context.insert("canonical", &catalog.site.base_url.value);
    context.insert(
        "languages",
        &catalog
            .site
            .languages
            .iter()
            .map(|l| {
                (
                    l.code.value.clone(),
                    Route::Home.url(&catalog.site.base_url.value, &l.code.value),
                )
            })
            .collect::<Vec<_>>(),
    );
    page(with, "chooser.html", default, &context, "index.html".into())
}

/// `/404.html`: the same message in every language, since a server cannot
/// know which one the reader wanted. Links are absolute: it is served from any path.
fn not_found(with: &Pages) -> Result<Page, RenderError> {
    let (catalog, locales) = (&with.site.catalog, &with.site.locales);
    let base = catalog.site.base_url.value.as_str();
    let path = base
        .find("://")
        .and_then(|i| base[i + 3..].find('/').map(|j| &base[i + 3 + j..]))
        .unwrap_or("/");
    let sections = per_language(with.site, |l, ctx| {
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
    let mut context = Context::new(with.keyed);
    context.insert("lang", default);
    context.insert("sections", &sections);
    context.insert(
        "title",
        &locales
            .message(default, "not-found-title", None)
            .map_err(RenderError::Message)?
            .0,
    );
    context.insert("css", &format!("{path}assets/style.css"));
    context.insert("root", path);
    context.insert("icon_svg", &!super::own_favicon(with.site));
    page(with, "404.html", default, &context, "404.html".into())
}
