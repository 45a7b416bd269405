//! What the print templates get: the data of one progression form or one
//! practice folder, with every text resolved and every label looked up, as
//! JSON. The templates only lay it out.

use super::super::ctx::{Ctx, L, contact};
use super::super::module_view::{self as views, ModuleView};
use super::qr::QrCode;
use crate::model::Provenance;
use crate::routes::Route;
use fluent_bundle::FluentValue;
use serde::Serialize;
use std::collections::BTreeMap;

/// A text in Danish (what the company reads) and, in the bilingual
/// editions, in the edition's language beside it.
#[derive(Serialize, Clone)]
pub struct Both {
    pub da: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tr: Option<String>,
}

impl Both {
    /// Danish and the translation; a text not translated yet (it falls back
    /// to Danish) stands in Danish only rather than twice.
    fn new(da: L, tr: Option<L>) -> Both {
        let tr = tr
            .filter(|t| t.lang.is_none() && t.text != da.text)
            .map(|t| t.text);
        Both { da: da.text, tr }
    }
}

/// The two languages of a bilingual edition; the second is absent in the
/// Danish edition.
pub struct Pair<'a> {
    pub da: &'a Ctx<'a>,
    pub tr: Option<&'a Ctx<'a>>,
}

impl Pair<'_> {
    /// A resolved text in both languages; a text not translated yet stands
    /// in Danish only rather than twice.
    fn both(&self, pick: impl Fn(&Ctx) -> L) -> Both {
        Both::new(pick(self.da), self.tr.map(pick))
    }

    fn msg(&self, id: &str, args: &[(&str, FluentValue)]) -> Result<Both, String> {
        let da = self.da.msg(id, args)?;
        let tr = match self.tr {
            Some(ctx) => Some(ctx.msg(id, args)?).filter(|t| *t != da),
            None => None,
        };
        Ok(Both { da, tr })
    }
}

/// The labels of a progression form, each in both languages.
const FORM_LABELS: &[&str] = &[
    "print-form-title",
    "print-form-intro",
    "print-citizen",
    "print-company",
    "print-contact-person",
    "print-consultant",
    "print-period",
    "print-competence",
    "print-target",
    "print-date",
    "print-comments",
    "print-own-goal",
    "print-signatures",
    "print-signature-citizen",
    "print-signature-company",
    "print-signature-jobcentre",
    "print-date-signature",
    "print-scale",
    "print-target-note",
    "print-read-online",
    "print-page",
];

#[derive(Serialize)]
struct FormCriterion {
    text: Both,
    target: u8,
}

#[derive(Serialize)]
struct FormTool {
    name: Both,
    criteria: Vec<FormCriterion>,
}

#[derive(Serialize)]
struct FormLevel {
    level: u8,
    label: Both,
}

/// One progression form: one module of one package, in one edition.
#[derive(Serialize)]
pub struct Form {
    /// The edition's language code; `da` for the Danish-only edition.
    lang: String,
    /// Language and direction of the second column (absent in Danish).
    tr_lang: Option<String>,
    tr_dir: &'static str,
    document_title: String,
    labels: BTreeMap<&'static str, Both>,
    municipality: Both,
    package: Both,
    module: Both,
    weeks: Option<Both>,
    purpose: Both,
    measurements: Vec<Both>,
    scale: Vec<FormLevel>,
    tools: Vec<FormTool>,
    url: String,
    qr: String,
}

/// The form for module `step` (from 1) of package `id`.
pub fn form(pair: &Pair, id: &str, step: usize, qr: &QrCode) -> Result<Form, String> {
    let catalog = pair.da.catalog;
    let package = &catalog.packages[id];
    let module = &package.pathway.modules[step - 1];
    let da = views::module_view(pair.da, package, step, module)?;
    let tr = match pair.tr {
        Some(ctx) => Some(views::module_view(ctx, package, step, module)?),
        None => None,
    };
    let side = |f: &dyn Fn(&ModuleView) -> L| Both::new(f(&da), tr.as_ref().map(f));
    let mut labels = BTreeMap::new();
    for id in FORM_LABELS {
        labels.insert(*id, pair.msg(id, &[])?);
    }
    let of = package.pathway.modules.len();
    let title = |ctx: &Ctx, view: &ModuleView| {
        ctx.msg(
            "print-module",
            &[
                ("n", FluentValue::from(step)),
                ("of", FluentValue::from(of)),
                ("name", FluentValue::from(view.name.text.clone())),
            ],
        )
    };
    let module_da = title(pair.da, &da)?;
    let module_both = Both {
        tr: match (pair.tr, &tr) {
            (Some(ctx), Some(view)) => Some(title(ctx, view)?).filter(|t| *t != module_da),
            _ => None,
        },
        da: module_da,
    };
    let tools = da
        .tools
        .iter()
        .enumerate()
        .map(|(ti, tool)| FormTool {
            name: side(&|m| m.tools[ti].name.clone()),
            criteria: tool
                .criteria
                .iter()
                .enumerate()
                .map(|(ci, c)| FormCriterion {
                    text: side(&|m| m.tools[ti].criteria[ci].text.clone()),
                    target: c.target,
                })
                .collect(),
        })
        .collect();
    let scale = catalog
        .concept
        .scale
        .levels
        .iter()
        .map(|l| FormLevel {
            level: l.level.value,
            label: pair.both(|ctx| ctx.l(&l.label)),
        })
        .collect();
    let measurements = (1..=3)
        .map(|n| pair.msg("print-measurement", &[("n", FluentValue::from(n))]))
        .collect::<Result<_, _>>()?;
    let package_name = pair.both(|ctx| ctx.l(&package.name));
    let lang = pair.tr.map_or(pair.da.lang, |c| c.lang);
    let document_title = format!(
        "{}: {}, {}",
        labels["print-form-title"].da, package_name.da, module_both.da
    );
    Ok(Form {
        lang: lang.to_string(),
        tr_lang: pair.tr.map(|c| c.lang.to_string()),
        tr_dir: if pair.tr.is_some_and(|c| c.rtl) {
            "rtl"
        } else {
            "ltr"
        },
        document_title,
        labels,
        municipality: pair.both(|ctx| ctx.l(&catalog.site.municipality)),
        package: package_name,
        module: module_both,
        weeks: da.weeks.clone().map(|w| Both {
            tr: tr
                .as_ref()
                .and_then(|t| t.weeks.clone())
                .filter(|t| *t != w),
            da: w,
        }),
        purpose: side(&|m| m.purpose.clone()),
        measurements,
        scale,
        tools,
        url: qr.url.clone(),
        qr: qr.svg.clone(),
    })
}

/// The labels of a practice folder, in the folder's language.
const FOLDER_LABELS: &[&str] = &[
    "print-folder-title",
    "print-folder-subtitle",
    "print-folder-brief",
    "print-folder-certificate",
    "print-folder-forms",
    "print-folder-forms-intro",
    "print-read-online",
    "print-page",
    "package-for-whom",
    "package-job-types",
    "employer-role",
    "employer-timeline",
    "th-step",
    "th-weeks",
    "fast-track",
    "th-what",
    "employer-profile",
    "employer-provides",
    "employer-schemes",
    "employer-tips",
    "employer-after",
    "employer-companies",
    "illustrative-company",
    "illustrative-durations",
    "illustrative-contact",
    "package-contact",
    "module-courses",
    "module-gate",
    "module-at-company",
    "amu-number",
    "phone",
    "email",
    "scale-heading",
];

#[derive(Serialize)]
struct Titled {
    name: L,
    text: L,
}

#[derive(Serialize)]
struct Company {
    name: String,
    place: String,
    description: L,
    illustrative: bool,
}

/// One practice folder: a package for companies, in one language, with the
/// package's progression forms as appendix.
#[derive(Serialize)]
pub struct Folder {
    lang: String,
    dir: &'static str,
    document_title: String,
    labels: BTreeMap<&'static str, String>,
    municipality: L,
    site_title: L,
    package: L,
    summary: L,
    audience: L,
    job_types: Vec<L>,
    certificate: L,
    total: String,
    modules: Vec<ModuleView>,
    durations_illustrative: bool,
    role: L,
    provides: Vec<L>,
    schemes: Vec<Titled>,
    tips: Vec<L>,
    after_hiring: L,
    companies: Vec<Company>,
    contact: super::super::ctx::ContactView,
    scale: Vec<Titled>,
    url: String,
    qr: String,
    /// The package's pictogram (SVG) for the cover, if the theme has one.
    pictogram: Option<String>,
    forms: Vec<Form>,
}

pub fn folder(
    ctx: &Ctx,
    id: &str,
    qr: &QrCode,
    pictogram: Option<&str>,
    forms: Vec<Form>,
) -> Result<Folder, String> {
    let catalog = ctx.catalog;
    let package = &catalog.packages[id];
    let concept = &catalog.concept;
    let e = &concept.employer;
    let mut labels = BTreeMap::new();
    for key in FOLDER_LABELS {
        labels.insert(*key, ctx.msg(key, &[])?);
    }
    let modules = package
        .pathway
        .modules
        .iter()
        .enumerate()
        .map(|(i, m)| views::module_view(ctx, package, i + 1, m))
        .collect::<Result<Vec<_>, _>>()?;
    let (weeks, fast) = views::total_weeks(package);
    let name = ctx.l(&package.name);
    let document_title = format!("{}: {}", labels["print-folder-title"], name.text);
    Ok(Folder {
        lang: ctx.lang.to_string(),
        dir: if ctx.rtl { "rtl" } else { "ltr" },
        document_title,
        labels,
        municipality: ctx.l(&catalog.site.municipality),
        site_title: ctx.l(&catalog.site.title),
        package: name,
        summary: ctx.l(&package.summary),
        audience: ctx.l(&package.audience),
        job_types: package.job_types.iter().map(|t| ctx.l(t)).collect(),
        certificate: ctx.l(&package.certificate),
        total: ctx.msg(
            "package-total",
            &[
                ("weeks", FluentValue::from(views::weeks(ctx, weeks)?)),
                ("fast", FluentValue::from(views::weeks(ctx, fast)?)),
            ],
        )?,
        modules,
        durations_illustrative: package.pathway.value.is_illustrative(),
        role: ctx.l(&e.role),
        provides: e.job_centre_provides.iter().map(|t| ctx.l(t)).collect(),
        schemes: e
            .schemes
            .iter()
            .map(|s| Titled {
                name: ctx.l(&s.name),
                text: ctx.l(&s.text),
            })
            .collect(),
        tips: e.tips.iter().map(|t| ctx.l(t)).collect(),
        after_hiring: ctx.l(&e.after_hiring),
        companies: package
            .training_companies
            .iter()
            .map(|c| Company {
                name: c.name.clone(),
                place: c.place.clone(),
                description: ctx.l(&c.description),
                illustrative: c.is_illustrative(),
            })
            .collect(),
        contact: contact(ctx, &package.contact),
        scale: concept
            .scale
            .levels
            .iter()
            .map(|l| Titled {
                name: ctx.l(&l.label),
                text: ctx.l(&l.description),
            })
            .collect(),
        url: qr.url.clone(),
        qr: qr.svg.clone(),
        pictogram: pictogram.map(str::to_string),
        forms,
    })
}

/// The address a document's QR code points to: the web page it belongs to.
pub fn page_url(ctx: &Ctx, route: Route) -> String {
    route.url(&ctx.catalog.site.base_url.value, ctx.lang)
}
