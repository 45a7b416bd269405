//! National scale: the synthetic catalogue is ordinary, valid content of the
//! promised shape, its Hugo twin is complete, and `build` says what it did
//! (`--no-pdf`, `--quiet`, `--verbose`).

use crate::common::{fixture, pathways, text};
use pathways::load::load;
use pathways::model::Provenance;
use std::path::Path;

fn files_under(dir: &Path, ending: &str) -> usize {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().ends_with(ending))
        .count()
}

#[test]
fn the_synthetic_catalogue_is_valid_content_of_the_promised_shape() {
    let dir = tempfile::tempdir().unwrap();
    let (site, hugo) = (dir.path().join("site"), dir.path().join("hugo"));
    let out = pathways(&[
        "synthetic",
        "--packages",
        "14",
        "--out",
        site.to_str().unwrap(),
        "--hugo",
        hugo.to_str().unwrap(),
        "--from",
        fixture().to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));

    let check = pathways(&["check", "--strict", "--root", site.to_str().unwrap()]);
    assert_eq!(check.status.code(), Some(0), "{}", text(&check.stderr));
    assert!(
        text(&check.stdout).contains("check passed: 0 errors, 0 warnings"),
        "{}",
        text(&check.stdout)
    );

    let loaded = load(&site).unwrap();
    let catalog = loaded.valid_catalog().unwrap();
    assert_eq!(catalog.packages.len(), 14);
    for (id, package) in &catalog.packages {
        let modules = &package.pathway.modules;
        let courses: usize = modules.iter().map(|m| m.courses.len()).sum();
        assert_eq!(modules.len(), 5, "{id}");
        assert_eq!(package.criteria.len(), 20, "{id}");
        assert_eq!(courses, 6, "{id}");
        for lang in ["da", "ar", "en"] {
            for criterion in &package.criteria {
                assert!(criterion.text.get(lang).is_some(), "{id} {lang}");
            }
        }
        assert!(package.jobs.is_illustrative() && package.pathway.is_illustrative());
    }
    assert!(
        catalog.concept.labour_markets.illustrative.is_some(),
        "the job counts are marked illustrative"
    );
    // The packages are told apart by a number in every language.
    let names: std::collections::BTreeSet<_> = catalog
        .packages
        .values()
        .map(|p| p.name.get("ar").unwrap())
        .collect();
    assert_eq!(names.len(), 14);

    assert!(hugo.join("hugo.yaml").is_file());
    assert!(hugo.join("layouts/_default/single.html").is_file());
    assert_eq!(files_under(&hugo.join("content"), ".md"), 14 * 3);
    let front = std::fs::read_to_string(hugo.join("content/ar/pakker/landbrug-0001.md")).unwrap();
    assert!(front.starts_with("---\n") && front.contains("modules:"));
    assert!(front.contains("الزراعة"), "the Arabic page has Arabic text");
}

#[test]
fn build_without_pdfs_is_quiet_or_verbose_on_request() {
    let dir = tempfile::tempdir().unwrap();
    let output = dir.path().join("public");
    let root = fixture();
    let args = |extra: &'static str| {
        let mut args = vec![
            "build",
            "--root",
            root.to_str().unwrap(),
            "--output",
            output.to_str().unwrap(),
            "--no-pdf",
        ];
        if !extra.is_empty() {
            args.push(extra);
        }
        args.into_iter().map(String::from).collect::<Vec<_>>()
    };
    let run = |extra| {
        let args = args(extra);
        pathways(&args.iter().map(String::as_str).collect::<Vec<_>>())
    };

    let normal = run("");
    assert_eq!(normal.status.code(), Some(0), "{}", text(&normal.stderr));
    let summary = text(&normal.stdout);
    assert!(
        summary.starts_with("built 98 pages and no PDFs (--no-pdf): ") && summary.contains(" s\n"),
        "one line with pages, PDFs and time: {summary}"
    );
    assert_eq!(summary.lines().count(), 1);
    assert_eq!(files_under(&output, ".pdf"), 0);
    assert_eq!(files_under(&output, "index.html"), 97);
    let sitemap = std::fs::read_to_string(output.join("sitemap.xml")).unwrap();
    let json = std::fs::read_to_string(output.join("data/catalog.json")).unwrap();
    assert!(sitemap.contains("/da/pakker/landbrug/</loc>"));
    assert!(
        !sitemap.contains(".pdf") && !json.contains(".pdf"),
        "the sitemap and catalog.json list no PDF that is not in the output"
    );
    // No terminal: no progress bar drawn.
    assert!(
        !text(&normal.stderr).contains("building"),
        "{}",
        text(&normal.stderr)
    );

    let quiet = run("--quiet");
    assert_eq!(quiet.status.code(), Some(0));
    assert_eq!(text(&quiet.stdout), "", "--quiet prints nothing");
    assert_eq!(text(&quiet.stderr), "");

    let verbose = run("--verbose");
    assert_eq!(verbose.status.code(), Some(0));
    let said = text(&verbose.stdout);
    assert!(
        said.contains("read and checked 27 content files in "),
        "{said}"
    );
    assert!(said.contains("built 98 pages"), "{said}");
}

#[test]
fn a_full_build_counts_the_pdfs_it_printed_and_reused() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    let output = dir.path().join("public");
    let made = pathways(&[
        "synthetic",
        "--packages",
        "1",
        "--out",
        site.to_str().unwrap(),
        "--from",
        fixture().to_str().unwrap(),
    ]);
    assert_eq!(made.status.code(), Some(0), "{}", text(&made.stderr));
    let build = || {
        pathways(&[
            "build",
            "--root",
            site.to_str().unwrap(),
            "--output",
            output.to_str().unwrap(),
        ])
    };
    let first = build();
    assert_eq!(first.status.code(), Some(0), "{}", text(&first.stderr));
    assert!(
        text(&first.stdout).contains("15 PDFs (15 printed, 0 unchanged and reused)"),
        "{}",
        text(&first.stdout)
    );
    assert_eq!(files_under(&output, ".pdf"), 15);
    let second = build();
    assert!(
        text(&second.stdout).contains("15 PDFs (0 printed, 15 unchanged and reused)"),
        "{}",
        text(&second.stdout)
    );
    assert_eq!(files_under(&output, ".pdf"), 15);
}
