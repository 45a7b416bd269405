//! `pathways init <dir>`: a new site for a municipality starting from scratch.
//! It has the shared concept of the branch packages (principles, module
//! kinds, the rating scale, criterion groups, what companies are told), the
//! schemas for editors, and one package made by `new package`. Everything
//! that belongs to one municipality (its name, address, labour markets and
//! job counts) is a placeholder starting with UDFYLD, so `check` lists it.

use crate::{CONTENT_ERROR, USAGE_ERROR};
use pathways::schema::{KINDS, schema};
use pathways::validate::PLACEHOLDER;
use std::path::Path;

/// The concept of the example site; its labour markets are Frederikshavn's
/// and are replaced.
const EXAMPLE_CONCEPT: &str = include_str!("../../content/concept.yaml");

/// The first package of the new site.
const FIRST_PACKAGE: &str = "min-foerste-pakke";

pub fn run(dir: &Path) -> u8 {
    if dir.join("content").exists() {
        eprintln!(
            "error: {} already has a content/ folder; choose a new folder, e.g. `pathways init mit-site`",
            dir.display()
        );
        return USAGE_ERROR;
    }
    let concept = match neutral_concept() {
        Some(concept) => concept,
        None => {
            eprintln!("error: the built-in concept has no labour_markets section");
            return CONTENT_ERROR;
        }
    };
    let mut files = vec![
        ("content/site.yaml".to_string(), site()),
        ("content/concept.yaml".to_string(), concept),
        ("README.md".to_string(), readme()),
        (".gitignore".to_string(), "/public/\n".to_string()),
    ];
    for (kind, _) in KINDS {
        files.push((
            format!("schemas/{kind}.schema.json"),
            schema(kind).unwrap_or_default(),
        ));
    }
    for (path, text) in &files {
        let path = dir.join(path);
        let written = std::fs::create_dir_all(path.parent().unwrap_or(dir))
            .and_then(|()| std::fs::write(&path, text));
        if let Err(error) = written {
            eprintln!("error: cannot write {}: {error}", path.display());
            return CONTENT_ERROR;
        }
    }
    let code = super::new::run(dir, "package", FIRST_PACKAGE);
    if code != 0 {
        return code;
    }
    println!(
        "\nA new site is in {dir}. Next:\n  cd {dir}\n  pathways serve --open      # see it in the browser while you edit\n  pathways check             # what is still to fill in",
        dir = dir.display()
    );
    0
}

/// The example's concept with the labour markets made neutral.
fn neutral_concept() -> Option<String> {
    let start = EXAMPLE_CONCEPT.find("\nlabour_markets:\n")? + 1;
    let end = start + EXAMPLE_CONCEPT[start..].find("\n# What the employer pages")? + 1;
    let header = "# yaml-language-server: $schema=../schemas/concept.schema.json\n\
                  # What all branch packages share, from the concept of the Frederikshavn\n\
                  # branch packages. Change it to fit your municipality; the labour markets\n\
                  # below are yours to fill in.\n";
    let body = EXAMPLE_CONCEPT[..start]
        .lines()
        .skip_while(|l| l.starts_with('#'))
        .collect::<Vec<_>>()
        .join("\n");
    Some(format!(
        "{header}{body}\n{}{}",
        labour_markets(),
        &EXAMPLE_CONCEPT[end..]
    ))
}

fn labour_markets() -> String {
    let market = |id: &str, minutes: Option<u32>, name: [&str; 3], text: [&str; 3]| {
        let travel = minutes.map_or(String::new(), |m| format!("      travel_minutes: {m}\n"));
        format!(
            "    - id: {id}\n      name:\n        da: {}\n        ar: \"{}\"\n        en: \"{}\"\n{travel}      description:\n        da: {}\n        ar: \"{}\"\n        en: \"{}\"\n      jobs: 0\n",
            name[0], name[1], name[2], text[0], text[1], text[2]
        )
    };
    format!(
        "# The three labour markets by travel time. {PLACEHOLDER}: the place the travel\n\
         # times are counted from, and the jobs in each band from your own job count;\n\
         # then replace `illustrative: true` with `source:` (where the figures come from).\n\
         labour_markets:\n  from:\n    da: \"{PLACEHOLDER}: stedet rejsetiden regnes fra, fx byens station\"\n    # ar: (translation: remove `# ` and write it here)\n    # en: (translation: remove `# ` and write it here)\n  total_jobs: 0\n  illustrative: true\n  markets:\n{}{}{}",
        market(
            "lokalt",
            None,
            [
                "Det lokale arbejdsmarked",
                "سوق العمل المحلي",
                "The local labour market"
            ],
            [
                "Job i kommunen. Kort vej til arbejde.",
                "وظائف في البلدية. الطريق إلى العمل قصير.",
                "Jobs in the municipality. A short way to work.",
            ],
        ),
        market(
            "naert",
            Some(30),
            [
                "Det nære arbejdsmarked",
                "سوق العمل القريب",
                "The near labour market"
            ],
            [
                "Job, du kan nå med bus eller tog på 30 minutter. Det er en times transport om dagen.",
                "وظائف يمكنك الوصول إليها بالحافلة أو القطار في 30 دقيقة. أي ساعة من التنقل في اليوم.",
                "Jobs you can reach by bus or train in 30 minutes. That is one hour of travel a day.",
            ],
        ),
        market(
            "fjernt",
            Some(60),
            [
                "Det fjerne arbejdsmarked",
                "سوق العمل البعيد",
                "The far labour market"
            ],
            [
                "Job, du kan nå med bus eller tog på 60 minutter. Det er to timers transport om dagen.",
                "وظائف يمكنك الوصول إليها بالحافلة أو القطار في 60 دقيقة. أي ساعتان من التنقل في اليوم.",
                "Jobs you can reach by bus or train in 60 minutes. That is two hours of travel a day.",
            ],
        ),
    )
}

fn site() -> String {
    let todo = |pad: &str| {
        ["ar", "en"]
            .map(|lang| format!("{pad}# {lang}: (translation: remove `# ` and write it here)\n"))
            .concat()
    };
    format!(
        "# yaml-language-server: $schema=../schemas/site.schema.json\n\
         # The site: who publishes it, where, and in which languages.\n\
         municipality:\n  da: \"{PLACEHOLDER}: kommunens navn\"\n{municipality}\
         title:\n  da: Branchepakker – vejen til job\n  ar: \"الحزم المهنية – الطريق إلى العمل\"\n  en: \"Branch packages – the way to a job\"\n\
         # {PLACEHOLDER}: the address the site is published at (ends with /).\n\
         base_url: https://www.example.org/branchepakker/\n\
         default_language: da\n\
         languages:\n  - code: da\n    name: Dansk\n    dir: ltr\n  - code: ar\n    name: العربية\n    dir: rtl\n  - code: en\n    name: English\n    dir: ltr\n\
         contact:\n  name:\n    da: \"{PLACEHOLDER}: jobcentrets navn\"\n{contact}\
         \x20 address: \"{PLACEHOLDER}: adresse\"\n  phone: \"{PLACEHOLDER}: telefon\"\n  email: \"{PLACEHOLDER}: e-mail\"\n\
         \x20 # Replace with the job centre's real details, then delete this line:\n  illustrative: true\n",
        municipality = todo("  "),
        contact = todo("    "),
    )
}

fn readme() -> String {
    "# Branchepakker\n\n\
     Made with `pathways init`. The content is in `content/`:\n\n\
     - `site.yaml`: the municipality, the web address, the languages, the contact;\n\
     - `concept.yaml`: what all packages share, and the labour markets;\n\
     - `packages/`: one file per branch package (`pathways new package <id>` makes one);\n\
     - `courses/`: one file per AMU course (`pathways new course <id>`).\n\n\
     Every text that starts with UDFYLD is yours to write.\n\n\
     ```sh\n\
     pathways serve --open   # preview in the browser; every save shows at once\n\
     pathways check          # every error and missing translation, with file and line\n\
     pathways build          # the finished site in public/\n\
     ```\n"
        .to_string()
}
