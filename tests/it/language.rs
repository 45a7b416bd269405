//! The tool speaks Danish to its users unless told otherwise: every
//! message of check, build, new and the help, in the rustc layout, with the
//! same file and line; `--ui-lang en` or an English locale gives English.

use crate::common::{Site, command, in_danish, text};

const COURSE: &str = "content/courses/foerstehjaelp.yaml";

fn check(mut command: std::process::Command, site: &Site) -> (String, Option<i32>) {
    let out = command
        .args(["check", "--root", site.root().to_str().unwrap()])
        .output()
        .expect("run pathways");
    (text(&out.stderr), out.status.code())
}

#[test]
fn a_danish_user_gets_danish_errors_at_the_same_place() {
    let site = Site::fixture();
    site.edit(COURSE, "title:", "titel:");
    let at = site.at(COURSE, "titel");
    let (danish, code) = check(in_danish(), &site);
    assert_eq!(code, Some(1), "{danish}");
    for words in [
        "fejl: ukendt felt `titel`",
        "mente du `title`?",
        "hjælp: de felter, der kan stå her, er:",
        "tjek ikke bestået: 1 fejl",
    ] {
        assert!(danish.contains(words), "`{words}` is not in:\n{danish}");
    }
    assert!(danish.contains(&at), "{danish}");
    assert!(!danish.contains("unknown field"), "{danish}");
    assert!(!danish.contains("help:"), "{danish}");

    let mut english = command();
    english.args(["--ui-lang", "en"]);
    let (english, _) = check(english, &site);
    assert!(
        english.contains("error: unknown field `titel`"),
        "{english}"
    );
    assert!(english.contains("did you mean `title`?"), "{english}");
    assert!(english.contains(&at), "{english}");
}

#[test]
fn the_language_follows_the_flag_the_variable_and_the_locale() {
    let site = Site::fixture();
    site.edit(COURSE, "title:", "titel:");
    let with = |name: &str, value: &str| {
        let mut command = in_danish();
        command.env(name, value);
        check(command, &site).0
    };
    assert!(with("LANG", "en_GB.UTF-8").contains("unknown field"));
    assert!(with("LANG", "da_DK.UTF-8").contains("ukendt felt"));
    assert!(
        with("LANG", "de_DE.UTF-8").contains("ukendt felt"),
        "Danish when the locale is neither"
    );
    assert!(with("PATHWAYS_LANG", "en").contains("unknown field"));
    let mut flag = in_danish();
    flag.env("PATHWAYS_LANG", "en").args(["--ui-lang", "da"]);
    assert!(
        check(flag, &site).0.contains("ukendt felt"),
        "the flag wins"
    );
    let mut unknown = in_danish();
    unknown.args(["--ui-lang", "fr"]);
    let said = check(unknown, &site).0;
    assert!(said.contains("taler ikke `fr`"), "{said}");
    assert!(said.contains("ukendt felt"), "{said}");
}

#[test]
fn the_summary_the_help_and_a_wrong_command_are_danish() {
    let site = Site::fixture();
    let (said, code) = check(in_danish(), &site);
    let out = in_danish()
        .args(["check", "--root", site.root().to_str().unwrap()])
        .output()
        .expect("run pathways");
    assert_eq!(code, Some(0), "{said}");
    let stdout = text(&out.stdout);
    assert!(stdout.contains("tjek bestået: 0 fejl"), "{stdout}");
    assert!(stdout.contains("oversættelser:"), "{stdout}");

    let help = text(
        &in_danish()
            .args(["build", "--help"])
            .output()
            .unwrap()
            .stdout,
    );
    for words in [
        "Brug:",
        "Tilvalg:",
        "Hvor sitet skal skrives",
        "[standard: public]",
        "Vis hjælp",
    ] {
        assert!(help.contains(words), "`{words}` is not in:\n{help}");
    }
    let wrong = in_danish().arg("biuld").output().unwrap();
    assert_eq!(wrong.status.code(), Some(2));
    let said = text(&wrong.stderr);
    assert!(said.contains("`biuld` er ikke en kommando"), "{said}");
    assert!(said.contains("mente du `build`?"), "{said}");
}

#[test]
fn a_build_that_stops_says_so_in_danish() {
    let site = Site::fixture();
    site.edit(COURSE, "days: 1", "days: 0");
    let out = in_danish()
        .args(["build", "--root", site.root().to_str().unwrap(), "--output"])
        .arg(site.root().join("public"))
        .output()
        .expect("run pathways");
    assert_eq!(out.status.code(), Some(1));
    let said = text(&out.stderr);
    assert!(
        said.contains("et kursus på 0 dage er ikke muligt"),
        "{said}"
    );
    assert!(said.contains("sitet blev ikke bygget: 1 fejl"), "{said}");
}

#[test]
fn the_files_new_writes_explain_themselves_in_danish() {
    let site = Site::fixture();
    let out = in_danish()
        .args([
            "new",
            "course",
            "truck",
            "--root",
            site.root().to_str().unwrap(),
        ])
        .output()
        .expect("run pathways");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("skrev "),
        "{}",
        text(&out.stdout)
    );
    let written = site.read("content/courses/truck.yaml");
    assert!(written.contains("# Et nyt AMU-kursus"), "{written}");
    assert!(written.contains("oversættelse: fjern `# `"), "{written}");
}

#[test]
fn an_interface_message_missing_in_arabic_shows_in_danish_marked_as_danish() {
    let site = Site::fixture();
    crate::common::copy_dir(
        &crate::common::repo().join("locales"),
        &site.root().join("locales"),
    );
    let arabic = site.read("locales/ar/main.ftl");
    let without: String = arabic
        .lines()
        .filter(|l| !l.starts_with("skip-link =") && !l.starts_with("main-nav ="))
        .map(|l| format!("{l}\n"))
        .collect();
    site.write("locales/ar/main.ftl", without.as_bytes());
    let checked = site.check();
    checked
        .says("the message `skip-link` is missing in `ar`")
        .says("the message `main-nav` is missing in `ar`");
    let (out, output) = site.build_cli_with(&["--no-pdf"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let page = std::fs::read_to_string(output.join("ar/index.html")).unwrap();
    assert!(
        page.contains(r#"<span lang="da" dir="auto" class="untranslated">Gå til indholdet</span>"#),
        "the Danish text in an Arabic page is marked as Danish"
    );
    assert!(
        page.contains(r#"aria-label="Menu""#),
        "an attribute gets the text, unmarked"
    );
    assert!(
        !page.contains('\u{E000}') && !page.contains('\u{E002}'),
        "no marker is left"
    );
}
