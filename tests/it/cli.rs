//! The `pathways` command as a user runs it: exit codes, messages, and what
//! `build` leaves on disk.

use crate::common::{Site, pathways, repo, text};
use pathways::model::Catalog;
use std::path::{Path, PathBuf};

fn root(site: &Site) -> &str {
    site.root().to_str().unwrap()
}

#[test]
fn check_passes_on_the_example_and_reports_coverage() {
    let out = pathways(&["check", "--root", repo().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("check passed: 0 errors, 0 warnings"),
        "{stdout}"
    );
    assert!(
        stdout
            .lines()
            .any(|l| l.trim_start().starts_with("da") && l.contains("100.0%")),
        "{stdout}"
    );
    for lang in ["da", "ar", "en"] {
        assert!(
            stdout
                .lines()
                .any(|l| l.trim_start().starts_with(lang) && l.contains("100.0%")),
            "{lang}: {stdout}"
        );
    }
}

#[test]
fn strict_check_passes_for_danish_and_fails_on_missing_translations() {
    let example = pathways(&["check", "--root", repo().to_str().unwrap(), "--strict"]);
    assert_eq!(
        example.status.code(),
        Some(0),
        "the example is complete in da, ar and en: {}",
        text(&example.stderr)
    );

    let site = Site::fixture();
    site.edit(
        "content/packages/landbrug.yaml",
        "  en: \"Agriculture\"\n",
        "",
    );
    let line = site
        .at("content/packages/landbrug.yaml", "name:")
        .split(':')
        .nth(1)
        .unwrap()
        .to_string();
    let danish = pathways(&["check", "--root", root(&site), "--strict", "--lang", "da"]);
    assert_eq!(danish.status.code(), Some(0), "{}", text(&danish.stderr));
    let all = pathways(&["check", "--root", root(&site), "--strict"]);
    assert_eq!(all.status.code(), Some(1));
    assert!(text(&all.stderr).contains("1 missing translation with --strict"));
    let expected = format!(
        "missing en: content/packages/landbrug.yaml:{}:",
        line.parse::<usize>().unwrap() + 1
    );
    assert!(
        text(&all.stdout).contains(&expected) || text(&all.stderr).contains(&expected),
        "{expected}"
    );
}

#[test]
fn content_errors_exit_1_and_usage_errors_exit_2() {
    let site = Site::fixture();
    site.edit(
        "content/packages/landbrug.yaml",
        "        - foerstehjaelp",
        "        - forstehjaelp",
    );
    let out = pathways(&["check", "--root", root(&site)]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("content/packages/landbrug.yaml:"),
        "{stderr}"
    );
    assert!(stderr.contains("did you mean `foerstehjaelp`?"), "{stderr}");

    let missing = pathways(&["check", "--root", "/nonexistent/site"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(text(&missing.stderr).contains("has no content/ folder"));
    assert_eq!(pathways(&["chek"]).status.code(), Some(2));
    assert_eq!(
        pathways(&["check", "--lang", "xx", "--root", repo().to_str().unwrap()])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(pathways(&["schema", "pakke"]).status.code(), Some(2));
}

#[test]
fn build_writes_the_index_and_a_catalog_that_round_trips() {
    let site = Site::fixture();
    let output = site.root().join("public");
    let out = pathways(&[
        "build",
        "--root",
        root(&site),
        "--output",
        output.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));

    let index = std::fs::read_to_string(output.join("da/index.html")).unwrap();
    assert!(index.contains("<html lang=\"da\" dir=\"ltr\">"));
    for name in [
        "Landbrug",
        "Rengøring",
        "Pleje og omsorg",
        "Fødevareindustri",
        "Hotelservice (køkken og service)",
    ] {
        assert!(index.contains(name), "index lacks {name}");
    }
    assert!(index.contains("Detailbranchen - butiksmedhjælper"));

    let json = std::fs::read(output.join("data/catalog.json")).unwrap();
    let mut catalog: Catalog =
        serde_json::from_slice(&json).expect("catalog.json reads back into the model");
    assert_eq!(
        serde_json::to_vec_pretty(&catalog).unwrap(),
        json,
        "writing it again changes it"
    );
    let urls = catalog
        .urls
        .take()
        .expect("catalog.json has the address of every page");
    assert_eq!(
        urls.packages["landbrug"]["ar"],
        "https://frederikshavn.example.org/branchepakker/ar/pakker/landbrug/"
    );
    assert_eq!(
        urls.employers["rengoering"]["en"],
        "https://frederikshavn.example.org/branchepakker/en/virksomheder/rengoering/"
    );
    assert_eq!(urls.courses.len(), 15);
    let loaded = site.check();
    assert_eq!(
        &catalog,
        loaded.catalog.as_ref().unwrap(),
        "the model read back differs"
    );
    assert_eq!(catalog.packages["landbrug"].jobs.counts["lokalt"].value, 35);
    assert_eq!(catalog.concept.labour_markets.total_jobs.value, 1193);
}

#[test]
fn two_builds_of_the_same_content_are_byte_identical() {
    let site = Site::example();
    let (a, b) = (site.root().join("a"), site.root().join("b"));
    for output in [&a, &b] {
        assert!(
            pathways(&[
                "build",
                "--root",
                root(&site),
                "--output",
                output.to_str().unwrap()
            ])
            .status
            .success()
        );
    }
    let files = |root: &Path| -> Vec<(PathBuf, Vec<u8>)> {
        let mut files: Vec<_> = walkdir::WalkDir::new(root)
            .into_iter()
            .flatten()
            .filter(|e| e.file_type().is_file())
            .map(|e| {
                (
                    e.path().strip_prefix(root).unwrap().to_path_buf(),
                    std::fs::read(e.path()).unwrap(),
                )
            })
            .collect();
        files.sort();
        files
    };
    let (first, second) = (files(&a), files(&b));
    assert!(first.len() > 90, "only {} files", first.len());
    assert_eq!(first.len(), second.len());
    for ((path, x), (_, y)) in first.iter().zip(&second) {
        assert!(x == y, "{} differs between two builds", path.display());
    }
}

#[test]
fn a_failed_build_leaves_the_previous_site_intact() {
    let site = Site::fixture();
    let output = site.root().join("public");
    let build = || {
        pathways(&[
            "build",
            "--root",
            root(&site),
            "--output",
            output.to_str().unwrap(),
            "--no-pdf",
        ])
    };
    assert!(build().status.success());
    let before = std::fs::read(output.join("data/catalog.json")).unwrap();

    site.edit(
        "content/packages/landbrug.yaml",
        "group: hygiejne",
        "group: hygeijne",
    );
    let failed = build();
    assert_eq!(failed.status.code(), Some(1));
    assert!(text(&failed.stderr).contains("was not changed"));
    assert_eq!(
        std::fs::read(output.join("data/catalog.json")).unwrap(),
        before
    );
    let leftovers: Vec<_> = std::fs::read_dir(site.root())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with(".public."))
        .collect();
    assert!(leftovers.is_empty(), "temporary folders left behind");
}

#[test]
fn build_never_replaces_a_folder_it_did_not_make() {
    let site = Site::fixture();
    let output = site.root().join("documents");
    std::fs::create_dir_all(&output).unwrap();
    std::fs::write(output.join("budget.xlsx"), b"important").unwrap();
    let out = pathways(&[
        "build",
        "--root",
        root(&site),
        "--output",
        output.to_str().unwrap(),
    ]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "a refused --output is wrong use"
    );
    assert!(text(&out.stderr).contains("was not made by pathways"));
    assert_eq!(
        std::fs::read(output.join("budget.xlsx")).unwrap(),
        b"important"
    );
}

#[test]
fn build_removes_temporary_folders_of_an_interrupted_build() {
    let site = Site::fixture();
    let stray = site.root().join(".public.tmp-99999");
    std::fs::create_dir_all(&stray).unwrap();
    std::fs::write(stray.join(pathways::output::MARKER), b"").unwrap();
    let output = site.root().join("public");
    assert!(
        pathways(&[
            "build",
            "--root",
            root(&site),
            "--output",
            output.to_str().unwrap(),
            "--no-pdf"
        ])
        .status
        .success()
    );
    assert!(!stray.exists());
}

#[test]
fn script_in_a_page_renders_as_text() {
    let site = Site::fixture();
    site.write(
        "content/pages/test.da.md",
        b"---\ntitle: <script>alert(1)</script>\n---\nHej <script>alert(2)</script>\n",
    );
    let output = site.root().join("public");
    assert!(
        pathways(&[
            "build",
            "--root",
            root(&site),
            "--output",
            output.to_str().unwrap(),
            "--no-pdf"
        ])
        .status
        .success()
    );
    let html = std::fs::read_to_string(output.join("da/test/index.html")).unwrap();
    assert!(!html.contains("<script>"), "{html}");
    assert!(html.contains("&lt;script&gt;alert(2)"), "{html}");
}

#[test]
fn the_committed_schemas_are_current_and_describe_the_fields() {
    let dir = tempfile::tempdir().unwrap();
    assert!(
        pathways(&["schema", "--out", dir.path().to_str().unwrap()])
            .status
            .success()
    );
    for kind in ["site", "concept", "course", "package", "page"] {
        let name = format!("{kind}.schema.json");
        let fresh = std::fs::read_to_string(dir.path().join(&name)).unwrap();
        let committed =
            std::fs::read_to_string(repo().join("schemas").join(&name)).unwrap_or_else(|_| {
                panic!("schemas/{name} is missing: run `pathways schema --out schemas`")
            });
        assert_eq!(
            fresh, committed,
            "schemas/{name} is out of date: run `pathways schema --out schemas`"
        );
    }
    let package: serde_json::Value =
        serde_json::from_slice(&pathways(&["schema", "package"]).stdout).unwrap();
    assert!(package["properties"]["pathway"].is_object(), "{package}");
    assert_eq!(package["additionalProperties"], serde_json::json!(false));
}

#[test]
fn hostile_files_never_crash_the_loader() {
    let inputs: Vec<Vec<u8>> = vec![
        vec![0xFF, 0xFE, 0x00, 0x01],
        b"[".repeat(100_000),
        b"{a: ".repeat(10_000),
        b"- ".repeat(50_000),
        b"title: !!binary AAAA\n".to_vec(),
        b"---\n---\n---\n".to_vec(),
        b"\0\0\0".to_vec(),
        "title:\n  da: \u{202e}x\n".as_bytes().to_vec(),
    ];
    for input in inputs {
        for file in [
            "content/site.yaml",
            "content/concept.yaml",
            "content/courses/kundeservice.yaml",
            "content/packages/landbrug.yaml",
            "content/pages/om-branchepakkerne.da.md",
        ] {
            let site = Site::fixture();
            site.write(file, &input);
            let checked = site.check();
            assert!(
                checked.errors() >= 1,
                "{file} with {:?}… was accepted",
                &input[..input.len().min(8)]
            );
        }
    }
    assert!(Path::new(&repo()).join("content").is_dir());
}

#[test]
fn new_package_and_course_pass_check_at_once_and_list_what_to_fill_in() {
    let site = Site::fixture();
    for (kind, id) in [
        ("package", "lager-og-logistik"),
        ("course", "truckcertifikat"),
    ] {
        let out = pathways(&["new", kind, id, "--root", root(&site)]);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        assert!(text(&out.stdout).contains(&format!("{id}.yaml")));
    }
    let package = site.read("content/packages/lager-og-logistik.yaml");
    for field in [
        "order:",
        "pictogram:",
        "name:",
        "summary:",
        "audience:",
        "job_types:",
        "jobs:",
        "pathway:",
        "criteria:",
        "training_companies:",
        "certificate:",
        "contact:",
    ] {
        assert!(package.contains(field), "{field} missing:\n{package}");
    }
    assert!(
        package.contains("# ar: (translation"),
        "a slot for each translation"
    );

    let out = pathways(&["check", "--root", root(&site)]);
    let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("this text is a placeholder"), "{stderr}");
    let first = package
        .lines()
        .position(|line| line.contains("UDFYLD") && !line.trim_start().starts_with('#'))
        .expect("the skeleton has placeholders")
        + 1;
    let at = format!("content/packages/lager-og-logistik.yaml:{first}:");
    assert!(
        stderr.contains(&at),
        "placeholders listed by file:line ({at}):\n{stderr}"
    );
    assert!(
        stderr.contains("the package still has the stand-in picture"),
        "{stderr}"
    );
    // Each criterion of the skeleton is in a group of its own tool.
    let checked = crate::common::open(site.root());
    let concept = &checked.catalog.concept;
    let criteria = &checked.catalog.packages["lager-og-logistik"].criteria;
    assert_eq!(criteria.len(), 2);
    for criterion in criteria {
        let group = concept
            .criterion_groups
            .iter()
            .find(|g| g.id.value == criterion.group.value)
            .expect("a group of the concept");
        assert!(
            group.admits(criterion.tool.value),
            "{} ({:?}) is in {}",
            criterion.id.value,
            criterion.tool.value,
            group.id.value
        );
    }
    assert!(
        stdout.contains("missing ar: content/courses/truckcertifikat.yaml:"),
        "{stdout}"
    );
    let strict = pathways(&["check", "--strict", "--lang", "da", "--root", root(&site)]);
    assert_eq!(
        strict.status.code(),
        Some(1),
        "--strict refuses placeholders"
    );
    assert!(text(&strict.stderr).contains("placeholder texts and"));

    let again = pathways(&["new", "package", "lager-og-logistik", "--root", root(&site)]);
    assert_eq!(again.status.code(), Some(2));
    assert!(text(&again.stderr).contains("already exists"));
    let bad = pathways(&["new", "course", "Truck/../x", "--root", root(&site)]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(text(&bad.stderr).contains("cannot be an id"));
    assert!(!site.root().join("content/courses/x.yaml").exists());
}

#[test]
fn init_makes_a_site_that_checks_builds_and_lists_its_placeholders() {
    let dir = tempfile::tempdir().expect("temp dir");
    let site = dir.path().join("ny-kommune");
    let site_arg = site.to_str().unwrap();
    let out = pathways(&["init", site_arg]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    for file in [
        "content/site.yaml",
        "content/concept.yaml",
        "content/terms.yaml",
        "content/packages/min-foerste-pakke.yaml",
        "schemas/package.schema.json",
        "README.md",
    ] {
        assert!(site.join(file).is_file(), "{file}");
    }
    // Nothing of Frederikshavn's own: its name, its job counts.
    for file in ["content/site.yaml", "content/concept.yaml"] {
        let yaml = std::fs::read_to_string(site.join(file)).unwrap();
        assert!(!yaml.contains("Frederikshavn station"), "{file}");
        assert!(
            !yaml.contains("1193") && !yaml.contains("jobs: 593"),
            "{file}"
        );
    }

    // The term base of the example, without Frederikshavn's job centre.
    let terms = std::fs::read_to_string(site.join("content/terms.yaml")).unwrap();
    assert!(terms.contains("مركز التوظيف") && !terms.contains("Frederikshavn\""));

    let check = pathways(&["check", "--root", site_arg]);
    let report = text(&check.stderr) + &text(&check.stdout);
    assert_eq!(check.status.code(), Some(0), "{report}");
    assert!(report.contains("this text is a placeholder"), "{report}");
    assert!(
        report.contains("content/site.yaml:4"),
        "the municipality is to fill in: {report}"
    );
    assert!(report.contains("missing ar:"), "{report}");
    let strict = pathways(&["check", "--strict", "--root", site_arg]);
    assert_eq!(
        strict.status.code(),
        Some(1),
        "--strict refuses placeholders"
    );

    let public = site.join("public");
    let build = pathways(&[
        "build",
        "--root",
        site_arg,
        "--output",
        public.to_str().unwrap(),
    ]);
    assert_eq!(build.status.code(), Some(0), "{}", text(&build.stderr));
    assert!(
        public
            .join("da/pakker/min-foerste-pakke/index.html")
            .is_file()
    );

    let again = pathways(&["init", site_arg]);
    assert_eq!(again.status.code(), Some(2));
    assert!(text(&again.stderr).contains("already has a content/ folder"));
}
