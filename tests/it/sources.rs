//! The register of sources: pages name documents, never lines or "seed";
//! the sources page lists every document; check catches an unknown id.

use crate::common::{Site, files_under};

const COURSE: &str = "content/courses/almen-foedevarehygiejne.yaml";

#[test]
fn no_public_page_shows_an_internal_reference_and_the_sources_page_lists_every_document() {
    let site = Site::fixture();
    let (out, output) = site.build_cli_with(&["--no-pdf"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let line_ref = regex_lite_free(&[
        "seed", "linje 1", "linje 2", "linje 3", "linje 4", "linje 5",
    ]);
    for (path, bytes) in files_under(&output) {
        if path.extension().is_some_and(|e| e == "html") {
            let html = String::from_utf8_lossy(&bytes).to_lowercase();
            for needle in &line_ref {
                assert!(
                    !html.contains(needle),
                    "{} shows {needle:?}",
                    path.display()
                );
            }
        }
    }
    let register = site.read("content/sources.yaml");
    for lang in ["da", "ar", "en"] {
        let page = std::fs::read_to_string(output.join(lang).join("kilder/index.html")).unwrap();
        for id in register
            .lines()
            .filter_map(|l| l.trim().strip_prefix("- id: "))
        {
            assert!(
                page.contains(&format!("id=\"doc-{id}\"")),
                "{lang} sources page lacks {id}"
            );
        }
    }
    let catalog = std::fs::read_to_string(output.join("data/catalog.json")).unwrap();
    assert!(catalog.contains("\"document\": \"amu-som-vaerktoej\""));
    assert!(
        catalog.contains("linje 3551-3553"),
        "catalog.json keeps where in the document"
    );
}

fn regex_lite_free(needles: &[&str]) -> Vec<String> {
    needles.iter().map(|s| s.to_string()).collect()
}

#[test]
fn an_unknown_document_is_reported_at_its_line_with_the_nearest_id() {
    let site = Site::fixture();
    site.edit(
        COURSE,
        "document: amu-som-vaerktoej",
        "document: amu-som-vaerktoj",
    );
    let at = site.at(COURSE, "amu-som-vaerktoj");
    site.check()
        .says_at(&at, "there is no source document `amu-som-vaerktoj`")
        .says("amu-som-vaerktoej");
}
