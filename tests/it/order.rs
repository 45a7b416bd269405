//! Criteria stand in the order the author wrote them, on the page and on
//! the form; and a site whose default language is English prints and tags
//! its PDFs with English as the base language. The expected order is read
//! from the YAML text itself, not through pathways' own types.

use crate::common::pdf::{squash, text_of};
use crate::common::{Site, text};

const LANDBRUG: &str = "content/packages/landbrug.yaml";

/// The criterion ids under `criteria:` of module `step` (from 1), as written.
fn written_criteria(yaml: &str, step: usize) -> Vec<String> {
    let module = yaml
        .split("\n    - kind: ")
        .nth(step)
        .unwrap_or_else(|| panic!("no module {step}"));
    let block = module
        .split("\n      criteria:\n")
        .nth(1)
        .expect("a criteria block");
    block
        .lines()
        .take_while(|l| l.starts_with("        ") && !l.trim_start().starts_with('-'))
        .filter_map(|l| l.trim().split_once(':').map(|(id, _)| id.to_string()))
        .collect()
}

/// The Danish text of criterion `id`, as written in the package file.
fn written_text(yaml: &str, id: &str) -> String {
    let at = yaml
        .find(&format!("  - id: {id}\n"))
        .unwrap_or_else(|| panic!("no criterion {id}"));
    let rest = &yaml[at..];
    let da = rest.find("da: ").expect("a Danish text") + 4;
    let mut lines = rest[da..].lines();
    let first = lines.next().unwrap().trim();
    if first.starts_with('>') || first.starts_with('|') {
        // A folded block: the more indented lines that follow, joined.
        let folded: Vec<&str> = lines
            .take_while(|l| l.starts_with("        "))
            .map(str::trim)
            .collect();
        return folded.join(" ");
    }
    first.trim_matches('"').to_string()
}

/// Where each text stands in `haystack`, which must hold them all.
fn positions(haystack: &str, texts: &[String]) -> Vec<usize> {
    texts
        .iter()
        .map(|t| {
            haystack
                .find(t.as_str())
                .unwrap_or_else(|| panic!("{t:?} is not there"))
        })
        .collect()
}

#[test]
fn criteria_keep_the_written_order_on_the_page_and_the_form() {
    let site = Site::fixture();
    let yaml = site.read(LANDBRUG);
    let ids = written_criteria(&yaml, 1);
    assert_eq!(
        ids.len(),
        3,
        "step 1 of landbrug measures three criteria: {ids:?}"
    );
    let mut sorted = ids.clone();
    sorted.sort();
    assert_ne!(
        ids, sorted,
        "the example is written out of alphabetical order"
    );
    let texts: Vec<String> = ids.iter().map(|id| written_text(&yaml, id)).collect();

    let (out, output) = site.build_cli();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let page = std::fs::read_to_string(output.join("da/pakker/landbrug/index.html")).unwrap();
    // Step 1's criteria come first on the page; every criterion of the
    // progression tool in written order.
    let first = positions(&page, &texts);
    let mut in_order = first.clone();
    in_order.sort();
    assert_eq!(first, in_order, "page order of {ids:?}");

    let form = squash(&text_of(
        &output.join("da/pakker/landbrug/progressionsskema-landbrug-1-da.pdf"),
    ));
    let squashed: Vec<String> = texts.iter().map(|t| squash(t)).collect();
    let on_form = positions(&form, &squashed);
    let mut in_order = on_form.clone();
    in_order.sort();
    assert_eq!(on_form, in_order, "form order of {ids:?}");
}

#[test]
fn a_site_in_english_first_prints_english_as_the_base_language() {
    let site = Site::fixture();
    site.edit(
        "content/site.yaml",
        "default_language: da",
        "default_language: en",
    );
    let (out, output) = site.build_cli();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let yaml = site.read(LANDBRUG);
    let id = &written_criteria(&yaml, 1)[0];
    let at = yaml.find(&format!("  - id: {id}\n")).unwrap();
    let english = yaml[at..]
        .lines()
        .find_map(|l| l.trim().strip_prefix("en: "))
        .unwrap()
        .trim_matches('"')
        .to_string();
    let danish = written_text(&yaml, id);

    // The English edition is English only; the Danish one has English first.
    let en = squash(&text_of(
        &output.join("en/pakker/landbrug/progressionsskema-landbrug-1-en.pdf"),
    ));
    assert!(en.contains(&squash(&english)), "{en}");
    assert!(
        !en.contains(&squash(&danish)),
        "no Danish in the English edition"
    );
    let da = squash(&text_of(
        &output.join("da/pakker/landbrug/progressionsskema-landbrug-1-da.pdf"),
    ));
    assert!(
        da.contains(&squash(&english)) && da.contains(&squash(&danish)),
        "{da}"
    );
    assert!(
        da.find(&squash(&english)) < da.find(&squash(&danish)),
        "English first"
    );
}
