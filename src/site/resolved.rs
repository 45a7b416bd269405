//! References resolved once, after validation: each module knows its kind,
//! the criteria it measures (with their group, tool and target level) and
//! its courses; each package its pictogram. Renderers walk these instead of
//! looking ids up again, so they carry no fallbacks for what validation
//! forbids.

use crate::model::{
    Catalog, Course, Criterion, CriterionGroup, Level, Module, ModuleKind, Package, ToolInfo,
};
use crate::theme::Theme;
use std::collections::BTreeMap;

/// Positions of what each package refers to, in the catalog's lists.
#[derive(Debug, Default)]
pub struct Resolved {
    packages: BTreeMap<String, PackageLinks>,
    /// Package ids in the order lists show them.
    order: Vec<String>,
}

#[derive(Debug)]
struct PackageLinks {
    /// The pictogram for web pages (hidden from screen readers).
    pictogram_page: String,
    /// The pictogram as the theme has it, for print.
    pictogram_print: String,
    modules: Vec<ModuleLinks>,
}

#[derive(Debug)]
struct ModuleLinks {
    kind: usize,
    measured: Vec<MeasuredLinks>,
}

#[derive(Debug)]
struct MeasuredLinks {
    criterion: usize,
    group: usize,
    tool: usize,
    level: usize,
}

/// Resolves every reference of `catalog`; `Err` names the first one that
/// does not resolve (validation reports it with its place first, so this
/// only happens when a rule is missing).
pub fn resolve(catalog: &Catalog, theme: &Theme) -> Result<Resolved, String> {
    let concept = &catalog.concept;
    let position = |what: &str, found: Option<usize>, id: &str| {
        found.ok_or_else(|| format!("the {what} `{id}` does not resolve"))
    };
    let mut resolved = Resolved::default();
    for (id, package) in catalog.packages_in_order() {
        let name = &package.pictogram.value;
        let pictogram_print = theme
            .pictogram_svg(name)
            .ok_or_else(|| format!("the pictogram `{name}` does not resolve"))?;
        let mut modules = Vec::new();
        for module in &package.pathway.modules {
            let kind_id = &module.kind.value;
            let kind = position(
                "module kind",
                concept
                    .module_kinds
                    .iter()
                    .position(|k| &k.id.value == kind_id),
                kind_id,
            )?;
            let mut measured = Vec::new();
            for (criterion_id, target) in module.criteria.iter() {
                let criterion = position(
                    "criterion",
                    package
                        .criteria
                        .iter()
                        .position(|c| c.id.value == criterion_id),
                    criterion_id,
                )?;
                let c = &package.criteria[criterion];
                measured.push(MeasuredLinks {
                    criterion,
                    group: position(
                        "criterion group",
                        concept
                            .criterion_groups
                            .iter()
                            .position(|g| g.id.value == c.group.value),
                        &c.group.value,
                    )?,
                    tool: position(
                        "tool",
                        concept
                            .tools
                            .iter()
                            .position(|t| t.tool.value == c.tool.value),
                        c.tool.value.as_str(),
                    )?,
                    level: position(
                        "level",
                        concept
                            .scale
                            .levels
                            .iter()
                            .position(|l| l.level.value == target.value),
                        &target.value.to_string(),
                    )?,
                });
            }
            for course in &module.courses {
                position(
                    "course",
                    catalog.courses.contains_key(&course.value).then_some(0),
                    &course.value,
                )?;
            }
            modules.push(ModuleLinks { kind, measured });
        }
        resolved.order.push(id.to_string());
        resolved.packages.insert(
            id.to_string(),
            PackageLinks {
                pictogram_page: pictogram_print.trim().replacen(
                    "<svg",
                    r#"<svg aria-hidden="true" focusable="false""#,
                    1,
                ),
                pictogram_print: pictogram_print.to_string(),
                modules,
            },
        );
    }
    Ok(resolved)
}

/// A package with what it refers to.
#[derive(Clone, Copy)]
pub struct PackageRef<'s> {
    pub id: &'s str,
    pub package: &'s Package,
    catalog: &'s Catalog,
    links: &'s PackageLinks,
}

/// A module with its kind, the criteria it measures and its courses.
pub struct ModuleRef<'s> {
    /// Its place in the pathway, from 1.
    pub step: usize,
    pub module: &'s Module,
    pub kind: &'s ModuleKind,
    /// The criteria in the order the module lists them.
    pub measured: Vec<MeasuredRef<'s>>,
    /// The courses in the order the module lists them.
    pub courses: Vec<CourseRef<'s>>,
}

/// A criterion measured in a module, with its target level.
#[derive(Clone, Copy)]
pub struct MeasuredRef<'s> {
    pub criterion: &'s Criterion,
    pub group: &'s CriterionGroup,
    pub tool: &'s ToolInfo,
    pub target: &'s Level,
}

/// A course by its id.
#[derive(Clone, Copy)]
pub struct CourseRef<'s> {
    pub id: &'s str,
    pub course: &'s Course,
}

impl Resolved {
    /// The package `id`, which must be one of the catalog's.
    pub fn package<'s>(&'s self, catalog: &'s Catalog, id: &str) -> Option<PackageRef<'s>> {
        let (id, links) = self.packages.get_key_value(id)?;
        Some(PackageRef {
            id,
            package: catalog.packages.get(id)?,
            catalog,
            links,
        })
    }

    /// Every package in the order lists show them.
    pub fn packages<'s>(&'s self, catalog: &'s Catalog) -> Vec<PackageRef<'s>> {
        self.order
            .iter()
            .filter_map(|id| self.package(catalog, id))
            .collect()
    }
}

impl<'s> PackageRef<'s> {
    /// The pictogram's SVG for a web page, hidden from screen readers (the
    /// card's heading names the package).
    pub fn pictogram(&self) -> &'s str {
        &self.links.pictogram_page
    }

    /// The pictogram's SVG as the theme has it, for print.
    pub fn pictogram_svg(&self) -> &'s str {
        &self.links.pictogram_print
    }

    /// The modules in pathway order.
    pub fn modules(&self) -> Vec<ModuleRef<'s>> {
        let concept = &self.catalog.concept;
        self.package
            .pathway
            .modules
            .iter()
            .zip(&self.links.modules)
            .enumerate()
            .map(|(i, (module, links))| ModuleRef {
                step: i + 1,
                module,
                kind: &concept.module_kinds[links.kind],
                measured: links
                    .measured
                    .iter()
                    .map(|m| MeasuredRef {
                        criterion: &self.package.criteria[m.criterion],
                        group: &concept.criterion_groups[m.group],
                        tool: &concept.tools[m.tool],
                        target: &concept.scale.levels[m.level],
                    })
                    .collect(),
                courses: module
                    .courses
                    .iter()
                    .filter_map(|c| {
                        let (id, course) = self.catalog.courses.get_key_value(&c.value)?;
                        Some(CourseRef { id, course })
                    })
                    .collect(),
            })
            .collect()
    }

    /// The module at `step` (from 1).
    pub fn module(&self, step: usize) -> Option<ModuleRef<'s>> {
        self.modules().into_iter().nth(step.checked_sub(1)?)
    }
}
