//! The printed documents as a screen reader reads them: from the tag tree
//! of the tagged PDF (PDF/UA-1), not from the page. On the example's
//! Arabic forms and practice folders every table has header cells, the
//! title is a heading and the printed web address is a link. Read with
//! poppler's `pdfinfo -struct`. (That the Arabic text behind the tags reads
//! in logical order is not true yet: see issue 20, item 6.)

use crate::common::Site;
use pathways::build::build;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// The real example site, built once for these tests.
fn example() -> &'static Path {
    static BUILT: OnceLock<(Site, PathBuf)> = OnceLock::new();
    let (_, output) = BUILT.get_or_init(|| {
        let site = Site::example();
        let output = site.root().join("public");
        build(site.root(), &output).unwrap_or_else(|_| panic!("the example site builds"));
        (site, output)
    });
    output
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
