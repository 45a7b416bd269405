//! Every validation rule, each shown by breaking the real example site the way
//! an editor might, and checking the message points at the right file and line.

use crate::common::Site;

const LANDBRUG: &str = "content/packages/landbrug.yaml";
const CONCEPT: &str = "content/concept.yaml";
const SITE: &str = "content/site.yaml";
const COURSE: &str = "content/courses/foerstehjaelp.yaml";

#[test]
fn the_example_site_has_no_errors_and_no_warnings() {
    let checked = Site::fixture().check();
    assert_eq!(checked.errors(), 0, "{}", checked.report);
    assert_eq!(checked.warnings(), 0, "{}", checked.report);
    let catalog = checked.catalog.as_ref().expect("catalog");
    assert_eq!(catalog.packages.len(), 6);
    let names: Vec<&str> = catalog
        .packages_in_order()
        .iter()
        .map(|(_, p)| p.name.get("da").unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "Landbrug",
            "Detailbranchen - butiksmedhjælper",
            "Rengøring",
            "Hotelservice (køkken og service)",
            "Fødevareindustri",
            "Pleje og omsorg"
        ]
    );
    for (id, package) in &catalog.packages {
        let courses: std::collections::BTreeSet<_> = package
            .pathway
            .modules
            .iter()
            .flat_map(|m| m.courses.iter().map(|c| c.value.clone()))
            .collect();
        assert!(
            (3..=6).contains(&courses.len()),
            "{id} has {} courses",
            courses.len()
        );
        assert!(
            (10..=20).contains(&package.criteria.len()),
            "{id} has {} criteria",
            package.criteria.len()
        );
    }
}

#[test]
fn malformed_yaml_is_reported_with_line_and_a_fix() {
    let site = Site::fixture();
    site.edit(
        LANDBRUG,
        "  - name: Kvægbrug ved Sæby (eksempel)",
        "  - name: Eksempel: Kvægbrug",
    );
    let at = site.at(LANDBRUG, ": Kvægbrug");
    site.check()
        .says_at(&at, "a value contains `: `")
        .says("put the whole value in double quotes");
}

#[test]
fn a_wrong_type_is_reported_where_it_is() {
    let site = Site::fixture();
    site.edit(LANDBRUG, "      weeks: 8", "      weeks: otte");
    site.check()
        .says_at(&site.at(LANDBRUG, "otte"), "expected a whole number");
}

#[test]
fn an_unknown_field_suggests_the_right_name() {
    let site = Site::fixture();
    site.edit(COURSE, "title:", "titel:");
    site.check()
        .says_at(&site.at(COURSE, "titel"), "unknown field `titel`")
        .says("did you mean `title`?");
}

#[test]
fn a_missing_required_field_is_named() {
    let site = Site::fixture();
    site.edit(COURSE, "days: 1\n", "");
    site.check()
        .says("the required field `days` is missing")
        .says(COURSE);
}

#[test]
fn an_empty_file_is_reported() {
    let site = Site::fixture();
    site.write(COURSE, b"\n");
    site.check()
        .says_at(&format!("{COURSE}:1:1"), "the file is empty");
}

#[test]
fn invalid_utf8_is_reported_at_the_bad_byte() {
    let site = Site::fixture();
    let mut bytes = site.read(COURSE).into_bytes();
    let at = site.at(COURSE, "Førstehjælp");
    let offset = String::from_utf8(bytes.clone())
        .unwrap()
        .find("Førstehjælp")
        .unwrap()
        + 1;
    bytes[offset] = 0xF8; // Latin-1 "ø" inside UTF-8 text
    site.write(COURSE, &bytes);
    let column: usize = at.rsplit(':').next().unwrap().parse().unwrap();
    let line = at.split(':').nth(1).unwrap();
    site.check()
        .says_at(
            &format!("{COURSE}:{line}:{}", column + 1),
            "the file is not UTF-8 text",
        )
        .says("Save with Encoding");
}

#[test]
fn a_yaml_alias_bomb_is_stopped() {
    let site = Site::fixture();
    let mut bomb = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for level in 1..9 {
        let prev = format!("*a{}", level - 1);
        bomb.push_str(&format!(
            "a{level}: &a{level} [{}]\n",
            vec![prev; 10].join(", ")
        ));
    }
    site.write(COURSE, bomb.as_bytes());
    let started = std::time::Instant::now();
    let checked = site.check();
    assert!(checked.errors() >= 1, "{}", checked.report);
    assert!(started.elapsed().as_secs() < 10, "the bomb was expanded");
}

#[test]
fn a_file_over_the_size_limit_is_refused() {
    let site = Site::fixture();
    let big = format!(
        "title:\n  da: {}\n",
        "x".repeat(pathways::load::MAX_FILE_BYTES as usize + 10)
    );
    site.write(COURSE, big.as_bytes());
    site.check()
        .says("more than the limit of 1 MB")
        .says(COURSE);
}

#[test]
fn unsafe_ids_are_refused_with_a_safe_proposal() {
    let site = Site::fixture();
    site.edit(LANDBRUG, "  - id: fodring\n", "  - id: ../Fodring\n");
    site.edit(LANDBRUG, "        fodring: 2", "        ../Fodring: 2");
    site.check()
        .says_at(
            &site.at(LANDBRUG, "../Fodring\n"),
            "the criterion id `../Fodring` is not a safe id",
        )
        .says("e.g. `fodring`");

    let site = Site::fixture();
    let text = site.read(COURSE);
    site.remove(COURSE);
    site.write("content/courses/Første Hjælp.yaml", text.as_bytes());
    site.check()
        .says("the file name `Første Hjælp` is not a safe course id")
        .says("rename the file to `foerste-hjaelp`");
}

#[test]
fn duplicate_ids_are_reported_with_the_first_use() {
    let site = Site::fixture();
    site.edit(LANDBRUG, "  - id: fodring\n", "  - id: rengoering-stald\n");
    let checked = site.check();
    checked
        .says("the criterion id `rengoering-stald` is used twice")
        .says(LANDBRUG);

    let site = Site::fixture();
    site.write(
        "content/courses/foerstehjaelp.yml",
        site.read(COURSE).as_bytes(),
    );
    site.check()
        .says("the id `foerstehjaelp` is used by two files");
}

#[test]
fn a_misspelled_course_id_fails_with_file_line_and_did_you_mean() {
    let site = Site::fixture();
    site.edit(
        LANDBRUG,
        "        - foerstehjaelp",
        "        - forstehjaelp",
    );
    site.check()
        .says_at(
            &site.at(LANDBRUG, "forstehjaelp"),
            "there is no course `forstehjaelp`",
        )
        .says("did you mean `foerstehjaelp`?");
}

#[test]
fn an_unknown_criterion_group_is_reported() {
    let site = Site::fixture();
    site.edit(LANDBRUG, "group: hygiejne", "group: hygeijne");
    site.check()
        .says_at(
            &site.at(LANDBRUG, "hygeijne"),
            "there is no criterion group `hygeijne`",
        )
        .says("did you mean `hygiejne`?");
}

#[test]
fn an_unknown_module_kind_is_reported() {
    let site = Site::fixture();
    site.edit(LANDBRUG, "kind: udslusning", "kind: udsluzning");
    site.check()
        .says_at(
            &site.at(LANDBRUG, "udsluzning"),
            "there is no module kind `udsluzning`",
        )
        .says("did you mean `udslusning`?");
}

#[test]
fn modules_out_of_order_are_reported() {
    let site = Site::fixture();
    site.edit(LANDBRUG, "kind: udslusning", "kind: afdaekning");
    site.check().says_at(
        &site.at(LANDBRUG, "afdaekning\n      weeks: 6"),
        "the module `afdaekning` comes after `virksomhedsmodul-2`",
    );
}

#[test]
fn a_target_level_outside_the_scale_is_reported() {
    let site = Site::fixture();
    site.edit(LANDBRUG, "        fodring: 3", "        fodring: 7");
    site.check()
        .says_at(&site.at(LANDBRUG, "7\n"), "level 7 is not on the scale")
        .says("1, 2, 3, 4");
}

#[test]
fn a_target_for_an_unknown_criterion_points_at_the_key() {
    let site = Site::fixture();
    site.edit(LANDBRUG, "        fodring: 3", "        fodring-af-dyr: 3");
    site.check().says_at(
        &site.at(LANDBRUG, "fodring-af-dyr"),
        "there is no criterion `fodring-af-dyr`",
    );
}

#[test]
fn a_criterion_that_no_module_measures_is_reported() {
    let site = Site::fixture();
    let text = site
        .read(LANDBRUG)
        .replace("        dyrevelfaerd: 2\n", "")
        .replace("        dyrevelfaerd: 3\n", "");
    site.write(LANDBRUG, text.as_bytes());
    site.check().says_at(
        &site.at(LANDBRUG, "dyrevelfaerd"),
        "the criterion `dyrevelfaerd` is never measured",
    );
}

#[test]
fn a_text_in_a_language_the_site_lacks_is_reported() {
    let site = Site::fixture();
    site.edit(
        LANDBRUG,
        "  da: Landbrug\n",
        "  da: Landbrug\n  de: Landwirtschaft\n",
    );
    site.check().says_at(
        &site.at(LANDBRUG, "de: Landwirtschaft"),
        "`de` is not a language of the site",
    );
}

#[test]
fn a_text_without_danish_is_reported() {
    let site = Site::fixture();
    site.edit(LANDBRUG, "  da: Landbrug\n", "");
    site.check().says_at(
        &site.at(LANDBRUG, "ar: \"الزراعة\""),
        "the text has no `da` version",
    );
}

#[test]
fn an_empty_text_is_reported() {
    let site = Site::fixture();
    site.edit(LANDBRUG, "  en: \"Agriculture\"\n", "  en: \"\"\n");
    site.check()
        .says_at(&site.at(LANDBRUG, "en: \"\""), "the `en` text is empty");
}

#[test]
fn a_fast_track_longer_than_the_module_is_reported() {
    let site = Site::fixture();
    site.edit(
        LANDBRUG,
        "      fast_track_weeks: 4",
        "      fast_track_weeks: 12",
    );
    site.check().says_at(
        &site.at(LANDBRUG, "12"),
        "the fast track (12 weeks) must be 1 to 8 weeks",
    );
}

#[test]
fn figures_without_a_source_or_illustrative_mark_are_reported() {
    let site = Site::fixture();
    site.edit(LANDBRUG, "  illustrative: true\n  counts:", "  counts:");
    site.check()
        .says_at(
            &site.at(LANDBRUG, "counts:"),
            "no source is given for the job counts",
        )
        .says("add `illustrative: true`");
}

#[test]
fn a_job_count_for_an_unknown_market_is_reported() {
    let site = Site::fixture();
    site.edit(LANDBRUG, "    naert: 50", "    naer: 50");
    let checked = site.check();
    checked
        .says_at(
            &site.at(LANDBRUG, "naer:"),
            "there is no labour market `naer`",
        )
        .says("did you mean `naert`?");
    checked.says("the job count for the labour market `naert` is missing");
}

#[test]
fn labour_markets_must_add_up_to_the_stated_total() {
    let site = Site::fixture();
    site.edit(CONCEPT, "      jobs: 360", "      jobs: 630");
    site.check().says_at(
        &site.at(CONCEPT, "1193"),
        "the markets add up to 1463 jobs, but total_jobs says 1193",
    );
}

#[test]
fn a_wrong_amu_number_is_reported() {
    let site = Site::fixture();
    site.edit(COURSE, "days: 1", "amu_number: \"4453\"\ndays: 1");
    site.check()
        .says_at(&site.at(COURSE, "\"4453\""), "`4453` is not an AMU number");
}

#[test]
fn the_site_file_rules() {
    let site = Site::fixture();
    site.edit(
        SITE,
        "base_url: https://frederikshavn.example.org/branchepakker/",
        "base_url: frederikshavn.example.org",
    );
    site.edit(SITE, "default_language: da", "default_language: dk");
    let checked = site.check();
    checked.says_at(
        &site.at(SITE, "frederikshavn.example.org"),
        "the base_url must be a full web address",
    );
    checked
        .says_at(&site.at(SITE, "dk"), "there is no language `dk`")
        .says("did you mean `da`?");
}

#[test]
fn page_rules() {
    let site = Site::fixture();
    site.write(
        "content/pages/kontakt.en.md",
        b"---\ntitle: Contact\n---\nHello\n",
    );
    site.write("content/pages/jobs.da.md", b"No front matter here\n");
    site.write(
        "content/pages/om-branchepakkerne.fr.md",
        b"---\ntitle: Bonjour\n---\n",
    );
    site.write(
        "content/pages/html.da.md",
        b"---\ntitle: HTML\n---\nHej <script>alert(1)</script>\n",
    );
    site.write("content/pages/tom.da.md", b"---\ntitel: Tom\n---\n");
    let checked = site.check();
    checked.says("the page `kontakt` has no version in the default language `da`");
    checked.says_at(
        "content/pages/jobs.da.md:1:1",
        "the page has no front matter",
    );
    checked.says("`fr` in the file name is not a language of the site");
    checked.says_at(
        "content/pages/html.da.md:4:5",
        "raw HTML in a page is shown as plain text",
    );
    checked.says_at("content/pages/tom.da.md:2:1", "unknown field `titel`");
}

#[test]
fn a_missing_required_file_is_reported() {
    let site = Site::fixture();
    site.remove(SITE);
    site.check()
        .says("content/site.yaml is missing")
        .says("`pathways init`");
}

#[test]
fn tabs_and_duplicate_keys_are_explained() {
    let site = Site::fixture();
    site.edit(COURSE, "title:\n  da:", "title:\n\tda:");
    site.check()
        .says("a tab is used for indentation")
        .says(COURSE);

    let site = Site::fixture();
    site.edit(COURSE, "days: 1", "days: 1\ndays: 2");
    site.check()
        .says_at(&site.at(COURSE, "days: 2"), "`days` is written twice");
}

#[test]
fn a_byte_order_mark_and_crlf_line_endings_are_accepted() {
    let site = Site::fixture();
    let text = site.read(COURSE).replace('\n', "\r\n");
    site.write(
        COURSE,
        &[b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat(),
    );
    let checked = site.check();
    assert_eq!(checked.errors(), 0, "{}", checked.report);
}

#[test]
fn all_errors_of_a_run_are_reported_together() {
    let site = Site::fixture();
    site.edit(
        LANDBRUG,
        "        - foerstehjaelp",
        "        - forstehjaelp",
    );
    site.edit(
        "content/packages/rengoering.yaml",
        "group: hygiejne",
        "group: hygeijne",
    );
    site.edit(COURSE, "title:", "titel:");
    site.edit(SITE, "default_language: da", "default_language: dk");
    let checked = site.check();
    assert!(checked.errors() >= 4, "{}", checked.report);
    checked
        .says(LANDBRUG)
        .says("content/packages/rengoering.yaml")
        .says(COURSE)
        .says(SITE);
}

#[test]
fn arabic_vowel_marks_give_a_warning() {
    let site = Site::fixture();
    site.edit(LANDBRUG, "  ar: \"الزراعة\"\n", "  ar: الزِّرَاعَة\n");
    let checked = site.check();
    assert_eq!(checked.errors(), 0, "{}", checked.report);
    checked.says("the text has Arabic vowel marks");
}

#[test]
fn missing_translations_are_listed_with_file_and_line() {
    let site = Site::fixture();
    site.edit(LANDBRUG, "  ar: \"الزراعة\"\n", "");
    let checked = site.check();
    let arabic = checked
        .findings
        .coverage
        .languages
        .iter()
        .find(|l| l.code == "ar")
        .unwrap();
    let danish = checked
        .findings
        .coverage
        .languages
        .iter()
        .find(|l| l.code == "da")
        .unwrap();
    assert_eq!(danish.translated, danish.total);
    assert_eq!(arabic.missing.len(), 1);
    assert_eq!(arabic.translated, arabic.total - 1);
    let name = site.at(LANDBRUG, "da: Landbrug");
    assert_eq!(
        format!(
            "{}:{}",
            arabic.missing[0].pos.line, arabic.missing[0].pos.column
        ),
        name.split_once(':').unwrap().1
    );
}

#[test]
fn a_criterion_in_a_group_of_the_other_tool_is_warned_about_at_its_group() {
    let site = Site::fixture();
    // A qualification criterion (the first of landbrug) put among the personal goals.
    site.edit(
        LANDBRUG,
        "tool: qualification\n    group: faglige-faerdigheder",
        "tool: qualification\n    group: egne-maal",
    );
    let checked = site.check();
    assert_eq!(checked.errors(), 0, "{}", checked.report);
    checked
        .says_at(
            &site.at_in(LANDBRUG, "qualification\n    group: egne-maal", "egne-maal"),
            "the group `egne-maal` is for the progression tool, but this criterion is measured with the qualification tool",
        )
        .says("choose a group of the qualification tool: faglige-faerdigheder, sikkerhed, hygiejne, dansk-paa-arbejdet");
}

#[test]
fn after_one_mistake_the_rest_of_the_file_is_still_checked_without_false_follow_ons() {
    let site = Site::fixture();
    site.edit(LANDBRUG, "fast_track_weeks:", "fast_track_week:")
        .edit(LANDBRUG, "weeks: 4", "weeks: tre")
        .edit(LANDBRUG, "tool: qualification", "tool: kvalifikation")
        .edit(
            LANDBRUG,
            "    group: faglige-faerdigheder\n",
            "    gruppe: faglige-faerdigheder\n",
        );
    let checked = site.check();
    checked
        .says_at(
            &site.at(LANDBRUG, "fast_track_week:"),
            "unknown field `fast_track_week`",
        )
        .says_at(
            &site.at_in(LANDBRUG, "weeks: tre", "tre"),
            "expected a whole number",
        )
        .says_at(
            &site.at(LANDBRUG, "kvalifikation"),
            "`kvalifikation` is not one of the allowed values",
        )
        .says_at(&site.at(LANDBRUG, "gruppe"), "unknown field `gruppe`");
    assert_eq!(checked.errors(), 4, "{}", checked.report);
    // The courses landbrug uses are not called unused, and nothing says delete.
    assert!(
        !checked.report.contains("not used by any package"),
        "{}",
        checked.report
    );
    assert!(!checked.report.contains("delete"), "{}", checked.report);
    assert_eq!(checked.findings.coverage.unread, 1);

    // A YAML mistake further down is reported beside the first one.
    let site = Site::fixture();
    site.edit(LANDBRUG, "fast_track_weeks:", "fast_track_week:");
    let text = site.read(LANDBRUG);
    site.write(LANDBRUG, format!("{text}extra: [unclosed\n").as_bytes());
    let checked = site.check();
    assert_eq!(checked.errors(), 3, "{}", checked.report);
    checked
        .says("unknown field `fast_track_week`")
        .says("unknown field `extra`")
        .says_at(
            &site.at(LANDBRUG, "[unclosed"),
            "not valid YAML: unclosed bracket",
        );
}

#[test]
fn job_counts_over_a_market_are_shown_at_the_package_with_every_share() {
    let site = Site::fixture();
    site.edit(LANDBRUG, "    lokalt: 35", "    lokalt: 100");
    site.check()
        .says_at(
            &site.at_in(LANDBRUG, "    lokalt: 100", "lokalt"),
            "the packages count 305 jobs in `lokalt`, more than the 240 that concept.yaml gives",
        )
        .says("landbrug 100, detailbranchen 50, rengoering 45")
        .says("lower the counts so they add up to at most 240");
    // A package with no jobs anywhere is not left silent.
    let site = Site::fixture();
    let text = site.read(LANDBRUG);
    let zeroed = regex_free_zero_counts(&text);
    site.write(LANDBRUG, zeroed.as_bytes());
    site.check()
        .says("the package counts 0 jobs in every labour market");
}

/// The package text with every job count under `counts:` set to 0.
fn regex_free_zero_counts(text: &str) -> String {
    let mut inside = false;
    text.lines()
        .map(|line| {
            if line.trim_start().starts_with("counts:") {
                inside = true;
                return line.to_string();
            }
            if inside && line.starts_with("    ") && line.contains(": ") {
                let (key, _) = line.split_once(": ").unwrap();
                return format!("{key}: 0");
            }
            inside = false;
            line.to_string()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn what_word_and_notepad_leave_behind_is_named_where_it_is() {
    let site = Site::fixture();
    // Curly quotes around a whole text, a zero-width space inside one.
    site.edit(LANDBRUG, "  en: \"Agriculture\"", "  en: “Agriculture”")
        .edit(LANDBRUG, "  da: Landbrug\n", "  da: Land\u{200B}brug\n");
    site.check()
        .says_at(
            &site.at(LANDBRUG, "“Agriculture”"),
            "wrapped in curly quotes",
        )
        .says("write straight quotes")
        .says("a zero-width space (U+200B)");

    // A no-break space after a colon; a Word document; a file from Notepad.
    let site = Site::fixture();
    site.edit(LANDBRUG, "order: 1", "order:\u{a0}1");
    site.write("content/packages/pakke.docx", b"PK\x03\x04 zipped Word XML");
    site.write("content/courses/notepad.yaml", b"\xff\xfet\x00i\x00");
    site.check()
        .says("line 4 has a no-break space (U+00A0) at column 7")
        .says("this is a Word document")
        .says("Plain Text")
        .says("saved as UTF-16");

    // A blank Danish text; an unclosed quote; a YAML tag; three spaces.
    let site = Site::fixture();
    site.edit(LANDBRUG, "  da: Landbrug\n", "  da:\n");
    site.edit(
        "content/packages/rengoering.yaml",
        "  en: \"Cleaning\"",
        "  en: \"Cleaning",
    );
    site.edit(
        "content/packages/hotelservice.yaml",
        "  en: \"Hotel services (kitchen and service)\"",
        "  en: !include titel.txt",
    );
    site.edit(
        "content/packages/detailbranchen.yaml",
        "\n  ar: ",
        "\n   ar: ",
    );
    let checked = site.check();
    checked
        .says_at(
            &site.at_in(LANDBRUG, "  da:\n", ":"),
            "the `da` text is empty",
        )
        .says_at(
            &site.at_in("content/packages/rengoering.yaml", "  en: \"Cleaning", "\""),
            "a text starts with `\"` but does not end with one on its line",
        )
        .says_at(
            &site.at("content/packages/hotelservice.yaml", "!include"),
            "`!include` is a YAML tag",
        )
        .says("is indented by 3 spaces, the line above it by 2");
    assert!(
        !checked.report.contains("Option<String>"),
        "no Rust words: {}",
        checked.report
    );
    assert!(
        !checked
            .report
            .contains("put the whole value in double quotes"),
        "{}",
        checked.report
    );
}

#[test]
fn two_packages_with_one_order_are_warned_about() {
    let site = Site::fixture();
    site.edit("content/packages/rengoering.yaml", "order: 3", "order: 1");
    site.check().says_at(
        &site.at("content/packages/rengoering.yaml", "order: 1"),
        "`rengoering` has the same order (1) as `landbrug`",
    );
}

#[test]
fn escape_codes_in_a_text_are_never_written_raw() {
    let site = Site::fixture();
    site.edit(
        LANDBRUG,
        "  da: Landbrug\n",
        "  da: \"Land\\e]0;HACKED\\abrug\"\n",
    );
    let checked = site.check();
    assert!(checked.errors() >= 1, "{}", checked.report);
    assert!(!checked.report.contains('\u{1b}'), "{:?}", checked.report);
    assert!(!checked.report.contains('\u{7}'), "{:?}", checked.report);
    checked.says("control character (U+001B)");
    // Written raw into the file, the escape is shown as `?` in the quote.
    let site = Site::fixture();
    site.edit(
        LANDBRUG,
        "  da: Landbrug\n",
        "  da: Land\u{1b}]0;HACKED\u{7}brug\n",
    );
    let out = crate::common::pathways(&["check", "--root", site.root().to_str().unwrap()]);
    let stderr = crate::common::text(&out.stderr);
    assert!(
        !stderr.contains('\u{1b}') && !stderr.contains('\u{7}'),
        "{stderr:?}"
    );
    assert!(stderr.contains("control character (U+001B)"), "{stderr}");
}

#[test]
fn a_misspelt_variable_in_a_template_is_found_by_check_at_its_line() {
    let site = Site::fixture();
    let template = std::fs::read_to_string(
        crate::common::repo().join("themes/default/templates/package.html"),
    )
    .unwrap();
    let broken = template.replacen("{{ summary | tx }}", "{{ sumary | tx }}", 1);
    assert_ne!(broken, template, "the template shows the summary");
    site.write("themes/default/templates/package.html", broken.as_bytes());
    let checked = site.check();
    assert_eq!(checked.errors(), 1, "{}", checked.report);
    checked.says_at(
        &site.at_in(
            "themes/default/templates/package.html",
            "{{ sumary | tx",
            "tx",
        ),
        "the variable before `| tx` does not exist here",
    );
    // So `build` agrees with `check`.
    let (out, public) = site.build_cli_with(&["--no-pdf"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(!public.exists());
}

#[test]
fn some_values_of_a_record_can_be_examples_and_the_page_marks_just_those() {
    let site = Site::fixture();
    site.edit(
        COURSE,
        "illustrative: true",
        "source: amu-som-vaerktoej\nillustrative: [days]",
    );
    let checked = site.check();
    assert_eq!(checked.errors(), 0, "{}", checked.report);
    let (out, public) = site.build_cli_with(&["--no-pdf"]);
    assert!(out.status.success(), "{}", crate::common::text(&out.stderr));
    let page = std::fs::read_to_string(public.join("da/kurser/foerstehjaelp/index.html")).unwrap();
    let marker = "<span class=\"illustrative\">(eksempel)</span>";
    let days = page
        .split("</dd>")
        .find(|dd| dd.contains("<dt>Varighed</dt>"))
        .expect("the course's days");
    assert!(days.contains(marker), "the days are marked: {days}");
    assert_eq!(page.matches(marker).count(), 1, "only the days");
    assert!(
        !page.contains("Kurset er et eksempel"),
        "the course as a whole is not"
    );

    // A field the record does not have, and a list without a source.
    let site = Site::fixture();
    site.edit(
        COURSE,
        "illustrative: true",
        "source: amu-som-vaerktoej\nillustrative: [dage]",
    );
    site.check()
        .says_at(
            &site.at(COURSE, "[dage]"),
            "`dage` is not a field of the course that can be an example",
        )
        .says("did you mean `days`?");
    let site = Site::fixture();
    site.edit(COURSE, "illustrative: true", "illustrative: [days]");
    site.check().says_at(
        &site.at(COURSE, "[days]"),
        "marks some values as examples, but gives no source for the others",
    );
}
