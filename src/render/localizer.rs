//! A page's language context: content texts resolved to its language (with
//! the Danish fallback marked), interface messages, numbers and links
//! relative to the page. Shared by the web pages and the PDFs.

use super::RenderError;
use crate::i18n::{Locales, args};
use crate::model::{Catalog, Contact, Direction, Provenance, Text};
use crate::routes::Route;
use crate::site::Site;
use fluent_bundle::FluentValue;
use serde::Serialize;
use std::cell::Cell;

/// A content text in the page's language, or in the default language with
/// its code when it has not been translated yet (rendered with `lang`).
#[derive(Serialize, Clone)]
pub struct Localized {
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    /// A translation made from an older Danish text: the page's words for
    /// "may be out of date", shown beside it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stale: Option<String>,
}

/// Everything a page needs to resolve texts and links in one language.
pub struct Localizer<'a> {
    pub site: &'a Site,
    pub catalog: &'a Catalog,
    pub locales: &'a Locales,
    pub lang: &'a str,
    pub rtl: bool,
    pub(super) route: Route<'a>,
    pub(super) fallbacks: Cell<usize>,
}

impl<'a> Localizer<'a> {
    pub fn new(site: &'a Site, lang: &'a str, route: Route<'a>) -> Localizer<'a> {
        let catalog = &site.catalog;
        let rtl = catalog
            .site
            .languages
            .iter()
            .any(|l| l.code.value == lang && l.dir == Direction::Rtl);
        Localizer {
            site,
            catalog,
            locales: &site.locales,
            lang,
            rtl,
            route,
            fallbacks: Cell::new(0),
        }
    }

    pub(super) fn default_lang(&self) -> &'a str {
        &self.catalog.site.default_language.value
    }

    /// A content text in this page's language, falling back to the default.
    pub fn l(&self, text: &Text) -> Localized {
        match text.resolve(self.lang, self.default_lang()) {
            Some((t, used)) if used == self.lang => Localized {
                text: t.to_string(),
                lang: None,
                stale: self.stale_mark(text, t),
            },
            Some((t, used)) => {
                self.count_fallback();
                Localized {
                    text: t.to_string(),
                    lang: Some(used.to_string()),
                    stale: None,
                }
            }
            None => Localized {
                text: String::new(),
                lang: None,
                stale: None,
            },
        }
    }

    /// The mark for a translation made from an older Danish text, if `text` is one.
    fn stale_mark(&self, text: &Text, shown: &str) -> Option<String> {
        let coverage = &self.site.findings.coverage;
        if coverage.stale.is_empty() {
            return None;
        }
        let (_, value) = text.entries().find(|(lang, _)| *lang == self.lang)?;
        if !coverage.is_stale(self.lang, value.pos, shown) {
            return None;
        }
        self.msg("stale-mark", &[]).ok()
    }

    /// Notes that the page shows a text in the default language instead of its own.
    pub(super) fn count_fallback(&self) {
        self.fallbacks.set(self.fallbacks.get() + 1);
    }

    /// An interface message (Fluent) in this page's language.
    pub fn msg(&self, id: &str, pairs: &[(&str, FluentValue)]) -> Result<String, RenderError> {
        let args = args(pairs.iter().map(|(k, v)| (*k, v.clone())));
        self.locales
            .message(self.lang, id, Some(&args))
            .map(|(text, _)| text)
            .map_err(RenderError::Message)
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
pub(super) struct ContactView {
    name: Localized,
    address: Option<String>,
    phone: Option<String>,
    email: Option<String>,
    hours: Option<Localized>,
    illustrative: bool,
}

pub(super) fn contact(ctx: &Localizer, c: &Contact) -> ContactView {
    ContactView {
        name: ctx.l(&c.name),
        address: c.address.clone(),
        phone: c.phone.clone(),
        email: c.email.clone(),
        hours: c.hours.as_ref().map(|h| ctx.l(h)),
        illustrative: c.is_illustrative(),
    }
}
