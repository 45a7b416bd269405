//! Hostile texts, for testing that content can never inject anything and
//! never breaks the layout: every text of a catalogue gets a script or
//! markup payload, and some get a very long word, in every language (and
//! the contact e-mails and phone numbers a quote that tries to end their
//! attribute). Every
//! payload would set `window.__pwned` if a browser ran it.
//!
//! The result is still valid content: the payloads are text, and a site
//! must show them as text.

use crate::model::Catalog;
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::Path;

/// What a payload sets if it runs.
pub const MARK: &str = "__pwned";

/// Appended to texts in turn.
pub const PAYLOADS: [&str; 8] = [
    "<script>window.__pwned='script'</script>",
    "<img src=x onerror=\"window.__pwned='img'\">",
    "\"><svg onload=\"window.__pwned='svg'\">",
    "' onmouseover='window.__pwned=1' x='",
    "</title><style>*{display:none}</style><script src=data:,window.__pwned=1></script>",
    "{{ 7*7 }} {% if true %}tera{% endif %} ${7*7} #set page(width: 1cm) [*typst*]",
    "javascript:window.__pwned=1 \u{202e}evil\u{202c}",
    "<iframe srcdoc=\"<script>parent.__pwned=1</script>\"></iframe>",
];

/// Appended to every third text: a Danish compound word and an address,
/// neither with a place to break.
pub const LONG_WORDS: [&str; 2] = [
    "Arbejdsmarkedsuddannelsesinstitutionskvalitetssikringsprocedurebeskrivelsesarbejdsgruppemedlemmer",
    "https://frederikshavn.example.org/branchepakker/virksomhedspraktik/progressionsskema-arbejdsmarkedsuddannelse-kvalitetssikring",
];

/// Markdown appended to every free page: raw HTML and scripts, which a
/// page shows as text.
pub const MARKDOWN: &str = "\n\n<script>window.__pwned='markdown'</script>\n\n\
Tekst med <img src=x onerror=\"window.__pwned='md-img'\"> og <b onclick=\"window.__pwned=1\">fed</b>.\n\n\
<a href=\"javascript:window.__pwned=1\">klik</a> [et link](https://example.org/\"onmouseover=\"window.__pwned=1)\n\n\
Arbejdsmarkedsuddannelsesinstitutionskvalitetssikringsprocedurebeskrivelsesarbejdsgruppemedlemmer\n";

/// Gives every text of `catalog` a payload (and every third a long word).
pub fn texts(catalog: &mut Catalog) -> Result<(), String> {
    let languages: BTreeSet<String> = catalog.language_codes().map(str::to_string).collect();
    let mut value = serde_json::to_value(&*catalog).map_err(|e| e.to_string())?;
    let mut count = 0;
    visit(&mut value, &languages, &mut count);
    *catalog = serde_json::from_value(value).map_err(|e| e.to_string())?;
    Ok(())
}

fn visit(value: &mut Value, languages: &BTreeSet<String>, count: &mut usize) {
    match value {
        Value::Object(map)
            if !map.is_empty()
                && map
                    .iter()
                    .all(|(k, v)| languages.contains(k) && v.is_string()) =>
        {
            for text in map.values_mut() {
                let Value::String(text) = text else { continue };
                text.push(' ');
                text.push_str(PAYLOADS[*count % PAYLOADS.len()]);
                if (*count).is_multiple_of(3) {
                    text.push(' ');
                    text.push_str(LONG_WORDS[*count / 3 % LONG_WORDS.len()]);
                }
            }
            *count += 1;
        }
        Value::Object(map) => {
            for (key, value) in map.iter_mut() {
                match value {
                    // Contact details are plain strings, shown and linked.
                    Value::String(text) if key == "email" || key == "phone" => {
                        text.push_str(PAYLOADS[3]);
                    }
                    _ => visit(value, languages, count),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| visit(v, languages, count)),
        _ => {}
    }
}

/// Appends [`MARKDOWN`] to every free page of the site in `root`.
pub fn pages(root: &Path) -> Result<(), String> {
    let folder = root.join("content/pages");
    let entries =
        std::fs::read_dir(&folder).map_err(|e| format!("cannot read {}: {e}", folder.display()))?;
    for entry in entries.flatten() {
        let path = entry.path();
        let text = std::fs::read_to_string(&path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        std::fs::write(&path, text + MARKDOWN)
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    Ok(())
}
