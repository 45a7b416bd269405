//! Writing translations into YAML in place: a translation's value is
//! replaced within its own byte range (in its own quoting style), a new
//! language's key is added after the text's last language, and nothing else
//! of the file changes. Files are written all or none.

use super::yaml::{Index, Map};
use granit_parser::ScalarStyle;
use std::path::{Path, PathBuf};

/// One translation to write: the text's mapping, the language and the text.
#[derive(Clone, Debug)]
pub struct Change {
    pub map: Map,
    pub lang: String,
    pub value: String,
}

/// `text` with every change made; `Err(path)` names a text whose value did
/// not read back as written (then nothing of the file is used).
pub fn patched(text: &str, changes: &[Change]) -> Result<String, String> {
    let mut edits: Vec<(usize, usize, String)> = Vec::new();
    for change in changes {
        match change
            .map
            .entry(&change.lang)
            .and_then(|e| e.value.as_ref())
        {
            Some(old) => edits.push((old.start, old.end, quoted(&change.value, old.style))),
            None => edits.push(added(text, change)),
        }
    }
    edits.sort_by_key(|e| e.0);
    let mut out = String::with_capacity(text.len() + 256);
    let mut at = 0;
    for (start, end, new) in edits {
        if start < at {
            return Err(String::new());
        }
        out.push_str(&text[at..start]);
        out.push_str(&new);
        at = end;
    }
    out.push_str(&text[at..]);
    // Read the result back: every change must be there, as written.
    let index = Index::of(&out).ok_or_else(String::new)?;
    for change in changes {
        let found = index
            .maps
            .iter()
            .find(|m| m.path == change.map.path)
            .and_then(|m| m.entry(&change.lang))
            .and_then(|e| e.value.as_ref());
        if found.map(|v| v.value.as_str()) != Some(change.value.as_str()) {
            return Err(change.map.path.clone());
        }
    }
    Ok(out)
}

/// Where and how a new language's key goes: after the last language.
fn added(text: &str, change: &Change) -> (usize, usize, String) {
    let value = quoted(&change.value, ScalarStyle::DoubleQuoted);
    let map = &change.map;
    if map.flow {
        let close = text[..map.end.min(text.len())]
            .rfind('}')
            .filter(|_| !text[map.end.min(text.len())..].starts_with('}'))
            .unwrap_or(map.end);
        let before = text[..close].trim_end();
        let at = before.len();
        return (at, at, format!(", {}: {value}", change.lang));
    }
    let indent = map.entries.first().map_or(0, |e| e.key_col);
    let last_end = map
        .entries
        .iter()
        .map(|e| e.value.as_ref().map_or(e.key_start, |v| v.end))
        .max()
        .unwrap_or(map.start);
    let content_end = text[..last_end.min(text.len())].trim_end().len();
    let at = text[content_end..]
        .find('\n')
        .map_or(text.len(), |n| content_end + n);
    (
        at,
        at,
        format!("\n{}{}: {value}", " ".repeat(indent), change.lang),
    )
}

/// `value` as a YAML scalar, in `style` when that can hold it, else double-quoted.
pub fn quoted(value: &str, style: ScalarStyle) -> String {
    let simple = !value.contains(['\n', '\r', '\t']) && !value.chars().any(char::is_control);
    match style {
        ScalarStyle::SingleQuoted if simple => format!("'{}'", value.replace('\'', "''")),
        ScalarStyle::Plain if simple && plain_is_safe(value) => value.to_string(),
        _ => double_quoted(value),
    }
}

fn double_quoted(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    out.push('"');
    for c in value.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Whether `value` reads back as the same string when written unquoted.
fn plain_is_safe(value: &str) -> bool {
    let Some(first) = value.chars().next() else {
        return false;
    };
    let keyword = matches!(
        value.to_ascii_lowercase().as_str(),
        "yes" | "no" | "true" | "false" | "on" | "off" | "null" | "~" | "y" | "n"
    );
    first.is_alphabetic()
        && !keyword
        && value.trim() == value
        && !value.contains(": ")
        && !value.contains(" #")
        && !value.ends_with(':')
        && !value.contains([
            '{', '}', '[', ']', '"', '\'', '`', '|', '>', '&', '*', '!', '%', '@',
        ])
}

/// Writes every `(path relative to root, text)` or none: each goes to a
/// temporary file beside its place first, and only when all are written are
/// they moved into place.
pub fn write_all(root: &Path, files: &[(PathBuf, String)]) -> Result<(), String> {
    let mut staged: Vec<(PathBuf, PathBuf)> = Vec::new();
    let cleanup = |staged: &[(PathBuf, PathBuf)]| {
        for (temp, _) in staged {
            let _ = std::fs::remove_file(temp);
        }
    };
    for (relative, text) in files {
        let path = root.join(relative);
        let name = path
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        let temp = path.with_file_name(format!(".{name}.pathways-tmp"));
        let written = path
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| {
                use std::io::Write;
                let mut file = std::fs::File::create(&temp)?;
                file.write_all(text.as_bytes())?;
                file.sync_all()
            });
        if let Err(error) = written {
            let _ = std::fs::remove_file(&temp);
            cleanup(&staged);
            return Err(format!("{}: {error}", relative.display()));
        }
        staged.push((temp, path));
    }
    for (n, (temp, path)) in staged.iter().enumerate() {
        if let Err(error) = std::fs::rename(temp, path) {
            cleanup(&staged[n..]);
            return Err(format!("{}: {error}", path.display()));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const YAML: &str = "# keep\nname:\n  da: Landbrug   # comment\n  ar: 'old'\nlist:\n  - {da: Et, en: One}\n  - id: x\n    text:\n      da: >-\n        To\n        linjer\n\nend: 1\n";

    fn change(text: &str, path: &str, lang: &str, value: &str) -> Change {
        let index = Index::of(text).unwrap();
        let map = index.maps.iter().find(|m| m.path == path).unwrap().clone();
        Change {
            map,
            lang: lang.into(),
            value: value.into(),
        }
    }

    #[test]
    fn only_the_translations_change() {
        let changes = [
            change(YAML, "name", "ar", "it's new"),
            change(YAML, "name", "en", "Agriculture: farms"),
            change(YAML, "list[0]", "ar", "واحد"),
            change(YAML, "list[x].text", "ti", "ክልተ \"2\""),
        ];
        let out = patched(YAML, &changes).unwrap();
        assert_eq!(
            out,
            "# keep\nname:\n  da: Landbrug   # comment\n  ar: 'it''s new'\n  en: \"Agriculture: farms\"\nlist:\n  - {da: Et, en: One, ar: \"واحد\"}\n  - id: x\n    text:\n      da: >-\n        To\n        linjer\n      ti: \"ክልተ \\\"2\\\"\"\n\nend: 1\n"
        );
    }

    #[test]
    fn plain_values_stay_plain_when_they_can() {
        assert_eq!(quoted("Hej med dig", ScalarStyle::Plain), "Hej med dig");
        assert_eq!(quoted("yes", ScalarStyle::Plain), "\"yes\"");
        assert_eq!(quoted("a: b", ScalarStyle::Plain), "\"a: b\"");
        assert_eq!(quoted("x\ny", ScalarStyle::SingleQuoted), "\"x\\ny\"");
    }
}
