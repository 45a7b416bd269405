//! The interface messages of `locales/<lang>/*.ftl` as translation units:
//! each message's text as written (after `id =`), and its place in the file
//! so that an import replaces exactly that message or adds it at the end.

/// One message (or term) of a Fluent file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    pub id: String,
    /// The text after `id = `, continuation lines (variants, attributes) as written.
    pub value: String,
    /// The byte range of the whole message, from its id to after its last line.
    pub start: usize,
    pub end: usize,
    /// Its 1-based line.
    pub line: usize,
}

/// The built-in interface messages, used by a site without `locales/`.
pub const BUILT_IN: &[(&str, &str)] = &[
    ("da", include_str!("../../locales/da/main.ftl")),
    ("ar", include_str!("../../locales/ar/main.ftl")),
    ("en", include_str!("../../locales/en/main.ftl")),
];

fn id_of(line: &str) -> Option<&str> {
    let (id, _) = line.split_once('=')?;
    let id = id.trim_end();
    let name = id.strip_prefix('-').unwrap_or(id);
    let mut chars = name.chars();
    (chars.next()?.is_ascii_alphabetic()
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'))
    .then_some(id)
}

/// Whether a line belongs to the message above it: indented, or starting
/// with a character no entry starts with (a closing `}` at the margin).
pub fn continues(line: &str) -> bool {
    !line.trim().is_empty()
        && (line.starts_with([' ', '\t']) || line.starts_with(['}', '[', '*', '.']))
}

/// Every message of `text`, in file order.
pub fn messages(text: &str) -> Vec<Message> {
    let mut lines = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        lines.push((at, line));
        at += line.len();
    }
    let mut out = Vec::new();
    let mut n = 0;
    while n < lines.len() {
        let (start, line) = lines[n];
        let Some(id) = id_of(line) else {
            n += 1;
            continue;
        };
        let first = line.split_once('=').map_or("", |(_, v)| v).trim();
        let mut value = first.to_string();
        let mut last = n;
        let mut k = n + 1;
        while k < lines.len() {
            let body = lines[k].1.trim_end_matches(['\n', '\r']);
            if continues(body) {
                last = k;
            } else if !body.trim().is_empty() {
                break;
            }
            k += 1;
        }
        for (_, line) in &lines[n + 1..=last] {
            value.push('\n');
            value.push_str(line.trim_end_matches(['\n', '\r']));
        }
        let (end_start, end_line) = lines[last];
        out.push(Message {
            id: id.to_string(),
            value: value.trim_start_matches('\n').to_string(),
            start,
            end: end_start + end_line.len(),
            line: n + 1,
        });
        n = last + 1;
    }
    out
}

/// The message as it is written into a file: `id = value`, and a newline.
pub fn written(id: &str, value: &str) -> String {
    if value.starts_with('\n') || value.is_empty() {
        format!("{id} ={value}\n")
    } else {
        format!("{id} = {value}\n")
    }
}

/// `text` with each `(id, value)` replaced where it is, or added at the end.
pub fn patched(text: &str, changes: &[(String, String)]) -> String {
    let found = messages(text);
    let mut edits: Vec<(usize, usize, String)> = Vec::new();
    let mut added = String::new();
    for (id, value) in changes {
        match found.iter().find(|m| &m.id == id) {
            Some(m) => edits.push((m.start, m.end, written(id, value))),
            None => added.push_str(&written(id, value)),
        }
    }
    edits.sort_by_key(|e| e.0);
    let mut out = String::with_capacity(text.len() + added.len());
    let mut at = 0;
    for (start, end, new) in edits {
        if start < at {
            // The same message twice: the first one stands.
            continue;
        }
        out.push_str(&text[at..start]);
        out.push_str(&new);
        at = end;
    }
    out.push_str(&text[at..]);
    if !added.is_empty() {
        if !out.is_empty() && !out.ends_with('\n') {
            out.push('\n');
        }
        out.push_str(&added);
    }
    out
}

/// The line of the first Fluent syntax error in `text`, if any.
pub fn syntax_error(text: &str) -> Option<usize> {
    match fluent_syntax::parser::parse(text) {
        Ok(_) => None,
        Err((_, errors)) => errors
            .first()
            .map(|e| text[..e.pos.start.min(text.len())].matches('\n').count() + 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FTL: &str = "# head\nhello = Hej\nweeks = { $n ->\n    [one] en uge\n   *[other] { $n } uger\n}\n\n## group\nbye = Farvel\n";

    #[test]
    fn messages_keep_their_lines_and_variants() {
        let found = messages(FTL);
        let ids: Vec<&str> = found.iter().map(|m| m.id.as_str()).collect();
        assert_eq!(ids, ["hello", "weeks", "bye"]);
        assert_eq!(
            found[1].value,
            "{ $n ->\n    [one] en uge\n   *[other] { $n } uger\n}"
        );
        assert_eq!(found[2].line, 9);
    }

    #[test]
    fn a_patch_changes_one_message_and_adds_another() {
        let out = patched(
            FTL,
            &[
                ("hello".into(), "Hallo".into()),
                ("new".into(), "Ny".into()),
            ],
        );
        assert_eq!(
            out,
            FTL.replace("hello = Hej", "hello = Hallo") + "new = Ny\n"
        );
        assert_eq!(syntax_error(&out), None);
        assert_eq!(syntax_error("a = b\nbroken\n"), Some(2));
    }
}
