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
        "استمارة متابعة التقدم",
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
        info.contains("Title:") && info.contains("Placement folder: Agriculture"),
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
    let codes = qr_codes(pdf, 1);
    assert_eq!(codes.len(), 1, "{}: one QR code on page 1", pdf.display());
    codes.into_iter().next().unwrap()
}

/// What every QR code on page `page` of `pdf` says, in reading order
/// (top to bottom).
fn qr_codes(pdf: &Path, page: usize) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let prefix = dir.path().join("page");
    let n = page.to_string();
    poppler(
        "pdftoppm",
        &[
            "-gray",
            "-r",
            "300",
            "-f",
            &n,
            "-l",
            &n,
            "-singlefile",
            pdf.to_str().unwrap(),
            prefix.to_str().unwrap(),
        ],
    );
    let pgm = std::fs::read(dir.path().join("page.pgm")).expect("pdftoppm wrote a PGM");
    let (width, height, pixels) = parse_pgm(&pgm);
    let mut image =
        rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| pixels[y * width + x]);
    let mut grids = image.detect_grids();
    grids.sort_by_key(|g| g.bounds[0].y);
    grids
        .iter()
        .map(|g| g.decode().expect("the QR code decodes").1)
        .collect()
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
    assert!(page.contains("استمارة متابعة التقدم للخطوة"));

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
    // Steps 1-4: aftercare (step 5) measures nothing and has no form.
    assert_eq!(print["progression_forms"].as_array().unwrap().len(), 4);
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
    // The line of the criterion's Danish text.
    let at = site.at(file, "\"Forstår\\u0004");
    let line = format!("{}:", at.rsplit_once(':').unwrap().0);
    site.check().says_at(
        &line,
        "the text has an invisible control character (U+0004)",
    );

    site.edit(file, "\\u0004", "");
    let out = crate::common::command()
        .args(["check", "--root", site.root().to_str().unwrap()])
        .output()
        .expect("run pathways");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains("the print fonts cannot show `👍` (U+1F44D)"),
        "{stderr}"
    );
    assert!(stderr.contains(&line), "{stderr}");

    let output = site.root().join("public");
    build(site.root(), &output).unwrap_or_else(|_| panic!("builds"));
    let text = text_of(&output.join("da/pakker/landbrug/progressionsskema-landbrug-1-da.pdf"));
    assert!(text.contains(sentence), "{text}");
    let page = std::fs::read_to_string(output.join("da/pakker/landbrug/index.html")).unwrap();
    assert!(page.contains("mundtlig 👍 arbejdsinstruktion"));
}

/// The text of message `key` in `lang`, from the built-in locale files.
fn message(lang: &str, key: &str) -> String {
    let file = std::fs::read_to_string(repo().join(format!("locales/{lang}/main.ftl"))).unwrap();
    let prefix = format!("{key} = ");
    file.lines()
        .find_map(|line| line.strip_prefix(&prefix))
        .unwrap_or_else(|| panic!("no message {key} in {lang}"))
        .to_string()
}

/// The number of pages of `pdf`.
fn pages(pdf: &Path) -> usize {
    let info = poppler("pdfinfo", &[pdf.to_str().unwrap()]);
    info.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("no page count for {}: {info}", pdf.display()))
}

/// The text of page `page` of `pdf`, white space squashed.
fn page_text(pdf: &Path, page: usize) -> String {
    let n = page.to_string();
    let text = poppler(
        "pdftotext",
        &[
            "-f",
            &n,
            "-l",
            &n,
            "-enc",
            "UTF-8",
            pdf.to_str().unwrap(),
            "-",
        ],
    );
    squash(&text)
}

/// Every progression form under `output`.
fn forms_in(output: &Path) -> Vec<PathBuf> {
    let mut forms: Vec<PathBuf> = walkdir::WalkDir::new(output)
        .into_iter()
        .flatten()
        .map(|e| e.into_path())
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy();
            name.starts_with("progressionsskema-") && name.ends_with(".pdf")
        })
        .collect();
    forms.sort();
    forms
}

/// The Danish text of the criterion a module's form prints last: the forms
/// list the criteria by tool, the progression tool's first.
fn last_criterion(package: &pathways::model::Package, step: usize) -> String {
    use pathways::model::Tool;
    let module = &package.pathway.modules[step - 1];
    let of = |tool: Tool| {
        module
            .criteria
            .iter()
            .filter_map(|(id, _)| package.criterion(id))
            .filter(|c| c.tool.value == tool)
            .last()
            .map(|c| squash(c.text.get("da").unwrap()))
    };
    of(Tool::Qualification)
        .or_else(|| of(Tool::Progression))
        .expect("a form measures something")
}

#[test]
fn every_form_of_the_example_is_one_sheet_with_the_gate_and_the_signatures() {
    let forms = forms_in(example());
    // 6 packages × 4 steps with criteria × 3 languages.
    assert_eq!(forms.len(), 72);
    let signatures = message("da", "print-signatures-end");
    let agreed = message("da", "print-agreed");
    for form in &forms {
        assert_eq!(pages(form), 1, "{} is not one sheet", form.display());
        let text = page_text(form, 1);
        // Steps 1-3 end with a gate; udslusning (4) leads to a job.
        let gate = if form.to_string_lossy().contains("-4-") {
            message("da", "print-next-measurement")
        } else {
            message("da", "print-gate")
        };
        for label in [&gate, &signatures, &agreed] {
            assert!(
                text.contains(label.as_str()),
                "{label:?} missing in {}",
                form.display()
            );
        }
    }
}

#[test]
fn the_signatures_stand_on_the_sheet_of_the_last_criterion_in_the_synthetic_catalogue() {
    let dir = tempfile::tempdir().unwrap();
    let (site, output) = (dir.path().join("site"), dir.path().join("public"));
    let made = crate::common::pathways(&[
        "synthetic",
        "--packages",
        "6",
        "--out",
        site.to_str().unwrap(),
        "--from",
        crate::common::fixture().to_str().unwrap(),
    ]);
    assert!(
        made.status.success(),
        "{}",
        crate::common::text(&made.stderr)
    );
    build(&site, &output).unwrap_or_else(|_| panic!("the synthetic catalogue builds"));
    let loaded = load(&site).expect("loads");
    let catalog = loaded.catalog.as_ref().expect("valid");
    let signatures = message("da", "print-signatures-end");
    let mut one_sheet = 0;
    let forms = forms_in(&output);
    assert_eq!(forms.len(), 72);
    for form in &forms {
        let name = form.file_stem().unwrap().to_string_lossy().to_string();
        let parts: Vec<&str> = name.rsplitn(3, '-').collect();
        let (lang, step) = (parts[0], parts[1].parse::<usize>().unwrap());
        let id = parts[2].trim_start_matches("progressionsskema-");
        let package = &catalog.packages[id];
        let measured = package.pathway.modules[step - 1].criteria.iter().count();
        let n = pages(form);
        // The synthetic packages measure up to 20 criteria in one module;
        // up to 13 (the most any example module has) fit on one sheet.
        if measured <= 13 {
            assert_eq!(n, 1, "{}: {measured} criteria", form.display());
        }
        assert!(n <= 2, "{}: {n} pages", form.display());
        one_sheet += usize::from(n == 1);
        if lang == "da" {
            let last = page_text(form, n);
            let criterion = last_criterion(package, step);
            assert!(
                last.contains(&criterion) && last.contains(&signatures),
                "{}: the last criterion {criterion:?} and the signatures are not on sheet {n}:\n{last}",
                form.display()
            );
        }
    }
    assert!(one_sheet > 0);
}

#[test]
fn a_module_without_criteria_has_no_form_link_or_folder_page() {
    let out = example();
    for lang in ["da", "ar", "en"] {
        assert!(
            !out.join(format!(
                "{lang}/pakker/landbrug/progressionsskema-landbrug-5-{lang}.pdf"
            ))
            .exists(),
            "aftercare (step 5) has a form in {lang}"
        );
        let page = std::fs::read_to_string(out.join(format!("{lang}/pakker/landbrug/index.html")))
            .unwrap();
        assert!(page.contains(&format!("progressionsskema-landbrug-4-{lang}.pdf")));
        assert!(!page.contains(&format!("progressionsskema-landbrug-5-{lang}.pdf")));
    }
    // The folder's appendix: the forms of steps 1-4, none for aftercare.
    let folder = text_of(&out.join("da/virksomheder/landbrug/praktikmappe-landbrug-da.pdf"));
    for step in 1..=4 {
        assert!(folder.contains(&format!("Trin {step} af 5")), "step {step}");
    }
    assert!(!folder.contains("Trin 5 af 5"), "{folder}");
}

#[test]
fn a_module_not_at_a_company_asks_for_no_company() {
    let words = |pdf: &str| -> Vec<String> {
        text_of(&example().join(pdf))
            .split(' ')
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string())
            .collect()
    };
    let company = message("da", "print-company");
    let contact = message("da", "print-contact-person");
    // Step 1, afdækning, is at the job centre; step 2 is at a company.
    let step1 = words("da/pakker/landbrug/progressionsskema-landbrug-1-da.pdf");
    let step2 = words("da/pakker/landbrug/progressionsskema-landbrug-2-da.pdf");
    assert!(step2.contains(&company));
    assert!(!step1.contains(&company), "{step1:?}");
    let step1 = step1.join(" ");
    let step2 = step2.join(" ");
    assert!(step2.contains(&contact));
    assert!(!step1.contains(&contact), "{step1}");
}

#[test]
fn arabic_and_english_forms_have_bilingual_titles_in_the_pdf_and_on_the_sheet() {
    let da_title = message("da", "print-form-title");
    for lang in ["ar", "en"] {
        let pdf = example().join(format!(
            "{lang}/pakker/landbrug/progressionsskema-landbrug-2-{lang}.pdf"
        ));
        let info = poppler("pdfinfo", &[pdf.to_str().unwrap()]);
        let title = info
            .lines()
            .find_map(|l| l.strip_prefix("Title:"))
            .unwrap_or_default()
            .trim()
            .to_string();
        let own = message(lang, "print-form-title");
        assert!(
            title.starts_with(&format!("{da_title}: Landbrug")) && title.contains(&own),
            "{lang}: {title}"
        );
        let text = text_of(&pdf);
        assert!(text.contains(&da_title) && text.contains(&own), "{lang}");
    }
    let pdf = example().join("da/pakker/landbrug/progressionsskema-landbrug-2-da.pdf");
    let info = poppler("pdfinfo", &[pdf.to_str().unwrap()]);
    assert!(
        info.contains(
            "Title:           Progressionsskema: Landbrug, Trin 2 af 5: Første virksomhedsmodul\n"
        ),
        "{info}"
    );
}

#[test]
fn tick_boxes_are_at_least_5_mm() {
    // The size is a value of the theme, used by every box to tick.
    let lib = std::fs::read_to_string(repo().join("themes/default/print/lib.typ")).unwrap();
    let mm: f64 = lib
        .lines()
        .find_map(|l| l.strip_prefix("#let tick-size = "))
        .and_then(|v| v.trim().strip_suffix("mm"))
        .and_then(|v| v.parse().ok())
        .expect("lib.typ sets `#let tick-size = <n>mm`");
    assert!(mm >= 5.0, "tick boxes of {mm} mm");
    let tick = &lib[lib.find("#let tick(").expect("a tick function")..];
    let tick = &tick[..tick.find("\n)\n").unwrap()];
    assert!(
        tick.contains("width: tick-size") && tick.contains("height: tick-size"),
        "{tick}"
    );
}

#[test]
fn a_level_the_scale_keeps_off_soft_criteria_is_refused_as_their_target_and_grey_on_the_form() {
    let site = Site::fixture();
    site.edit(
        "content/concept.yaml",
        "        en: \"You do the task safely and can explain it to a new colleague.\"\n",
        "        en: \"You do the task safely and can explain it to a new colleague.\"\n      tools: [qualification]\n",
    );
    // Attendance (progression tool) has target 4 in udslusning, in every
    // package of the fixture; the first error is the first package's.
    let file = "content/packages/detailbranchen.yaml";
    site.check().says_at(
        &site.at_in(file, "moeder-til-tiden: 4", "4"),
        "level 4 (Kan selv og vise andre) is not for criteria of the progression tool",
    );
    for id in [
        "detailbranchen",
        "foedevareindustri",
        "hotelservice",
        "landbrug",
        "pleje-og-omsorg",
        "rengoering",
    ] {
        site.edit(
            &format!("content/packages/{id}.yaml"),
            "moeder-til-tiden: 4",
            "moeder-til-tiden: 3",
        );
    }
    assert_eq!(site.check().errors(), 0);

    // On the form, the soft criteria have no box for level 4.
    let opened = crate::common::open(site.root());
    let documents = pathways::render::print::documents(&opened).expect("documents");
    let form = documents
        .iter()
        .find(|d| d.path.ends_with("progressionsskema-landbrug-2-da.pdf"))
        .unwrap();
    let data: serde_json::Value = serde_json::from_slice(&form.data().unwrap()).unwrap();
    let tools = data["tools"].as_array().unwrap();
    let levels = |tool: usize| -> Vec<serde_json::Value> {
        tools[tool]["criteria"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["levels"].clone())
            .collect()
    };
    assert!(
        levels(0).iter().all(|l| *l == serde_json::json!([1, 2, 3])),
        "progression"
    );
    assert!(
        levels(1)
            .iter()
            .all(|l| *l == serde_json::json!([1, 2, 3, 4])),
        "qualification"
    );
}

#[test]
fn the_folder_lists_each_form_with_a_code_to_its_pdf_instead_of_laying_it_out_again() {
    let out = example();
    for lang in ["da", "ar"] {
        let folder = out.join(format!(
            "{lang}/virksomheder/landbrug/praktikmappe-landbrug-{lang}.pdf"
        ));
        let last = pages(&folder);
        let wanted: Vec<String> = (1..=4)
            .map(|step| {
                format!("{BASE}{lang}/pakker/landbrug/progressionsskema-landbrug-{step}-{lang}.pdf")
            })
            .collect();
        assert_eq!(
            qr_codes(&folder, last),
            wanted,
            "{lang}: the codes of the forms page"
        );
        // Each address is printed beside its code, and each form PDF is there.
        let printed: String = page_text(&folder, last)
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        for url in &wanted {
            assert!(printed.contains(url.as_str()), "{lang}: {url} is printed");
            assert!(out.join(url.strip_prefix(BASE).unwrap()).exists(), "{url}");
        }
        // The forms are not laid out again: no measurement boxes or
        // signature lines in the folder, and every page is A4 portrait.
        let text = text_of(&folder);
        let initials = message("da", "print-initials");
        assert!(
            !text.contains(&initials),
            "{lang}: a form's initials row in the folder"
        );
        let sizes = poppler(
            "pdfinfo",
            &["-f", "1", "-l", &last.to_string(), folder.to_str().unwrap()],
        );
        let landscape = sizes
            .lines()
            .filter(|l| l.contains("size:") && l.contains("841.89 x 595.276"))
            .count();
        assert_eq!(
            landscape, 0,
            "{lang}: landscape pages in the folder\n{sizes}"
        );
    }
}
