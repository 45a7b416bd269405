//! Where every page of the site lives. One place decides the paths, so links,
//! the language switcher, hreflang, the sitemap and catalog.json always agree.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The first path segment of each kind of generated page. Free pages live
/// beside them under `/{lang}/{slug}/`, so their slugs may not take these.
pub const PACKAGES: &str = "pakker";
pub const EMPLOYERS: &str = "virksomheder";
pub const COURSES: &str = "kurser";
pub const JOBS: &str = "job";
pub const SOURCES: &str = "kilder";
pub const RESERVED: [&str; 5] = [PACKAGES, EMPLOYERS, COURSES, JOBS, SOURCES];

/// A page of the site, independent of language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Route<'a> {
    Home,
    Package(&'a str),
    Employer(&'a str),
    /// The way in for companies: every package's employer page, one line each.
    Employers,
    Course(&'a str),
    Jobs,
    /// The documents of content/sources.yaml and what was taken from each.
    Sources,
    Page(&'a str),
}

impl Route<'_> {
    /// The page's folder relative to the site root, ending in `/`: `da/pakker/landbrug/`.
    pub fn dir(&self, lang: &str) -> String {
        match self {
            Route::Home => format!("{lang}/"),
            Route::Package(id) => format!("{lang}/{PACKAGES}/{id}/"),
            Route::Employer(id) => format!("{lang}/{EMPLOYERS}/{id}/"),
            Route::Employers => format!("{lang}/{EMPLOYERS}/"),
            Route::Course(id) => format!("{lang}/{COURSES}/{id}/"),
            Route::Jobs => format!("{lang}/{JOBS}/"),
            Route::Sources => format!("{lang}/{SOURCES}/"),
            Route::Page(slug) => format!("{lang}/{slug}/"),
        }
    }

    /// The file the page is written to.
    pub fn file(&self, lang: &str) -> String {
        format!("{}index.html", self.dir(lang))
    }

    /// How many folders deep the page is, for relative links back to the root.
    pub fn depth(&self) -> usize {
        match self {
            Route::Home => 1,
            Route::Jobs | Route::Sources | Route::Employers | Route::Page(_) => 2,
            Route::Package(_) | Route::Employer(_) | Route::Course(_) => 3,
        }
    }

    /// The full address under the site's base URL (which ends in `/`).
    pub fn url(&self, base_url: &str, lang: &str) -> String {
        format!("{base_url}{}", self.dir(lang))
    }
}

/// The web address of every page in every language, as published in catalog.json.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Urls {
    /// Language code → address.
    pub home: BTreeMap<String, String>,
    pub jobs: BTreeMap<String, String>,
    /// Language code → address of the sources page (absent when content/sources.yaml lists no documents).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub sources: BTreeMap<String, String>,
    /// Package id → language code → address of the citizens' page.
    pub packages: BTreeMap<String, BTreeMap<String, String>>,
    /// Package id → language code → address of the employers' page.
    pub employers: BTreeMap<String, BTreeMap<String, String>>,
    /// Language code → address of the page for companies that lists every package's employer page.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub for_companies: BTreeMap<String, String>,
    /// Course id → language code → address.
    pub courses: BTreeMap<String, BTreeMap<String, String>>,
    /// Page slug → language code → address.
    pub pages: BTreeMap<String, BTreeMap<String, String>>,
    /// Package id → language code → addresses of its printable PDFs.
    pub print: BTreeMap<String, BTreeMap<String, PrintUrls>>,
}

/// The printable documents of one package in one language.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PrintUrls {
    /// The practice folder (praktikmappe) for companies.
    pub practice_folder: String,
    /// One progression form per module, in module order.
    pub progression_forms: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn depth_matches_the_folders_of_the_path() {
        for route in [
            Route::Home,
            Route::Package("a"),
            Route::Employer("a"),
            Route::Employers,
            Route::Course("a"),
            Route::Jobs,
            Route::Sources,
            Route::Page("a"),
        ] {
            assert_eq!(
                route.dir("da").matches('/').count(),
                route.depth(),
                "{route:?}"
            );
        }
    }
}
