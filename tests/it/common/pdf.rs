//! The PDFs as a reader's viewer sees them, through poppler-utils.

use std::path::Path;
use std::process::Command;

/// The output of a poppler tool (`pdftotext`, `pdffonts`, ...), which must succeed.
pub fn poppler(tool: &str, args: &[&str]) -> String {
    let out = Command::new(tool)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{tool} (poppler-utils) must be installed: {e}"));
    assert!(
        out.status.success(),
        "{tool} {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 from poppler")
}

/// The text of a PDF with all runs of white space made one space.
pub fn text_of(pdf: &Path) -> String {
    let text = poppler("pdftotext", &["-enc", "UTF-8", pdf.to_str().unwrap(), "-"]);
    squash(&text)
}

/// White space made single spaces; the direction marks poppler adds around
/// right-to-left runs removed (they are not in the document's text).
pub fn squash(text: &str) -> String {
    let marks = [
        '\u{200E}', '\u{200F}', '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}',
        '\u{2068}', '\u{2069}',
    ];
    text.replace(marks, "")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The words of a PDF that reach past the edge of their page, as
/// `page N: word`, from the word boxes `pdftotext -bbox` reports.
pub fn words_off_the_page(pdf: &Path) -> Vec<String> {
    let boxes = poppler(
        "pdftotext",
        &["-bbox", "-enc", "UTF-8", pdf.to_str().unwrap(), "-"],
    );
    let number = |line: &str, name: &str| -> f64 {
        let start = line.find(&format!("{name}=\"")).expect(name) + name.len() + 2;
        let end = start + line[start..].find('"').unwrap();
        line[start..end].parse().unwrap()
    };
    let (mut page, mut width, mut height) = (0, 0.0, 0.0);
    let mut off = Vec::new();
    for line in boxes.lines().map(str::trim) {
        if line.starts_with("<page ") {
            page += 1;
            (width, height) = (number(line, "width"), number(line, "height"));
        } else if line.starts_with("<word ") {
            let inside = number(line, "xMin") >= 0.0
                && number(line, "yMin") >= 0.0
                && number(line, "xMax") <= width
                && number(line, "yMax") <= height;
            if !inside {
                let word = &line[line.find('>').unwrap() + 1..line.rfind("</").unwrap()];
                off.push(format!("page {page}: {word}"));
            }
        }
    }
    off
}
