//! The term base (content/terms.yaml): a translator's or editor's word that
//! the site has agreed not to use is named where it stands, in content and
//! in the interface messages, and so is a translation that lost the term.

use crate::common::{Site, copy_dir, repo};

const LANDBRUG: &str = "content/packages/landbrug.yaml";

/// A copy of the example with its own `locales/` folder, as a site has one.
fn example_with_locales() -> Site {
    let site = Site::example();
    copy_dir(&repo().join("locales"), &site.root().join("locales"));
    site
}

#[test]
fn the_example_and_its_interface_messages_keep_to_the_term_base() {
    let site = example_with_locales();
    let checked = site.check();
    assert_eq!(checked.warnings(), 0, "{}", checked.report);
    let catalog = checked.catalog.as_ref().expect("catalog");
    assert!(catalog.terms.len() >= 30, "the glossary's concepts");
}

#[test]
fn a_word_to_avoid_is_named_at_its_place_even_with_a_preposition_attached() {
    let site = example_with_locales();
    // Arabic: "with the employment office" with ب and ال attached.
    site.edit(
        LANDBRUG,
        "الحصول على المشورة والدعم من مركز التوظيف عند الحاجة",
        "الحصول على المشورة والدعم بمركز العمل عند الحاجة",
    );
    // English: a Danish calque for the job centre.
    site.edit(
        LANDBRUG,
        "support from the job centre when you need it",
        "support from the employment office when you need it",
    );
    // An interface message of the site's own locales/.
    site.edit(
        "locales/ar/main.ftl",
        "employer-provides = ما يوفره مركز التوظيف",
        "employer-provides = ما يوفره مكتب العمل",
    );
    let checked = site.check();
    checked
        .says_at(
            &site.at(LANDBRUG, "بمركز العمل"),
            "«بمركز العمل» is not the word this site uses for `jobcenter` in ar",
        )
        .says("write instead: «مركز التوظيف»")
        .says_at(
            &site.at(LANDBRUG, "employment office"),
            "«employment office» is not the word this site uses for `jobcenter` in en",
        )
        .says_at(
            &site.at("locales/ar/main.ftl", "مكتب العمل"),
            "«مكتب العمل» is not the word this site uses for `jobcenter` in ar",
        );
    // The translations lost the agreed word that their Danish text has.
    checked
        .says("the en text does not use the agreed word for `jobcenter`")
        .says_at(
            &site.at(LANDBRUG, "\"لقد حصلت على وظيفة. ويمكنك"),
            "the ar text does not use the agreed word for `jobcenter`",
        )
        .says("none of these is here: «job centre»");
    // Warnings only: the site still builds.
    assert_eq!(checked.errors(), 0, "{}", checked.report);
    assert_eq!(checked.warnings(), 6, "{}", checked.report);
}

#[test]
fn a_translation_that_drops_the_term_of_its_danish_text_is_reported() {
    let site = example_with_locales();
    site.edit(
        LANDBRUG,
        "support from the job centre when you need it",
        "support from us when you need it",
    );
    let checked = site.check();
    checked.says_at(
        &site.at(LANDBRUG, "\"You have a job. You and the company"),
        "the en text does not use the agreed word for `jobcenter`",
    );
    assert_eq!(checked.warnings(), 1, "{}", checked.report);
}

#[test]
fn the_term_base_itself_is_checked_and_a_site_without_one_has_no_term_rules() {
    let site = example_with_locales();
    site.edit(
        "content/terms.yaml",
        "avoid: [\"job center\", \"employment office\"]",
        "avoid: [\"job center\", \"job centre\"]",
    );
    site.check().says_at(
        &site.at_in(
            "content/terms.yaml",
            "use: [\"job centre\"",
            "\"job centre\"",
        ),
        "«job centre» is both under `use:` and under `avoid:` of the term `jobcenter`",
    );

    let site = Site::example();
    site.remove("content/terms.yaml");
    site.edit(
        LANDBRUG,
        "support from the job centre when you need it",
        "support from the employment office when you need it",
    );
    let checked = site.check();
    assert_eq!(checked.warnings(), 0, "{}", checked.report);
}
