//! The printed documents from the reader's side, read with poppler-utils
//! (pdftotext, pdffonts, pdfinfo, pdftoppm) as a user's PDF viewer would:
//! Arabic text extractable in logical order beside the Danish, fonts
//! embedded, QR codes that decode to the right page, content printed
//! literally, the same bytes for the same content, and unchanged documents
//! reused from the previous build.

use crate::common::pdf::{poppler, squash, text_of};
use crate::common::{Site, repo};
use pathways::build::build;
use pathways::load::load;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

const BASE: &str = "https://frederikshavn.example.org/branchepakker/";

/// The example site, built once for all tests that only read it.
fn example() -> &'static Path {
    static BUILT: OnceLock<(Site, PathBuf)> = OnceLock::new();
    let (_, output) = BUILT.get_or_init(|| {
        let site = Site::fixture();
        let output = site.root().join("public");
        build(site.root(), &output).unwrap_or_else(|_| panic!("the example site builds"));
        (site, output)
    });
    output
}

/// The criterion texts of module `step` of `package` in `lang`, from the content.
fn criteria(package: &str, step: usize, lang: &str) -> Vec<String> {
    let loaded = load(&crate::common::fixture()).expect("the fixture loads");
    let catalog = loaded.catalog.as_ref().expect("valid");
    let package = &catalog.packages[package];
    package.pathway.modules[step - 1]
        .criteria
        .iter()
        .map(|(id, _)| {
            let text = &package.criterion(id).unwrap().text;
            squash(text.get(lang).expect("translated"))
        })
        .collect()
}

#[test]
fn arabic_form_has_arabic_criteria_in_logical_order_beside_the_danish() {
    let pdf = example().join("ar/pakker/landbrug/progressionsskema-landbrug-2-ar.pdf");
    let text = text_of(&pdf);
    let arabic = criteria("landbrug", 2, "ar");
    let danish = criteria("landbrug", 2, "da");
    assert!(arabic.len() >= 5, "module 2 measures several criteria");
    // pdftotext moves the punctuation that ends a right-to-left line to its
    // start, and may place the second line of a wrapped right-to-left cell
    // elsewhere on the page: so each criterion must be found, without
    // punctuation, as at most three runs of its words (its lines), each in
    // logical order.
    let words = |t: &str| squash(&t.replace(['.', '،', ',', ':'], " "));
    let text = words(&text);
    for criterion in arabic.iter().chain(&danish) {
        let lines = lines_found(&text, &words(criterion));
        assert!(
            lines.as_ref().is_some_and(|l| l.len() <= 3),
            "{criterion:?} not found in logical order ({lines:?}) in the text of {}:\n{text}",
            pdf.display()
        );
    }
    for heading in [
        "Progressionsskema",
        "استمارة التقدم",
        "Mit eget mål",
        "هدفي الشخصي",
    ] {
        assert!(text.contains(heading), "{heading:?} missing:\n{text}");
    }
    assert!(text.contains("Trin 2 af 5"), "{text}");
}

/// Splits `wanted` into the fewest runs of whole words that each occur in
/// `text` (longest first); `None` when a word occurs nowhere.
fn lines_found(text: &str, wanted: &str) -> Option<Vec<String>> {
    let words: Vec<&str> = wanted.split(' ').collect();
    let mut runs = Vec::new();
    let mut start = 0;
    while start < words.len() {
        let end = (start + 1..=words.len())
            .rev()
            .find(|&end| text.contains(&words[start..end].join(" ")))?;
        runs.push(words[start..end].join(" "));
        start = end;
    }
    Some(runs)
}

#[test]
fn danish_form_is_danish_only_and_english_form_is_bilingual() {
    let da = text_of(&example().join("da/pakker/landbrug/progressionsskema-landbrug-3-da.pdf"));
    let en = text_of(&example().join("en/pakker/landbrug/progressionsskema-landbrug-3-en.pdf"));
    for criterion in criteria("landbrug", 3, "da") {
        assert!(
            da.contains(&criterion) && en.contains(&criterion),
            "{criterion}"
        );
    }
    for criterion in criteria("landbrug", 3, "en") {
        assert!(en.contains(&criterion), "{criterion} missing in:\n{en}");
        assert!(
            !da.contains(&criterion),
            "English in the Danish form: {criterion}"
        );
    }
    for label in [
        "Måling 1",
        "Måling 2",
        "Måling 3",
        "Dato og underskrift",
        "Jobcenter",
    ] {
        assert!(da.contains(label), "{label} missing:\n{da}");
    }
}

#[test]
fn every_font_is_embedded_and_subset() {
    for pdf in [
        "ar/pakker/landbrug/progressionsskema-landbrug-2-ar.pdf",
        "ar/virksomheder/rengoering/praktikmappe-rengoering-ar.pdf",
        "da/virksomheder/landbrug/praktikmappe-landbrug-da.pdf",
    ] {
        let fonts = poppler("pdffonts", &[example().join(pdf).to_str().unwrap()]);
        let rows: Vec<&str> = fonts.lines().skip(2).collect();
        assert!(rows.len() >= 2, "{pdf}: {fonts}");
        for row in rows {
            // Columns: name type encoding emb sub uni object ID
            let cols: Vec<&str> = row.split_whitespace().collect();
            let n = cols.len();
            assert_eq!(cols[n - 5], "yes", "{pdf}: font not embedded: {row}");
            assert_eq!(cols[n - 4], "yes", "{pdf}: font not subset: {row}");
        }
        assert!(fonts.contains("NotoSans"), "{fonts}");
        if pdf.starts_with("ar/") {
            assert!(fonts.contains("NotoNaskhArabic"), "{fonts}");
        }
    }
}

#[test]
fn documents_have_title_language_and_tags() {
    let info = poppler(
        "pdfinfo",
        &[example()
            .join("en/virksomheder/landbrug/praktikmappe-landbrug-en.pdf")
            .to_str()
            .unwrap()],
    );
    assert!(
        info.contains("Title:") && info.contains("Practice folder: Agriculture"),
        "{info}"
    );
    assert!(info.contains("Tagged:          yes"), "{info}");
    assert!(
        info.contains("Page size:       595.276 x 841.89 pts (A4)"),
        "{info}"
    );
    let raw =
        std::fs::read(example().join("ar/pakker/landbrug/progressionsskema-landbrug-2-ar.pdf"))
            .unwrap();
    let raw = String::from_utf8_lossy(&raw);
    assert!(raw.contains("pdfuaid:part"), "declares PDF/UA");
    assert!(raw.contains("/Lang"), "sets the language");
}

/// Decodes the QR code on page 1 of `pdf`.
fn qr_code(pdf: &Path) -> String {
    let dir = tempfile::tempdir().unwrap();
    let prefix = dir.path().join("page");
    poppler(
        "pdftoppm",
        &[
            "-gray",
            "-r",
            "300",
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            pdf.to_str().unwrap(),
            prefix.to_str().unwrap(),
        ],
    );
    let pgm = std::fs::read(dir.path().join("page.pgm")).expect("pdftoppm wrote a PGM");
    let (width, height, pixels) = parse_pgm(&pgm);
    let mut image =
        rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| pixels[y * width + x]);
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1, "{}: one QR code on page 1", pdf.display());
    let (_, content) = grids[0].decode().expect("the QR code decodes");
    content
}

fn parse_pgm(bytes: &[u8]) -> (usize, usize, &[u8]) {
    let mut fields = Vec::new();
    let mut pos = 0;
    while fields.len() < 4 {
        while bytes[pos].is_ascii_whitespace() {
            pos += 1;
        }
        let start = pos;
        while !bytes[pos].is_ascii_whitespace() {
            pos += 1;
        }
        fields.push(std::str::from_utf8(&bytes[start..pos]).unwrap().to_string());
    }
    assert_eq!(fields[0], "P5");
    let (w, h): (usize, usize) = (fields[1].parse().unwrap(), fields[2].parse().unwrap());
    (w, h, &bytes[pos + 1..pos + 1 + w * h])
}

#[test]
fn qr_codes_point_to_the_page_in_the_documents_language() {
    let cases = [
        (
            "ar/pakker/landbrug/progressionsskema-landbrug-2-ar.pdf",
            "ar/pakker/landbrug/",
        ),
        (
            "da/pakker/rengoering/progressionsskema-rengoering-1-da.pdf",
            "da/pakker/rengoering/",
        ),
        (
            "en/virksomheder/landbrug/praktikmappe-landbrug-en.pdf",
            "en/virksomheder/landbrug/",
        ),
        (
            "ar/virksomheder/hotelservice/praktikmappe-hotelservice-ar.pdf",
            "ar/virksomheder/hotelservice/",
        ),
    ];
    for (pdf, page) in cases {
        let path = example().join(pdf);
        let url = format!("{BASE}{page}");
        assert_eq!(qr_code(&path), url, "{pdf}");
        let printed = text_of(&path).replace(' ', "");
        assert!(
            printed.contains(&url),
            "{pdf}: the address is printed beside the code"
        );
    }
}

#[test]
fn web_pages_link_the_documents_with_size_and_list_them() {
    let out = example();
    let page =
        squash(&std::fs::read_to_string(out.join("da/virksomheder/landbrug/index.html")).unwrap());
    // The full address goes with the link, for the print stylesheet to show on paper.
    assert!(page.contains(r#"<a href="../../../da/virksomheder/landbrug/praktikmappe-landbrug-da.pdf" type="application/pdf" data-url="https://frederikshavn.example.org/branchepakker/da/virksomheder/landbrug/praktikmappe-landbrug-da.pdf">Praktikmappe for virksomheder</a>"#), "{page}");
    let size = std::fs::metadata(out.join("da/virksomheder/landbrug/praktikmappe-landbrug-da.pdf"))
        .unwrap()
        .len();
    assert!(
        page.contains(&format!("(PDF, {} kB)", size.div_ceil(1024))),
        "size shown"
    );
    let page = std::fs::read_to_string(out.join("ar/pakker/landbrug/index.html")).unwrap();
    assert!(page.contains("progressionsskema-landbrug-2-ar.pdf"));
    assert!(page.contains("استمارة التقدم للخطوة"));

    let sitemap = std::fs::read_to_string(out.join("sitemap.xml")).unwrap();
    let pdfs = walkdir::WalkDir::new(out)
        .into_iter()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "pdf"))
        .count();
    assert_eq!(sitemap.matches(".pdf</loc>").count(), pdfs);
    let catalog: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("data/catalog.json")).unwrap()).unwrap();
    let print = &catalog["urls"]["print"]["landbrug"]["ar"];
    assert_eq!(
        print["practice_folder"],
        format!("{BASE}ar/virksomheder/landbrug/praktikmappe-landbrug-ar.pdf")
    );
    assert_eq!(print["progression_forms"].as_array().unwrap().len(), 5);
}

#[test]
fn typst_markup_in_content_prints_literally() {
    let site = Site::fixture();
    let hostile =
        r##"Rengør #set page(width: 1cm) [*fed*] $x^2$ \ _kursiv_ <a> @ref // ikke kommentar"##;
    site.edit(
        "content/packages/landbrug.yaml",
        "Forstår en mundtlig arbejdsinstruktion på dansk.",
        &format!("\"{}\"", hostile.replace('\\', "\\\\").replace('"', "\\\"")),
    );
    let output = site.root().join("public");
    build(site.root(), &output).unwrap_or_else(|_| panic!("builds"));
    let text = text_of(&output.join("da/pakker/landbrug/progressionsskema-landbrug-1-da.pdf"));
    assert!(
        text.contains(hostile),
        "expected {hostile:?} literally in:\n{text}"
    );
}

#[test]
fn same_content_gives_the_same_bytes() {
    let site = Site::fixture();
    let (a, b) = (site.root().join("a"), site.root().join("b"));
    build(site.root(), &a).unwrap_or_else(|_| panic!("builds"));
    build(site.root(), &b).unwrap_or_else(|_| panic!("builds"));
    for pdf in [
        "ar/pakker/landbrug/progressionsskema-landbrug-2-ar.pdf",
        "da/virksomheder/landbrug/praktikmappe-landbrug-da.pdf",
    ] {
        assert!(
            std::fs::read(a.join(pdf)).unwrap() == std::fs::read(b.join(pdf)).unwrap(),
            "{pdf} differs"
        );
    }
}

#[test]
fn a_one_word_edit_re_renders_only_that_packages_documents() {
    let site = Site::fixture();
    let output = site.root().join("public");
    let first = build(site.root(), &output).unwrap_or_else(|_| panic!("builds"));
    assert_eq!(first.pdfs_reused, 0);
    let before =
        std::fs::read(output.join("da/pakker/rengoering/progressionsskema-rengoering-1-da.pdf"))
            .unwrap();

    site.edit(
        "content/packages/landbrug.yaml",
        "Fodrer dyrene efter planen.",
        "Fodrer dyrene efter foderplanen.",
    );
    let second = build(site.root(), &output).unwrap_or_else(|_| panic!("builds"));
    // Exactly the documents that print the edited criterion are new.
    let changed = walkdir::WalkDir::new(&output)
        .into_iter()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".pdf"))
        .filter(|e| text_of(e.path()).contains("foderplanen"))
        .count();
    assert!(
        changed >= 6,
        "forms in every language and the folders print it"
    );
    assert_eq!(second.pdfs, first.pdfs);
    assert_eq!(second.pdfs_reused, first.pdfs - changed);
    let after =
        std::fs::read(output.join("da/pakker/rengoering/progressionsskema-rengoering-1-da.pdf"))
            .unwrap();
    assert!(before == after, "a reused document is unchanged");
}

#[test]
fn an_error_in_a_print_template_names_file_and_line_and_writes_nothing() {
    let site = Site::fixture();
    let print = site.root().join("themes/default/print");
    std::fs::create_dir_all(&print).unwrap();
    let lib = std::fs::read_to_string(repo().join("themes/default/print/form.typ")).unwrap();
    std::fs::write(
        print.join("form.typ"),
        lib.replace(
            "#progression-form(d)",
            "#progression-form(d)\n#no-such-thing",
        ),
    )
    .unwrap();
    let (out, output) = site.build_cli();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    let line = lib.lines().count() + 1;
    assert!(
        stderr.contains(&format!(
            "themes/default/print/form.typ:{line}: unknown variable: no-such-thing"
        )),
        "{stderr}"
    );
    assert!(!output.exists(), "nothing written");
}

#[test]
fn characters_the_fonts_lack_are_left_out_of_the_pdfs_with_a_warning() {
    // Found by fuzzing (print_data): one control character or emoji in any
    // text made the PDF/UA export, and with it the whole build, fail.
    let source = crate::common::open(crate::common::fixture().as_path());
    let engine = &source.theme.print;
    let printable = pathways::render::print::printable;
    assert_eq!(
        printable(engine, "a\u{4}b👍\u{3000}c\u{200F}"),
        "ab c\u{200F}"
    );
    assert_eq!(printable(engine, "Tæt på العمل"), "Tæt på العمل");

    let site = Site::fixture();
    let file = "content/packages/landbrug.yaml";
    let sentence = "Forstår en mundtlig arbejdsinstruktion på dansk.";
    site.edit(
        file,
        sentence,
        "\"Forstår\\u0004 en mundtlig 👍 arbejdsinstruktion på dansk.\"",
    );
    site.check().says_at(
        &format!("{file}:136:"),
        "the text has an invisible control character (U+0004)",
    );

    site.edit(file, "\\u0004", "");
    let out = Command::new(env!("CARGO_BIN_EXE_pathways"))
        .args(["check", "--root", site.root().to_str().unwrap()])
        .output()
        .expect("run pathways");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains("the print fonts cannot show `👍` (U+1F44D)"),
        "{stderr}"
    );
    assert!(stderr.contains(&format!("{file}:136:")), "{stderr}");

    let output = site.root().join("public");
    build(site.root(), &output).unwrap_or_else(|_| panic!("builds"));
    let text = text_of(&output.join("da/pakker/landbrug/progressionsskema-landbrug-1-da.pdf"));
    assert!(text.contains(sentence), "{text}");
    let page = std::fs::read_to_string(output.join("da/pakker/landbrug/index.html")).unwrap();
    assert!(page.contains("mundtlig 👍 arbejdsinstruktion"));
}
