//! Translation as a workflow (issue 21): export to XLIFF, a translator's
//! edits imported back into the YAML in place, refusals, stale translations
//! found, a fourth language from export to built site, and translate-toolkit
//! reading and checking what the export writes.

use crate::common::{Site, command, files_under, in_danish, text};
use std::path::{Path, PathBuf};
use std::process::Output;

fn run(site: &Site, args: &[&str]) -> Output {
    command()
        .args(args)
        .arg("--root")
        .arg(site.root())
        .output()
        .expect("run pathways")
}

/// Exports `lang` (with `extra` options) and returns the file and its text.
fn export(site: &Site, lang: &str, extra: &[&str]) -> (PathBuf, String) {
    let file = site.root().join(format!("{lang}.xlf"));
    let mut args = vec!["translate", "export", "--lang", lang, "--out"];
    let shown = file.to_str().unwrap().to_string();
    args.push(&shown);
    args.extend(extra);
    let out = run(site, &args);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let xliff = std::fs::read_to_string(&file).unwrap();
    (file, xliff)
}

fn import(site: &Site, file: &Path) -> Output {
    run(site, &["translate", "import", file.to_str().unwrap()])
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// `xliff` with the target of unit `id` set to `target` (state translated).
fn set_target(xliff: &str, id: &str, target: &str) -> String {
    let start = xliff
        .find(&format!("<trans-unit id=\"{id}\""))
        .unwrap_or_else(|| panic!("no unit {id}"));
    let end = start + xliff[start..].find("</trans-unit>").unwrap();
    let unit = &xliff[start..end];
    let t0 = unit.find("<target").unwrap();
    let t1 = unit
        .find("</target>")
        .map(|i| i + "</target>".len())
        .unwrap_or_else(|| t0 + unit[t0..].find("/>").unwrap() + 2);
    let new = format!(
        "{}<target state=\"translated\">{}</target>{}",
        &unit[..t0],
        escape(target),
        &unit[t1..]
    );
    format!("{}{new}{}", &xliff[..start], &xliff[end..])
}

/// The ids of the units, in file order.
fn ids(xliff: &str) -> Vec<String> {
    xliff
        .split("<trans-unit id=\"")
        .skip(1)
        .map(|rest| rest.split('"').next().unwrap().to_string())
        .collect()
}

/// Every line that differs between two snapshots of a folder: (file, before, after).
fn changed_lines(
    before: &[(PathBuf, Vec<u8>)],
    after: &[(PathBuf, Vec<u8>)],
) -> Vec<(String, String, String)> {
    let mut changes = Vec::new();
    let names: std::collections::BTreeSet<&PathBuf> =
        before.iter().chain(after).map(|(p, _)| p).collect();
    for name in names {
        let get = |files: &[(PathBuf, Vec<u8>)]| {
            files
                .iter()
                .find(|(p, _)| p == name)
                .map(|(_, b)| String::from_utf8_lossy(b).into_owned())
                .unwrap_or_default()
        };
        let (old, new) = (get(before), get(after));
        if old == new {
            continue;
        }
        let (old, new): (Vec<&str>, Vec<&str>) = (old.lines().collect(), new.lines().collect());
        assert_eq!(
            old.len(),
            new.len(),
            "{} changed its number of lines",
            name.display()
        );
        for (a, b) in old.iter().zip(&new) {
            if a != b {
                changes.push((name.display().to_string(), a.to_string(), b.to_string()));
            }
        }
    }
    changes
}

#[test]
fn an_import_changes_only_the_translated_lines() {
    let site = Site::example();
    // Saved by an editor that writes a byte order mark: it stays.
    let landbrug = site.read("content/packages/landbrug.yaml");
    site.write(
        "content/packages/landbrug.yaml",
        format!("\u{feff}{landbrug}").as_bytes(),
    );
    let (file, xliff) = export(&site, "ar", &[]);
    assert_eq!(
        ids(&xliff).len(),
        571,
        "431 content texts and 140 interface messages"
    );
    assert!(xliff.contains("<xliff version=\"1.2\""));
    assert!(xliff.contains("id=\"packages/landbrug.yaml#pathway.modules[2].content\""));
    let before = files_under(&site.root().join("content"));
    let edited = set_target(&xliff, "packages/landbrug.yaml#name", "الزراعة والبستنة");
    let edited = set_target(
        &edited,
        "packages/landbrug.yaml#criteria[fodring].text",
        "يطعم الحيوانات حسب \"الخطة\".",
    );
    std::fs::write(&file, edited).unwrap();
    let out = import(&site, &file);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("2 translations written, 569 already as they were"));
    let after = files_under(&site.root().join("content"));
    assert_eq!(
        changed_lines(&before, &after),
        [
            (
                "packages/landbrug.yaml".to_string(),
                "  ar: \"الزراعة\"".to_string(),
                "  ar: \"الزراعة والبستنة\"".to_string()
            ),
            (
                "packages/landbrug.yaml".to_string(),
                "      ar: \"إطعام الحيوانات حسب الخطة.\"".to_string(),
                "      ar: \"يطعم الحيوانات حسب \\\"الخطة\\\".\"".to_string()
            ),
        ]
    );
    let checked = site.check();
    assert_eq!(
        (checked.errors(), checked.warnings()),
        (0, 0),
        "{}",
        checked.report
    );
}

#[test]
fn an_import_refuses_unknown_units_a_changed_source_markup_and_empty_targets() {
    let site = Site::example();
    let (file, xliff) = export(&site, "ar", &[]);
    let edited = xliff.replacen(
        "id=\"packages/landbrug.yaml#audience\"",
        "id=\"packages/landbrug.yaml#no-such-text\"",
        1,
    );
    let edited = set_target(
        &edited,
        "packages/landbrug.yaml#summary",
        "<b>اعمل</b> في مزرعة",
    );
    let edited = set_target(&edited, "packages/landbrug.yaml#certificate", "  ");
    // The same unit twice (a tool that merged two files).
    let twice = edited.find("<trans-unit id=\"site.yaml#title\"").unwrap();
    let end = twice + edited[twice..].find("</trans-unit>").unwrap() + "</trans-unit>".len();
    let edited = format!(
        "{}{}{}",
        &edited[..end],
        &edited[twice..end],
        &edited[end..]
    );
    std::fs::write(&file, &edited).unwrap();
    site.edit(
        "content/packages/landbrug.yaml",
        "da: Fodrer dyrene efter planen.",
        "da: Fodrer dyrene efter foderplanen.",
    );
    let before = files_under(site.root());
    let out = import(&site, &file);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    let line_of = |needle: &str| edited[..edited.find(needle).unwrap()].matches('\n').count() + 1;
    let shown = file.display().to_string();
    for (needle, says) in [
        ("landbrug.yaml#no-such-text\"", "is not a text of this site"),
        ("landbrug.yaml#summary\"", "holds markup"),
        ("landbrug.yaml#certificate\"", "is empty"),
        (
            "landbrug.yaml#criteria[fodring].text\"",
            "changed since the export",
        ),
    ] {
        let place = format!("{shown}:{}:", line_of(needle));
        assert!(
            stderr
                .lines()
                .any(|l| l.contains(&place) && l.contains(says)),
            "{says:?} at {place}:\n{stderr}"
        );
    }
    assert!(
        stderr.contains("unit `site.yaml#title` is in the file twice"),
        "{stderr}"
    );
    assert!(
        stderr.contains("nothing was written (5 problems)"),
        "{stderr}"
    );
    assert_eq!(files_under(site.root()), before, "no file changed");
    let danish = in_danish()
        .args(["translate", "import", &shown, "--root"])
        .arg(site.root())
        .output()
        .unwrap();
    assert!(text(&danish.stderr).contains("er ændret siden eksporten"));
}

#[test]
fn editing_the_danish_of_one_criterion_makes_exactly_its_translations_stale() {
    let site = Site::example();
    assert!(site.root().join("content/translations.lock").is_file());
    let clean = site.check();
    assert_eq!(
        clean.warnings(),
        0,
        "the example starts with 0 stale: {}",
        clean.report
    );
    let file = "content/packages/landbrug.yaml";
    site.edit(
        file,
        "da: Fodrer dyrene efter planen.",
        "da: Fodrer dyrene efter foderplanen.",
    );
    let checked = site.check();
    assert_eq!(checked.warnings(), 2, "{}", checked.report);
    let ar = site.at(file, "\"إطعام الحيوانات حسب الخطة.\"");
    let en = site.at(file, "\"Feeds the animals according to the plan.\"");
    checked
        .says_at(&ar, "the ar text was made from an older Danish text")
        .says_at(&en, "the en text was made from an older Danish text");
    let strict = run(&site, &["check", "--strict"]);
    assert_eq!(
        strict.status.code(),
        Some(1),
        "--strict counts stale as missing"
    );
    assert!(text(&strict.stderr).contains("2 missing translations"));

    let (out, public) = site.build_cli_with(&["--no-pdf"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let page = std::fs::read_to_string(public.join("ar/pakker/landbrug/index.html")).unwrap();
    let marked = "<span class=\"stale\">إطعام الحيوانات حسب الخطة. <small class=\"stale-mark\">(قد تكون هذه الترجمة قديمة)</small></span>";
    assert!(
        page.contains(marked),
        "the stale text is marked on the page"
    );
    assert_eq!(
        page.matches("class=\"stale\"").count(),
        page.matches(marked).count()
    );
    let other = std::fs::read_to_string(public.join("ar/pakker/rengoering/index.html")).unwrap();
    assert!(!other.contains("class=\"stale\""));

    // Accepting the Arabic at its line leaves only the English stale.
    let line = ar.split(':').nth(1).unwrap();
    let accepted = run(
        &site,
        &[
            "translate",
            "accept",
            &format!("{file}:{line}"),
            "--lang",
            "ar",
        ],
    );
    assert!(accepted.status.success(), "{}", text(&accepted.stderr));
    let checked = site.check();
    assert_eq!(checked.warnings(), 1, "{}", checked.report);
    checked.says_at(&en, "the en text was made from an older Danish text");
    let (_, stale) = export(&site, "en", &["--only", "stale"]);
    assert_eq!(
        ids(&stale),
        ["packages/landbrug.yaml#criteria[fodring].text"]
    );
    assert!(stale.contains("state=\"needs-review-translation\""));
}

#[test]
fn a_site_without_a_lock_has_no_stale_translations() {
    let site = Site::fixture();
    assert!(!site.root().join("content/translations.lock").exists());
    site.edit(
        "content/packages/landbrug.yaml",
        "da: Fodrer dyrene efter planen.",
        "da: Fodrer dyrene efter foderplanen.",
    );
    let checked = site.check();
    assert!(
        !checked.report.contains("older Danish text"),
        "{}",
        checked.report
    );
}

#[test]
fn a_fourth_language_goes_from_export_to_built_site_with_the_import_and_one_line() {
    let site = Site::example();
    let (file, xliff) = export(&site, "ti", &[]);
    let units = ids(&xliff);
    assert_eq!(units.len(), 571, "every unit");
    assert_eq!(xliff.matches("<target state=\"new\"/>").count(), 571);
    // Placeholder translations, marked illustrative: no Tigrinya is claimed.
    let mut filled = xliff.clone();
    for (n, id) in units.iter().enumerate() {
        let source = filled
            .split(&format!("<trans-unit id=\"{id}\""))
            .nth(1)
            .and_then(|rest| rest.split("<source>").nth(1))
            .and_then(|rest| rest.split("</source>").next())
            .unwrap()
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&apos;", "'")
            .replace("&amp;", "&");
        let target = if id.starts_with("main.ftl#") {
            source
        } else {
            format!("ti {n} (illustrative placeholder)")
        };
        filled = set_target(&filled, id, &target);
    }
    std::fs::write(&file, filled).unwrap();
    let out = import(&site, &file);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("`ti` is not a language of the site yet"));
    assert!(site.root().join("locales/ti/main.ftl").is_file());
    site.edit(
        "content/site.yaml",
        "languages:\n",
        "languages:\n  - {code: ti, name: ትግርኛ, dir: ltr}\n",
    );
    let checked = site.check();
    assert_eq!(checked.errors(), 0, "{}", checked.report);
    let (out, public) = site.build_cli_with(&["--no-pdf"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let page = std::fs::read_to_string(public.join("ti/pakker/landbrug/index.html")).unwrap();
    assert!(page.contains("<html lang=\"ti\" dir=\"ltr\">"));
    assert!(page.contains("(illustrative placeholder)"));
    assert!(
        !page.contains("class=\"untranslated\""),
        "every text came from the import"
    );
}

/// The Python of Debian's translate-toolkit (scripts/test installs it).
fn toolkit_python() -> &'static str {
    let python = "/usr/bin/python3";
    let found = std::process::Command::new(python)
        .args(["-c", "import translate.storage.xliff"])
        .status()
        .is_ok_and(|s| s.success());
    assert!(
        found,
        "translate-toolkit is missing: apt-get install translate-toolkit"
    );
    python
}

fn python(script: &str, args: &[&str]) -> String {
    let out = std::process::Command::new(toolkit_python())
        .arg("-c")
        .arg(script)
        .args(args)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    text(&out.stdout)
}

/// How many units pofilter flags in `file` with `checks`.
fn pofilter(file: &Path, checks: &[&str]) -> String {
    let out = file.with_extension("flagged.xlf");
    let mut command = std::process::Command::new("/usr/bin/pofilter");
    command
        .args(["--progress=none", "-i"])
        .arg(file)
        .arg("-o")
        .arg(&out);
    for check in checks {
        command.args(["-t", check]);
    }
    let status = command.output().unwrap();
    assert!(status.status.success(), "{}", text(&status.stderr));
    std::fs::read_to_string(&out).unwrap_or_default()
}

const READ_IDS: &str = "import sys\nfrom translate.storage import factory\nstore = factory.getobject(sys.argv[1])\nfor unit in store.units:\n    if not unit.isheader():\n        print(unit.getid().split('\\x04')[-1])\n";

const EDIT: &str = "import sys\nfrom translate.storage import factory\nstore = factory.getobject(sys.argv[1])\nfor unit in store.units:\n    if unit.getid().split('\\x04')[-1] == sys.argv[2]:\n        unit.target = sys.argv[3]\nstore.savefile(sys.argv[1])\n";

#[test]
fn translate_toolkit_reads_the_export_its_checks_pass_and_its_edits_import() {
    let site = Site::example();
    for lang in ["ar", "en"] {
        let (file, xliff) = export(&site, lang, &[]);
        let listed: Vec<String> = python(READ_IDS, &[file.to_str().unwrap()])
            .lines()
            .map(str::to_string)
            .collect();
        assert_eq!(
            listed,
            ids(&xliff),
            "translate-toolkit lists the same units"
        );
        // Checks kept on every unit.
        let flagged = pofilter(
            &file,
            &[
                "variables",
                "printf",
                "xmltags",
                "startwhitespace",
                "endwhitespace",
                "tabs",
                "escapes",
                "blank",
                "emails",
                "urls",
                "numbers",
            ],
        );
        assert!(!flagged.contains("trans-unit"), "{lang}: {flagged}");
        // Punctuation, double spaces and line breaks on the content texts (the
        // interface's plural variants are indented Fluent lines, Arabic has six
        // forms where Danish has two, and ends a question with ؟).
        let content = file.with_extension("content.xlf");
        let cut = xliff.find("<file original=\"locales/").unwrap();
        std::fs::write(&content, format!("{}</xliff>\n", &xliff[..cut])).unwrap();
        // pofilter's endpunc takes the Arabic question mark (؟) for a
        // different ending than "?", so it runs on the English export only.
        let checks: &[&str] = if lang == "ar" {
            &["doublespacing", "newlines", "startpunc"]
        } else {
            &["doublespacing", "newlines", "endpunc", "startpunc"]
        };
        let flagged = pofilter(&content, checks);
        assert!(!flagged.contains("trans-unit"), "{lang}: {flagged}");
    }
    let (file, _) = export(&site, "ar", &[]);
    let before = files_under(&site.root().join("content"));
    let path = file.to_str().unwrap();
    python(
        EDIT,
        &[
            path,
            "courses/foerstehjaelp.yaml#title",
            "الإسعافات الأولية (دورة)",
        ],
    );
    python(
        EDIT,
        &[path, "concept.yaml#promise", "نعدك بأفضل فرصة ممكنة."],
    );
    let out = import(&site, &file);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let changes = changed_lines(&before, &files_under(&site.root().join("content")));
    let files: Vec<&str> = changes.iter().map(|(f, _, _)| f.as_str()).collect();
    assert_eq!(
        files,
        ["concept.yaml", "courses/foerstehjaelp.yaml"],
        "{changes:?}"
    );
    assert!(
        changes[0].2.ends_with("ar: \"نعدك بأفضل فرصة ممكنة.\""),
        "{changes:?}"
    );
    assert!(
        changes[1].2.ends_with("ar: \"الإسعافات الأولية (دورة)\""),
        "{changes:?}"
    );
}

#[test]
fn the_export_shows_the_translator_the_agreed_words_of_each_text() {
    let site = Site::example();
    let (_, xliff) = export(&site, "ar", &[]);
    // The unit of a text whose Danish says "jobcentret" carries the term.
    let unit = xliff
        .split("<trans-unit ")
        .find(|u| u.contains("støtte fra\njobcentret") || u.contains("støtte fra jobcentret"))
        .expect("the aftercare text of a package");
    assert!(
        unit.contains(r#"<note from="glossary" priority="2">jobcenter → «مركز التوظيف»"#)
            && unit.contains("(≠ «مركز العمل»"),
        "{unit}"
    );
    // A text without any concept of the term base has no glossary note.
    let plain = xliff
        .split("<trans-unit ")
        .filter(|u| u.contains("<source>"))
        .find(|u| !u.contains("from=\"glossary\""));
    assert!(plain.is_some());
}
