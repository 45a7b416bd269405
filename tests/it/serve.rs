//! `pathways serve` from the outside: a real server on an ephemeral port,
//! spoken to over plain TCP (so paths reach it exactly as written).

use crate::common::Site;
use crate::common::serve::{Events, Serve, request};
use std::process::Command;
use std::time::{Duration, Instant};

const PACKAGE: &str = "content/packages/landbrug.yaml";

fn h1(html: &str) -> String {
    let start = html.find("<h1").expect("an h1");
    let start = start + html[start..].find('>').unwrap() + 1;
    let end = start + html[start..].find("</h1>").unwrap();
    html[start..end].to_string()
}

/// Polls `file` until it shows `text`; returns how long that took.
fn wait_for(serve: &Serve, file: &str, text: &str, limit: Duration) -> Duration {
    let start = Instant::now();
    loop {
        let page = serve.page(file);
        if page.text().contains(text) {
            return start.elapsed();
        }
        assert!(
            start.elapsed() < limit,
            "{file} did not show {text:?} within {limit:?}"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn a_saved_change_shows_at_once_and_an_error_keeps_the_last_good_page() {
    let site = Site::fixture();
    let serve = Serve::start(site.root());
    let mut events = serve.events();
    // Let the first build's PDFs print, so the timing is of the edit alone.
    events.until(|s| s["pending"] == 0);
    let page = "en/pakker/landbrug/";
    assert_eq!(h1(&serve.page(page).text()), "Agriculture");

    site.edit(PACKAGE, "  en: \"Agriculture\"", "  en: \"Farming\"");
    // How fast is for `cargo bench --bench serve`; here it must show at all.
    let took = wait_for(&serve, page, "<h1>Farming</h1>", Duration::from_secs(30));
    eprintln!("the change showed after {took:?}");

    // A YAML mistake: the overlay gets file, line and fix; the page stays.
    site.edit(PACKAGE, "order: 1", "order: [1");
    let state = events.until(|s| s["error"].is_string());
    let error = state["error"].as_str().unwrap();
    let at = site.at(PACKAGE, "[1");
    assert!(error.contains(&at), "expected {at} in {error}");
    assert!(error.contains("not valid YAML"), "{error}");
    assert!(error.contains("help:"), "{error}");
    let old = serve.page(page);
    assert_eq!(old.status, 200);
    assert_eq!(h1(&old.text()), "Farming");

    // Fixing it clears the error and the next change shows again.
    site.edit(PACKAGE, "order: [1", "order: 1");
    events.until(|s| s["error"].is_null());
    site.edit(PACKAGE, "  en: \"Farming\"", "  en: \"Farm work\"");
    wait_for(&serve, page, "<h1>Farm work</h1>", Duration::from_secs(30));
}

#[test]
fn only_the_site_is_served_with_its_types_and_its_404_page() {
    let site = Site::fixture();
    let serve = Serve::start(site.root());
    let base = serve.base.clone();

    let root = serve.get("/");
    assert_eq!(root.status, 302);
    assert_eq!(root.header("location").as_deref(), Some(base.as_str()));

    for (file, kind) in [
        ("", "text/html; charset=utf-8"),
        ("da/", "text/html; charset=utf-8"),
        ("assets/style.css", "text/css"),
        ("data/catalog.json", "application/json"),
        ("sitemap.xml", "application/xml"),
        ("robots.txt", "text/plain"),
    ] {
        let response = serve.page(file);
        assert_eq!(response.status, 200, "{file}");
        let got = response.header("content-type").unwrap_or_default();
        assert!(got.starts_with(kind), "{file}: {got}");
        assert_eq!(
            response.header("cache-control").as_deref(),
            Some("no-store")
        );
    }
    let page = serve.page("da/").text();
    assert!(
        page.contains("<script src=\"/__pathways/live.js"),
        "serve adds the reload script"
    );
    assert_eq!(
        serve.page("da").status,
        301,
        "a folder without / is redirected"
    );
    let script = serve.get("/__pathways/live.js");
    assert!(
        script
            .header("content-type")
            .unwrap()
            .starts_with("text/javascript")
    );

    // A PDF: 503 while it is printed, then the document.
    let pdf = "da/pakker/landbrug/progressionsskema-landbrug-1-da.pdf";
    let start = Instant::now();
    let mut response = serve.page(pdf);
    while response.status == 503 && start.elapsed() < Duration::from_secs(60) {
        assert_eq!(response.header("retry-after").as_deref(), Some("2"));
        std::thread::sleep(Duration::from_millis(200));
        response = serve.page(pdf);
    }
    assert_eq!(response.status, 200);
    assert_eq!(
        response.header("content-type").as_deref(),
        Some("application/pdf")
    );
    assert!(response.body.starts_with(b"%PDF-"));

    let missing = serve.page("da/pakker/findes-ikke/");
    assert_eq!(missing.status, 404);
    assert!(
        missing.text().contains("lang=\"ar\""),
        "the site's own 404 page in every language"
    );

    for path in [
        "/../../etc/passwd".to_string(),
        format!("{base}../../../etc/passwd"),
        format!("{base}%2e%2e/%2e%2e/%2e%2e/etc/passwd"),
        format!("{base}..%2f..%2f..%2fetc%2fpasswd"),
        format!("{base}..%5c..%5c..%5cetc%5cpasswd"),
        format!("{base}..\\..\\..\\etc\\passwd"),
        format!("{base}%00"),
        format!("{base}%c0%ae%c0%ae/etc/passwd"),
    ] {
        let response = serve.get(&path);
        assert!(
            response.status == 400 || response.status == 404,
            "{path}: {}",
            response.status
        );
        assert!(!response.text().contains("root:"), "{path} leaked a file");
    }
    assert_eq!(request(serve.port, "POST", &base).status, 405);
    assert_eq!(request(serve.port, "DELETE", &base).status, 405);
}

#[test]
fn many_clients_at_once_and_ctrl_c_stops_cleanly() {
    let site = Site::fixture();
    let before = files_in(site.root());
    let mut serve = Serve::start(site.root());
    let (port, base) = (serve.port, serve.base.clone());
    // Open tabs waiting for reloads, while 32 clients fetch pages.
    let tabs: Vec<Events> = (0..8).map(|_| serve.events()).collect();
    let clients: Vec<_> = (0..32)
        .map(|i| {
            let base = base.clone();
            std::thread::spawn(move || {
                let pages = ["da/", "ar/", "en/", "da/job/", "ar/pakker/rengoering/"];
                (0..10)
                    .map(|j| request(port, "GET", &format!("{base}{}", pages[(i + j) % 5])).status)
                    .filter(|&s| s == 200)
                    .count()
            })
        })
        .collect();
    let ok: usize = clients.into_iter().map(|c| c.join().unwrap()).sum();
    assert_eq!(ok, 320);

    let pid = serve.child.id().to_string();
    let sent = Command::new("kill")
        .args(["-INT", &pid])
        .status()
        .expect("kill");
    assert!(sent.success());
    let start = Instant::now();
    let status = loop {
        if let Some(status) = serve.child.try_wait().unwrap() {
            break status;
        }
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "serve did not stop on Ctrl-C"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(status.success(), "{status}");
    drop(tabs);
    assert_eq!(
        files_in(site.root()),
        before,
        "serve leaves no files behind"
    );
}

#[test]
fn build_output_has_no_reload_script() {
    let site = Site::fixture();
    let (out, public) = site.build_cli_with(&["--no-pdf"]);
    assert!(out.status.success());
    for entry in walk(&public) {
        if entry.extension().is_some_and(|e| e == "html") {
            let html = std::fs::read_to_string(&entry).unwrap();
            assert!(!html.contains("__pathways"), "{}", entry.display());
        }
    }
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else {
            files.push(path);
        }
    }
    files.sort();
    files
}

fn files_in(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    walk(dir)
}
