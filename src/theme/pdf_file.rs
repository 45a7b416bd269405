//! Reading and rewriting a PDF as typst-pdf writes it (a classic
//! cross-reference table, plain objects, deflated content streams): just
//! enough for [`super::pdf_text`] to find the pages, their content and the
//! structure tree, and to write changed and new objects back.

use std::collections::HashMap;

/// One object of the file: its number and where it stands.
#[derive(Clone, Copy)]
pub(super) struct Object {
    pub(super) num: u32,
    pub(super) start: usize,
    pub(super) end: usize,
}

/// A page of the file: its object, its content streams and its key in the
/// parent tree.
pub(super) struct Page {
    pub(super) num: u32,
    pub(super) contents: Vec<u32>,
    pub(super) parents: Option<usize>,
}

/// The pages in order, from the catalog's page tree.
pub(super) fn pages<'a>(
    pdf: &'a [u8],
    objects: &[Object],
    body: &impl Fn(u32) -> Option<&'a [u8]>,
) -> Option<Vec<Page>> {
    let catalog = objects
        .iter()
        .map(|o| &pdf[o.start..o.end])
        .find(|o| contains(o, b"/Type/Catalog"))?;
    let mut pages = Vec::new();
    let mut stack = vec![reference_after(catalog, b"/Pages")?];
    while let Some(num) = stack.pop() {
        let object = body(num)?;
        if contains(object, b"/Type/Pages") {
            let (open, close) = array_after(object, b"/Kids")?;
            stack.extend(references(&object[open + 1..close - 1])?.into_iter().rev());
            continue;
        }
        let at = find(object, b"/Contents")? + b"/Contents".len();
        let contents = match object.get(at) {
            Some(b'[') => {
                let (open, close) = array_after(object, b"/Contents")?;
                references(&object[open + 1..close - 1])?
            }
            _ => vec![reference_after(object, b"/Contents")?],
        };
        let parents = find(object, b"/StructParents")
            .and_then(|at| number_at(object, at + b"/StructParents".len()))
            .map(|(n, _)| n);
        pages.push(Page {
            num,
            contents,
            parents,
        });
    }
    Some(pages)
}

/// The objects of the file, in file order, from its cross-reference table.
pub(super) fn objects(pdf: &[u8]) -> Option<Vec<Object>> {
    let tail = &pdf[pdf.len().saturating_sub(64)..];
    let at = find(tail, b"startxref")?;
    let xref = number_at(tail, at + b"startxref".len())?.0;
    let table = pdf.get(xref..)?;
    if !table.starts_with(b"xref") {
        return None;
    }
    let mut lines = table[4..].split(|&b| b == b'\n').map(trim);
    let mut found = Vec::new();
    loop {
        let line = lines.next()?;
        if line.is_empty() {
            continue;
        }
        if line.starts_with(b"trailer") {
            break;
        }
        let (first, after) = number_at(line, 0)?;
        let (count, _) = number_at(line, after)?;
        for num in first..first + count {
            let entry = lines.next()?;
            if entry.ends_with(b"n") {
                let start = number_at(entry, 0)?.0;
                found.push(Object {
                    num: u32::try_from(num).ok()?,
                    start,
                    end: 0,
                });
            }
        }
    }
    found.sort_by_key(|o| o.start);
    let ends: Vec<usize> = found
        .iter()
        .skip(1)
        .map(|o| o.start)
        .chain([xref])
        .collect();
    for (object, end) in found.iter_mut().zip(ends) {
        object.end = end;
        if !pdf
            .get(object.start..)?
            .starts_with(format!("{} 0 obj", object.num).as_bytes())
        {
            return None;
        }
    }
    Some(found)
}

/// The dictionary and the raw data of a stream object.
pub(super) fn stream_parts(object: &[u8]) -> Option<(&[u8], &[u8])> {
    let open = find(object, b"<<")?;
    let keyword = find(object, b"stream")?;
    let dict = &object[open..keyword];
    let length = number_at(dict, find(dict, b"/Length")? + b"/Length".len())?.0;
    let mut start = keyword + b"stream".len();
    if object.get(start) == Some(&b'\r') {
        start += 1;
    }
    if object.get(start) == Some(&b'\n') {
        start += 1;
    }
    Some((dict, object.get(start..start + length)?))
}

/// The file with the objects in `replaced` written anew, those in `added`
/// appended, and a new cross-reference table for `size` objects.
pub(super) fn rewrite(
    pdf: &[u8],
    objects: &[Object],
    replaced: &[(u32, Vec<u8>)],
    added: &[(u32, Vec<u8>)],
    size: u32,
) -> Vec<u8> {
    let replaced: HashMap<u32, &Vec<u8>> = replaced.iter().map(|(n, b)| (*n, b)).collect();
    let first = objects.first().map_or(pdf.len(), |o| o.start);
    let xref = objects.last().map_or(pdf.len(), |o| o.end);
    let mut out =
        Vec::with_capacity(pdf.len() + added.iter().map(|a| a.1.len()).sum::<usize>() + 4096);
    out.extend_from_slice(&pdf[..first]);
    let mut offsets = vec![None; size as usize];
    for object in objects {
        offsets[object.num as usize] = Some(out.len());
        match replaced.get(&object.num) {
            Some(new) => out.extend_from_slice(new),
            None => out.extend_from_slice(&pdf[object.start..object.end]),
        }
    }
    for (num, bytes) in added {
        offsets[*num as usize] = Some(out.len());
        out.extend_from_slice(bytes);
    }
    let start = out.len();
    out.extend_from_slice(format!("xref\n0 {size}\n").as_bytes());
    for offset in offsets {
        match offset {
            Some(at) => out.extend_from_slice(format!("{at:010} 00000 n\r\n").as_bytes()),
            None => out.extend_from_slice(b"0000000000 65535 f\r\n"),
        }
    }
    let old = &pdf[xref..];
    let trailer = find(old, b"trailer").unwrap_or(old.len());
    let end = find(old, b"startxref").unwrap_or(old.len());
    let trailer = String::from_utf8_lossy(&old[trailer..end]);
    // The trailer's /Size counts the objects.
    let trailer = match trailer.find("/Size ") {
        Some(at) => {
            let digits = trailer[at + 6..]
                .chars()
                .take_while(char::is_ascii_digit)
                .count();
            format!(
                "{}/Size {size}{}",
                &trailer[..at],
                &trailer[at + 6 + digits..]
            )
        }
        None => trailer.into_owned(),
    };
    out.extend_from_slice(trailer.as_bytes());
    out.extend_from_slice(format!("startxref\n{start}\n%%EOF\n").as_bytes());
    out
}

/// A PDF text string: UTF-16BE with its byte-order mark, as a literal
/// string (half the size of a hex string).
pub(super) fn text_string(text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(4 + text.len() * 2);
    out.extend_from_slice(b"(\xFE\xFF".as_slice());
    for unit in text.encode_utf16() {
        for byte in unit.to_be_bytes() {
            match byte {
                b'\\' | b'(' | b')' => out.extend_from_slice(&[b'\\', byte]),
                b'\r' => out.extend_from_slice(b"\\r"),
                _ => out.push(byte),
            }
        }
    }
    out.push(b')');
    out
}

pub(super) enum Token {
    Operand,
    Operator,
    DictOpen,
    DictClose,
}

/// The tokens of a content stream, as (start, end, kind).
pub(super) struct Scanner<'a> {
    pub(super) data: &'a [u8],
    pub(super) at: usize,
}

pub(super) fn is_delimiter(b: u8) -> bool {
    matches!(
        b,
        b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{' | b'}' | b'/' | b'%'
    )
}

impl Iterator for Scanner<'_> {
    type Item = (usize, usize, Token);

    fn next(&mut self) -> Option<Self::Item> {
        let data = self.data;
        while self.at < data.len() {
            let start = self.at;
            match data[start] {
                b if b.is_ascii_whitespace() || b == 0 => self.at += 1,
                b'%' => {
                    while self.at < data.len() && data[self.at] != b'\n' && data[self.at] != b'\r' {
                        self.at += 1;
                    }
                }
                b'(' => {
                    let mut depth = 0;
                    while self.at < data.len() {
                        match data[self.at] {
                            b'\\' => self.at += 1,
                            b'(' => depth += 1,
                            b')' => {
                                depth -= 1;
                                if depth == 0 {
                                    self.at += 1;
                                    break;
                                }
                            }
                            _ => {}
                        }
                        self.at += 1;
                    }
                    return Some((start, self.at.min(data.len()), Token::Operand));
                }
                b'<' if data.get(start + 1) == Some(&b'<') => {
                    self.at += 2;
                    return Some((start, self.at, Token::DictOpen));
                }
                b'>' if data.get(start + 1) == Some(&b'>') => {
                    self.at += 2;
                    return Some((start, self.at, Token::DictClose));
                }
                b'<' => {
                    while self.at < data.len() && data[self.at] != b'>' {
                        self.at += 1;
                    }
                    self.at += 1;
                    return Some((start, self.at.min(data.len()), Token::Operand));
                }
                b'[' | b']' | b'{' | b'}' | b')' | b'>' => {
                    self.at += 1;
                    return Some((start, self.at, Token::Operand));
                }
                b'/' => {
                    self.at += 1;
                    while self.at < data.len()
                        && !data[self.at].is_ascii_whitespace()
                        && !is_delimiter(data[self.at])
                    {
                        self.at += 1;
                    }
                    return Some((start, self.at, Token::Operand));
                }
                _ => {
                    while self.at < data.len()
                        && !data[self.at].is_ascii_whitespace()
                        && !is_delimiter(data[self.at])
                    {
                        self.at += 1;
                    }
                    let word = &data[start..self.at];
                    let number = word
                        .iter()
                        .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'-' | b'+'));
                    let kind = if number || word == b"true" || word == b"false" || word == b"null" {
                        Token::Operand
                    } else {
                        Token::Operator
                    };
                    return Some((start, self.at, kind));
                }
            }
        }
        None
    }
}

pub(super) fn parse_f64(bytes: &[u8]) -> Option<f64> {
    std::str::from_utf8(bytes).ok()?.parse().ok()
}

pub(super) fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

pub(super) fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    find(haystack, needle).is_some()
}

pub(super) fn trim(line: &[u8]) -> &[u8] {
    let start = line
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(line.len());
    let end = line
        .iter()
        .rposition(|b| !b.is_ascii_whitespace())
        .map_or(start, |e| e + 1);
    &line[start..end]
}

/// The unsigned number at or after `at` (after spaces), and where it ends.
pub(super) fn number_at(bytes: &[u8], at: usize) -> Option<(usize, usize)> {
    let start = at
        + bytes
            .get(at..)?
            .iter()
            .position(|b| !b.is_ascii_whitespace())?;
    let len = bytes[start..]
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count();
    let value = std::str::from_utf8(&bytes[start..start + len])
        .ok()?
        .parse()
        .ok()?;
    Some((value, start + len))
}

/// The object number of the reference `N 0 R` after `key`.
pub(super) fn reference_after(object: &[u8], key: &[u8]) -> Option<u32> {
    let at = find(object, key)? + key.len();
    u32::try_from(number_at(object, at)?.0).ok()
}

/// The array after `key`, as the range from its `[` to after its `]`
/// (arrays inside it are not looked for).
pub(super) fn array_after(object: &[u8], key: &[u8]) -> Option<(usize, usize)> {
    let at = find(object, key)? + key.len();
    let open = at + object[at..].iter().position(|b| !b.is_ascii_whitespace())?;
    if object[open] != b'[' {
        return None;
    }
    let close = open + object[open..].iter().position(|&b| b == b']')?;
    Some((open, close + 1))
}

/// The object numbers of a list of references `N 0 R ...`.
pub(super) fn references(list: &[u8]) -> Option<Vec<u32>> {
    let words: Vec<&[u8]> = list
        .split(|b| b.is_ascii_whitespace())
        .filter(|w| !w.is_empty())
        .collect();
    words
        .chunks(3)
        .map(|c| match c {
            [num, _, b"R"] => number_at(num, 0).and_then(|(n, _)| u32::try_from(n).ok()),
            _ => None,
        })
        .collect()
}
