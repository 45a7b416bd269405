//! The synthetic catalogue as a Hugo site, for `bench/compare.sh`: one page
//! per package per language, whose template loops over structured front
//! matter (modules, criteria with their target on the scale, courses, job
//! bars, contact) inside a page frame with a language switcher and hreflang
//! links, close in size to the package pages pathways makes.

use crate::i18n::{Locales, args};
use crate::model::{Catalog, Package, Text};
use fluent_bundle::FluentValue;
use serde::Serialize;
use std::path::Path;

#[derive(Serialize)]
struct FrontMatter {
    title: String,
    summary: String,
    audience: String,
    weight: u32,
    total: String,
    modules: Vec<Module>,
    scale: Vec<Level>,
    downloads: Vec<Download>,
    courses: Vec<Course>,
    job_types: Vec<String>,
    jobs_headline: String,
    jobs: Vec<Bar>,
    certificate: String,
    contact: Contact,
}

#[derive(Serialize)]
struct Module {
    step: String,
    name: String,
    weeks: String,
    fast: String,
    content: String,
    tools: Vec<Tool>,
    courses: Vec<Course>,
}

#[derive(Serialize)]
struct Tool {
    name: String,
    measures: String,
    criteria: Vec<Criterion>,
}

#[derive(Serialize)]
struct Criterion {
    text: String,
    group: String,
    level: u8,
    target: String,
}

#[derive(Serialize)]
struct Level {
    n: u8,
    name: String,
    label: String,
    description: String,
}

#[derive(Serialize)]
struct Course {
    title: String,
    href: String,
    days: String,
}

#[derive(Serialize)]
struct Download {
    label: String,
    href: String,
}

#[derive(Serialize)]
struct Bar {
    name: String,
    jobs: u32,
    percent: u32,
}

#[derive(Serialize)]
struct Contact {
    name: String,
    phone: String,
    email: String,
}

const BASEOF: &str = include_str!("../../bench/hugo/layouts/_default/baseof.html");
const SINGLE: &str = include_str!("../../bench/hugo/layouts/_default/single.html");
const LIST: &str = include_str!("../../bench/hugo/layouts/_default/list.html");

/// Interface texts the Hugo templates take from `i18n/<lang>.yaml`.
const LABELS: [&str; 15] = [
    "downloads-heading",
    "downloads-intro",
    "nav-home",
    "nav-jobs",
    "package-for-whom",
    "package-pathway",
    "package-learn",
    "package-learn-intro",
    "module-courses",
    "scale-heading",
    "package-courses",
    "package-jobs",
    "package-job-types",
    "package-certificate",
    "package-contact",
];

struct Say<'a> {
    catalog: &'a Catalog,
    locales: &'a Locales,
    lang: &'a str,
}

impl Say<'_> {
    fn t(&self, text: &Text) -> String {
        text.resolve(self.lang, &self.catalog.site.default_language.value)
            .map(|(t, _)| t.to_string())
            .unwrap_or_default()
    }

    fn msg(&self, id: &str, pairs: &[(&str, u64)]) -> Result<String, String> {
        self.say(id, pairs.iter().map(|&(k, v)| (k, FluentValue::from(v))))
    }

    fn say<'v>(
        &self,
        id: &str,
        pairs: impl IntoIterator<Item = (&'v str, FluentValue<'v>)>,
    ) -> Result<String, String> {
        Ok(self.locales.message(self.lang, id, Some(&args(pairs)))?.0)
    }
}

/// Writes the Hugo site for `catalog` into `root` (config, layouts, i18n, content).
pub fn hugo(catalog: &Catalog, locales: &Locales, root: &Path) -> Result<(), String> {
    let mut files: Vec<(String, String)> = vec![
        ("hugo.yaml".into(), config(catalog)?),
        ("layouts/_default/baseof.html".into(), BASEOF.into()),
        ("layouts/_default/single.html".into(), SINGLE.into()),
        ("layouts/_default/list.html".into(), LIST.into()),
        ("layouts/index.html".into(), LIST.into()),
    ];
    for lang in catalog.language_codes() {
        let say = Say {
            catalog,
            locales,
            lang,
        };
        let mut labels = String::new();
        for id in LABELS {
            labels.push_str(&format!(
                "{id}: {}\n",
                serde_json::to_string(&say.msg(id, &[])?).unwrap_or_default()
            ));
        }
        files.push((format!("i18n/{lang}.yaml"), labels));
        for (id, package) in &catalog.packages {
            let front = front_matter(&say, id, package)?;
            let yaml = serde_saphyr::to_string(&front).map_err(|e| e.to_string())?;
            files.push((
                format!("content/{lang}/pakker/{id}.md"),
                format!("---\n{yaml}---\n"),
            ));
        }
    }
    for (path, text) in files {
        let path = root.join(path);
        std::fs::create_dir_all(path.parent().unwrap_or(root))
            .and_then(|()| std::fs::write(&path, text))
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    Ok(())
}

fn config(catalog: &Catalog) -> Result<String, String> {
    let mut text = format!(
        "baseURL: {}\ndefaultContentLanguage: {}\ndefaultContentLanguageInSubdir: true\n\
         disableKinds: [taxonomy, term, RSS, sitemap, robotsTXT]\nlanguages:\n",
        catalog.site.base_url.value, catalog.site.default_language.value
    );
    for (weight, language) in catalog.site.languages.iter().enumerate() {
        let dir = match language.dir {
            crate::model::Direction::Rtl => "rtl",
            crate::model::Direction::Ltr => "ltr",
        };
        text.push_str(&format!(
            "  {code}:\n    languageName: {name}\n    languageDirection: {dir}\n    weight: {w}\n    contentDir: content/{code}\n    title: {title}\n",
            code = language.code.value,
            name = serde_json::to_string(&language.name).map_err(|e| e.to_string())?,
            w = weight + 1,
            title = serde_json::to_string(
                &catalog
                    .site
                    .title
                    .resolve(&language.code.value, &catalog.site.default_language.value)
                    .map(|t| t.0)
                    .unwrap_or("")
            )
            .map_err(|e| e.to_string())?,
        ));
    }
    Ok(text)
}

/// The progression form of every step and the practice folder, as the
/// package pages of pathways list them.
fn downloads(say: &Say, id: &str, modules: &[Module]) -> Result<Vec<Download>, String> {
    let lang = say.lang;
    let mut list = Vec::new();
    // A module without criteria (aftercare) has no form.
    for (i, module) in modules.iter().enumerate() {
        if module.tools.is_empty() {
            continue;
        }
        list.push(Download {
            label: say.say(
                "download-form",
                [
                    ("n", FluentValue::from(i + 1)),
                    ("name", FluentValue::from(module.name.as_str())),
                ],
            )?,
            href: format!("progressionsskema-{id}-{}-{lang}.pdf", i + 1),
        });
    }
    list.push(Download {
        label: say.msg("download-folder", &[])?,
        href: format!("../../virksomheder/{id}/praktikmappe-{id}-{lang}.pdf"),
    });
    Ok(list)
}

fn front_matter(say: &Say, id: &str, package: &Package) -> Result<FrontMatter, String> {
    let concept = &say.catalog.concept;
    let weeks = |w: Option<u16>| -> Result<String, String> {
        w.map_or(Ok(String::new()), |w| {
            say.msg("weeks", &[("n", u64::from(w))])
        })
    };
    let course = |id: &str| -> Result<Course, String> {
        let course = say
            .catalog
            .courses
            .get(id)
            .ok_or_else(|| format!("no course {id}"))?;
        Ok(Course {
            title: say.t(&course.title),
            href: format!("../../kurser/{id}/"),
            days: say.msg("days", &[("n", u64::from(course.days.value))])?,
        })
    };
    let modules = &package.pathway.value.modules;
    let mut views = Vec::new();
    for (i, module) in modules.iter().enumerate() {
        let kind = concept
            .module_kinds
            .iter()
            .find(|k| k.id.value == module.kind.value);
        let mut tools = Vec::new();
        for info in &concept.tools {
            let criteria: Vec<Criterion> = module
                .criteria
                .iter()
                .filter_map(|(id, level)| Some((package.criterion(id)?, level.value)))
                .filter(|(c, _)| c.tool.value == info.tool.value)
                .map(|(c, level)| {
                    let label = concept
                        .scale
                        .levels
                        .iter()
                        .find(|l| l.level.value == level)
                        .map(|l| say.t(&l.label))
                        .unwrap_or_default();
                    let of = concept.scale.levels.len() as u64;
                    let group = concept
                        .criterion_groups
                        .iter()
                        .find(|g| g.id.value == c.group.value)
                        .map(|g| say.t(&g.name))
                        .unwrap_or_default();
                    Ok(Criterion {
                        text: say.t(&c.text),
                        group,
                        level,
                        target: say.say(
                            "target-level",
                            [
                                ("level", FluentValue::from(level)),
                                ("of", FluentValue::from(of)),
                                ("label", FluentValue::from(label)),
                            ],
                        )?,
                    })
                })
                .collect::<Result<_, String>>()?;
            if !criteria.is_empty() {
                tools.push(Tool {
                    name: say.t(&info.name),
                    measures: say.t(&info.measures),
                    criteria,
                });
            }
        }
        views.push(Module {
            step: say.msg("step", &[("n", i as u64 + 1)])?,
            name: kind.map(|k| say.t(&k.name)).unwrap_or_default(),
            weeks: weeks(module.weeks.as_ref().map(|w| w.value))?,
            fast: weeks(module.fast_track_weeks.as_ref().map(|w| w.value))?,
            content: say.t(&module.content),
            tools,
            courses: module
                .courses
                .iter()
                .map(|c| course(&c.value))
                .collect::<Result<_, _>>()?,
        });
    }
    let total: u16 = modules
        .iter()
        .filter_map(|m| m.weeks.as_ref())
        .map(|w| w.value)
        .sum();
    let fast: u16 = modules
        .iter()
        .filter_map(|m| m.fast_track_weeks.as_ref().or(m.weeks.as_ref()))
        .map(|w| w.value)
        .sum();
    let counts = &package.jobs.value.counts;
    let all: u32 = counts.values().map(|c| c.value).sum();
    let jobs = concept
        .labour_markets
        .markets
        .iter()
        .map(|m| {
            let n = counts.get(&m.id.value).map_or(0, |c| c.value);
            Bar {
                name: say.t(&m.name),
                jobs: n,
                percent: (n * 100).checked_div(all).unwrap_or(0),
            }
        })
        .collect();
    Ok(FrontMatter {
        title: say.t(&package.name),
        summary: say.t(&package.summary),
        audience: say.t(&package.audience),
        weight: package.order,
        total: say.say(
            "package-total",
            [
                ("weeks", FluentValue::from(weeks(Some(total))?)),
                ("fast", FluentValue::from(weeks(Some(fast))?)),
            ],
        )?,
        downloads: downloads(say, id, &views)?,
        modules: views,
        scale: concept
            .scale
            .levels
            .iter()
            .map(|l| {
                Ok(Level {
                    n: l.level.value,
                    name: say.msg("level", &[("n", u64::from(l.level.value))])?,
                    label: say.t(&l.label),
                    description: say.t(&l.description),
                })
            })
            .collect::<Result<_, String>>()?,
        courses: modules
            .iter()
            .flat_map(|m| &m.courses)
            .map(|c| course(&c.value))
            .collect::<Result<_, _>>()?,
        job_types: package.job_types.iter().map(|t| say.t(t)).collect(),
        jobs_headline: say.msg("package-jobs-total", &[("total", u64::from(all))])?,
        jobs,
        certificate: say.t(&package.certificate),
        contact: Contact {
            name: say.t(&package.contact.name),
            phone: package.contact.phone.clone().unwrap_or_default(),
            email: package.contact.email.clone().unwrap_or_default(),
        },
    })
}
