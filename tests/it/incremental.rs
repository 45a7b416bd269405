//! Incremental rendering: after a change, only the pages whose inputs changed
//! are rendered again; every other page comes from the memo byte for byte.
//! PDFs are not printed here (`Mode::Later`); tests/print.rs counts the
//! documents a content change prints again.

use crate::common::{Site, copy_dir, open, repo};
use pathways::render::print::Mode;
use pathways::render::{Memo, Rendered, render};

fn render_site(site: &Site, memo: &Memo) -> Rendered {
    render(&open(site.root()), memo, Mode::Later).expect("render")
}

/// The pages rendered anew (not PDFs), sorted.
fn fresh(rendered: &Rendered) -> Vec<String> {
    let mut pages: Vec<String> = rendered
        .fresh
        .iter()
        .filter(|p| p.ends_with(".html"))
        .cloned()
        .collect();
    pages.sort();
    pages
}

fn page_count(rendered: &Rendered) -> usize {
    rendered
        .files
        .iter()
        .filter(|f| f.path.extension().is_some_and(|e| e == "html"))
        .count()
}

/// Renders the example site, applies `change`, and renders again with the memo.
fn after(change: impl FnOnce(&Site)) -> (Rendered, Rendered) {
    let site = Site::fixture();
    let first = render_site(&site, &Memo::default());
    change(&site);
    let second = render_site(&site, &first.memo);
    (first, second)
}

/// Every page the second render took from the memo is byte-identical to a
/// render from scratch of the changed site.
fn assert_same_as_full_render(site: &Site, second: &Rendered) {
    let full = render_site(site, &Memo::default());
    assert_eq!(full.files.len(), second.files.len());
    for (a, b) in full.files.iter().zip(&second.files) {
        assert_eq!(a.path, b.path);
        assert!(
            a.bytes == b.bytes,
            "{} differs from a full render",
            a.path.display()
        );
    }
}

#[test]
fn nothing_changed_renders_nothing() {
    let (first, second) = after(|_| {});
    assert_eq!(fresh(&first).len(), page_count(&first));
    assert_eq!(fresh(&second), Vec::<String>::new());
}

#[test]
fn a_package_title_renders_that_package_and_the_pages_that_list_it() {
    let site = Site::fixture();
    let first = render_site(&site, &Memo::default());
    site.edit(
        "content/packages/landbrug.yaml",
        "  en: \"Agriculture\"",
        "  en: \"Farming\"",
    );
    let second = render_site(&site, &first.memo);
    let pages = fresh(&second);
    for page in [
        "en/pakker/landbrug/index.html",
        "en/virksomheder/landbrug/index.html",
        "en/index.html",
        "en/job/index.html",
    ] {
        assert!(
            pages.contains(&page.to_string()),
            "{page} not re-rendered: {pages:?}"
        );
    }
    // The English name changed: Danish and Arabic pages and the other
    // packages' pages do not show it.
    for page in &pages {
        assert!(page.starts_with("en/"), "{page} was re-rendered: {pages:?}");
        assert!(!page.contains("detailbranchen"), "{page} was re-rendered");
    }
    assert!(
        pages.len() < page_count(&second) / 4,
        "{} of {} pages: {pages:?}",
        pages.len(),
        page_count(&second)
    );
    let sitemap_and_catalog = ["sitemap.xml", "data/catalog.json"];
    for file in sitemap_and_catalog {
        assert!(second.files.iter().any(|f| f.path.to_str() == Some(file)));
    }
    assert_same_as_full_render(&site, &second);
}

#[test]
fn a_course_renders_its_pages_and_the_packages_that_use_it() {
    let site = Site::fixture();
    let first = render_site(&site, &Memo::default());
    site.edit(
        "content/courses/foerstehjaelp.yaml",
        "da: Førstehjælp på arbejdspladsen",
        "da: Førstehjælp på jobbet",
    );
    let second = render_site(&site, &first.memo);
    let pages = fresh(&second);
    assert!(
        pages.contains(&"da/kurser/foerstehjaelp/index.html".to_string()),
        "{pages:?}"
    );
    assert!(
        pages.contains(&"da/pakker/landbrug/index.html".to_string()),
        "{pages:?}"
    );
    // hotelservice does not use the course.
    assert!(
        !pages.iter().any(|p| p.contains("hotelservice")),
        "{pages:?}"
    );
    assert!(
        !pages.iter().any(|p| p.contains("kurser/kundeservice")),
        "{pages:?}"
    );
    assert_same_as_full_render(&site, &second);
}

#[test]
fn a_template_renders_the_pages_that_use_it() {
    let site = Site::fixture();
    let first = render_site(&site, &Memo::default());
    let template = std::fs::read_to_string(repo().join("themes/default/templates/employer.html"))
        .expect("built-in template");
    site.write(
        "themes/default/templates/employer.html",
        template
            .replacen("</h1>", "</h1><!-- changed -->", 1)
            .as_bytes(),
    );
    let second = render_site(&site, &first.memo);
    let pages = fresh(&second);
    let employer: Vec<&String> = pages
        .iter()
        .filter(|p| p.contains("/virksomheder/"))
        .collect();
    assert_eq!(employer.len(), 6 * 3, "{pages:?}");
    assert_eq!(
        pages.len(),
        employer.len(),
        "only employer pages: {pages:?}"
    );
    assert_same_as_full_render(&site, &second);
}

#[test]
fn a_locale_file_renders_that_language() {
    let site = Site::fixture();
    copy_dir(&repo().join("locales"), &site.root().join("locales"));
    let first = render_site(&site, &Memo::default());
    let file = "locales/ar/main.ftl";
    let text = site.read(file);
    let line = text
        .lines()
        .find(|l| l.starts_with("nav-jobs = "))
        .expect("nav-jobs in ar")
        .to_string();
    site.edit(file, &line, &format!("{line} الآن"));
    let second = render_site(&site, &first.memo);
    let pages = fresh(&second);
    assert!(pages.len() > 20, "{pages:?}");
    for page in &pages {
        assert!(page.starts_with("ar/"), "{page} is not Arabic: {pages:?}");
    }
    assert_same_as_full_render(&site, &second);
}
