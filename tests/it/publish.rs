//! The user's own files: `static/` is copied into every build, a file put
//! into the output by hand is never deleted, and an `--output` that would
//! swallow the site is refused with exit code 2.

use crate::common::{Site, pathways, text};
use std::path::Path;

fn build(site: &Site, output: &Path) -> std::process::Output {
    pathways(&[
        "build",
        "--no-pdf",
        "--root",
        site.root().to_str().unwrap(),
        "--output",
        output.to_str().unwrap(),
    ])
}

#[test]
fn static_files_are_published_as_they_are_and_survive_every_rebuild() {
    let site = Site::fixture();
    site.write("static/CNAME", b"branchepakker.example.org\n");
    site.write(
        "static/.well-known/security.txt",
        b"Contact: https://example.org\n",
    );
    site.write("static/files/brochure.pdf", b"%PDF-1.7 illustrative\n");
    site.write("static/~$brochure.docx", b"Word's lock file");
    let output = site.root().join("public");
    for round in 1..=2 {
        let out = build(&site, &output);
        assert!(out.status.success(), "build {round}: {}", text(&out.stderr));
        assert_eq!(
            std::fs::read(output.join("CNAME")).unwrap(),
            b"branchepakker.example.org\n",
            "build {round}"
        );
        assert!(output.join(".well-known/security.txt").is_file());
        assert!(output.join("files/brochure.pdf").is_file());
        assert!(
            !output.join("~$brochure.docx").exists(),
            "Word's lock files stay out"
        );
    }
    // Removed from static/, it goes from the output too: it was pathways' copy.
    std::fs::remove_file(site.root().join("static/files/brochure.pdf")).unwrap();
    let out = build(&site, &output);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(!output.join("files/brochure.pdf").exists());
}

#[test]
fn a_file_put_into_the_output_by_hand_stops_the_build_and_is_kept() {
    let site = Site::fixture();
    let output = site.root().join("public");
    assert!(build(&site, &output).status.success());
    std::fs::write(output.join("CNAME"), "branchepakker.example.org\n").unwrap();
    std::fs::write(output.join("da/brochure.pdf"), "%PDF illustrative").unwrap();
    let front = std::fs::read(output.join("da/index.html")).unwrap();

    site.edit(
        "content/packages/landbrug.yaml",
        "  en: \"Agriculture\"",
        "  en: \"Farming\"",
    );
    let out = build(&site, &output);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("2 files that pathways did not write"),
        "{stderr}"
    );
    assert!(
        stderr.contains("CNAME") && stderr.contains("da/brochure.pdf"),
        "{stderr}"
    );
    assert!(stderr.contains("static/"), "the way out is named: {stderr}");
    assert!(!stderr.contains("delete the file"), "{stderr}");
    assert!(output.join("CNAME").is_file() && output.join("da/brochure.pdf").is_file());
    assert_eq!(
        std::fs::read(output.join("da/index.html")).unwrap(),
        front,
        "the site is as it was"
    );

    // Moved into static/, the CNAME is the site's own; the brochure is deleted by hand.
    site.write("static/CNAME", b"branchepakker.example.org\n");
    std::fs::remove_file(output.join("da/brochure.pdf")).unwrap();
    std::fs::remove_file(output.join("CNAME")).unwrap();
    let out = build(&site, &output);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(output.join("CNAME").is_file());
}

#[test]
fn a_static_file_in_the_place_of_a_generated_one_is_an_error_in_check_and_build() {
    let site = Site::fixture();
    site.write("static/da/index.html", b"<p>mine</p>");
    site.write("static/robots.txt", b"User-agent: *\n");
    site.write("static/favicon.ico", b"\0\0\x01\0");
    let checked = site.check();
    assert_eq!(checked.errors(), 2, "{}", checked.report);
    checked
        .says("error: static/da/index.html would replace a file of the site")
        .says("pathways writes the pages in Dansk (da) into da/")
        .says("error: static/robots.txt would replace a file of the site")
        .says("static/files/");
    let output = site.root().join("public");
    let out = build(&site, &output);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("static/robots.txt"));
    assert!(!output.exists(), "nothing written");
}

#[cfg(unix)]
#[test]
fn links_are_skipped_with_a_warning_and_never_followed() {
    let site = Site::fixture();
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret.txt"), "not for the web").unwrap();
    std::fs::create_dir_all(site.root().join("static")).unwrap();
    std::os::unix::fs::symlink(
        outside.path().join("secret.txt"),
        site.root().join("static/secret.txt"),
    )
    .unwrap();
    std::os::unix::fs::symlink(outside.path(), site.root().join("content/pages/elsewhere"))
        .unwrap();
    let checked = site.check();
    assert_eq!(checked.errors(), 0, "{}", checked.report);
    checked
        .says_at("static/secret.txt", "links in static/ are skipped")
        .says_at("content/pages/elsewhere", "links in content/ are skipped");
    let output = site.root().join("public");
    assert!(build(&site, &output).status.success());
    assert!(!output.join("secret.txt").exists());
}

#[cfg(unix)]
#[test]
fn links_in_the_theme_and_the_messages_are_skipped_too() {
    let site = Site::fixture();
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("style.css"), "body { --stolen: 1 }").unwrap();
    std::fs::write(outside.path().join("extra.ftl"), "site-title = Stolen\n").unwrap();
    std::fs::create_dir_all(site.root().join("themes/default/assets")).unwrap();
    std::os::unix::fs::symlink(
        outside.path().join("style.css"),
        site.root().join("themes/default/assets/style.css"),
    )
    .unwrap();
    crate::common::copy_dir(
        &crate::common::repo().join("locales"),
        &site.root().join("locales"),
    );
    std::os::unix::fs::symlink(
        outside.path().join("extra.ftl"),
        site.root().join("locales/da/extra.ftl"),
    )
    .unwrap();
    let checked = site.check();
    assert_eq!(checked.errors(), 0, "{}", checked.report);
    checked
        .says_at(
            "themes/default/assets/style.css",
            "links in themes/ are skipped",
        )
        .says_at("locales/da/extra.ftl", "links in locales/ are skipped");
    let output = site.root().join("public");
    let out = build(&site, &output);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let css = std::fs::read_to_string(output.join("assets/style.css")).unwrap();
    assert!(
        !css.contains("--stolen"),
        "the linked stylesheet was followed"
    );
    let home = std::fs::read_to_string(output.join("da/index.html")).unwrap();
    assert!(
        !home.contains("Stolen"),
        "the linked messages were followed"
    );
}

#[test]
fn an_output_that_would_swallow_the_site_is_refused_with_exit_code_2() {
    let site = Site::fixture();
    std::fs::write(site.root().join("notes.txt"), "a file").unwrap();
    let root = site.root();
    for (output, says) in [
        (root.to_path_buf(), "would replace the site's own folder"),
        (root.join("content"), "inside the site's content/ folder"),
        (
            root.join("content/pages/out"),
            "inside the site's content/ folder",
        ),
        (root.join("notes.txt"), "is a file, not a folder"),
        (root.join(".."), "would replace the site's own folder"),
    ] {
        let before = crate::common::files_under(root);
        let out = build(&site, &output);
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{}: {stderr}", output.display());
        assert!(stderr.contains(says), "{}: {stderr}", output.display());
        assert!(stderr.contains("--output public"), "{stderr}");
        assert_eq!(
            crate::common::files_under(root),
            before,
            "nothing written or deleted"
        );
    }
}

#[test]
fn an_output_of_an_older_pathways_is_replaced_and_only_foreign_files_stop_it() {
    let site = Site::fixture();
    let output = site.root().join("public");
    assert!(build(&site, &output).status.success());
    // Older versions wrote one sentence and no list.
    std::fs::write(
        output.join(".pathways-output"),
        "This folder is written by `pathways build` and replaced by each build.\n",
    )
    .unwrap();
    std::fs::write(output.join("CNAME"), "example.org\n").unwrap();
    let out = build(&site, &output);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("1 file that pathways did not write: CNAME."),
        "{stderr}"
    );
    std::fs::remove_file(output.join("CNAME")).unwrap();
    let out = build(&site, &output);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let marker = std::fs::read_to_string(output.join(".pathways-output")).unwrap();
    assert!(
        marker.lines().any(|l| l == "da/index.html"),
        "the new marker lists the files"
    );
}
