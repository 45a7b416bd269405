//! The printed documents as a screen reader reads them: from the tag tree
//! of the tagged PDF (PDF/UA-1), not from the page. On the example's
//! Arabic forms and practice folders every table has header cells, the
//! title is a heading and the printed web address is a link. Read with
//! poppler's `pdfinfo -struct`. The Arabic text behind the tags reads in
//! logical order and is marked Arabic: read from the file itself (below,
//! [`tags`]), because poppler's `-struct-text` ignores `/ActualText`.

use crate::common::Site;
use crate::common::pdf::squash;
use pathways::build::build;
use pathways::load::load;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// The real example site, built once for these tests: (its root, its output).
fn built() -> &'static (Site, PathBuf) {
    static BUILT: OnceLock<(Site, PathBuf)> = OnceLock::new();
    BUILT.get_or_init(|| {
        let site = Site::example();
        let output = site.root().join("public");
        build(site.root(), &output).unwrap_or_else(|_| panic!("the example site builds"));
        (site, output)
    })
}

fn example() -> &'static Path {
    &built().1
}

/// The Arabic texts of the criteria of `package`'s module `step` (every
/// module when `None`), from the example's content.
fn arabic_criteria(package: &str, step: Option<usize>) -> Vec<String> {
    let loaded = load(built().0.root()).expect("the example loads");
    let catalog = loaded.catalog.as_ref().expect("valid");
    let package = &catalog.packages[package];
    package
        .pathway
        .modules
        .iter()
        .enumerate()
        .filter(|(i, _)| step.is_none_or(|s| s == i + 1))
        .flat_map(|(_, module)| module.criteria.iter().map(|(id, _)| id))
        .map(|id| {
            squash(
                package
                    .criterion(id)
                    .unwrap()
                    .text
                    .get("ar")
                    .expect("translated"),
            )
        })
        .collect()
}

/// Every Arabic PDF of the example: the progression forms and the folders.
fn arabic_pdfs() -> Vec<PathBuf> {
    let mut pdfs: Vec<PathBuf> = walkdir::WalkDir::new(example().join("ar"))
        .into_iter()
        .filter_map(Result::ok)
        .map(|e| e.into_path())
        .filter(|p| p.extension().is_some_and(|e| e == "pdf"))
        .collect();
    pdfs.sort();
    assert!(
        pdfs.iter()
            .any(|p| p.to_string_lossy().contains("praktikmappe"))
            && pdfs
                .iter()
                .any(|p| p.to_string_lossy().contains("progressionsskema")),
        "the example has Arabic forms and folders: {pdfs:?}"
    );
    pdfs
}

fn pdfinfo(flag: &str, pdf: &Path) -> String {
    let out = Command::new("pdfinfo")
        .args([flag, pdf.to_str().unwrap()])
        .output()
        .expect("pdfinfo (poppler-utils) must be installed");
    assert!(out.status.success(), "pdfinfo {flag} {}", pdf.display());
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The structure elements as (depth, type), from `pdfinfo -struct`.
fn elements(pdf: &Path) -> Vec<(usize, String)> {
    pdfinfo("-struct", pdf)
        .lines()
        .filter(|l| !l.trim_start().starts_with('/') && !l.trim().is_empty())
        .map(|l| {
            let depth = l.len() - l.trim_start().len();
            let kind = l.split_whitespace().next().unwrap_or("").to_string();
            (depth, kind)
        })
        .collect()
}

#[test]
fn every_table_has_header_cells() {
    let mut tables = 0;
    let mut without = Vec::new();
    for pdf in arabic_pdfs()
        .into_iter()
        .chain([example().join("da/virksomheder/landbrug/praktikmappe-landbrug-da.pdf")])
    {
        let tree = elements(&pdf);
        for (i, (depth, kind)) in tree.iter().enumerate() {
            if kind != "Table" {
                continue;
            }
            tables += 1;
            let inside = tree[i + 1..].iter().take_while(|(d, _)| d > depth);
            if !inside.clone().any(|(_, k)| k == "TH") {
                without.push(format!("{}: table {tables}", pdf.display()));
            }
        }
    }
    assert!(tables > 30, "the forms and folders have tables ({tables})");
    // The scale and the second half of each form's criteria had none (UA-15-003).
    assert!(
        without.is_empty(),
        "tables without header cells: {without:?}"
    );
}

#[test]
fn the_printed_web_address_is_a_link() {
    for pdf in [
        "ar/pakker/landbrug/progressionsskema-landbrug-2-ar.pdf",
        "ar/virksomheder/landbrug/praktikmappe-landbrug-ar.pdf",
    ] {
        let pdf = example().join(pdf);
        let bytes = std::fs::read(&pdf).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        assert!(
            text.contains("/URI(https://frederikshavn.example.org/branchepakker/ar/"),
            "{}: no link annotation to the package's page",
            pdf.display()
        );
        assert!(
            elements(&pdf).iter().any(|(_, k)| k == "Link"),
            "{}: no Link in the tag tree",
            pdf.display()
        );
    }
}

#[test]
fn the_title_of_an_arabic_form_is_a_heading() {
    let pdf = example().join("ar/pakker/landbrug/progressionsskema-landbrug-2-ar.pdf");
    assert!(
        elements(&pdf).iter().any(|(_, k)| k == "H1"),
        "{}: the title is not an H1 in the tag tree",
        pdf.display()
    );
}

#[test]
fn the_arabic_text_behind_the_tags_reads_in_logical_order() {
    for (pdf, step, title) in [
        (
            "ar/pakker/landbrug/progressionsskema-landbrug-2-ar.pdf",
            Some(2),
            Some("استمارة متابعة التقدم"),
        ),
        (
            "ar/virksomheder/landbrug/praktikmappe-landbrug-ar.pdf",
            None,
            None,
        ),
    ] {
        let pdf = example().join(pdf);
        let tags = tags::read(&pdf);
        // Typst draws each Arabic word from its last letter (/ReversedChars):
        // every such span must get its logical text from the tag tree.
        assert!(tags.reversed > 100, "{}: Arabic spans", pdf.display());
        assert_eq!(
            tags.reversed_without_text,
            0,
            "{}: of {} Arabic spans drawn in visual order, these have no logical text \
             (/ActualText) in the tag tree",
            pdf.display(),
            tags.reversed
        );
        let text = squash(&tags.texts.join(" "));
        let criteria = arabic_criteria("landbrug", step);
        assert!(criteria.len() >= 5, "the package has criteria");
        for criterion in criteria.iter().map(String::as_str).chain(title) {
            assert!(
                text.contains(criterion),
                "{}: {criterion:?} is not in the tag tree's text in logical order:\n{text}",
                pdf.display()
            );
        }
    }
}

#[test]
fn every_arabic_span_is_marked_arabic_in_the_structure_tree() {
    let mut spans = 0;
    for pdf in arabic_pdfs() {
        let tags = tags::read(&pdf);
        spans += tags.reversed;
        assert_eq!(
            tags.reversed_not_arabic,
            0,
            "{}: of {} Arabic spans, these are in no structure element with /Lang (ar)",
            pdf.display(),
            tags.reversed
        );
    }
    assert!(
        spans > 10_000,
        "the Arabic PDFs have Arabic text ({spans} spans)"
    );
}

/// Reads the tag tree of a PDF as typst-pdf writes it (plain objects, one
/// deflated content stream per page), as a screen reader does: elements in
/// tree order, an element's `/ActualText` in place of its content, its
/// `/Lang` inherited by what it holds. Marked content (the spans an MCID
/// names) counts as Arabic when krilla drew it `/ReversedChars`.
mod tags;
