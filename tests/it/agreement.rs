//! `check` and `build` agree: every broken site that `check` refuses,
//! `build` refuses with the same errors and without writing anything; every
//! site that `check` passes, `build` builds. Each case is a mistake an
//! editor or a theme designer makes.

use crate::common::{Site, pathways, text};

/// (what is broken, file, text to replace, replacement); `None` as the
/// replacement text removes the file. The report must name the file, or
/// for a message the template that shows it.
const CASES: &[(&str, &str, &str, Option<&str>)] = &[
    (
        "a pictogram that does not exist",
        "content/packages/landbrug.yaml",
        "pictogram: landbrug",
        Some("pictogram: landbrg"),
    ),
    (
        "a misspelled course",
        "content/packages/landbrug.yaml",
        "- foerstehjaelp",
        Some("- forstehjaelp"),
    ),
    (
        "an unknown field",
        "content/packages/landbrug.yaml",
        "order: 1",
        Some("order: 1\nfast_track_week: 2"),
    ),
    (
        "a target outside the scale",
        "content/packages/landbrug.yaml",
        "moeder-til-tiden: 2",
        Some("moeder-til-tiden: 9"),
    ),
    (
        "malformed YAML",
        "content/site.yaml",
        "base_url:",
        Some("base_url"),
    ),
    (
        "a menu position that differs between languages",
        "content/pages/om-branchepakkerne.ar.md",
        "menu: 1",
        Some("menu: 2"),
    ),
    (
        "a page template that does not parse",
        "themes/default/templates/home.html",
        "{% block content %}",
        Some("{% block content %}{% if %}"),
    ),
    (
        "a template that uses a message no language has",
        "themes/default/templates/home.html",
        "{% block content %}",
        Some("{% block content %}{{ t(key=\"no-such-message\") }}"),
    ),
    (
        "a print template with a syntax error",
        "themes/default/print/form.typ",
        "#progression-form(d)",
        Some("#progression-form(d"),
    ),
    (
        "a locale file that is not Fluent",
        "locales/da/main.ftl",
        "nav-home =",
        Some("nav-home"),
    ),
    (
        "a missing message in the default language",
        "locales/da/main.ftl",
        "nav-jobs =",
        Some("nav-jobs-gone ="),
    ),
    ("a missing concept file", "content/concept.yaml", "", None),
];

/// A copy of the example with its theme and messages, so they can be broken too.
fn full_example() -> Site {
    let site = Site::fixture();
    let repo = crate::common::repo();
    crate::common::copy_dir(&repo.join("themes"), &site.root().join("themes"));
    crate::common::copy_dir(&repo.join("locales"), &site.root().join("locales"));
    site
}

fn errors_of(stderr: &str) -> Vec<String> {
    let mut errors: Vec<String> = stderr
        .lines()
        .filter(|l| l.starts_with("error"))
        .map(str::to_string)
        .collect();
    errors.sort();
    errors
}

#[test]
fn check_and_build_agree_on_every_broken_site() {
    for &(what, file, from, to) in CASES {
        let site = full_example();
        match to {
            Some(to) => {
                site.edit(file, from, to);
            }
            None => {
                site.remove(file);
            }
        }
        let root = site.root().to_str().unwrap();
        let check = pathways(&["check", "--root", root]);
        let check_err = text(&check.stderr);
        assert_eq!(
            check.status.code(),
            Some(1),
            "{what}: check must fail:\n{check_err}"
        );
        let name = file.rsplit('/').next().unwrap();
        let folder = file.rsplit_once('/').unwrap().0;
        let located = check_err.contains(file)
            || check_err.contains(&format!("template {name}"))
            || (file.starts_with("locales/") && check_err.contains(&format!("in {folder}\n")));
        assert!(located, "{what}: check names {file}:\n{check_err}");
        assert!(
            check_err.contains("help:"),
            "{what}: check says how to fix it:\n{check_err}"
        );

        let output = site.root().join("public");
        let build = pathways(&[
            "build",
            "--root",
            root,
            "--output",
            output.to_str().unwrap(),
        ]);
        let build_err = text(&build.stderr);
        assert_eq!(
            build.status.code(),
            Some(1),
            "{what}: build must fail:\n{build_err}"
        );
        assert_eq!(
            errors_of(&check_err),
            errors_of(&build_err),
            "{what}: check and build report the same errors"
        );
        assert!(!output.exists(), "{what}: build wrote nothing");
    }
}

#[test]
fn a_site_that_passes_check_builds() {
    let site = full_example();
    // Warnings only: a character the print fonts lack, a Danish fallback.
    site.edit(
        "content/packages/landbrug.yaml",
        "Forstår en mundtlig arbejdsinstruktion på dansk.",
        "Forstår en mundtlig arbejdsinstruktion på dansk 👍.",
    );
    let root = site.root().to_str().unwrap();
    let check = pathways(&["check", "--root", root, "--strict"]);
    assert!(check.status.success(), "{}", text(&check.stderr));
    assert!(text(&check.stderr).contains("the print fonts cannot show"));
    let (build, output) = site.build_cli();
    assert!(build.status.success(), "{}", text(&build.stderr));
    assert!(
        output
            .join("da/pakker/landbrug/progressionsskema-landbrug-1-da.pdf")
            .is_file()
    );
}
