//! Writing units as XLIFF 1.2: one `<file>` per content file and per Fluent
//! file, one `<trans-unit>` per text, with `<source>`, `<target state=…>` and
//! a `<note>` saying where the text shows. (Why 1.2: see the README, *Translating*.)

use super::units::{State, Unit};
use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesText, Event};
use std::io;

pub const NAMESPACE: &str = "urn:oasis:names:tc:xliff:document:1.2";

/// The glossary notes of a unit, from its Danish source text (see
/// `validate::terms::Matcher::glossary`).
pub type Glossary<'g> = &'g dyn Fn(&str) -> Vec<String>;

/// The state of a unit in XLIFF 1.2's words.
fn state(state: State) -> &'static str {
    match state {
        State::New => "new",
        State::Translated => "translated",
        State::Stale => "needs-review-translation",
    }
}

/// The units as an XLIFF 1.2 document, Danish to `lang`.
pub fn write(units: &[Unit], source_lang: &str, lang: &str, glossary: Glossary) -> String {
    let mut groups: Vec<(&str, Vec<&Unit>)> = Vec::new();
    for unit in units {
        match groups.iter_mut().find(|(g, _)| *g == unit.group()) {
            Some((_, list)) => list.push(unit),
            None => groups.push((unit.group(), vec![unit])),
        }
    }
    let mut writer = Writer::new_with_indent(Vec::new(), b' ', 2);
    let written = (|| -> io::Result<()> {
        writer.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
        writer
            .create_element("xliff")
            .with_attributes([("version", "1.2"), ("xmlns", NAMESPACE)])
            .write_inner_content(|w| {
                for (group, units) in &groups {
                    file(w, group, units, source_lang, lang, glossary)?;
                }
                Ok(())
            })?;
        Ok(())
    })();
    // Writing into memory cannot fail.
    debug_assert!(written.is_ok());
    let mut text = String::from_utf8(writer.into_inner()).unwrap_or_default();
    text.push('\n');
    text
}

fn file(
    w: &mut Writer<Vec<u8>>,
    group: &str,
    units: &[&Unit],
    source_lang: &str,
    lang: &str,
    glossary: Glossary,
) -> io::Result<()> {
    let original = if group.ends_with(".ftl") {
        format!("locales/{group}")
    } else {
        format!("content/{group}")
    };
    w.create_element("file")
        .with_attributes([
            ("original", original.as_str()),
            ("source-language", source_lang),
            ("target-language", lang),
            ("datatype", "plaintext"),
        ])
        .write_inner_content(|w| {
            w.create_element("header").write_inner_content(|w| {
                w.create_element("tool")
                    .with_attributes([
                        ("tool-id", "pathways"),
                        ("tool-name", "pathways"),
                        ("tool-version", env!("CARGO_PKG_VERSION")),
                    ])
                    .write_empty()?;
                Ok(())
            })?;
            w.create_element("body").write_inner_content(|w| {
                for unit in units {
                    trans_unit(w, unit, glossary)?;
                }
                Ok(())
            })?;
            Ok(())
        })?;
    Ok(())
}

fn trans_unit(w: &mut Writer<Vec<u8>>, unit: &Unit, glossary: Glossary) -> io::Result<()> {
    let resname = unit.id.split_once('#').map_or("", |(_, p)| p);
    w.create_element("trans-unit")
        .with_attributes([
            ("id", unit.id.as_str()),
            ("resname", resname),
            ("xml:space", "preserve"),
        ])
        .write_inner_content(|w| {
            w.create_element("source")
                .write_text_content(text(&unit.source))?;
            let target = w
                .create_element("target")
                .with_attribute(("state", state(unit.state)));
            match &unit.target {
                Some(t) => target.write_text_content(text(t))?,
                None => target.write_empty()?,
            };
            w.create_element("note")
                .with_attribute(("from", "pathways"))
                .write_text_content(BytesText::new(&unit.note))?;
            for term in glossary(&unit.source) {
                w.create_element("note")
                    .with_attributes([("from", "glossary"), ("priority", "2")])
                    .write_text_content(BytesText::new(&term))?;
            }
            Ok(())
        })?;
    Ok(())
}

/// Element text with only `<`, `>` and `&` escaped: quotes stay readable.
fn text(s: &str) -> BytesText<'_> {
    BytesText::from_escaped(quick_xml::escape::partial_escape(s))
}
