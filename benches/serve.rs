//! `cargo bench --bench serve`: edit-to-updated-page latency of `pathways
//! serve` for a one-field change in one package (goal: under 100 ms for the
//! HTML on the example site, issue 5).
//!
//! 1. In-process: the rebuild alone (read, check, render what changed,
//!    publish), and its parts.
//! 2. End to end: the real `pathways serve` on a copy of the example site;
//!    the clock starts before the file is written and stops when the page,
//!    fetched over HTTP after the reload event, shows the new text. This
//!    includes the file watcher and its 30 ms quiet time.

#[path = "../tests/it/common/mod.rs"]
#[allow(dead_code)]
mod common;

use common::Site;
use common::serve::Serve;
use pathways::render::print::{self, Mode};
use pathways::render::{Memo, render};
use pathways::serve::Session;
use pathways::site::Site as Opened;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

const FILE: &str = "content/packages/landbrug.yaml";
const PAGE: &str = "en/pakker/landbrug/index.html";

fn report(name: &str, mut times: Vec<f64>) {
    times.sort_by(f64::total_cmp);
    println!(
        "{name:<58} median {:>8.2} ms   fastest {:>8.2} ms   slowest {:>8.2} ms   ({} runs)",
        times[times.len() / 2],
        times[0],
        times[times.len() - 1],
        times.len()
    );
}

/// Writes the English name of the package as `name`.
fn rename(root: &Path, run: usize) -> String {
    let path = root.join(FILE);
    let text = std::fs::read_to_string(&path).expect("read");
    let start = text.find("  en: \"").expect("an English name");
    let end = start + text[start..].find('\n').expect("line end");
    let name = format!("Farming {run}");
    let text = format!("{}  en: \"{name}\"{}", &text[..start], &text[end..]);
    std::fs::write(&path, text).expect("write");
    name
}

fn main() {
    let site = Site::example();
    println!("example site, {} threads", rayon::current_num_threads());
    in_process(site.root());
    end_to_end(site.root());
}

fn in_process(root: &Path) {
    let mut session = Session::new(root, Arc::new(AtomicBool::new(false)));
    session.rebuild(true);
    session.print().expect("print");
    let mut times = Vec::new();
    for run in 0..30 {
        rename(root, run);
        let start = Instant::now();
        session.rebuild(false);
        times.push(start.elapsed().as_secs_f64() * 1000.0);
        session.print().expect("print");
    }
    report("rebuild after a one-field edit (in-process)", times);

    // Its parts, on the same content.
    let source = Opened::open(root).map_err(|_| "open").expect("site");
    let reuse = || Some((source.locales.clone(), source.theme.clone()));
    let mut read = Vec::new();
    let mut documents = Vec::new();
    let mut pages = Vec::new();
    let later = Mode::Later;
    let memo = render(&source, &Memo::default(), later)
        .expect("render")
        .memo;
    for _ in 0..30 {
        let start = Instant::now();
        let again = Opened::open_reusing(root, reuse())
            .map_err(|_| "open")
            .expect("site");
        read.push(start.elapsed().as_secs_f64() * 1000.0);
        let start = Instant::now();
        print::documents(&again).expect("documents");
        documents.push(start.elapsed().as_secs_f64() * 1000.0);
        let start = Instant::now();
        render(&again, &memo, later).expect("render");
        pages.push(start.elapsed().as_secs_f64() * 1000.0);
    }
    report("  read and check the content", read);
    report("  data of every PDF (to know which changed)", documents);
    report("  render with the memo (nothing changed)", pages);
}

fn end_to_end(root: &Path) {
    let serve = Serve::start(root);
    let mut events = serve.events();
    let pending = |state: &serde_json::Value| state["pending"].as_u64().unwrap_or(0);
    // Wait until the first build's PDFs are printed.
    events.until(|s| pending(s) == 0);

    let mut times = Vec::new();
    for run in 100..120 {
        std::thread::sleep(Duration::from_millis(150));
        let start = Instant::now();
        let name = rename(root, run);
        events.until(|s| {
            s["changed"]
                .as_array()
                .is_some_and(|c| c.iter().any(|f| f == PAGE))
        });
        let page = serve.page(PAGE.trim_end_matches("index.html"));
        times.push(start.elapsed().as_secs_f64() * 1000.0);
        assert!(
            page.text().contains(&format!("<h1>{name}</h1>")),
            "the page shows the new name"
        );
        // Let the PDFs of this change print before the next edit.
        events.until(|s| pending(s) == 0);
    }
    report("edit to updated page over HTTP (pathways serve)", times);
}
