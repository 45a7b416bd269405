//! The rules that need the theme and the interface messages: every package's
//! pictogram exists; the print fonts can show every text (characters they
//! lack are left out of the PDFs, with a warning); a free page has the same
//! menu position in every language; every message the templates and the
//! renderers use exists. Also turns problems in `locales/` and `themes/`
//! into diagnostics with file and line, like those of the content.

use super::Origins;
use crate::diagnostic::{Diagnostic, Sources};
use crate::i18n::{LocaleError, Locales};
use crate::located::Pos;
use crate::model::Catalog;
use crate::site::Findings;
use crate::suggest::did_you_mean;
use crate::theme::{Theme, ThemeProblem};
use std::collections::{BTreeSet, HashMap};
use std::path::PathBuf;

/// Runs every theme-aware rule over `catalog`.
pub fn check(
    catalog: &Catalog,
    origins: &Origins,
    theme: &Theme,
    locales: &Locales,
    findings: &mut Findings,
) {
    pictograms(catalog, origins, theme, findings);
    unprintable(catalog, origins, theme, findings);
    menu_positions(catalog, origins, findings);
    messages(catalog, theme, locales, findings);
    super::terms::check_locales(catalog, locales, findings);
}

/// The picture `pathways new package` gives a package until it has its own.
pub const PLACEHOLDER_PICTOGRAM: &str = "ny-pakke";

fn pictograms(catalog: &Catalog, origins: &Origins, theme: &Theme, findings: &mut Findings) {
    let known: Vec<&str> = theme.pictogram_names().collect();
    for (id, package) in &catalog.packages {
        let name = &package.pictogram;
        if name.value == PLACEHOLDER_PICTOGRAM {
            let others: Vec<&str> = known
                .iter()
                .copied()
                .filter(|k| *k != PLACEHOLDER_PICTOGRAM)
                .collect();
            findings.report.push(
                Diagnostic::warning(origins.packages[id], name.pos, tr!("stand-in-pictogram"))
                    .label(tr!("stand-in-pictogram.label"))
                    .help(tr!(
                        "stand-in-pictogram.help",
                        others = others.join(", "),
                        id = id.as_str()
                    )),
            );
        }
        if theme.pictogram_svg(&name.value).is_some() {
            continue;
        }
        findings.report.push(
            Diagnostic::error(
                origins.packages[id],
                name.pos,
                tr!("unknown-pictogram", name = name.value.as_str()),
            )
            .label(tr!("unknown-pictogram.label"))
            .maybe_help(did_you_mean(&name.value, known.iter().copied()))
            .help(tr!(
                "unknown-pictogram.help",
                known = known.join(", "),
                name = name.value.as_str()
            )),
        );
    }
}

/// Warns, at each text, about the characters the PDFs will leave out.
/// (Control characters are errors of their own in the content check.)
fn unprintable(catalog: &Catalog, origins: &Origins, theme: &Theme, findings: &mut Findings) {
    // A catalogue has few different characters and a great many texts:
    // each character's fonts are looked through once.
    let mut known: HashMap<char, bool> = HashMap::new();
    let mut lacks = |c: char| {
        // ASCII prints, or is a control character, which is never counted.
        !c.is_ascii()
            && *known
                .entry(c)
                .or_insert_with(|| !c.is_control() && !c.is_whitespace() && !theme.print.prints(c))
    };
    for (file, texts) in super::texts_by_file(catalog, origins) {
        for (_, value) in texts.iter().flat_map(|t| t.entries()) {
            let mut missing: Vec<char> = value.value.chars().filter(|&c| lacks(c)).collect();
            missing.dedup();
            if missing.is_empty() {
                continue;
            }
            let shown: Vec<String> = missing
                .iter()
                .map(|&c| format!("`{c}` (U+{:04X})", u32::from(c)))
                .collect();
            findings.report.push(
                Diagnostic::warning(
                    file,
                    value.pos,
                    tr!("print-font-lacks", chars = shown.join(", ")),
                )
                .label(tr!("print-font-lacks.label"))
                .help(tr!("print-font-lacks.help")),
            );
        }
    }
}

/// A free page stands at one place in the menu, whatever the language: a
/// translation whose `menu:` differs from the default language's is wrong.
fn menu_positions(catalog: &Catalog, origins: &Origins, findings: &mut Findings) {
    let default = catalog.site.default_language.value.as_str();
    for (slug, translations) in &catalog.pages {
        let Some((reference_lang, reference)) = translations
            .get_key_value(default)
            .or_else(|| translations.iter().next())
        else {
            continue;
        };
        let expected = reference.front.menu;
        for (lang, page) in translations {
            if page.front.menu == expected {
                continue;
            }
            let shown =
                |m: Option<u32>| m.map_or_else(|| tr!("menu-none"), |m| format!("`menu: {m}`"));
            let file = origins.pages[&(slug.clone(), lang.clone())];
            let pos = findings
                .sources
                .get(file)
                .text()
                .and_then(|text| {
                    let line = text.lines().position(|l| l.starts_with("menu:"))?;
                    Some(Pos::of_line(text, u32::try_from(line + 1).ok()?))
                })
                .unwrap_or_else(Pos::start);
            findings.report.push(
                Diagnostic::error(
                    file,
                    pos,
                    tr!(
                        "menu-differs",
                        here = shown(page.front.menu),
                        lang = reference_lang.as_str(),
                        there = shown(expected)
                    ),
                )
                .label(tr!("menu-differs.label"))
                .help(tr!(
                    "menu-differs.help",
                    slug = slug.as_str(),
                    lang = reference_lang.as_str()
                )),
            );
        }
    }
}

/// Every message a template or the program shows must exist in the default
/// language (a page cannot be made without it); in another language a
/// missing message falls back to the default language, with a warning.
fn messages(catalog: &Catalog, theme: &Theme, locales: &Locales, findings: &mut Findings) {
    let mut used: BTreeSet<(String, &str)> = BTreeSet::new();
    for (template, id) in theme.messages_used() {
        used.insert((id, template));
    }
    for id in crate::render::MESSAGES_USED.iter().copied().flatten() {
        used.insert(((*id).to_string(), "pathways"));
    }
    let default = catalog.site.default_language.value.as_str();
    for lang in catalog.language_codes() {
        let folder = locales.folder(lang).unwrap_or("locales/").to_string();
        // A message the default language lacks is one error there, not a
        // warning in every other language too.
        let mut missing: Vec<(&str, &str)> = used
            .iter()
            .filter(|(id, _)| !locales.has(lang, id))
            .filter(|(id, _)| lang == default || locales.has(default, id))
            .map(|(id, by)| (id.as_str(), *by))
            .collect();
        missing.dedup_by_key(|(id, _)| *id);
        if missing.is_empty() {
            continue;
        }
        let file = findings
            .sources
            .add(PathBuf::from(folder.trim_end_matches('/')), None);
        for (id, by) in missing {
            let used_by = if by == "pathways" {
                tr!("message-used-by-pathways")
            } else {
                tr!("message-used-by-template", template = by)
            };
            let diagnostic = if lang == default {
                Diagnostic::error(
                    file,
                    Pos::UNKNOWN,
                    tr!("message-missing-default", id = id, lang = lang),
                )
                .help(tr!(
                    "message-missing-default.help",
                    used_by = used_by.as_str()
                ))
            } else {
                Diagnostic::warning(
                    file,
                    Pos::UNKNOWN,
                    tr!("message-missing", id = id, lang = lang, default = default),
                )
                .help(tr!("message-missing.help", used_by = used_by.as_str()))
            };
            findings.report.push(diagnostic.help(tr!(
                "message-missing.add",
                id = id,
                folder = folder.as_str()
            )));
        }
    }
}

/// Where a problem in a file outside content/ is: the file is added to the
/// sources (with the text that was parsed, to quote the line) and the line
/// becomes a position.
fn place(
    sources: &mut Sources,
    file: &str,
    line: Option<u32>,
    text: Option<String>,
) -> (crate::diagnostic::FileId, Pos) {
    let relative = PathBuf::from(file.trim_end_matches(" (built in)"));
    let pos = match (&text, line) {
        (Some(text), Some(line)) => Pos::of_line(text, line),
        _ => Pos::UNKNOWN,
    };
    (sources.add(relative, text), pos)
}

/// A problem in `locales/` as a diagnostic.
pub fn locale_problem(sources: &mut Sources, error: LocaleError) -> Diagnostic {
    let line = error.line.and_then(|l| u32::try_from(l).ok());
    let (file, pos) = place(sources, &error.file, line, error.text);
    Diagnostic::error(file, pos, error.message).help(error.help)
}

/// A problem in `themes/` as a diagnostic.
pub fn theme_problem(sources: &mut Sources, problem: ThemeProblem) -> Diagnostic {
    let (file, pos) = place(sources, &problem.file, problem.line, problem.text);
    let mut diagnostic = Diagnostic::error(file, pos, problem.message);
    if let Some(help) = problem.help {
        diagnostic = diagnostic.help(help);
    }
    diagnostic
}

/// A page template that failed when it was filled in (a misspelt variable,
/// a filter given the wrong kind of value), at its line.
pub fn rehearsal_problem(
    theme: &Theme,
    sources: &mut Sources,
    error: crate::render::RenderError,
) -> Diagnostic {
    let crate::render::RenderError::Template {
        template, message, ..
    } = error
    else {
        let file = sources.add(PathBuf::from("themes/default/templates"), None);
        return Diagnostic::error(
            file,
            Pos::UNKNOWN,
            tr!("page-cannot-be-made", error = error.to_string()),
        )
        .help(tr!("page-cannot-be-made.help"));
    };
    // Tera says `error: what` and then ` --> name:line:column`.
    let what = message
        .lines()
        .next()
        .unwrap_or(&message)
        .trim_start_matches("error: ")
        .to_string();
    let spot = message.split_once("--> ").map(|(_, rest)| {
        let mut parts = rest.lines().next().unwrap_or("").split(':').skip(1);
        let mut number = || parts.next().and_then(|n| n.trim().parse::<u32>().ok());
        (number(), number())
    });
    let (line, column) = spot.unwrap_or_default();
    let text = theme.template_text(&template).map(str::to_string);
    let (file, mut pos) = place(
        sources,
        &format!("themes/default/templates/{template}"),
        line,
        text,
    );
    if let (Some(column), Some(text)) = (column, sources.get(file).text())
        && pos.is_known()
    {
        let start = pos.offset as usize;
        let line_text = text[start..].lines().next().unwrap_or("");
        let bytes: usize = line_text
            .chars()
            .take(column as usize - 1)
            .map(char::len_utf8)
            .sum();
        pos.column = column;
        pos.offset = (start + bytes) as u32;
    }
    Diagnostic::error(
        file,
        pos,
        tr!(
            "template-cannot-fill",
            template = template.as_str(),
            what = what
        ),
    )
    .label(tr!("template-cannot-fill.label"))
    .help(tr!("template-cannot-fill.help"))
}
