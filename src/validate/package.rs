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
    check.slug(file, &package.pictogram, &tr!("thing-pictogram"));
    for criterion in &package.criteria {
        check.slug(file, &criterion.id, &tr!("thing-criterion"));
        check.reference(
            file,
            &criterion.group.value,
            criterion.group.pos,
            &tr!("thing-criterion-group"),
            concept.criterion_groups.iter().map(|g| g.id.value.as_str()),
            &tr!("defined-criterion-groups"),
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
                    tr!(
                        "group-other-tool",
                        group = group.id.value.as_str(),
                        group_tool = group.tool.map_or("", |t| t.as_str()),
                        tool = tool.as_str()
                    ),
                )
                .label(tr!("group-other-tool.label"))
                .help(tr!(
                    "group-other-tool.help",
                    tool = tool.as_str(),
                    fitting = fitting.join(", ")
                )),
            );
        }
    }
    check.unique(
        file,
        package.criteria.iter().map(|c| &c.id),
        &tr!("thing-criterion"),
    );
    if package.job_types.is_empty() {
        check.push(
            Diagnostic::error(file, package.name.pos(), tr!("no-job-types"))
                .help(tr!("no-job-types.help")),
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
            &tr!("thing-labour-market"),
            markets.iter().copied(),
            &tr!("defined-labour-markets"),
        );
    }
    for market in &markets {
        if !jobs.counts.contains_key(*market) {
            check.push(
                Diagnostic::error(file, jobs.pos, tr!("job-count-missing", market = *market))
                    .label(tr!("job-count-missing.label"))
                    .help(tr!("job-count-missing.help", market = *market)),
            );
        }
    }
    check.provenance(file, &jobs.value, jobs.pos, &tr!("thing-job-counts"));
    check.provenance(
        file,
        &package.pathway.value,
        package.pathway.pos,
        &tr!("thing-pathway-durations"),
    );
    for company in &package.training_companies {
        check.provenance(
            file,
            company,
            company.description.pos(),
            &tr!("thing-training-company"),
        );
    }
    check.provenance(
        file,
        &package.contact,
        package.contact.name.pos(),
        &tr!("thing-contact"),
    );
    let facts = &concept.employer.facts;
    for fact in &package.employer.facts {
        check.reference(
            file,
            &fact.id,
            fact.id.pos,
            &tr!("thing-employer-fact"),
            facts.iter().map(|f| f.id.value.as_str()),
            &tr!("defined-employer-facts"),
        );
        check.provenance(
            file,
            fact,
            fact.id.pos,
            &tr!("thing-employer-fact-named", id = fact.id.value.as_str()),
        );
    }
    check.unique(
        file,
        package.employer.facts.iter().map(|f| &f.id),
        &tr!("thing-employer-fact"),
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
            Diagnostic::error(file, package.pathway.pos, tr!("no-modules"))
                .help(tr!("no-modules.help")),
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
            &tr!("thing-module-kind"),
            kinds.iter().copied(),
            &tr!("defined-module-kinds"),
        ) {
            let index = kinds.iter().position(|k| *k == kind.value).unwrap_or(0);
            if let Some((before, before_kind)) = previous
                && index <= before
            {
                check.push(
                    Diagnostic::error(
                        file,
                        kind.pos,
                        tr!(
                            "module-order",
                            kind = kind.value.as_str(),
                            before = before_kind
                        ),
                    )
                    .label(tr!("module-order.label"))
                    .help(tr!("module-order.help", kinds = kinds.join(", "))),
                );
            }
            previous = Some((index, kinds[index]));
        }
        if let Some(weeks) = &module.weeks
            && (weeks.value == 0 || weeks.value > 104)
        {
            check.push(
                Diagnostic::error(file, weeks.pos, tr!("module-weeks", weeks = weeks.value))
                    .label(tr!("module-weeks.label"))
                    .help(tr!("module-weeks.help")),
            );
        }
        match (&module.weeks, &module.fast_track_weeks) {
            (Some(weeks), Some(fast)) if fast.value > weeks.value || fast.value == 0 => check.push(
                Diagnostic::error(
                    file,
                    fast.pos,
                    tr!("fast-track-length", fast = fast.value, weeks = weeks.value),
                )
                .label(tr!("fast-track-length.label"))
                .help(tr!("fast-track-length.help")),
            ),
            (None, Some(fast)) => check.push(
                Diagnostic::error(file, fast.pos, tr!("fast-track-without-weeks"))
                    .label(tr!("fast-track-without-weeks.label"))
                    .help(tr!("fast-track-without-weeks.help")),
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
                &tr!("thing-course"),
                catalog.courses.keys().map(String::as_str),
                &tr!("defined-courses"),
            );
        }
        check.unique(file, &module.courses, &tr!("thing-course"));
        for (criterion, target) in module.criteria.iter() {
            let key = check.sources.key_before(file, target.pos, criterion);
            if check.reference(
                file,
                criterion,
                key,
                &tr!("thing-criterion"),
                package.criteria.iter().map(|c| c.id.value.as_str()),
                &tr!("defined-criteria"),
            ) {
                measured.insert(criterion);
            }
            if !levels.contains(&target.value) {
                check.push(
                    Diagnostic::error(
                        file,
                        target.pos,
                        tr!("level-off-scale", level = target.value),
                    )
                    .label(tr!("level-off-scale.label"))
                    .help(tr!(
                        "level-off-scale.help",
                        levels = levels
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
                        tr!(
                            "level-not-for-tool",
                            level = target.value,
                            label = level
                                .label
                                .get(&catalog.site.default_language.value)
                                .unwrap_or_default(),
                            tool = tool.as_str()
                        ),
                    )
                    .label(tr!(
                        "level-not-for-tool.label",
                        criterion = criterion,
                        tool = tool.as_str()
                    ))
                    .help(tr!(
                        "level-not-for-tool.help",
                        tool = tool.as_str(),
                        fits = fits.join(", ")
                    )),
                );
            }
        }
    }
    for criterion in &package.criteria {
        if !measured.contains(criterion.id.value.as_str()) {
            check.push(
                Diagnostic::error(
                    file,
                    criterion.id.pos,
                    tr!("criterion-unmeasured", id = criterion.id.value.as_str()),
                )
                .label(tr!("criterion-unmeasured.label"))
                .help(tr!(
                    "criterion-unmeasured.help",
                    id = criterion.id.value.as_str()
                )),
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
                    tr!("order-twice", id = *id, order = *order, other = ids[0]),
                )
                .label(tr!("order-twice.label"))
                .help(tr!("order-twice.help", free = free)),
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
                check
                    .sources
                    .key_before(origins.packages[id], count.pos, market_name),
                tr!(
                    "jobs-over-market",
                    sum = sum,
                    market = market_name.as_str(),
                    total = market.jobs.value
                ),
            )
            .label(tr!("jobs-over-market.label"))
            .help(tr!("jobs-over-market.shares", listed = listed))
            .help(tr!(
                "jobs-over-market.help",
                total = market.jobs.value,
                market = market_name.as_str()
            )),
        );
    }
    for (id, package) in &catalog.packages {
        if !package.jobs.counts.is_empty() && package.jobs.counts.values().all(|c| c.value == 0) {
            check.push(
                Diagnostic::warning(origins.packages[id], package.jobs.pos, tr!("jobs-all-zero"))
                    .label(tr!("jobs-all-zero.label"))
                    .help(tr!("jobs-all-zero.help")),
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
                    tr!("course-unused", id = id.as_str()),
                )
                .help(tr!("course-unused.help", id = id.as_str())),
            );
        }
    }
}
