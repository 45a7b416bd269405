//! `pathways init <dir>`: a new site for a municipality starting from scratch.
//! It has the shared concept of the branch packages (principles, module
//! kinds, the rating scale, criterion groups, what companies are told), the
//! schemas for editors, and one package made by `new package`. Everything
//! that belongs to one municipality (its name, address, labour markets and
//! job counts) is a placeholder starting with UDFYLD, so `check` lists it.

use crate::{CONTENT_ERROR, USAGE_ERROR};
use pathways::schema::{KINDS, schema};
use pathways::tr;
use pathways::validate::PLACEHOLDER;
use std::path::Path;

/// The concept of the example site; its labour markets are Frederikshavn's
/// and are replaced.
const EXAMPLE_CONCEPT: &str = include_str!("../../content/concept.yaml");

/// The example's term base. It names Frederikshavn's job centre, which a new
/// site has not; the words of the concepts are everyone's.
const EXAMPLE_TERMS: &str = include_str!("../../content/terms.yaml");

/// The first package of the new site.
const FIRST_PACKAGE: &str = "min-foerste-pakke";

pub fn run(dir: &Path) -> u8 {
    if dir.join("content").exists() {
        let text = tr!("init-exists", dir = dir.display().to_string());
        eprintln!("{}", tr!("error-line", text = text));
        return USAGE_ERROR;
    }
    let concept = match neutral_concept() {
        Some(concept) => concept,
        None => {
            eprintln!("{}", tr!("error-line", text = tr!("init-no-markets")));
            return CONTENT_ERROR;
        }
    };
    let mut files = vec![
        ("content/site.yaml".to_string(), site()),
        ("content/concept.yaml".to_string(), concept),
        (
            "content/terms.yaml".to_string(),
            EXAMPLE_TERMS.replace(", \"Jobcenter Frederikshavn\"", ""),
        ),
        ("README.md".to_string(), format!("{}\n", tr!("init-readme"))),
        (".gitignore".to_string(), "/public/\n".to_string()),
        (".github/workflows/pages.yml".to_string(), github_workflow()),
        (".gitlab-ci.yml".to_string(), gitlab_job()),
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
            let text = tr!(
                "cannot-write",
                path = path.display().to_string(),
                error = error.to_string()
            );
            eprintln!("{}", tr!("error-line", text = text));
            return CONTENT_ERROR;
        }
    }
    let code = super::new::run(dir, "package", FIRST_PACKAGE);
    if code != 0 {
        return code;
    }
    println!("\n{}", tr!("init-done", dir = dir.display().to_string()));
    0
}

/// The example's concept with the labour markets made neutral.
fn neutral_concept() -> Option<String> {
    let start = EXAMPLE_CONCEPT.find("\nlabour_markets:\n")? + 1;
    let end = start + EXAMPLE_CONCEPT[start..].find("\n# What the employer pages")? + 1;
    let header = format!(
        "# yaml-language-server: $schema=../schemas/concept.schema.json\n{}\n",
        tr!("init-concept-head")
    );
    // A new site has no register of sources yet: the answers' cited points
    // become examples until the editors cite their own documents.
    let body = EXAMPLE_CONCEPT[..start]
        .lines()
        .skip_while(|l| l.starts_with('#'))
        .map(|l| match l.trim_start().strip_prefix("source: {") {
            Some(_) => format!("{}illustrative: true", &l[..l.len() - l.trim_start().len()]),
            None => l.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n");
    Some(format!(
        "{header}{body}\n{}{}",
        labour_markets(),
        employer_without_sources(&EXAMPLE_CONCEPT[end..])
    ))
}

/// The example's texts for companies, each fact made `illustrative: true`
/// in place of its `source:` (a document of the example's register, which a
/// new site does not have): the new site's editors cite their own.
fn employer_without_sources(employer: &str) -> String {
    let mut out = String::new();
    let lines: Vec<&str> = employer.lines().collect();
    for (i, line) in lines.iter().enumerate() {
        let trimmed = line.trim_start();
        let pad = &line[..line.len() - trimmed.len()];
        let next_marks = lines
            .get(i + 1)
            .is_some_and(|next| next.trim_start().starts_with("illustrative:"));
        if trimmed.starts_with("source:") && next_marks {
            continue;
        }
        if trimmed.starts_with("source:") || trimmed.starts_with("illustrative:") {
            out.push_str(&format!("{pad}illustrative: true\n"));
        } else {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
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
        "{}\n\
         labour_markets:\n  from:\n    da: \"{PLACEHOLDER}: stedet rejsetiden regnes fra, fx byens station\"\n    # ar: {todo}\n    # en: {todo}\n  total_jobs: 0\n  illustrative: true\n  markets:\n{}{}{}",
        tr!("init-markets-head", placeholder = PLACEHOLDER),
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
        todo = tr!("new-translation-line"),
    )
}

fn site() -> String {
    let todo = |pad: &str| {
        ["ar", "en"]
            .map(|lang| format!("{pad}# {lang}: {}\n", tr!("new-translation-line")))
            .concat()
    };
    format!(
        "# yaml-language-server: $schema=../schemas/site.schema.json\n\
         {head}\n\
         municipality:\n  da: \"{PLACEHOLDER}: kommunens navn\"\n{municipality}\
         title:\n  da: Branchepakker – vejen til job\n  ar: \"الحزم المهنية – الطريق إلى العمل\"\n  en: \"Sector packages – the way to a job\"\n\
         {url}\n\
         base_url: https://www.example.org/branchepakker/\n\
         default_language: da\n\
         languages:\n  - code: da\n    name: Dansk\n    dir: ltr\n  - code: ar\n    name: العربية\n    dir: rtl\n  - code: en\n    name: English\n    dir: ltr\n\
         contact:\n  name:\n    da: \"{PLACEHOLDER}: jobcentrets navn\"\n{contact}\
         \x20 address: \"{PLACEHOLDER}: adresse\"\n  phone: \"{PLACEHOLDER}: telefon\"\n  email: \"{PLACEHOLDER}: e-mail\"\n\
         \x20 {details}\n  illustrative: true\n",
        head = tr!("init-site-head"),
        url = tr!("init-site-url", placeholder = PLACEHOLDER),
        details = tr!("init-site-contact"),
        municipality = todo("  "),
        contact = todo("    "),
    )
}

/// A GitHub Actions workflow that builds the site with the Linux release
/// binary and publishes it with GitHub Pages.
fn github_workflow() -> String {
    format!(
        "{}\n\
         name: pages\n\
         on:\n  push:\n    branches: [main]\n  workflow_dispatch:\n\
         permissions:\n  contents: read\n  pages: write\n  id-token: write\n\
         concurrency:\n  group: pages\n  cancel-in-progress: true\n\
         jobs:\n\
         \x20 build:\n    runs-on: ubuntu-latest\n    steps:\n\
         \x20     - uses: actions/checkout@v4\n\
         \x20     - run: curl -fsSL \"${{{{ vars.PATHWAYS_URL }}}}\" | tar -xz pathways\n\
         \x20     - run: ./pathways build --output public\n\
         \x20     - uses: actions/upload-pages-artifact@v3\n        with:\n          path: public\n\
         \x20 deploy:\n    needs: build\n    runs-on: ubuntu-latest\n\
         \x20   environment:\n      name: github-pages\n      url: ${{{{ steps.deployment.outputs.page_url }}}}\n\
         \x20   steps:\n      - id: deployment\n        uses: actions/deploy-pages@v4\n",
        tr!("init-workflow-head")
    )
}

/// A GitLab CI job named `pages` whose artifact is the built site.
fn gitlab_job() -> String {
    format!(
        "{}\n\
         pages:\n  image: debian:stable-slim\n  script:\n\
         \x20   - apt-get update -qq && apt-get install -y -qq curl ca-certificates\n\
         \x20   - curl -fsSL \"$PATHWAYS_URL\" | tar -xz pathways\n\
         \x20   - ./pathways build --output public\n\
         \x20 artifacts:\n    paths:\n      - public\n\
         \x20 rules:\n    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH\n",
        tr!("init-gitlab-head")
    )
}
