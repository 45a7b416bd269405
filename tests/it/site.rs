//! The built website from the reader's side: every page in every language,
//! links that resolve, right-to-left Arabic, escaped content, Danish fallback
//! for missing translations, hreflang and the sitemap.

use crate::common::{Site, copy_dir, repo};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Output;

const LANGUAGES: [&str; 3] = ["da", "ar", "en"];
const PACKAGES: [&str; 6] = [
    "landbrug",
    "detailbranchen",
    "rengoering",
    "hotelservice",
    "foedevareindustri",
    "pleje-og-omsorg",
];

/// These tests look at the web pages only: PDFs are left out (`--no-pdf`),
/// except where a test says otherwise.
fn build(site: &Site) -> (Output, PathBuf) {
    site.build_cli_with(&["--no-pdf"])
}

fn built(site: &Site) -> PathBuf {
    let (out, output) = build(site);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    output
}

/// Every HTML file of the output, by path relative to it.
fn html_files(root: &Path) -> BTreeMap<String, String> {
    walkdir::WalkDir::new(root)
        .into_iter()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "html"))
        .map(|e| {
            let rel = e
                .path()
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            (rel, std::fs::read_to_string(e.path()).unwrap())
        })
        .collect()
}

/// The values of `attr="…"` in `html`.
fn attributes<'h>(html: &'h str, attr: &str) -> Vec<&'h str> {
    let needle = format!(" {attr}=\"");
    html.match_indices(&needle)
        .map(|(i, _)| {
            let rest = &html[i + needle.len()..];
            &rest[..rest.find('"').unwrap()]
        })
        .collect()
}

#[test]
fn every_package_has_a_citizen_and_an_employer_page_in_every_language() {
    let site = Site::fixture();
    let output = built(&site);
    for lang in LANGUAGES {
        assert!(
            output.join(lang).join("index.html").is_file(),
            "no home page in {lang}"
        );
        assert!(
            output.join(lang).join("job/index.html").is_file(),
            "no jobs page in {lang}"
        );
        for id in PACKAGES {
            for kind in ["pakker", "virksomheder"] {
                let page = output.join(lang).join(kind).join(id).join("index.html");
                let html = std::fs::read_to_string(&page)
                    .unwrap_or_else(|_| panic!("missing {}", page.display()));
                assert!(
                    html.contains("<div class=\"diagram\" role=\"img\""),
                    "{} has no pathway diagram",
                    page.display()
                );
            }
        }
    }
    for file in [
        "index.html",
        "404.html",
        "sitemap.xml",
        "robots.txt",
        "assets/style.css",
    ] {
        assert!(output.join(file).is_file(), "no {file}");
    }
}

#[test]
fn every_internal_link_resolves() {
    let site = Site::fixture();
    // With the PDFs: the pages link to them.
    let (out, output) = site.build_cli();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let base_path = "/branchepakker/";
    let pages = html_files(&output);
    let mut checked = 0;
    for (file, html) in &pages {
        let dir = Path::new(file).parent().unwrap_or(Path::new(""));
        for link in attributes(html, "href")
            .into_iter()
            .chain(attributes(html, "src"))
        {
            if link.starts_with("https://")
                || link.starts_with("mailto:")
                || link.starts_with("tel:")
            {
                continue;
            }
            let (path, fragment) = link.split_once('#').unwrap_or((link, ""));
            let target = if path.is_empty() {
                PathBuf::from(file)
            } else if let Some(absolute) = path.strip_prefix(base_path) {
                PathBuf::from(absolute)
            } else {
                dir.join(path)
            };
            let mut target = normalize(&target);
            if path.ends_with('/') || target.as_os_str().is_empty() {
                target = target.join("index.html");
            }
            assert!(
                output.join(&target).is_file(),
                "{file}: the link {link} leads nowhere ({})",
                target.display()
            );
            if !fragment.is_empty() {
                let html = std::fs::read_to_string(output.join(&target)).unwrap();
                assert!(
                    html.contains(&format!("id=\"{fragment}\"")),
                    "{file}: no #{fragment} in {}",
                    target.display()
                );
            }
            checked += 1;
        }
    }
    assert!(checked > 1000, "only {checked} links checked");
}

fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            std::path::Component::ParentDir => {
                assert!(out.pop(), "{} climbs out of the site", path.display())
            }
            std::path::Component::Normal(p) => out.push(p),
            _ => {}
        }
    }
    out
}

#[test]
fn arabic_pages_are_right_to_left_and_others_left_to_right() {
    let site = Site::fixture();
    let output = built(&site);
    for (file, html) in html_files(&output) {
        let head = &html[..html.find("<head>").unwrap_or(0)];
        if file.starts_with("ar/") {
            assert!(
                head.contains("<html lang=\"ar\" dir=\"rtl\">"),
                "{file}: {head}"
            );
        } else if file.starts_with("da/") || file.starts_with("en/") {
            assert!(head.contains("dir=\"ltr\""), "{file}: {head}");
        }
    }
    // Phone numbers and e-mail addresses inside Arabic text are isolated,
    // every one of them: in the package's contact (the company consultant,
    // on the employer page) as in the footer, and in the citizen page's call box.
    for (file, contacts) in [
        ("ar/virksomheder/landbrug/index.html", 2),
        ("ar/pakker/landbrug/index.html", 1),
    ] {
        let page = std::fs::read_to_string(output.join(file)).unwrap();
        let emails = page.matches("href=\"mailto:").count();
        let phones = page.matches("الهاتف: ").count();
        assert!(
            emails >= contacts && phones >= contacts,
            "{file}: the contacts"
        );
        assert_eq!(
            page.matches("\"><bdi>").count(),
            emails + page.matches("href=\"tel:").count(),
            "{file}: every address isolated"
        );
        assert_eq!(
            page.matches("الهاتف: <bdi>+").count(),
            phones,
            "{file}: every phone isolated"
        );
    }
    let page = std::fs::read_to_string(output.join("ar/pakker/landbrug/index.html")).unwrap();
    assert!(
        page.contains("href=\"tel:+4500000000\"><bdi>+45 00 00 00 00</bdi>"),
        "the call box's phone is isolated"
    );
}

#[test]
fn every_page_links_to_itself_in_every_language() {
    let site = Site::fixture();
    let output = built(&site);
    for (file, html) in html_files(&output) {
        if file == "404.html" {
            continue;
        }
        let alternates = attributes(&html, "hreflang");
        for lang in LANGUAGES {
            assert!(alternates.contains(&lang), "{file} has no hreflang {lang}");
        }
        if file.contains('/') {
            assert!(alternates.contains(&"x-default"), "{file} has no x-default");
            let rest = file.split_once('/').unwrap().1;
            for lang in LANGUAGES {
                let url = format!(
                    "https://frederikshavn.example.org/branchepakker/{lang}/{}",
                    rest.trim_end_matches("index.html")
                );
                assert!(
                    html.contains(&format!("hreflang=\"{lang}\" href=\"{url}\"")),
                    "{file} lacks {url}"
                );
            }
        }
    }
    let sitemap = std::fs::read_to_string(output.join("sitemap.xml")).unwrap();
    let urls = sitemap.matches("/</loc>").count();
    assert_eq!(
        urls,
        html_files(&output).len() - 2,
        "every page but / and 404 is in the sitemap"
    );
    assert_eq!(sitemap.matches("hreflang=\"x-default\"").count(), urls);
    assert!(sitemap.contains(
        "<loc>https://frederikshavn.example.org/branchepakker/ar/pakker/landbrug/</loc>"
    ));
    let robots = std::fs::read_to_string(output.join("robots.txt")).unwrap();
    assert!(
        robots.contains("Sitemap: https://frederikshavn.example.org/branchepakker/sitemap.xml")
    );
}

#[test]
fn the_home_page_shows_the_jobs_headline_with_the_language_s_numbers() {
    let site = Site::fixture();
    let output = built(&site);
    let read = |lang: &str| {
        std::fs::read_to_string(output.join(lang).join("index.html"))
            .unwrap()
            .replace(['\u{2068}', '\u{2069}'], "")
    };
    assert!(read("da").contains("1.193 job inden for en time fra Frederikshavn station"));
    assert!(read("en").contains("1,193 jobs within an hour of Frederikshavn station"));
    assert!(read("ar").contains("1,193 وظيفة على بعد ساعة من محطة فريدريكسهافن"));
    for lang in LANGUAGES {
        assert_eq!(
            read(lang).matches("class=\"card\"").count(),
            6,
            "six package cards in {lang}"
        );
    }
}

#[test]
fn script_in_any_content_text_renders_as_text() {
    let site = Site::fixture();
    site.edit(
        "content/packages/landbrug.yaml",
        "  ar: \"الزراعة\"",
        "  ar: \"<script>alert('ar')</script>\"",
    );
    site.edit(
        "content/courses/foerstehjaelp.yaml",
        "Førstehjælp på arbejdspladsen",
        "Førstehjælp <img src=x onerror=alert(1)>",
    );
    site.write(
        "content/pages/test.da.md",
        b"---\ntitle: Test\n---\nTekst.\n",
    );
    site.write("content/pages/test.ar.md", b"---\ntitle: \"<script>alert(3)</script>\"\n---\n<script>alert(4)</script>\n\n<b onclick=\"x()\">fed</b>\n");
    let output = built(&site);
    for (file, html) in html_files(&output) {
        assert!(
            !html.contains("<script"),
            "{file} contains a script element"
        );
        assert!(
            !html.contains("<img src=x"),
            "{file} contains injected markup"
        );
        assert!(
            !html.contains("<b onclick"),
            "{file} contains raw HTML from Markdown"
        );
    }
    let page = std::fs::read_to_string(output.join("ar/pakker/landbrug/index.html")).unwrap();
    assert!(
        page.contains("&lt;script&gt;alert(&#x27;ar&#x27;)&lt;/script&gt;"),
        "the text is shown, escaped"
    );
    let md = std::fs::read_to_string(output.join("ar/test/index.html")).unwrap();
    assert!(md.contains("&lt;script&gt;alert(4)&lt;/script&gt;"));
}

#[test]
fn a_missing_translation_falls_back_to_danish_marked_as_danish() {
    let site = Site::fixture();
    let danish = "Bliv medhjælper på en gård med dyr eller planter.";
    let summary = site.read("content/packages/landbrug.yaml");
    let ar_line = summary
        .lines()
        .find(|l| l.trim_start().starts_with("ar: \"اعمل مساعدا في مزرعة"))
        .unwrap()
        .to_string();
    site.edit(
        "content/packages/landbrug.yaml",
        &format!("{ar_line}\n"),
        "",
    );
    let output = built(&site);
    let html = std::fs::read_to_string(output.join("ar/pakker/landbrug/index.html")).unwrap();
    let span = html
        .find("<span lang=\"da\" dir=\"auto\" class=\"untranslated\">Bliv medhjælper")
        .expect("fallback marked lang=da");
    assert!(html[span..].contains(danish));
    assert!(
        html.contains("class=\"notice\""),
        "a visible not-yet-translated notice"
    );
    assert!(html.contains("لم تتم ترجمة بعض أجزاء هذه الصفحة بعد"));
    let english = std::fs::read_to_string(output.join("en/pakker/landbrug/index.html")).unwrap();
    assert!(
        !english.contains("class=\"notice\""),
        "the English page is complete"
    );
}

#[test]
fn a_fourth_language_needs_a_locale_folder_and_one_line_in_site_yaml() {
    let site = Site::fixture();
    copy_dir(&repo().join("locales"), &site.root().join("locales"));
    site.write(
        "locales/uk/main.ftl",
        std::fs::read_to_string(repo().join("locales/en/main.ftl"))
            .unwrap()
            .replace("Choose English", "Обрати українську")
            .as_bytes(),
    );
    site.edit(
        "content/site.yaml",
        "languages:\n",
        "languages:\n  - {code: uk, name: Українська, dir: ltr}\n",
    );
    let output = built(&site);
    let home = std::fs::read_to_string(output.join("uk/index.html")).unwrap();
    assert!(home.contains("<html lang=\"uk\" dir=\"ltr\">"));
    assert!(
        home.contains("class=\"untranslated\""),
        "content not yet in Ukrainian is shown in Danish, marked"
    );
    assert!(
        std::fs::read_to_string(output.join("index.html"))
            .unwrap()
            .contains("Обрати українську")
    );
}

#[test]
fn a_broken_locale_file_fails_the_build_with_file_and_line() {
    let site = Site::fixture();
    copy_dir(&repo().join("locales"), &site.root().join("locales"));
    let text = site.read("locales/en/main.ftl");
    site.write(
        "locales/en/main.ftl",
        text.replace(
            "nav-jobs = Where are the jobs?",
            "nav-jobs Where are the jobs?",
        )
        .as_bytes(),
    );
    let line = text
        .lines()
        .position(|l| l.starts_with("nav-jobs"))
        .unwrap()
        + 1;
    let (out, output) = build(&site);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("this line is not valid Fluent")
            && stderr.contains(&format!("locales/en/main.ftl:{line}:")),
        "{stderr}"
    );
    assert!(!output.exists(), "nothing was written");
}

#[test]
fn every_page_has_a_meta_description_from_its_content() {
    let site = Site::fixture();
    let public = built(&site);
    let pages = html_files(&public);
    assert!(pages.len() > 90, "{} pages", pages.len());
    for (path, html) in &pages {
        let description = html
            .split("<meta name=\"description\" content=\"")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .unwrap_or_else(|| panic!("{path} has no meta description"));
        assert!(
            description.trim().chars().count() > 10,
            "{path}: {description:?}"
        );
    }
    let course = &pages["da/kurser/foerstehjaelp/index.html"];
    assert!(
        course.contains("content=\"Hvad du gør, hvis en kollega"),
        "the course notes"
    );
}

#[test]
fn every_page_names_the_theme_s_icon_unless_the_site_brings_its_own_favicon() {
    let site = Site::fixture();
    let output = built(&site);
    let ico = std::fs::read(output.join("favicon.ico")).expect("favicon.ico");
    assert_eq!(&ico[..4], &[0, 0, 1, 0], "favicon.ico is an icon file");
    assert!(output.join("assets/favicon.svg").is_file());
    for (path, html) in html_files(&output) {
        assert!(
            html.contains(r#"favicon.svg" type="image/svg+xml">"#),
            "{path} names the theme's SVG icon"
        );
        assert!(
            html.contains(r#"favicon.ico" sizes="32x32">"#),
            "{path} names favicon.ico"
        );
    }
    // The site's own static/favicon.ico wins: published as it is, and no page
    // names the theme's SVG, which browsers would show instead.
    site.write("static/favicon.ico", b"\0\0\x01\0 the site's own");
    let output = built(&site);
    assert_eq!(
        std::fs::read(output.join("favicon.ico")).unwrap(),
        b"\0\0\x01\0 the site's own"
    );
    for (path, html) in html_files(&output) {
        assert!(
            !html.contains("favicon.svg"),
            "{path} names the theme's icon"
        );
        assert!(html.contains("favicon.ico"), "{path} names no icon");
    }
}

#[test]
fn a_theme_icon_that_cannot_be_drawn_stops_the_build_with_its_file() {
    let site = Site::fixture();
    site.write("themes/default/assets/favicon.svg", b"<svg");
    let (out, _) = build(&site);
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("themes/default/assets/favicon.svg")
            && stderr.contains("icon cannot be drawn"),
        "{stderr}"
    );
}

/// Where each link of `html` (the page at `file`) leads, as a file of the output.
fn link_targets(file: &str, html: &str) -> Vec<PathBuf> {
    let dir = Path::new(file).parent().unwrap_or(Path::new(""));
    attributes(html, "href")
        .into_iter()
        .filter(|l| !l.contains(':') && !l.starts_with('#'))
        .map(|link| {
            let path = link.split('#').next().unwrap_or(link);
            let target = normalize(&dir.join(path));
            if path.ends_with('/') {
                target.join("index.html")
            } else {
                target
            }
        })
        .collect()
}

#[test]
fn the_home_page_and_the_menu_lead_companies_to_every_employer_page() {
    let site = Site::fixture();
    let output = built(&site);
    let pages = html_files(&output);
    for lang in LANGUAGES {
        let index = PathBuf::from(format!("{lang}/virksomheder/index.html"));
        // The home page, outside its menu: one click to the page for companies.
        let home = &pages[&format!("{lang}/index.html")];
        let (_, body) = home.split_once("<main").expect("home has a main");
        assert!(
            link_targets(&format!("{lang}/index.html"), body).contains(&index),
            "the {lang} home page does not link {} outside its menu",
            index.display()
        );
        // The menu of every page of the language.
        for (file, html) in pages
            .iter()
            .filter(|(f, _)| f.starts_with(&format!("{lang}/")))
        {
            let menu = html
                .split_once("class=\"main-nav\"")
                .and_then(|(_, rest)| rest.split_once("</nav>"))
                .map(|(menu, _)| menu)
                .unwrap_or_else(|| panic!("{file} has no menu"));
            assert!(
                link_targets(file, menu).contains(&index),
                "the menu of {file} does not link {}",
                index.display()
            );
        }
        // The page for companies lists every package's employer page.
        let listed = link_targets(
            &index.to_string_lossy(),
            pages[&index.to_string_lossy().to_string()]
                .split_once("<main")
                .unwrap()
                .1,
        );
        for id in PACKAGES {
            let employer = PathBuf::from(format!("{lang}/virksomheder/{id}/index.html"));
            assert!(
                listed.contains(&employer),
                "{} does not list {}",
                index.display(),
                employer.display()
            );
        }
    }
    let menu_da = &pages["da/job/index.html"];
    assert!(
        menu_da.contains(">For virksomheder</a>"),
        "no Danish menu entry"
    );
    assert!(pages["ar/job/index.html"].contains(">للشركات</a>"));
    assert!(pages["en/job/index.html"].contains(">For companies</a>"));
}

// ---- citizen: answers for citizens, principles where they happen, each
// criterion once (issue 19, item 2). These use the example site, whose
// concept.yaml has the answers.

const CONCEPT: &str = "content/concept.yaml";

fn example_page(output: &Path, file: &str) -> String {
    std::fs::read_to_string(output.join(file))
        .unwrap()
        .replace(['\u{2068}', '\u{2069}'], "")
}

#[test]
fn home_and_package_pages_answer_what_citizens_ask_in_every_language() {
    let site = Site::example();
    let output = built(&site);
    let questions = [
        (
            "da",
            [
                "Hvem kan være med?",
                "Hvordan kommer jeg i gang?",
                "Hvad beholder jeg, og hvad får jeg?",
                "Hvad er mine rettigheder og pligter?",
                "Hvad sker der, hvis jeg ikke når et mål endnu?",
            ],
        ),
        (
            "ar",
            [
                "من يستطيع المشاركة؟",
                "كيف أبدأ؟",
                "ماذا أحتفظ به، وماذا أحصل عليه؟",
                "ما هي حقوقي وواجباتي؟",
                "ماذا يحدث إذا لم أصل إلى هدف بعد؟",
            ],
        ),
        (
            "en",
            [
                "Who can take part?",
                "How do I start?",
                "What do I keep, and what do I get?",
                "What are my rights and duties?",
                "What happens if I do not reach a goal yet?",
            ],
        ),
    ];
    let example = [("da", "(eksempel)"), ("ar", "(مثال)"), ("en", "(example)")];
    for (lang, asked) in questions {
        let mark = example.iter().find(|(l, _)| *l == lang).unwrap().1;
        let mut pages = vec![format!("{lang}/index.html")];
        pages.extend(PACKAGES.map(|p| format!("{lang}/pakker/{p}/index.html")));
        for file in pages {
            let html = example_page(&output, &file);
            for question in asked {
                let at = html
                    .find(&format!("<summary>{question}</summary>"))
                    .unwrap_or_else(|| panic!("{file}: no answer to {question:?}"));
                let answer = &html[at..at + html[at..].find("</details>").unwrap()];
                assert!(
                    answer.contains("<li>"),
                    "{file}: {question:?} has no points"
                );
            }
            // Invented points are marked; cited ones name their document.
            let answers = &html[html.find("class=\"answers\"").unwrap()..];
            assert!(answers.contains(mark), "{file}: no point is marked {mark}");
            assert!(
                answers.contains("Branchepakker, Frederikshavn Kommune"),
                "{file}: the answers do not name their source"
            );
        }
    }
}

#[test]
fn the_package_page_sends_citizens_to_their_job_consultant_not_the_company_consultant() {
    let site = Site::example();
    let output = built(&site);
    for package in PACKAGES {
        let html = example_page(&output, &format!("da/pakker/{package}/index.html"));
        let main = &html[..html.find("<footer").unwrap()];
        assert!(
            !main.contains("Virksomhedskonsulent"),
            "{package}: the page shows the company consultant"
        );
        let call = &main[main.find("class=\"call\"").expect("a call box")..];
        assert!(call.contains("din jobkonsulent"));
        assert!(call.contains("href=\"tel:+4500000000\""));
        // Near the top: before the pathway.
        assert!(main.find("class=\"call\"") < main.find("id=\"pathway\""));
    }
}

#[test]
fn each_criterion_stands_once_on_the_package_page_with_its_target_per_step() {
    let site = Site::example();
    let output = built(&site);
    let catalog: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(output.join("data/catalog.json")).unwrap())
            .unwrap();
    let escape = |t: &str| {
        t.replace('&', "&amp;")
            .replace('"', "&quot;")
            .replace('\'', "&#x27;")
    };
    for package in PACKAGES {
        let html = example_page(&output, &format!("da/pakker/{package}/index.html"));
        let criteria = catalog["packages"][package]["criteria"].as_array().unwrap();
        assert!(criteria.len() > 5);
        for criterion in criteria {
            let text = escape(criterion["text"]["da"].as_str().expect("a Danish text"));
            assert_eq!(
                html.matches(&text).count(),
                1,
                "{package}: {text:?} is not on the page exactly once"
            );
        }
        // One row per criterion, one cell per measuring step (4 in the example).
        let rows = html.matches("<tr><th scope=\"row\">").count();
        assert_eq!(rows, criteria.len(), "{package}: rows");
        assert_eq!(html.matches("<td data-step=").count(), rows * 4);
    }
}

#[test]
fn the_principles_stand_where_they_happen() {
    let site = Site::example();
    let output = built(&site);
    let html = example_page(&output, "da/pakker/landbrug/index.html");
    let at = |needle: &str| {
        html.find(needle)
            .unwrap_or_else(|| panic!("{needle:?} not on the page"))
    };
    let pathway = at("id=\"pathway\"");
    let diagram = at("class=\"diagram\"");
    let learn = at("id=\"learn\"");
    let table = at("class=\"targets\"");
    let jobs = at("id=\"jobs\"");
    let bars = jobs + html[jobs..].find("class=\"bars\"").unwrap();
    let motto = |m: &str| at(&format!("»{m}«"));
    // "Vis mig vejen til jobbet" at the drawing of the pathway.
    assert!((pathway..diagram).contains(&motto("Vis mig vejen til jobbet")));
    // "Se mig, som den jeg er" at the first step, after the drawing, with its text.
    let recognised = motto("Se mig, som den jeg er");
    assert!((diagram..learn).contains(&recognised));
    let first_step = at("Trin 1, Afdækning:");
    assert!(first_step < recognised && recognised - first_step < 100);
    assert!(
        html[recognised..]
            .starts_with("»Se mig, som den jeg er«</strong> Vi møder dig med respekt.")
    );
    // "Vi spilder ikke din tid" at the fast track.
    let fast = at("På fast track");
    let waste = at("Vi spilder ikke din tid.");
    assert!(fast < waste && waste < learn);
    // "Udfordre mig uden at knægte mig" at the measurement and the scale.
    assert!((learn..table).contains(&motto("Udfordre mig uden at knægte mig")));
    // "Vis mig, hvor jobbene er" at the job bars.
    assert!((jobs..bars).contains(&motto("Vis mig, hvor jobbene er")));
    // The support offers are shown.
    for offer in [
        "Danskundervisning",
        "Mentor",
        "AMU-kurser",
        "Jobklub og rådgivning",
    ] {
        assert!(
            html.contains(&format!("<strong>{offer}</strong>")),
            "{offer}"
        );
    }
    // The home page: every principle with what it means, and the dogmas.
    let home = example_page(&output, "da/index.html");
    assert!(
        home.contains("<dt>»Vis mig, hvor jobbene er«</dt><dd>Vi viser dig, hvor mange job der er")
    );
    assert!(home.contains("Kortest mulig vej til arbejdsmarkedet. Vi spilder ikke din tid."));
}

#[test]
fn invented_durations_and_courses_are_marked_on_the_home_and_package_pages() {
    let site = Site::example();
    let output = built(&site);
    for (lang, mark) in [("da", "(eksempel)"), ("ar", "(مثال)"), ("en", "(example)")] {
        let home = example_page(&output, &format!("{lang}/index.html"));
        let cards: Vec<_> = home.split("<li class=\"card\">").skip(1).collect();
        assert_eq!(cards.len(), 6);
        for card in cards {
            let duration =
                &card[card.find("<p class=\"small\">").unwrap()..card.find("</li>").unwrap()];
            assert!(
                duration.contains(&format!("<span class=\"illustrative\">{mark}</span>")),
                "{lang}: a card's invented duration is not marked: {duration}"
            );
        }
    }
    // Landbrug's three courses are invented examples (content/courses/*.yaml).
    let html = example_page(&output, "da/pakker/landbrug/index.html");
    let list = &html[html.find("class=\"course-list\"").unwrap()..];
    let list = &list[..list.find("</ul>").unwrap()];
    assert_eq!(list.matches("<li>").count(), 3);
    assert_eq!(list.matches("(eksempel)").count(), 3, "{list}");
}

#[test]
fn an_answer_point_without_a_source_or_mark_is_reported_at_its_line() {
    let site = Site::example();
    let point = "Tal med din jobkonsulent i jobcentret.";
    let text = site.read(CONCEPT);
    let start = text.find(point).unwrap();
    let mark = start + text[start..].find("        illustrative: true\n").unwrap();
    site.write(
        CONCEPT,
        format!(
            "{}{}",
            &text[..mark],
            &text[mark + "        illustrative: true\n".len()..]
        )
        .as_bytes(),
    );
    site.check()
        .says_at(
            // At the point: its text's first language key.
            &site.at_in(
                CONCEPT,
                "da: >-\n            Tal med din jobkonsulent",
                "da:",
            ),
            "no source is given for the point of the answer `kom-i-gang`",
        )
        .says("add `illustrative: true`");
}

#[test]
fn an_answer_without_its_arabic_text_is_listed_as_missing_at_its_line() {
    let site = Site::example();
    site.edit(CONCEPT, "      ar: \"كيف أبدأ؟\"\n", "");
    let checked = site.check();
    let arabic = checked
        .findings
        .coverage
        .languages
        .iter()
        .find(|l| l.code == "ar")
        .unwrap();
    assert_eq!(arabic.missing.len(), 1);
    let question = site.at(CONCEPT, "da: Hvordan kommer jeg i gang?");
    assert_eq!(
        format!(
            "{}:{}",
            arabic.missing[0].pos.line, arabic.missing[0].pos.column
        ),
        question.split_once(':').unwrap().1
    );
}
