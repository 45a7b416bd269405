//! Where everything is published: the list of pages, and the address of
//! every page and document for `catalog.json` and `sitemap.xml`.

use super::{RenderError, print};
use crate::model::Catalog;
use crate::routes::{Route, Urls};

/// Every page of the site in every language, in a fixed order.
pub fn routes(catalog: &Catalog) -> Vec<Route<'_>> {
    let mut routes = vec![Route::Home, Route::Jobs];
    if !catalog.sources.is_empty() {
        routes.push(Route::Sources);
    }
    if !catalog.packages.is_empty() {
        routes.push(Route::Employers);
    }
    for (id, _) in catalog.packages_in_order() {
        routes.push(Route::Package(id));
        routes.push(Route::Employer(id));
    }
    routes.extend(catalog.courses.keys().map(|id| Route::Course(id)));
    routes.extend(catalog.pages.keys().map(|slug| Route::Page(slug)));
    routes
}

/// The address of every page and document, for catalog.json.
pub fn urls(catalog: &Catalog, documents: &[&print::Document]) -> Urls {
    let base = catalog.site.base_url.value.as_str();
    let mut urls = Urls::default();
    for lang in catalog.language_codes() {
        for route in routes(catalog) {
            let url = route.url(base, lang);
            let map = match route {
                Route::Home => &mut urls.home,
                Route::Jobs => &mut urls.jobs,
                Route::Sources => &mut urls.sources,
                Route::Employers => &mut urls.for_companies,
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

/// The most addresses one sitemap file may list (sitemaps.org).
pub const SITEMAP_LIMIT: usize = 50_000;

const URLSET: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n";

/// The sitemap: every page in every language, each with its alternates,
/// then every PDF document. Each file is handed to `put` when complete. Up
/// to `limit` ([`SITEMAP_LIMIT`]) addresses it is `sitemap.xml`; a larger site (a
/// national catalogue) gets `sitemap-1.xml`, `sitemap-2.xml`, … and a
/// `sitemap.xml` that lists them.
pub fn sitemaps(
    catalog: &Catalog,
    documents: &[&print::Document],
    limit: usize,
    put: &mut dyn FnMut(String, String) -> Result<(), RenderError>,
) -> Result<(), RenderError> {
    let limit = limit.max(1);
    let base = catalog.site.base_url.value.as_str();
    let default = catalog.site.default_language.value.as_str();
    let routes = routes(catalog);
    let total = routes.len() * catalog.site.languages.len() + documents.len();
    let split = total > limit;
    let (mut xml, mut count, mut parts) = (String::from(URLSET), 0, 0);
    let mut add = |entry: String, last: bool| -> Result<(), RenderError> {
        if !entry.is_empty() {
            xml.push_str(&entry);
            count += 1;
        }
        if (count == limit || last) && (count > 0 || parts == 0) {
            xml.push_str("</urlset>\n");
            parts += 1;
            let name = if split {
                format!("sitemap-{parts}.xml")
            } else {
                "sitemap.xml".to_string()
            };
            put(name, std::mem::replace(&mut xml, String::from(URLSET)))?;
            count = 0;
        }
        Ok(())
    };
    for route in &routes {
        for lang in catalog.language_codes() {
            let mut entry = format!("  <url>\n    <loc>{}</loc>\n", route.url(base, lang));
            for other in catalog.language_codes() {
                entry.push_str(&format!(
                    "    <xhtml:link rel=\"alternate\" hreflang=\"{other}\" href=\"{}\"/>\n",
                    route.url(base, other)
                ));
            }
            entry.push_str(&format!(
                "    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\"/>\n  </url>\n",
                route.url(base, default)
            ));
            add(entry, false)?;
        }
    }
    for doc in documents {
        add(
            format!("  <url>\n    <loc>{base}{}</loc>\n  </url>\n", doc.path),
            false,
        )?;
    }
    add(String::new(), true)?;
    if split {
        let mut index = String::from(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
        );
        for part in 1..=total.div_ceil(limit) {
            index.push_str(&format!(
                "  <sitemap><loc>{base}sitemap-{part}.xml</loc></sitemap>\n"
            ));
        }
        index.push_str("</sitemapindex>\n");
        put("sitemap.xml".to_string(), index)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn locs(xml: &str) -> Vec<String> {
        xml.split("<loc>")
            .skip(1)
            .filter_map(|s| s.split("</loc>").next())
            .map(str::to_string)
            .collect()
    }

    #[test]
    fn a_large_site_gets_sitemaps_of_at_most_the_limit_and_an_index() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let loaded = crate::load::load(root).expect("the example site");
        let catalog = loaded.valid_catalog().expect("valid");
        let planned = print::planned(catalog);
        let documents: Vec<&print::Document> = planned.iter().collect();
        let mut whole = Vec::new();
        sitemaps(catalog, &documents, SITEMAP_LIMIT, &mut |name, xml| {
            whole.push((name, xml));
            Ok(())
        })
        .unwrap();
        assert_eq!(whole.len(), 1, "the example fits in one sitemap");
        assert_eq!(whole[0].0, "sitemap.xml");
        let all = locs(&whole[0].1);
        assert_eq!(all.len(), routes(catalog).len() * 3 + documents.len());

        let mut parts = Vec::new();
        sitemaps(catalog, &documents, 50, &mut |name, xml| {
            parts.push((name, xml));
            Ok(())
        })
        .unwrap();
        let (index_name, index) = parts.pop().unwrap();
        assert_eq!(index_name, "sitemap.xml");
        assert!(index.contains("<sitemapindex"));
        assert_eq!(parts.len(), all.len().div_ceil(50));
        let mut listed = Vec::new();
        for (i, (name, xml)) in parts.iter().enumerate() {
            assert_eq!(name, &format!("sitemap-{}.xml", i + 1));
            assert!(locs(&index).iter().any(|l| l.ends_with(name.as_str())));
            let these = locs(xml);
            assert!(these.len() <= 50, "{name} lists {}", these.len());
            assert!(xml.ends_with("</urlset>\n"));
            listed.extend(these);
        }
        assert_eq!(listed, all, "the parts list every address once, in order");
    }
}
