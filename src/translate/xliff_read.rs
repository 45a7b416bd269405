//! Reading an XLIFF 1.2 file as a translator's tool sends it back: every
//! `<trans-unit>` with its id, source, target and state, and the line it is
//! on, so that a refusal can point at it.

use quick_xml::Reader;
use quick_xml::events::{BytesRef, Event};

/// One unit as read from the file.
#[derive(Clone, Debug, Default)]
pub struct ReadUnit {
    pub id: String,
    pub line: usize,
    pub source: String,
    /// `None` when the unit has no `<target>`.
    pub target: Option<String>,
    pub state: Option<String>,
    /// The target holds elements (`<g>`, `<ph>`, …) or text that looks like HTML.
    pub markup: bool,
}

/// What the file holds.
#[derive(Debug, Default)]
pub struct Read {
    pub source_lang: String,
    pub lang: String,
    pub units: Vec<ReadUnit>,
}

/// Why the file could not be read: the message and its line.
#[derive(Debug)]
pub struct ReadError {
    pub line: usize,
    pub message: String,
}

#[derive(PartialEq)]
enum In {
    Nothing,
    Source,
    Target,
}

fn line_at(text: &str, pos: u64) -> usize {
    let pos = usize::try_from(pos).unwrap_or(text.len()).min(text.len());
    text.as_bytes()[..pos]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

fn entity(r: &BytesRef) -> Option<String> {
    if let Ok(Some(c)) = r.resolve_char_ref() {
        return Some(c.to_string());
    }
    let name = r.xml10_content();
    Some(
        match name.as_ref() {
            "amp" => "&",
            "lt" => "<",
            "gt" => ">",
            "quot" => "\"",
            "apos" => "'",
            _ => return None,
        }
        .to_string(),
    )
}

/// Reads the XLIFF 1.2 document `text`.
pub fn read(text: &str) -> Result<Read, ReadError> {
    let mut reader = Reader::from_str(text);
    let mut read = Read::default();
    let mut unit: Option<ReadUnit> = None;
    let mut inside = In::Nothing;
    let mut depth = 0usize;
    let mut saw_xliff = false;
    let fail = |pos: u64, message: String| ReadError {
        line: line_at(text, pos),
        message,
    };
    loop {
        let at = reader.buffer_position();
        let event = reader
            .read_event()
            .map_err(|e| fail(reader.error_position(), e.to_string()))?;
        match event {
            Event::Start(ref e) | Event::Empty(ref e) => {
                let empty = matches!(event, Event::Empty(_));
                let name = e.local_name();
                let name = name.as_ref().to_string();
                let attr = |key: &str| -> Option<String> {
                    e.attributes()
                        .filter_map(Result::ok)
                        .find(|a| a.key.local_name().as_ref() == key)
                        .and_then(|a| {
                            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                                .ok()
                                .map(|v| v.into_owned())
                        })
                };
                if inside != In::Nothing {
                    if inside == In::Target
                        && let Some(unit) = unit.as_mut()
                    {
                        unit.markup = true;
                    }
                    if !empty {
                        depth += 1;
                    }
                    continue;
                }
                match name.as_str() {
                    "xliff" => {
                        saw_xliff = true;
                        // translate-toolkit writes the files it makes as 1.1, which
                        // has the same units.
                        if !matches!(attr("version").as_deref(), Some("1.2" | "1.1")) {
                            return Err(fail(at, crate::tr!("translate-xliff-version")));
                        }
                    }
                    "file" => {
                        read.source_lang = attr("source-language").unwrap_or_default();
                        read.lang = attr("target-language").unwrap_or_default();
                    }
                    "trans-unit" => {
                        unit = Some(ReadUnit {
                            id: attr("id").unwrap_or_default(),
                            line: line_at(text, at),
                            ..ReadUnit::default()
                        });
                    }
                    "source" if unit.is_some() && !empty => inside = In::Source,
                    "target" if unit.is_some() => {
                        if let Some(unit) = unit.as_mut() {
                            unit.state = attr("state");
                            unit.target = Some(String::new());
                        }
                        if !empty {
                            inside = In::Target;
                        }
                    }
                    _ => {}
                }
            }
            Event::End(ref e) => {
                if depth > 0 {
                    depth -= 1;
                    continue;
                }
                match e.local_name().as_ref() {
                    "source" | "target" => inside = In::Nothing,
                    "trans-unit" => read.units.extend(unit.take()),
                    _ => {}
                }
            }
            Event::Text(ref t) => push(&mut unit, &inside, &t.xml10_content()),
            Event::CData(ref t) => push(&mut unit, &inside, &t.xml10_content()),
            Event::GeneralRef(ref r) => match entity(r) {
                Some(s) => push(&mut unit, &inside, &s),
                None => {
                    let name = r.xml10_content().into_owned();
                    return Err(fail(at, crate::tr!("translate-xliff-entity", name = name)));
                }
            },
            Event::Eof => break,
            _ => {}
        }
    }
    if !saw_xliff {
        return Err(ReadError {
            line: 1,
            message: crate::tr!("translate-xliff-not"),
        });
    }
    for unit in &mut read.units {
        if let Some(target) = &unit.target
            && looks_like_markup(target)
        {
            unit.markup = true;
        }
    }
    Ok(read)
}

fn push(unit: &mut Option<ReadUnit>, inside: &In, text: &str) {
    let Some(unit) = unit.as_mut() else { return };
    match inside {
        In::Source => unit.source.push_str(text),
        In::Target => {
            if let Some(target) = unit.target.as_mut() {
                target.push_str(text);
            }
        }
        In::Nothing => {}
    }
}

/// Text that a browser would take for a tag: `<b>`, `</p>`, `<br/>`.
fn looks_like_markup(text: &str) -> bool {
    text.match_indices('<').any(|(at, _)| {
        text[at + 1..]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '/' || c == '!')
    })
}
