//! Where everything is published: the list of pages, and the address of
//! every page and document for `catalog.json` and `sitemap.xml`.

use super::print;
use crate::model::Catalog;
use crate::routes::{Route, Urls};

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

/// The address of every page and document, for catalog.json.
pub fn urls(catalog: &Catalog, documents: &[print::Document]) -> Urls {
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
    for doc in documents {
        let url = format!("{base}{}", doc.path);
        let entry = urls
            .print
            .entry(doc.package.clone())
            .or_default()
            .entry(doc.lang.clone())
            .or_default();
        match doc.kind {
            print::Kind::Folder => entry.practice_folder = url,
            print::Kind::Form { .. } => entry.progression_forms.push(url),
        }
    }
    urls
}

/// `sitemap.xml`: every page in every language, each with its alternates,
/// then every PDF document.
pub fn sitemap(catalog: &Catalog, documents: &[print::Document]) -> String {
    let base = catalog.site.base_url.value.as_str();
    let default = catalog.site.default_language.value.as_str();
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for route in routes(catalog) {
        for lang in catalog.language_codes() {
            xml.push_str(&format!(
                "  <url>\n    <loc>{}</loc>\n",
                route.url(base, lang)
            ));
            for other in catalog.language_codes() {
                xml.push_str(&format!(
                    "    <xhtml:link rel=\"alternate\" hreflang=\"{other}\" href=\"{}\"/>\n",
                    route.url(base, other)
                ));
            }
            xml.push_str(&format!(
                "    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\"/>\n  </url>\n",
                route.url(base, default)
            ));
        }
    }
    for doc in documents {
        xml.push_str(&format!(
            "  <url>\n    <loc>{base}{}</loc>\n  </url>\n",
            doc.path
        ));
    }
    xml.push_str("</urlset>\n");
    xml
}
