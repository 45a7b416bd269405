//! Hostile content: script and markup in every text, ids that are paths,
//! and inputs of extreme size or shape. Each ends in a clear error or in
//! correct output, never in a panic, a hang or injected markup. (Encoding,
//! byte-order marks, CRLF, tabs, empty and missing files, alias bombs and
//! the size limit are in tests/validation.rs; the browser side, that nothing
//! runs and nothing overflows a phone screen, in tests/browser/hostile.mjs.)

use crate::common::pdf::{text_of, words_off_the_page};
use crate::common::{Site, pathways, text};
use pathways::synthetic::hostile::{LONG_WORDS, MARK, PAYLOADS};
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

const LANDBRUG: &str = "content/packages/landbrug.yaml";

/// Runs `pathways args`, failing the test if it takes over `limit`.
fn within(limit: Duration, args: &[&str]) -> (Option<i32>, String) {
    let mut child = crate::common::command()
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run pathways");
    let stderr = child.stderr.take().expect("stderr");
    let reader = std::thread::spawn(move || std::io::read_to_string(stderr).unwrap_or_default());
    let started = Instant::now();
    loop {
        if let Some(status) = child.try_wait().expect("wait") {
            return (status.code(), reader.join().expect("stderr text"));
        }
        if started.elapsed() > limit {
            child.kill().ok();
            panic!("pathways {args:?} still ran after {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// The tags of an HTML page (text `<` is always escaped, so every `<` that
/// starts a letter is a tag): its name, and its attributes as `name` or
/// `name=value` (names in lower case).
fn tags(html: &str) -> Vec<(String, Vec<String>)> {
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        rest = &rest[start + 1..];
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        if name.is_empty() {
            continue;
        }
        let mut attributes: Vec<String> = Vec::new();
        let mut chars = rest[name.len()..].char_indices().peekable();
        let mut end = rest.len();
        while let Some((i, c)) = chars.next() {
            match c {
                '>' => {
                    end = name.len() + i;
                    break;
                }
                '"' | '\'' => {
                    // The quoted value belongs to the last attribute.
                    let value: String = chars
                        .by_ref()
                        .map(|(_, q)| q)
                        .take_while(|&q| q != c)
                        .collect();
                    if let Some(attribute) = attributes.last_mut() {
                        attribute.push('=');
                        attribute.push_str(value.trim());
                    }
                }
                c if c.is_ascii_alphabetic() => {
                    let mut attribute = c.to_string();
                    while let Some(&(_, n)) = chars.peek() {
                        if n.is_ascii_alphanumeric() || n == '-' || n == ':' {
                            attribute.push(n);
                            chars.next();
                        } else {
                            break;
                        }
                    }
                    attributes.push(attribute.to_ascii_lowercase());
                }
                _ => {}
            }
        }
        found.push((name.to_ascii_lowercase(), attributes));
        rest = &rest[end..];
    }
    found
}

fn files_with(root: &Path, extension: &str) -> Vec<PathBuf> {
    walkdir::WalkDir::new(root)
        .into_iter()
        .flatten()
        .map(|e| e.into_path())
        .filter(|p| p.extension().is_some_and(|x| x == extension))
        .collect()
}

#[test]
fn script_in_every_text_stays_text_in_pages_data_and_pdfs() {
    let dir = tempfile::tempdir().expect("temp dir");
    let site = dir.path().join("site");
    let repo = crate::common::fixture();
    let out = pathways(&[
        "synthetic",
        "--packages",
        "6",
        "--hostile",
        "--out",
        site.to_str().unwrap(),
        "--from",
        repo.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let root = site.to_str().unwrap();
    let out = pathways(&["check", "--root", root]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "payloads are text, and text is valid content:\n{}",
        text(&out.stderr)
    );
    assert!(text(&out.stderr).contains("raw HTML in a page is shown as plain text"));

    let output = site.join("public");
    let out = pathways(&[
        "build",
        "--root",
        root,
        "--output",
        output.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));

    let pages = files_with(&output, "html");
    assert!(pages.len() >= 60, "{} pages", pages.len());
    let mut shown = [0usize; PAYLOADS.len()];
    for page in &pages {
        let html = std::fs::read_to_string(page).unwrap();
        for (tag, attributes) in tags(&html) {
            assert!(
                !matches!(
                    tag.as_str(),
                    "script" | "iframe" | "img" | "object" | "embed"
                ),
                "{}: a <{tag}> element",
                page.display()
            );
            assert!(
                !attributes
                    .iter()
                    .any(|a| a.starts_with("on") || a.starts_with("srcdoc")),
                "{}: <{tag}> has an event handler: {attributes:?}",
                page.display()
            );
            assert!(
                !attributes
                    .iter()
                    .any(|a| a.to_ascii_lowercase().starts_with("href=javascript:")),
                "{}: a javascript: link",
                page.display()
            );
        }
        for (n, payload) in PAYLOADS.iter().enumerate() {
            let escaped = payload
                .replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;")
                .replace('"', "&quot;")
                .replace('\'', "&#x27;");
            if html.contains(&escaped) {
                shown[n] += 1;
            }
        }
    }
    assert!(
        shown.iter().all(|&n| n > 0),
        "each payload is shown, escaped, on some page: {shown:?}"
    );

    // catalog.json holds the texts exactly.
    let catalog = std::fs::read_to_string(output.join("data/catalog.json")).unwrap();
    let catalog: serde_json::Value = serde_json::from_str(&catalog).expect("catalog.json parses");
    let all = catalog.to_string();
    for payload in PAYLOADS {
        let quoted = serde_json::to_string(payload).unwrap();
        assert!(
            all.contains(&quoted[1..quoted.len() - 1]),
            "catalog.json holds {payload}"
        );
    }

    // The PDFs print the payloads as text.
    let form = files_with(&output, "pdf")
        .into_iter()
        .find(|p| p.to_string_lossy().contains("progressionsskema"))
        .expect("a progression form");
    let printed = text_of(&form);
    assert!(printed.contains(MARK), "{}: {printed}", form.display());
    assert!(
        printed.contains("<script>") || printed.contains("#set page(width: 1cm)"),
        "{printed}"
    );

    // Long words and addresses wrap (a long word is hyphenated): no word of
    // any document, in any language, runs off its page.
    let pdfs = files_with(&output, "pdf");
    assert!(pdfs.len() >= 90, "{} PDFs", pdfs.len());
    for pdf in &pdfs {
        let off = words_off_the_page(pdf);
        assert!(off.is_empty(), "{}: off the page: {off:?}", pdf.display());
    }
}

#[test]
fn ids_that_are_paths_are_refused_and_nothing_is_written() {
    let bad = [
        "../../etc/passwd",
        "/etc/passwd",
        "..\\\\..\\\\windows",
        "C:\\\\x",
        "a/b",
    ];
    for id in bad {
        let site = Site::fixture();
        site.edit(
            LANDBRUG,
            "  - id: fodring\n",
            &format!("  - id: \"{id}\"\n"),
        );
        site.edit(
            LANDBRUG,
            "        fodring: 2",
            &format!("        \"{id}\": 2"),
        );
        site.edit(
            LANDBRUG,
            "pictogram: landbrug",
            &format!("pictogram: \"{id}\""),
        );
        let shown = id.replace("\\\\", "\\");
        let checked = site.check();
        checked
            .says(&format!("the criterion id `{shown}` is not a safe id"))
            .says(&format!("the pictogram id `{shown}` is not a safe id"));
        let (out, output) = site.build_cli();
        assert_eq!(out.status.code(), Some(1), "{id}: {}", text(&out.stderr));
        assert!(!output.exists(), "{id}: a failed build writes nothing");
    }
    // File names that are paths on Windows. (A name that starts with `.`,
    // such as `..\evil.yaml`, is a hidden file and is not read at all.)
    let site = Site::fixture();
    let package = site.read(LANDBRUG).replace("id: landbrug", "id: ond");
    site.write(
        "content/packages/ond\\..\\..\\evil.yaml",
        package.as_bytes(),
    );
    site.write(
        "content/pages/ond\\..\\evil.da.md",
        b"---\ntitle: Ond\n---\nTekst.\n",
    );
    let checked = site.check();
    assert!(checked.errors() >= 2, "{}", checked.report);
    checked.says("is not a safe");
}

#[test]
fn extreme_sizes_and_shapes_end_in_an_answer_not_a_hang() {
    let minute = Duration::from_secs(60);
    let site = Site::fixture();
    let root = site.root().to_str().unwrap().to_string();

    // A 10 MB file is refused by size, at once.
    site.write("content/courses/kundeservice.yaml", &vec![b'x'; 10 << 20]);
    let (code, stderr) = within(minute, &["check", "--root", &root]);
    assert_eq!(code, Some(1));
    assert!(
        stderr.contains("10.5 MB, more than the limit of 1 MB"),
        "{stderr}"
    );
    let course = Site::fixture().read("content/courses/kundeservice.yaml");
    site.write("content/courses/kundeservice.yaml", course.as_bytes());

    // Deep nesting in Markdown and in front matter.
    let deep = format!(
        "---\ntitle: Dyb\n---\n{}\n\n{}x\n\n{}\n\n{}\n",
        "> ".repeat(20_000),
        "* ".repeat(20_000),
        "[".repeat(50_000),
        "*a **b ".repeat(20_000),
    );
    site.write("content/pages/dyb.da.md", deep.as_bytes());
    site.write(
        "content/pages/dybere.da.md",
        format!("---\ntitle: {}\n---\nx\n", "[".repeat(50_000)).as_bytes(),
    );
    let nested: String = (0..1_000)
        .map(|depth| format!("{}a:\n", " ".repeat(depth)))
        .collect();
    site.write(
        "content/packages/dyb.yaml",
        format!("{}\n{nested}", "{".repeat(50_000)).as_bytes(),
    );
    site.write("content/courses/dyb.yaml", nested.as_bytes());
    let (code, stderr) = within(minute, &["check", "--root", &root]);
    assert_eq!(code, Some(1), "{stderr}");
    for file in [
        "pages/dybere.da.md",
        "packages/dyb.yaml",
        "courses/dyb.yaml",
    ] {
        assert!(
            stderr.contains(&format!("content/{file}")),
            "{file}: {stderr}"
        );
    }
    assert!(stderr.contains("nested too deeply"), "{stderr}");
    // A line of 50,000 brackets is quoted as a window around the spot.
    let longest = stderr.lines().map(|l| l.chars().count()).max().unwrap_or(0);
    assert!(
        longest < 300,
        "a quoted line of {longest} characters: {stderr}"
    );
    site.remove("content/pages/dybere.da.md");
    site.remove("content/packages/dyb.yaml");
    site.remove("content/courses/dyb.yaml");

    // A very long text without spaces, in a criterion that is printed.
    let long = LONG_WORDS[0].repeat(200);
    site.edit(
        LANDBRUG,
        "da: Fodrer dyrene",
        &format!("da: {long} Fodrer dyrene"),
    );
    let output = site.root().join("public");
    let (code, stderr) = within(
        3 * minute,
        &[
            "build",
            "--root",
            &root,
            "--output",
            output.to_str().unwrap(),
        ],
    );
    assert_eq!(code, Some(0), "{stderr}");
    let page = std::fs::read_to_string(output.join("da/dyb/index.html")).unwrap();
    assert!(page.contains("<blockquote>"), "the nesting is rendered");
    let package = std::fs::read_to_string(output.join("da/pakker/landbrug/index.html")).unwrap();
    assert!(package.contains(&long));
}
