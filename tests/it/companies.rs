//! What a company reads: the employer pages and practice folders speak to
//! the company ("I", "jeres virksomhed"), never to the citizen ("du"); the
//! practical facts show, a package's own version winning; the texts for
//! companies are required and checked like the citizen's.

use crate::common::Site;
use crate::common::pdf::text_of;
use std::path::Path;

const LANDBRUG: &str = "content/packages/landbrug.yaml";
const PLEJE: &str = "content/packages/pleje-og-omsorg.yaml";

/// The words of `text` that address the citizen in Danish.
fn du_words(text: &str) -> Vec<String> {
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let mut found = Vec::new();
    for (i, word) in words.iter().enumerate() {
        if ["du", "dig", "din", "dit", "dine"].contains(&word.to_lowercase().as_str()) {
            let from = i.saturating_sub(6);
            let to = (i + 6).min(words.len());
            found.push(words[from..to].join(" "));
        }
    }
    found
}

/// The visible text of an HTML page: tags removed.
fn visible(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

#[test]
fn employer_pages_and_folders_never_address_the_citizen_as_du() {
    // The real example: its texts are what companies read.
    let site = Site::example();
    let (out, output) = site.build_cli();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let employers = output.join("da/virksomheder");
    let mut pages = 0;
    let mut folders = 0;
    for entry in walkdir::WalkDir::new(&employers).into_iter().flatten() {
        let path = entry.path();
        let found = match path.extension().and_then(|e| e.to_str()) {
            Some("html") => {
                pages += 1;
                du_words(&visible(&std::fs::read_to_string(path).unwrap()))
            }
            Some("pdf") => {
                folders += 1;
                du_words(&text_of(path))
            }
            _ => continue,
        };
        assert!(found.is_empty(), "{} says du: {found:#?}", path.display());
    }
    // The index and six employer pages; six folders with their forms.
    assert_eq!((pages, folders), (7, 6));
}

/// The employer page of `package` in `lang`, built from `site`.
fn employer_page(output: &Path, lang: &str, package: &str) -> String {
    let page = output.join(format!("{lang}/virksomheder/{package}/index.html"));
    std::fs::read_to_string(&page).unwrap_or_else(|_| panic!("no {}", page.display()))
}

#[test]
fn the_practical_facts_show_and_a_package_s_own_version_wins() {
    let site = Site::fixture();
    let concept_text =
        "En virksomhedspraktik varer 4 eller 13 uger og kan forlænges op til 26 uger.";
    let own = "Hos os varer en praktik altid 13 uger.";
    // Landbrug gives the placement length its own text.
    let landbrug = site.read(LANDBRUG);
    site.write(
        LANDBRUG,
        format!(
            "{landbrug}  facts:\n    - id: praktikkens-laengde\n      text:\n        da: \"{own}\"\n      illustrative: true\n"
        )
        .as_bytes(),
    );
    let (out, output) = site.build_cli_with(&["--no-pdf"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let landbrug = employer_page(&output, "da", "landbrug");
    assert!(landbrug.contains(own), "landbrug's own fact is not shown");
    assert!(
        !landbrug.contains(concept_text),
        "the concept's fact still shows beside landbrug's own"
    );
    // The question stays the concept's; the invented text is marked.
    let (_, after) = landbrug
        .split_once("Hvor længe varer en praktik?")
        .expect("the question");
    let dd = after.split("</dd>").next().unwrap();
    assert!(
        dd.contains("class=\"illustrative\""),
        "the invented fact has no mark: {dd}"
    );

    // Another package keeps the concept's text with its source.
    let rengoering = employer_page(&output, "da", "rengoering");
    let (_, after) = rengoering
        .split_once(concept_text)
        .expect("the concept's fact");
    let dd = after.split("</dd>").next().unwrap();
    assert!(
        dd.contains("AMU som værktøj"),
        "the fact names no source: {dd}"
    );
    assert!(
        !dd.contains("class=\"illustrative\""),
        "a cited fact is marked as invented"
    );
    for fact in [
        "Hvor meget tid skal vi bruge på vejledning?",
        "Hvor mange målinger er der?",
        "Skal vi ansætte praktikanten bagefter?",
        "Hvem dækker, hvis der sker en ulykke?",
        "Hvem ringer vi til for at blive træningsvirksomhed?",
        "Hvad hvis det ikke fungerer?",
    ] {
        assert!(
            rengoering.contains(fact),
            "no {fact:?} on the employer page"
        );
    }
    // The fixture's care package overrides supervision.
    let pleje = employer_page(&output, "da", "pleje-og-omsorg");
    assert!(pleje.contains("går praktikanten altid sammen med en fast kollega"));
    assert!(!pleje.contains("Det tager mest tid i de første uger."));
    assert!(rengoering.contains("Det tager mest tid i de første uger."));

    // Arabic and English show their own language.
    assert!(employer_page(&output, "ar", "rengoering").contains("قبل أن توافقوا"));
    assert!(employer_page(&output, "en", "rengoering").contains("Before you say yes"));
}

#[test]
fn a_fact_override_for_an_unknown_fact_is_reported_with_did_you_mean() {
    let site = Site::fixture();
    site.edit(PLEJE, "    - id: vejledning\n", "    - id: vejleding\n");
    site.check()
        .says_at(&site.at(PLEJE, "vejleding"), "vejleding")
        .says("did you mean `vejledning`?");
}

#[test]
fn a_missing_employer_text_is_reported_at_its_block_with_what_to_write() {
    let site = Site::fixture();
    // The employer version of step 2's purpose.
    let text = site.read(LANDBRUG);
    let start = text
        .find("      employer_purpose:\n        da: \"Praktikanten arbejder")
        .unwrap();
    let end = start
        + text[start..]
            .find("    - kind: virksomhedsmodul-2")
            .unwrap();
    site.write(
        LANDBRUG,
        format!("{}{}", &text[..start], &text[end..]).as_bytes(),
    );
    let checked = site.check();
    checked
        .says_at(
            // Where step 2's block ends: its last field.
            &site.at_in(
                LANDBRUG,
                "      criteria:\n        dansk-instruktioner: 2\n        dansk-kolleger: 1",
                "criteria:",
            ),
            "the required field `employer_purpose` is missing",
        )
        .says("never the citizen");
    assert_eq!(checked.errors(), 1, "{}", checked.report);

    // The whole block for companies.
    let site = Site::fixture();
    let text = site.read(LANDBRUG);
    let start = text.find("# The package told to the companies").unwrap();
    site.write(LANDBRUG, &text.as_bytes()[..start]);
    site.check()
        .says("the required field `employer` is missing")
        .says(LANDBRUG)
        .says("`summary:` (what the company gets)");
}

#[test]
fn a_missing_translation_of_an_employer_text_is_listed_at_its_line() {
    let site = Site::fixture();
    let arabic = "    ar: \"تحصلون على متدرب يتعلم العمل لديكم في الحظيرة";
    let line_start = site.read(LANDBRUG).find(arabic).unwrap();
    let text = site.read(LANDBRUG);
    let line_end = line_start + text[line_start..].find('\n').unwrap() + 1;
    let danish_at = site.at(
        LANDBRUG,
        "    da: \"I får en praktikant, der lærer arbejdet i stald",
    );
    site.write(
        LANDBRUG,
        format!("{}{}", &text[..line_start], &text[line_end..]).as_bytes(),
    );
    let checked = site.check();
    assert_eq!(checked.errors(), 0, "{}", checked.report);
    let missing = &checked
        .findings
        .coverage
        .languages
        .iter()
        .find(|l| l.code == "ar")
        .unwrap()
        .missing;
    assert_eq!(missing.len(), 1);
    // The text's own line: its Danish, where the translation belongs.
    let line: usize = danish_at.split(':').nth(1).unwrap().parse().unwrap();
    assert_eq!(missing[0].pos.line as usize, line);
}
