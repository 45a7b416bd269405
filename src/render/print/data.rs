//! What the print templates get: the data of one progression form or one
//! practice folder, with every text resolved and every label looked up, as
//! JSON. The templates only lay it out.

use super::super::RenderError;
use super::super::employer::{EmployerView, employer_view};
use super::super::localizer::{Localized, Localizer, contact};
use super::super::module_view::{self as views, ModuleView, ScaleRow};
use super::super::views::module_views;
use super::qr::QrCode;
use crate::model::Provenance;
use crate::routes::Route;
use crate::site::PackageRef;
use fluent_bundle::FluentValue;
use serde::Serialize;
use std::collections::BTreeMap;

/// A text in the base language (the site's default, usually Danish: what
/// the company reads) and, in the bilingual editions, in the edition's
/// language beside it.
#[derive(Serialize, Clone)]
pub struct Both {
    pub base: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tr: Option<String>,
}

impl Both {
    /// The base text and the translation; a text not translated yet (it
    /// falls back to the base language) stands once rather than twice.
    fn new(base: Localized, tr: Option<Localized>) -> Both {
        let tr = tr
            .filter(|t| t.lang.is_none() && t.text != base.text)
            .map(|t| t.text);
        Both {
            base: base.text,
            tr,
        }
    }
}

/// The languages of one edition: the base language, and the edition's own
/// language beside it unless the edition is in the base language.
pub struct Editions<'a> {
    pub base: &'a Localizer<'a>,
    pub translation: Option<&'a Localizer<'a>>,
}

impl Editions<'_> {
    /// A resolved text in both languages; a text not translated yet stands
    /// once rather than twice.
    fn both(&self, pick: impl Fn(&Localizer) -> Localized) -> Both {
        Both::new(pick(self.base), self.translation.map(pick))
    }

    fn msg(&self, id: &str, args: &[(&str, FluentValue)]) -> Result<Both, RenderError> {
        let base = self.base.msg(id, args)?;
        let tr = match self.translation {
            Some(ctx) => Some(ctx.msg(id, args)?).filter(|t| *t != base),
            None => None,
        };
        Ok(Both { base, tr })
    }
}

/// A message made by `make` in the base language and, when it differs, in
/// the edition's language.
fn editions_msg(
    editions: &Editions,
    make: &dyn Fn(&Localizer) -> Result<String, RenderError>,
) -> Result<Both, RenderError> {
    let base = make(editions.base)?;
    let tr = match editions.translation {
        Some(ctx) => Some(make(ctx)?).filter(|t| *t != base),
        None => None,
    };
    Ok(Both { base, tr })
}

/// The labels of a progression form, each in both languages.
pub const FORM_LABELS: &[&str] = &[
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
    "print-how-to",
    "print-not-yet",
    "print-level-not-used",
    "print-agreed",
    "print-gate",
    "print-gate-yes",
    "print-gate-not-yet",
    "print-next-measurement",
    "print-signatures-end",
    "print-initials",
];

#[derive(Serialize)]
struct FormCriterion {
    text: Both,
    target: u8,
    /// The levels of the scale this criterion can be rated at (the scale
    /// may keep a level off soft criteria); the others are shown grey.
    levels: Vec<u8>,
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
    /// The edition's language code; the base language's for its own edition.
    lang: String,
    /// The base language: the first column, and the rules for hyphenation.
    base_lang: String,
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
    /// Whether the module takes place at a company: only then does the
    /// form ask for the company, its contact person and its initials.
    at_company: bool,
    /// Whether the module ends with a gate: "Klar til næste trin?".
    gate: bool,
    /// Citizen, company (at a company only) and job centre.
    parties: Vec<Both>,
    url: String,
    qr: String,
}

/// The form for module `step` (from 1) of `package`.
pub fn form(
    editions: &Editions,
    package: &PackageRef,
    step: usize,
    qr: &QrCode,
) -> Result<Form, RenderError> {
    let module = package
        .module(step)
        .ok_or_else(|| RenderError::Data(format!("{} has no step {step}", package.id)))?;
    let base = views::module_view(editions.base, &module)?;
    let tr = match editions.translation {
        Some(ctx) => Some(views::module_view(ctx, &module)?),
        None => None,
    };
    let side = |f: &dyn Fn(&ModuleView) -> Localized| Both::new(f(&base), tr.as_ref().map(f));
    let mut labels = BTreeMap::new();
    for id in FORM_LABELS {
        labels.insert(*id, editions.msg(id, &[])?);
    }
    let of = package.package.pathway.modules.len();
    let title = |ctx: &Localizer, view: &ModuleView| {
        ctx.msg(
            "print-module",
            &[
                ("n", FluentValue::from(step)),
                ("of", FluentValue::from(of)),
                ("name", FluentValue::from(view.name.text.clone())),
            ],
        )
    };
    let module_base = title(editions.base, &base)?;
    let module_both = Both {
        tr: match (editions.translation, &tr) {
            (Some(ctx), Some(view)) => Some(title(ctx, view)?).filter(|t| *t != module_base),
            _ => None,
        },
        base: module_base,
    };
    let tools = base
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
                    levels: c.rated.clone(),
                })
                .collect(),
        })
        .collect();
    let base_scale = views::scale_view(editions.base);
    let tr_scale = editions.translation.map(views::scale_view);
    let scale = base_scale
        .into_iter()
        .enumerate()
        .map(|(i, row)| FormLevel {
            level: row.n,
            label: Both::new(
                row.label,
                tr_scale
                    .as_ref()
                    .and_then(|t| t.get(i))
                    .map(|t| t.label.clone()),
            ),
        })
        .collect();
    let measurements = (1..=3)
        .map(|n| editions.msg("print-measurement", &[("n", FluentValue::from(n))]))
        .collect::<Result<_, _>>()?;
    let package_name = editions.both(|ctx| ctx.l(&package.package.name));
    let edition = editions.translation.unwrap_or(editions.base);
    // The title in the base language and, in a bilingual edition, in the
    // edition's language after it: what a PDF viewer shows in its title bar.
    let title_in = |ctx: &Localizer, pick: &dyn Fn(&Both) -> String| {
        ctx.msg(
            "print-document-title",
            &[
                (
                    "title",
                    FluentValue::from(pick(&labels["print-form-title"])),
                ),
                ("package", FluentValue::from(pick(&package_name))),
                ("module", FluentValue::from(pick(&module_both))),
            ],
        )
    };
    let base_title = title_in(editions.base, &|b| b.base.clone())?;
    let document_title = match editions.translation {
        Some(ctx) => {
            let tr = title_in(ctx, &|b| b.tr.clone().unwrap_or_else(|| b.base.clone()))?;
            if tr == base_title {
                base_title
            } else {
                format!("{base_title} / {tr}")
            }
        }
        None => base_title,
    };
    let durations_invented = package.package.pathway.value.is_wholly_illustrative()
        || package
            .package
            .pathway
            .value
            .illustrative_fields()
            .iter()
            .any(|f| f == "weeks");
    let at_company = module.kind.at_company;
    let mut parties = Vec::new();
    for key in [
        "print-signature-citizen",
        "print-signature-company",
        "print-signature-jobcentre",
    ] {
        if key == "print-signature-company" && !at_company {
            continue;
        }
        parties.push(editions.msg(key, &[])?);
    }
    Ok(Form {
        lang: edition.lang.to_string(),
        base_lang: editions.base.lang.to_string(),
        tr_lang: editions.translation.map(|c| c.lang.to_string()),
        tr_dir: if editions.translation.is_some_and(|c| c.rtl) {
            "rtl"
        } else {
            "ltr"
        },
        document_title,
        labels,
        municipality: editions.both(|ctx| ctx.l(&ctx.catalog.site.municipality)),
        package: package_name,
        module: module_both,
        weeks: match (&module.module.weeks, durations_invented) {
            (Some(w), true) => {
                let n = FluentValue::from(u32::from(w.value));
                let marked = |ctx: &Localizer| {
                    let weeks = ctx.msg("weeks", &[("n", n.clone())])?;
                    ctx.msg(
                        "print-weeks-illustrative",
                        &[("weeks", FluentValue::from(weeks))],
                    )
                };
                Some(editions_msg(editions, &marked)?)
            }
            _ => base.weeks.clone().map(|w| Both {
                tr: tr
                    .as_ref()
                    .and_then(|t| t.weeks.clone())
                    .filter(|t| *t != w),
                base: w,
            }),
        },
        // The company's version: the form is filled in with the company.
        purpose: side(&|m| m.employer_purpose.clone()),
        measurements,
        scale,
        tools,
        at_company,
        gate: module.kind.gate,
        parties,
        url: qr.url.clone(),
        qr: qr.svg.clone(),
    })
}

/// The labels of a practice folder, in the folder's language.
pub const FOLDER_LABELS: &[&str] = &[
    "print-folder-title",
    "print-folder-subtitle",
    "print-folder-brief",
    "print-folder-certificate",
    "print-folder-forms",
    "print-folder-forms-intro",
    "print-read-online",
    "print-page",
    "package-for-whom",
    "employer-job-types",
    "employer-facts",
    "employer-module-gate",
    "illustrative-fact",
    "illustrative-course",
    "illustrative-value",
    "list-separator",
    "source",
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
    "module-at-company",
    "amu-number",
    "phone",
    "email",
    "scale-heading",
];

/// One practice folder: a package for companies, in one language, with a
/// page that lists the package's progression forms, each with the address
/// of its PDF and a QR code to it (the forms are printed once, on their
/// own, not laid out again inside every folder).
#[derive(Serialize)]
pub struct Folder {
    lang: String,
    base_lang: String,
    dir: &'static str,
    document_title: String,
    labels: BTreeMap<&'static str, String>,
    municipality: Localized,
    site_title: Localized,
    package: Localized,
    summary: Localized,
    audience: Localized,
    job_types: Vec<Localized>,
    certificate: Localized,
    total: String,
    modules: Vec<ModuleView>,
    durations_illustrative: bool,
    #[serde(flatten)]
    employer: EmployerView,
    contact: super::super::localizer::ContactView,
    scale: Vec<ScaleRow>,
    url: String,
    qr: String,
    /// The package's pictogram (SVG) for the cover.
    pictogram: String,
    forms: Vec<FormLink>,
}

/// A progression form as the practice folder lists it: its title and the
/// address of its PDF, with a QR code to that address.
#[derive(Serialize)]
pub struct FormLink {
    /// The module's step, from 1.
    step: usize,
    /// "Trin 2 af 5: Første virksomhedsmodul", in the folder's language.
    title: String,
    url: String,
    qr: String,
}

/// The folder's entry for the form of `module`, published at `path`
/// (relative to the site's base address).
fn form_link(
    ctx: &Localizer,
    module: &ModuleView,
    of: usize,
    path: &str,
) -> Result<FormLink, RenderError> {
    let title = ctx.msg(
        "print-module",
        &[
            ("n", FluentValue::from(module.step)),
            ("of", FluentValue::from(of)),
            ("name", FluentValue::from(module.name.text.clone())),
        ],
    )?;
    let qr = QrCode::new(&format!("{}{path}", ctx.catalog.site.base_url.value))?;
    Ok(FormLink {
        step: module.step,
        title,
        url: qr.url,
        qr: qr.svg,
    })
}

pub fn folder(
    ctx: &Localizer,
    package: &PackageRef,
    qr: &QrCode,
    forms: &[(usize, String)],
) -> Result<Folder, RenderError> {
    let catalog = ctx.catalog;
    let raw = package.package;
    let mut labels = BTreeMap::new();
    for key in FOLDER_LABELS {
        labels.insert(*key, ctx.msg(key, &[])?);
    }
    let modules = module_views(ctx, package)?;
    let forms = forms
        .iter()
        .map(|(step, path)| {
            let module = modules
                .iter()
                .find(|m| m.step == *step)
                .ok_or_else(|| RenderError::Data(format!("{} has no step {step}", package.id)))?;
            form_link(ctx, module, modules.len(), path)
        })
        .collect::<Result<_, _>>()?;
    let (weeks, fast) = views::total_weeks(raw);
    let name = ctx.l(&raw.name);
    let document_title = format!("{}: {}", labels["print-folder-title"], name.text);
    Ok(Folder {
        lang: ctx.lang.to_string(),
        base_lang: ctx.site.default_language().to_string(),
        dir: if ctx.rtl { "rtl" } else { "ltr" },
        document_title,
        labels,
        municipality: ctx.l(&catalog.site.municipality),
        site_title: ctx.l(&catalog.site.title),
        package: name,
        // The company's versions: the folder speaks to the company.
        summary: ctx.l(&raw.employer.summary),
        audience: ctx.l(&raw.employer.audience),
        job_types: raw.job_types.iter().map(|t| ctx.l(t)).collect(),
        certificate: ctx.l(&raw.employer.certificate),
        total: ctx.msg(
            "package-total",
            &[
                ("weeks", FluentValue::from(views::weeks(ctx, weeks)?)),
                ("fast", FluentValue::from(views::weeks(ctx, fast)?)),
            ],
        )?,
        modules,
        durations_illustrative: raw.pathway.value.is_illustrative(),
        employer: employer_view(ctx, raw),
        contact: contact(ctx, &raw.contact),
        scale: employer_scale(ctx),
        url: qr.url.clone(),
        qr: qr.svg.clone(),
        pictogram: package.pictogram_svg().to_string(),
        forms,
    })
}

/// The rating scale as the folder shows it: each level described to the
/// company when concept.yaml has `employer: level_descriptions:`.
fn employer_scale(ctx: &Localizer) -> Vec<ScaleRow> {
    let described = &ctx.catalog.concept.employer.level_descriptions;
    let mut scale = views::scale_view(ctx);
    if described.len() == scale.len() {
        for (row, text) in scale.iter_mut().zip(described) {
            row.description = ctx.l(text);
        }
    }
    scale
}

/// The address a document's QR code points to: the web page it belongs to.
pub fn page_url(ctx: &Localizer, route: Route) -> String {
    route.url(&ctx.catalog.site.base_url.value, ctx.lang)
}
