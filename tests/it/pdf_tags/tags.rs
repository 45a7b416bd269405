//! Reads the tag tree of a PDF as typst-pdf writes it (plain objects, one
//! deflated content stream per page), as a screen reader does: elements in
//! tree order, an element's `/ActualText` in place of its content, its
//! `/Lang` inherited by what it holds. Marked content (the spans an MCID
//! names) counts as Arabic when krilla drew it `/ReversedChars`.

use flate2::read::ZlibDecoder;
use std::collections::HashMap;
use std::io::Read;
use std::path::Path;

#[derive(Default)]
pub struct Tags {
    /// The `/ActualText` of the elements, in tree order.
    pub texts: Vec<String>,
    /// Spans drawn in visual order (`/ReversedChars`).
    pub reversed: usize,
    /// Of those, the ones inside no element with an `/ActualText`.
    pub reversed_without_text: usize,
    /// Of those, the ones whose nearest element with a `/Lang` is not Arabic.
    pub reversed_not_arabic: usize,
}

struct Pdf {
    bytes: Vec<u8>,
    objects: HashMap<u32, (usize, usize)>,
    /// Page object -> MCIDs drawn `/ReversedChars`.
    reversed: HashMap<u32, Vec<u32>>,
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn number(bytes: &[u8]) -> Option<u32> {
    let digits: Vec<u8> = bytes
        .iter()
        .skip_while(|b| b.is_ascii_whitespace())
        .take_while(|b| b.is_ascii_digit())
        .copied()
        .collect();
    String::from_utf8(digits).ok()?.parse().ok()
}

impl Pdf {
    fn body(&self, num: u32) -> &[u8] {
        let (start, end) = self.objects[&num];
        &self.bytes[start..end]
    }
}

pub fn read(path: &Path) -> Tags {
    let bytes = std::fs::read(path).unwrap();
    let mut objects = HashMap::new();
    let mut at = 0;
    while let Some(i) = find(&bytes[at..], b" 0 obj\n") {
        let end_of_head = at + i;
        let line_start = bytes[..end_of_head]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |p| p + 1);
        let start = end_of_head + b" 0 obj\n".len();
        let end = start + find(&bytes[start..], b"\nendobj").expect("endobj");
        if let Some(num) = number(&bytes[line_start..end_of_head]) {
            objects.insert(num, (start, end));
        }
        at = end;
    }
    let mut pdf = Pdf {
        bytes,
        objects,
        reversed: HashMap::new(),
    };
    let pages: Vec<u32> = pdf
        .objects
        .keys()
        .copied()
        .filter(|&n| pdf.body(n).starts_with(b"<</Type/Page/"))
        .collect();
    for page in pages {
        let body = pdf.body(page);
        let contents = number(&body[find(body, b"/Contents ").unwrap() + 10..]).unwrap();
        let stream = pdf.body(contents);
        let length = number(&stream[find(stream, b"/Length").unwrap() + 7..]).unwrap();
        let data = find(stream, b"stream\n").unwrap() + 7;
        let mut content = Vec::new();
        ZlibDecoder::new(&stream[data..data + length as usize])
            .read_to_end(&mut content)
            .unwrap();
        let mut reversed = Vec::new();
        let mut mcid = None;
        for part in content.split(|&b| b == b'/') {
            if let Some(rest) = part.strip_prefix(b"MCID ") {
                mcid = number(rest);
            } else if part.starts_with(b"Artifact") {
                // Page furniture (the footer's Arabic page number) has
                // no MCID: its reversed text belongs to no span.
                mcid = None;
            } else if part.starts_with(b"ReversedChars") {
                reversed.extend(mcid.take());
            }
        }
        pdf.reversed.insert(page, reversed);
    }
    let root = *pdf
        .objects
        .keys()
        .find(|&&n| pdf.body(n).starts_with(b"<</Type/StructTreeRoot"))
        .expect("a tag tree");
    let mut tags = Tags::default();
    walk(&pdf, root, None, false, &mut tags);
    tags
}

fn walk(pdf: &Pdf, num: u32, mut lang: Option<String>, mut covered: bool, tags: &mut Tags) {
    let body = pdf.body(num);
    let k = find(body, b"/K[").map(|at| {
        let end = at + find(&body[at..], b"]").unwrap();
        (at + 3, end)
    });
    let own = |key: &[u8]| {
        let at = find(body, key)?;
        let inside_k = k.is_some_and(|(s, e)| at >= s && at < e);
        (!inside_k).then_some(at + key.len())
    };
    if let Some(at) = own(b"/Lang(") {
        let end = at + find(&body[at..], b")").unwrap();
        lang = Some(String::from_utf8_lossy(&body[at..end]).into_owned());
    }
    if let Some(at) = own(b"/ActualText(")
        && !covered
    {
        tags.texts.push(text_string(&body[at..]));
        covered = true;
    }
    let Some((start, end)) = k else { return };
    // The element's own page: a /Pg outside its kids.
    let page = (0..body.len().saturating_sub(4))
        .filter(|&at| (at < start || at >= end) && &body[at..at + 4] == b"/Pg ")
        .find_map(|at| number(&body[at + 4..]));
    // The kids without the dictionaries (links' OBJR, MCR on other pages).
    let mut kids = Vec::new();
    let mut depth = 0;
    for (i, &b) in body[start..end].iter().enumerate() {
        let next = body.get(start + i + 1).copied();
        if b == b'<' && next == Some(b'<') {
            depth += 1;
        } else if b == b'>' && next == Some(b'>') && depth > 0 {
            depth -= 1;
            kids.push(b' ');
            continue;
        }
        kids.push(if depth > 0 { b' ' } else { b });
    }
    let words: Vec<&[u8]> = kids
        .split(|b| b.is_ascii_whitespace() || *b == b'>')
        .filter(|w| !w.is_empty())
        .collect();
    let mut i = 0;
    while i < words.len() {
        let word = words[i];
        if words.get(i + 2) == Some(&&b"R"[..]) {
            walk(pdf, number(word).unwrap(), lang.clone(), covered, tags);
            i += 3;
            continue;
        }
        if let (Some(mcid), Some(page)) = (number(word), page)
            && pdf.reversed[&page].contains(&mcid)
        {
            tags.reversed += 1;
            tags.reversed_without_text += usize::from(!covered);
            tags.reversed_not_arabic += usize::from(
                !lang
                    .as_deref()
                    .is_some_and(|l| l == "ar" || l.starts_with("ar-")),
            );
        }
        i += 1;
    }
}

/// A literal PDF text string (from after its `(`), UTF-16BE.
fn text_string(bytes: &[u8]) -> String {
    let mut raw = Vec::new();
    let mut i = 0;
    while i < bytes.len() && bytes[i] != b')' {
        if bytes[i] == b'\\' {
            i += 1;
            raw.push(match bytes[i] {
                b'r' => b'\r',
                b'n' => b'\n',
                other => other,
            });
        } else {
            raw.push(bytes[i]);
        }
        i += 1;
    }
    let units: Vec<u16> = raw
        .strip_prefix(b"\xFE\xFF")
        .expect("a UTF-16 text string")
        .chunks(2)
        .map(|c| u16::from_be_bytes([c[0], c[1]]))
        .collect();
    String::from_utf16_lossy(&units)
}
