//! The logical text of right-to-left words in the tag tree of the PDFs.
//!
//! Typst lays Arabic out in visual order, and typst-pdf (through krilla)
//! writes each word's glyphs, and the words of a line, in that order: a
//! screen reader reading the tag tree got every word backwards and the
//! words of a line last to first. (krilla marks each word `/ReversedChars`,
//! which poppler and others ignore.) Neither typst 0.15 nor krilla 0.8 can
//! attach a logical text to a span, so [`pdf`] writes the PDF with
//! typst-pdf and then, in the structure tree only, wraps each run of
//! right-to-left spans of a structure element in a new `Span` element with
//! `/Lang` and an `/ActualText` that holds the run's text in logical order,
//! taken from the laid-out document. The pages (content streams) are not
//! touched, so nothing drawn moves and text copied from the page (which
//! readers already put in order) stays as it was: an `/ActualText` in the
//! page content makes poppler reverse each word again.

use super::pdf_file::{
    Object, Scanner, Token, array_after, contains, find, number_at, objects, pages, parse_f64,
    reference_after, references, rewrite, stream_parts, text_string,
};
use flate2::read::ZlibDecoder;
use std::collections::HashMap;
use std::io::Read;
use typst::diag::SourceResult;
use typst::layout::{Abs, Dir, Frame, FrameItem, Point, Transform};
use typst_layout::PagedDocument;
use typst_pdf::PdfOptions;

/// Writes `document` as tagged PDF, with the logical text of each run of
/// right-to-left text in the tag tree. Should the written file not have
/// the layout this expects (a change of typst-pdf), it is returned as
/// typst-pdf wrote it.
pub fn pdf(document: &PagedDocument, options: &PdfOptions) -> SourceResult<Vec<u8>> {
    let texts = right_to_left_texts(document);
    let bytes = typst_pdf::pdf(document, options)?;
    if texts.iter().all(Vec::is_empty) {
        return Ok(bytes);
    }
    Ok(with_logical_spans(&bytes, texts).unwrap_or(bytes))
}

/// A right-to-left text item: where its baseline starts in PDF coordinates
/// (points, from the bottom left of the page), its text and its language.
struct Placed {
    x: f64,
    y: f64,
    width: f64,
    text: String,
    lang: String,
    used: bool,
}

/// The right-to-left text items of each page.
fn right_to_left_texts(document: &PagedDocument) -> Vec<Vec<Placed>> {
    document
        .pages()
        .iter()
        .map(|page| {
            let height = page.frame.height() + page.bleed.top + page.bleed.bottom;
            let origin = Transform::translate(page.bleed.left, page.bleed.top);
            let mut found = Vec::new();
            collect(&page.frame, origin, height, &mut found);
            found
        })
        .collect()
}

fn collect(frame: &Frame, ts: Transform, height: Abs, found: &mut Vec<Placed>) {
    for (pos, item) in frame.items() {
        match item {
            FrameItem::Group(group) => {
                let ts = ts
                    .pre_concat(Transform::translate(pos.x, pos.y))
                    .pre_concat(group.transform);
                collect(&group.frame, ts, height, found);
            }
            // Text in a right-to-left language, its spaces, digits and
            // punctuation too, so that a run's text comes from one place.
            FrameItem::Text(text) if text.lang.dir() == Dir::RTL && !text.text.is_empty() => {
                let at = Point::new(pos.x, pos.y).transform(ts);
                let lang = match text.region {
                    Some(region) => format!("{}-{}", text.lang.as_str(), region.as_str()),
                    None => text.lang.as_str().to_string(),
                };
                found.push(Placed {
                    x: at.x.to_pt(),
                    y: (height - at.y).to_pt(),
                    width: text.width().to_pt(),
                    text: text.text.to_string(),
                    lang,
                    used: false,
                });
            }
            _ => {}
        }
    }
}

/// The PDF with every run of right-to-left spans wrapped in a `Span` with
/// its logical text, or `None` when its structure is not the one typst-pdf
/// writes.
fn with_logical_spans(pdf: &[u8], mut texts: Vec<Vec<Placed>>) -> Option<Vec<u8>> {
    let objects = objects(pdf)?;
    let by_num: HashMap<u32, Object> = objects.iter().map(|o| (o.num, *o)).collect();
    let body = |num: u32| by_num.get(&num).map(|o| &pdf[o.start..o.end]);
    let pages = pages(pdf, &objects, &body)?;
    if pages.len() != texts.len() {
        return None;
    }
    // Each page's right-to-left spans: MCID -> index into the page's texts.
    let mut spans: Vec<HashMap<u32, usize>> = Vec::with_capacity(pages.len());
    for (page, page_texts) in pages.iter().zip(texts.iter_mut()) {
        let mut content = Vec::new();
        for &num in &page.contents {
            let (dict, data) = stream_parts(body(num)?)?;
            if !contains(dict, b"/FlateDecode") {
                return None;
            }
            ZlibDecoder::new(data).read_to_end(&mut content).ok()?;
            content.push(b'\n');
        }
        spans.push(match_spans(&content, page_texts));
    }
    let root = objects
        .iter()
        .map(|o| &pdf[o.start..o.end])
        .find(|o| contains(o, b"/Type/StructTreeRoot"))?;
    let parent_trees = parent_tree(root, &body)?;
    let page_index: HashMap<u32, usize> =
        pages.iter().enumerate().map(|(i, p)| (p.num, i)).collect();

    let mut next = objects.iter().map(|o| o.num).max()? + 1;
    let mut replaced: Vec<(u32, Vec<u8>)> = Vec::new();
    let mut added: Vec<(u32, Vec<u8>)> = Vec::new();
    // (page, MCID) -> the new span that holds it.
    let mut moved: HashMap<(usize, u32), u32> = HashMap::new();
    for object in &objects {
        let bytes = &pdf[object.start..object.end];
        if !contains(bytes, b"/Type/StructElem") || contains(bytes, b"/S/Link") {
            continue;
        }
        let Some((k_start, k_end)) = array_after(bytes, b"/K") else {
            continue;
        };
        // The element's own page, not that of a kid on another page.
        let own_page = reference_after(&bytes[k_end..], b"/Pg")
            .or_else(|| reference_after(&bytes[..k_start], b"/Pg"));
        let Some(page) = own_page.and_then(|p| page_index.get(&p).copied()) else {
            continue;
        };
        let kids = kids(&bytes[k_start + 1..k_end - 1]);
        let rtl = |kid: &Kid| match kid {
            Kid::Mcid(m) => spans[page].get(m).copied(),
            _ => None,
        };
        if !kids.iter().any(|k| rtl(k).is_some()) {
            continue;
        }
        let mut new_kids = String::new();
        let mut i = 0;
        while i < kids.len() {
            let run_end = (i..kids.len())
                .find(|&j| rtl(&kids[j]).is_none())
                .unwrap_or(kids.len());
            if run_end == i {
                new_kids.push_str(&kids[i].write(&bytes[k_start + 1..k_end - 1]));
                new_kids.push(' ');
                i += 1;
                continue;
            }
            let run: Vec<(u32, &Placed)> = kids[i..run_end]
                .iter()
                .filter_map(|k| match k {
                    Kid::Mcid(m) => Some((*m, &texts[page][spans[page][m]])),
                    _ => None,
                })
                .collect();
            let text = logical_text(&run);
            if text.trim().is_empty() {
                for (m, _) in &run {
                    new_kids.push_str(&format!("{m} "));
                }
            } else {
                let num = next;
                next += 1;
                let mcids: Vec<String> = run.iter().map(|(m, _)| m.to_string()).collect();
                let mut span = format!(
                    "{num} 0 obj\n<</Type/StructElem/S/Span/P {} 0 R/Pg {} 0 R/Lang({})/ActualText",
                    object.num, pages[page].num, run[0].1.lang
                )
                .into_bytes();
                span.extend_from_slice(&text_string(&text));
                span.extend_from_slice(format!("/K[{}]>>\nendobj\n\n", mcids.join(" ")).as_bytes());
                added.push((num, span));
                for (m, _) in &run {
                    moved.insert((page, *m), num);
                }
                new_kids.push_str(&format!("{num} 0 R "));
            }
            i = run_end;
        }
        let mut new = bytes[..k_start].to_vec();
        new.push(b'[');
        new.extend_from_slice(new_kids.trim_end().as_bytes());
        new.push(b']');
        new.extend_from_slice(&bytes[k_end..]);
        replaced.push((object.num, new));
    }
    if added.is_empty() {
        return None;
    }
    // The parent tree names each MCID's structure element.
    for (page_i, page) in pages.iter().enumerate() {
        let Some(array) = page.parents.and_then(|key| parent_trees.get(&key).copied()) else {
            continue;
        };
        if !moved.keys().any(|(p, _)| *p == page_i) {
            continue;
        }
        let bytes = body(array)?;
        let (open, close) = array_after(bytes, b"obj")?;
        let mut parents = references(&bytes[open + 1..close - 1])?;
        for (&(p, mcid), &span) in &moved {
            if p == page_i {
                *parents.get_mut(mcid as usize)? = span;
            }
        }
        let list: Vec<String> = parents.iter().map(|n| format!("{n} 0 R")).collect();
        let mut new = bytes[..open].to_vec();
        new.extend_from_slice(format!("[{}]", list.join(" ")).as_bytes());
        new.extend_from_slice(&bytes[close..]);
        replaced.push((array, new));
    }
    Some(rewrite(pdf, &objects, &replaced, &added, next))
}

/// The text of a run of spans in reading order: its lines from the top,
/// each from the right, unless it has no right-to-left letter (a row of
/// digits); spans drawn apart are read apart.
fn logical_text(run: &[(u32, &Placed)]) -> String {
    let mut lines: Vec<Vec<&Placed>> = Vec::new();
    for (_, placed) in run {
        match lines.iter_mut().find(|l| (l[0].y - placed.y).abs() < 0.5) {
            Some(line) => line.push(placed),
            None => lines.push(vec![placed]),
        }
    }
    let mut text = String::new();
    let space = |text: &mut String, next: &str| {
        if !text.is_empty()
            && !text.ends_with(char::is_whitespace)
            && !next.starts_with(char::is_whitespace)
        {
            text.push(' ');
        }
    };
    for mut line in lines {
        let rtl = line
            .iter()
            .any(|p| p.text.chars().any(right_to_left_letter));
        line.sort_by(|a, b| a.x.total_cmp(&b.x));
        if rtl {
            line.reverse();
        }
        space(&mut text, &line[0].text);
        text.push_str(&line[0].text);
        for pair in line.windows(2) {
            let (left, right) = if rtl {
                (pair[1], pair[0])
            } else {
                (pair[0], pair[1])
            };
            if right.x - (left.x + left.width) > 0.5 {
                space(&mut text, &pair[1].text);
            }
            text.push_str(&pair[1].text);
        }
    }
    text
}

/// A letter of a right-to-left script (Hebrew, Arabic, Syriac, Thaana,
/// N'Ko and their presentation forms).
fn right_to_left_letter(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
        && c.is_alphabetic()
}

/// Each tagged span's MCID mapped to the right-to-left text that starts
/// where the span draws (the translation of the first `cm` in the span).
fn match_spans(content: &[u8], texts: &mut [Placed]) -> HashMap<u32, usize> {
    let mut found = HashMap::new();
    let mut pending: Option<u32> = None;
    let mut operands: Vec<(usize, usize)> = Vec::new();
    let mut dict: Option<usize> = None;
    let mut from = 0;
    for (start, end, kind) in (Scanner {
        data: content,
        at: 0,
    }) {
        match kind {
            Token::DictOpen => {
                dict = Some(start);
                continue;
            }
            Token::DictClose => {
                if let Some(open) = dict.take() {
                    operands.push((open, end));
                }
                continue;
            }
            Token::Operand => {
                if dict.is_none() {
                    operands.push((start, end));
                }
                continue;
            }
            Token::Operator => {}
        }
        match &content[start..end] {
            b"BDC" => {
                let props = operands.last().map_or(&b""[..], |&(s, e)| &content[s..e]);
                pending = find(props, b"/MCID")
                    .and_then(|at| number_at(props, at + b"/MCID".len()))
                    .and_then(|(n, _)| u32::try_from(n).ok());
            }
            b"cm" => {
                if let (Some(mcid), [.., (xs, xe), (ys, ye)]) = (pending, operands.as_slice())
                    && let (Some(x), Some(y)) =
                        (parse_f64(&content[*xs..*xe]), parse_f64(&content[*ys..*ye]))
                {
                    // The texts come in about the order they are drawn.
                    let close =
                        |p: &Placed| !p.used && (p.x - x).abs() < 0.01 && (p.y - y).abs() < 0.01;
                    let at = (from..texts.len())
                        .find(|&i| close(&texts[i]))
                        .or_else(|| (0..from).find(|&i| close(&texts[i])));
                    if let Some(i) = at {
                        texts[i].used = true;
                        found.insert(mcid, i);
                        from = i + 1;
                    }
                }
                pending = None;
            }
            b"BT" | b"Do" | b"EMC" => pending = None,
            _ => {}
        }
        operands.clear();
    }
    found
}

/// A kid in a structure element's `/K`.
enum Kid {
    Mcid(u32),
    /// Anything else (a reference, a marked-content or object reference
    /// dictionary), as its range in the array.
    Other(usize, usize),
}

impl Kid {
    fn write(&self, array: &[u8]) -> String {
        match self {
            Kid::Mcid(m) => m.to_string(),
            Kid::Other(s, e) => String::from_utf8_lossy(&array[*s..*e]).into_owned(),
        }
    }
}

/// The kids of a `/K` array (without its brackets).
fn kids(array: &[u8]) -> Vec<Kid> {
    let tokens: Vec<(usize, usize)> = {
        let mut tokens = Vec::new();
        let mut dict = None;
        for (start, end, kind) in (Scanner { data: array, at: 0 }) {
            match kind {
                Token::DictOpen if dict.is_none() => dict = Some(start),
                Token::DictClose => {
                    if let Some(open) = dict.take() {
                        tokens.push((open, end));
                    }
                }
                _ if dict.is_none() => tokens.push((start, end)),
                _ => {}
            }
        }
        tokens
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let (s, e) = tokens[i];
        if tokens
            .get(i + 2)
            .is_some_and(|&(rs, re)| &array[rs..re] == b"R")
        {
            out.push(Kid::Other(s, tokens[i + 2].1));
            i += 3;
        } else {
            match number_at(&array[s..e], 0) {
                Some((m, len)) if len == e - s => {
                    out.push(u32::try_from(m).map_or(Kid::Other(s, e), Kid::Mcid))
                }
                _ => out.push(Kid::Other(s, e)),
            }
            i += 1;
        }
    }
    out
}

/// The parent tree's arrays: key (a page's `/StructParents`) -> object.
fn parent_tree<'a>(
    root: &'a [u8],
    body: &impl Fn(u32) -> Option<&'a [u8]>,
) -> Option<HashMap<usize, u32>> {
    let at = find(root, b"/ParentTree")? + b"/ParentTree".len();
    let tree = if root[at..].starts_with(b"<<") {
        &root[at..]
    } else {
        body(number_at(root, at).and_then(|(n, _)| u32::try_from(n).ok())?)?
    };
    let (open, close) = array_after(tree, b"/Nums")?;
    let words: Vec<&[u8]> = tree[open + 1..close - 1]
        .split(|b| b.is_ascii_whitespace())
        .filter(|w| !w.is_empty())
        .collect();
    let mut out = HashMap::new();
    for entry in words.chunks(4) {
        match entry {
            [key, num, _, b"R"] => {
                out.insert(
                    number_at(key, 0)?.0,
                    u32::try_from(number_at(num, 0)?.0).ok()?,
                );
            }
            _ => return None,
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn placed(x: f64, y: f64, width: f64, text: &str) -> Placed {
        Placed {
            x,
            y,
            width,
            text: text.to_string(),
            lang: "ar".to_string(),
            used: false,
        }
    }

    #[test]
    fn a_run_reads_its_lines_from_the_top_each_from_the_right() {
        // "الحضور في الموعد" on one line, drawn left to right as
        // "الموعد", " ", "في", " ", "الحضور"; "والإبلاغ" on the next.
        let items = [
            placed(10.0, 500.0, 30.0, "الموعد"),
            placed(40.0, 500.0, 3.0, " "),
            placed(43.0, 500.0, 10.0, "في"),
            placed(53.0, 500.0, 3.0, " "),
            placed(56.0, 500.0, 30.0, "الحضور"),
            placed(40.0, 488.0, 46.0, "والإبلاغ"),
        ];
        let run: Vec<(u32, &Placed)> = items.iter().zip(0..).map(|(p, i)| (i, p)).collect();
        assert_eq!(logical_text(&run), "الحضور في الموعد والإبلاغ");
    }

    #[test]
    fn a_row_of_digits_reads_left_to_right_and_apart() {
        let items = [
            placed(10.0, 500.0, 5.0, "–"),
            placed(30.0, 500.0, 5.0, "1"),
            placed(50.0, 500.0, 5.0, "2"),
        ];
        let run: Vec<(u32, &Placed)> = items.iter().zip(0..).map(|(p, i)| (i, p)).collect();
        assert_eq!(logical_text(&run), "– 1 2");
    }

    #[test]
    fn a_file_not_written_by_typst_pdf_is_left_alone() {
        for pdf in [
            &b""[..],
            b"%PDF-1.7\nstartxref\n99999\n%%EOF",
            b"not a pdf at all",
        ] {
            let texts = vec![vec![placed(0.0, 0.0, 1.0, "ا")]];
            assert!(with_logical_spans(pdf, texts).is_none());
        }
    }
}
