//! Rules for the package files: modules in the concept's order, courses and
//! criteria that exist, target levels inside the scale, job counts per market.

use super::{Checker, Origins};
use crate::diagnostic::{Diagnostic, FileId};
use crate::located::{Located, Pos};
use crate::model::{Catalog, Package};
use std::collections::BTreeSet;

pub fn check(
    check: &mut Checker,
    catalog: &Catalog,
    package: &Package,
    file: FileId,
    unreadable: &BTreeSet<String>,
) {
    let concept = &catalog.concept;
    check.slug(file, &package.pictogram, "pictogram");
    for criterion in &package.criteria {
        check.slug(file, &criterion.id, "criterion");
        check.reference(
            file,
            &criterion.group.value,
            criterion.group.pos,
            "criterion group",
            concept.criterion_groups.iter().map(|g| g.id.value.as_str()),
            "`criterion_groups:` in concept.yaml",
        );
        let tool = criterion.tool.value;
        if let Some(group) = concept
            .criterion_groups
            .iter()
            .find(|g| g.id.value == criterion.group.value)
            .filter(|g| !g.admits(tool))
        {
            let fitting: Vec<&str> = concept
                .criterion_groups
                .iter()
                .filter(|g| g.admits(tool))
                .map(|g| g.id.value.as_str())
                .collect();
            check.push(
                Diagnostic::warning(
                    file,
                    criterion.group.pos,
                    format!(
                        "the group `{}` is for the {} tool, but this criterion is measured with the {} tool",
                        group.id.value,
                        group.tool.map_or("", |t| t.as_str()),
                        tool.as_str()
                    ),
                )
                .label("this group")
                .help(format!(
                    "choose a group of the {} tool: {}; or change `tool:` if the criterion belongs to the other tool",
                    tool.as_str(),
                    fitting.join(", ")
                )),
            );
        }
    }
    check.unique(file, package.criteria.iter().map(|c| &c.id), "criterion");
    if package.job_types.is_empty() {
        check.push(
            Diagnostic::error(file, package.name.pos(), "the package lists no job types").help(
                "add `job_types:` with the jobs the package leads to, e.g. `- da: Staldmedhjælper`",
            ),
        );
    }

    check_modules(check, catalog, package, file, unreadable);

    let jobs = &package.jobs;
    let markets: Vec<&str> = concept
        .labour_markets
        .markets
        .iter()
        .map(|m| m.id.value.as_str())
        .collect();
    for (market, count) in &jobs.counts {
        let pos = check.sources.key_before(file, count.pos, market);
        check.reference(
            file,
            market,
            pos,
            "labour market",
            markets.iter().copied(),
            "`labour_markets:` in concept.yaml",
        );
    }
    for market in &markets {
        if !jobs.counts.contains_key(*market) {
            check.push(
                Diagnostic::error(
                    file,
                    jobs.pos,
                    format!("the job count for the labour market `{market}` is missing"),
                )
                .label("in these job counts")
                .help(format!(
                    "add `{market}: <number>` under `counts:`; write 0 when there are none"
                )),
            );
        }
    }
    check.provenance(file, &jobs.value, jobs.pos, "job counts");
    check.provenance(
        file,
        &package.pathway.value,
        package.pathway.pos,
        "pathway durations",
    );
    for company in &package.training_companies {
        check.provenance(file, company, company.description.pos(), "training company");
    }
    check.provenance(
        file,
        &package.contact,
        package.contact.name.pos(),
        "contact",
    );
}

fn check_modules(
    check: &mut Checker,
    catalog: &Catalog,
    package: &Package,
    file: FileId,
    unreadable: &BTreeSet<String>,
) {
    let concept = &catalog.concept;
    let modules = &package.pathway.modules;
    if modules.is_empty() {
        check.push(
            Diagnostic::error(file, package.pathway.pos, "the pathway has no modules")
                .help("list the modules under `pathway: modules:`, each with `kind`, `weeks` and `content`"),
        );
    }
    let kinds: Vec<&str> = concept
        .module_kinds
        .iter()
        .map(|k| k.id.value.as_str())
        .collect();
    let levels: Vec<u8> = concept.scale.levels.iter().map(|l| l.level.value).collect();
    let mut measured = BTreeSet::new();
    let mut previous: Option<(usize, &str)> = None;
    for module in modules {
        let kind = &module.kind;
        if check.reference(
            file,
            kind,
            kind.pos,
            "module kind",
            kinds.iter().copied(),
            "`module_kinds:` in concept.yaml",
        ) {
            let index = kinds.iter().position(|k| *k == kind.value).unwrap_or(0);
            if let Some((before, before_kind)) = previous
                && index <= before
            {
                check.push(
                    Diagnostic::error(
                        file,
                        kind.pos,
                        format!("the module `{}` comes after `{before_kind}`", kind.value),
                    )
                    .label("out of order, or twice")
                    .help(format!(
                        "modules follow the order of concept.yaml, each once: {}",
                        kinds.join(", ")
                    )),
                );
            }
            previous = Some((index, kinds[index]));
        }
        if let Some(weeks) = &module.weeks
            && (weeks.value == 0 || weeks.value > 104)
        {
            check.push(
                    Diagnostic::error(file, weeks.pos, format!("a module of {} weeks is not possible", weeks.value))
                        .label("expected 1 to 104 weeks")
                        .help("write the normal length in weeks; leave `weeks` out when it is agreed person by person"),
                );
        }
        match (&module.weeks, &module.fast_track_weeks) {
            (Some(weeks), Some(fast)) if fast.value > weeks.value || fast.value == 0 => check.push(
                Diagnostic::error(
                    file,
                    fast.pos,
                    format!(
                        "the fast track ({} weeks) must be 1 to {} weeks",
                        fast.value, weeks.value
                    ),
                )
                .label("longer than the normal track, or zero")
                .help("the fast track is the shorter route: at least 1 week, at most `weeks`"),
            ),
            (None, Some(fast)) => check.push(
                Diagnostic::error(
                    file,
                    fast.pos,
                    "a fast track is given for a module without `weeks`",
                )
                .label("fast track without a normal length")
                .help("add `weeks:` with the normal length, or remove `fast_track_weeks`"),
            ),
            _ => {}
        }
        for course in module
            .courses
            .iter()
            .filter(|c| !unreadable.contains(&c.value))
        {
            check.reference(
                file,
                course,
                course.pos,
                "course",
                catalog.courses.keys().map(String::as_str),
                "content/courses/ (the file name without .yaml)",
            );
        }
        check.unique(file, &module.courses, "course");
        for (criterion, target) in module.criteria.iter() {
            let key = check.sources.key_before(file, target.pos, criterion);
            if check.reference(
                file,
                criterion,
                key,
                "criterion",
                package.criteria.iter().map(|c| c.id.value.as_str()),
                "`criteria:` of this package",
            ) {
                measured.insert(criterion);
            }
            if !levels.contains(&target.value) {
                check.push(
                    Diagnostic::error(
                        file,
                        target.pos,
                        format!("level {} is not on the scale", target.value),
                    )
                    .label("outside the scale")
                    .help(format!(
                        "target levels are the scale's levels from concept.yaml: {}",
                        levels
                            .iter()
                            .map(u8::to_string)
                            .collect::<Vec<_>>()
                            .join(", ")
                    )),
                );
            }
            let tool = package.criterion(criterion).map(|c| c.tool.value);
            let level = concept
                .scale
                .levels
                .iter()
                .find(|l| l.level.value == target.value);
            if let (Some(tool), Some(level)) = (tool, level)
                && !level.admits(tool)
            {
                let fits: Vec<String> = concept
                    .scale
                    .levels
                    .iter()
                    .filter(|l| l.admits(tool))
                    .map(|l| l.level.value.to_string())
                    .collect();
                check.push(
                    Diagnostic::error(
                        file,
                        target.pos,
                        format!(
                            "level {} ({}) is not for criteria of the {} tool",
                            target.value,
                            level.label.get(&catalog.site.default_language.value).unwrap_or_default(),
                            tool.as_str()
                        ),
                    )
                    .label(format!("`{criterion}` is a {} criterion", tool.as_str()))
                    .help(format!(
                        "the scale in concept.yaml gives this level `tools:` without `{}`; choose one of {}",
                        tool.as_str(),
                        fits.join(", ")
                    )),
                );
            }
        }
    }
    for criterion in &package.criteria {
        if !measured.contains(criterion.id.value.as_str()) {
            check.push(
                Diagnostic::error(file, criterion.id.pos, format!("the criterion `{}` is never measured", criterion.id.value))
                    .label("no module sets a target for it")
                    .help(format!("add `{}: <level>` under `criteria:` of the modules that measure it, or remove it", criterion.id.value)),
            );
        }
    }
}

/// Rules that look at all packages and courses together.
pub fn check_across(check: &mut Checker, catalog: &Catalog, origins: &Origins) {
    // Two packages with one `order`: lists would show them in file-name order.
    let mut by_order: std::collections::BTreeMap<u32, Vec<&str>> = Default::default();
    for (id, package) in &catalog.packages {
        by_order.entry(package.order).or_default().push(id);
    }
    for (order, ids) in by_order.iter().filter(|(_, ids)| ids.len() > 1) {
        for id in &ids[1..] {
            let file = origins.packages[*id];
            let pos = check
                .sources
                .get(file)
                .text()
                .and_then(|text| {
                    let line = text.lines().position(|l| l.starts_with("order:"))?;
                    Some(crate::located::Pos::of_line(text, line as u32 + 1))
                })
                .unwrap_or(Pos::UNKNOWN);
            let free = (1..)
                .find(|n| !by_order.contains_key(n))
                .unwrap_or(order + 1);
            check.push(
                Diagnostic::warning(
                    file,
                    pos,
                    format!("`{id}` has the same order ({order}) as `{}`", ids[0]),
                )
                .label("the same number as another package")
                .help(format!(
                    "give each package its own number, e.g. `order: {free}`: it decides where the package stands in every list"
                )),
            );
        }
    }
    for market in &catalog.concept.labour_markets.markets {
        let mut shares: Vec<(&str, &Located<u32>)> = catalog
            .packages_in_order()
            .into_iter()
            .filter_map(|(id, p)| Some((id, p.jobs.counts.get(&market.id.value)?)))
            .filter(|(_, count)| count.value > 0)
            .collect();
        let sum: u64 = shares.iter().map(|(_, c)| u64::from(c.value)).sum();
        if sum <= u64::from(market.jobs.value) {
            continue;
        }
        let listed = shares
            .iter()
            .map(|(id, c)| format!("{id} {}", c.value))
            .collect::<Vec<_>>()
            .join(", ");
        // Shown at the largest share: the package most likely to be re-split.
        shares.sort_by_key(|(_, c)| std::cmp::Reverse(c.value));
        let (id, count) = shares[0];
        let market_name = &market.id.value;
        check.push(
            Diagnostic::warning(
                origins.packages[id],
                check.sources.key_before(origins.packages[id], count.pos, market_name),
                format!(
                    "the packages count {sum} jobs in `{market_name}`, more than the {} that concept.yaml gives for the whole market",
                    market.jobs.value
                ),
            )
            .label("the largest share")
            .help(format!("the packages' shares: {listed}"))
            .help(format!(
                "lower the counts so they add up to at most {}; or, if the market has grown, raise `jobs:` of `{market_name}` in concept.yaml (with its source)",
                market.jobs.value
            )),
        );
    }
    for (id, package) in &catalog.packages {
        if !package.jobs.counts.is_empty() && package.jobs.counts.values().all(|c| c.value == 0) {
            check.push(
                Diagnostic::warning(
                    origins.packages[id],
                    package.jobs.pos,
                    "the package counts 0 jobs in every labour market",
                )
                .label("all counts are 0")
                .help("the home page and the job list show these numbers: write how many jobs the branch has in each market, from the job centre's figures, with `source:`"),
            );
        }
    }
    let used: BTreeSet<&str> = catalog
        .packages
        .values()
        .flat_map(|p| p.pathway.modules.iter())
        .flat_map(|m| m.courses.iter().map(|c| c.value.as_str()))
        .collect();
    // A package that could not be read may use any course.
    let all_read = origins.unreadable_packages.is_empty();
    for id in catalog.courses.keys() {
        if all_read && !used.contains(id.as_str()) {
            check.push(
                Diagnostic::warning(
                    origins.courses[id],
                    Pos::UNKNOWN,
                    format!("the course `{id}` is not used by any package"),
                )
                .help(format!(
                    "add `{id}` to the `courses:` of a module that teaches it; until then no package page links to the course"
                )),
            );
        }
    }
}
