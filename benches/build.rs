//! `cargo bench`: how long the example site takes to load, validate and
//! render, measured in-process over repeated runs (median and fastest).
//! Goals: the HTML part under 150 ms on 2 cores (issue 3); one progression
//! form at most 15 ms per core in steady state, at least 20x faster than
//! WeasyPrint on the same form, the whole build with every PDF under 2 s
//! (issue 4). WeasyPrint is measured when Debian's `weasyprint` package is
//! installed (apt-get install weasyprint).

use pathways::load::load;
use pathways::render::print::{self, Document, Kind};
use pathways::render::{Memo, render_html};
use pathways::site::Site;
use pathways::theme::Theme;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

/// The allocator of the `pathways` binary, so the figures are the command's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// Runs `f` `runs` times after one warm-up; returns (median, fastest).
fn measure(name: &str, runs: usize, mut f: impl FnMut()) -> (f64, f64) {
    f();
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    times.sort();
    let (median, fastest) = (ms(times[runs / 2]), ms(times[0]));
    println!("{name:<58} median {median:>8.2} ms   fastest {fastest:>8.2} ms   ({runs} runs)");
    (median, fastest)
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    println!("example site, {} threads", rayon::current_num_threads());
    measure("load + validate content", 30, || {
        let loaded = load(root).expect("site");
        assert!(loaded.valid_catalog().is_some());
    });
    measure(
        "open the site (check: content, theme, messages)",
        30,
        || {
            Site::open(root).map_err(|_| "invalid").expect("site");
        },
    );
    let site = Site::open(root).map_err(|_| "invalid").expect("site");
    let theme = &site.theme;
    // `PRINT_ROUNDS=N`: only print every form N times on this thread, for
    // `perf record` (see README, Performance).
    if let Some(rounds) = std::env::var("PRINT_ROUNDS")
        .ok()
        .and_then(|n| n.parse::<usize>().ok())
    {
        let documents = print::documents(&site).expect("documents");
        let forms: Vec<&Document> = documents
            .iter()
            .filter(|d| matches!(d.kind, Kind::Form { .. }))
            .collect();
        for _ in 0..rounds {
            forms_one_thread(theme, &forms);
        }
        return;
    }

    let documents = print::documents(&site).expect("documents");
    let memo = Memo::default();
    let pool = print::pool().expect("print threads");
    let printed = pool
        .install(|| print::render(&documents, theme, &memo, None))
        .expect("print");
    let downloads = print::downloads(&documents, &printed);
    let mut pages = 0;
    measure("render every HTML page in memory", 30, || {
        let count = std::sync::atomic::AtomicUsize::new(0);
        render_html(&site, &downloads, &|_| {
            count.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        })
        .expect("render");
        pages = count.into_inner();
    });

    let forms: Vec<&Document> = documents
        .iter()
        .filter(|d| matches!(d.kind, Kind::Form { .. }))
        .collect();
    let (per_form, _) = forms_one_thread(theme, &forms);
    let probe = documents
        .iter()
        .find(|d| d.path.ends_with("progressionsskema-landbrug-2-ar.pdf"))
        .expect("the Arabic landbrug form");
    let (cold, _) = measure(
        "one form (ar, landbrug step 2), all caches evicted",
        20,
        || {
            typst::comemo::evict(0);
            pdf(theme, probe);
        },
    );
    measure(
        &format!(
            "all {} PDFs in memory, {} threads, caches evicted",
            documents.len(),
            rayon::current_num_threads()
        ),
        5,
        || {
            typst::comemo::evict(0);
            pool.install(|| print::render(&documents, theme, &memo, None))
                .expect("print");
        },
    );
    let out = std::env::temp_dir().join(format!("pathways-bench-{}", std::process::id()));
    let (mut files, mut pdfs) = (0, 0);
    measure(
        "whole build, every PDF rendered, write atomically",
        10,
        || {
            let _ = std::fs::remove_dir_all(&out);
            typst::comemo::evict(0);
            let built = pathways::build::build(root, &out)
                .map_err(|_| "build failed")
                .expect("build");
            (files, pdfs) = (built.files, built.pdfs);
        },
    );
    measure("whole build again, unchanged PDFs reused", 10, || {
        let built = pathways::build::build(root, &out)
            .map_err(|_| "build failed")
            .expect("build");
        assert_eq!(built.pdfs_reused, built.pdfs);
    });
    let _ = std::fs::remove_dir_all(&out);
    println!("{pages} HTML pages, {pdfs} PDFs, {files} output files per build");

    weasyprint(probe, per_form, cold);
}

fn pdf(theme: &Theme, doc: &Document) -> Vec<u8> {
    theme
        .print
        .pdf(doc.template(), doc.data().expect("data"), &doc.path)
        .expect("pdf")
}

/// CPU time this thread has run, from `/proc/thread-self/schedstat`
/// (nanoseconds): unlike the wall clock, it does not count the time other
/// processes on a shared machine take the core.
fn thread_cpu() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns = stat.split_whitespace().next()?.parse().ok()?;
    Some(Duration::from_nanos(ns))
}

/// Every form once, one after the other on this thread, caches evicted
/// before each round: the steady-state cost of one form inside a build.
/// Returns the median and fastest wall time per form; prints the CPU time
/// per form too.
fn forms_one_thread(theme: &Theme, forms: &[&Document]) -> (f64, f64) {
    let mut split = (Duration::ZERO, Duration::ZERO);
    let mut rounds: Vec<(f64, Option<f64>)> = (0..5)
        .map(|_| {
            typst::comemo::evict(0);
            let (start, cpu) = (Instant::now(), thread_cpu());
            for doc in forms {
                let (layout, write) = theme
                    .print
                    .pdf_timed(doc.template(), doc.data().expect("data"), &doc.path)
                    .expect("pdf");
                split.0 += layout;
                split.1 += write;
            }
            let cpu = cpu
                .zip(thread_cpu())
                .map(|(a, b)| ms(b - a) / forms.len() as f64);
            (ms(start.elapsed()) / forms.len() as f64, cpu)
        })
        .collect();
    let mut cpu: Vec<f64> = rounds.iter().filter_map(|r| r.1).collect();
    cpu.sort_by(f64::total_cmp);
    rounds.sort_by(|a, b| a.0.total_cmp(&b.0));
    println!(
        "{:<58} median {:>8.2} ms   fastest {:>8.2} ms   (5 rounds of {} forms)",
        "one form, steady state on one core",
        rounds[2].0,
        rounds[0].0,
        forms.len()
    );
    let all = (5 * forms.len()) as f64;
    println!(
        "{:<58} layout {:>8.2} ms   PDF writing {:>5.2} ms   (mean, wall)",
        "one form, steady state, in two halves",
        ms(split.0) / all,
        ms(split.1) / all
    );
    if cpu.len() == 5 {
        println!(
            "{:<58} median {:>8.2} ms   fastest {:>8.2} ms   (thread CPU time)",
            "one form, steady state, CPU time", cpu[2], cpu[0]
        );
    }
    (rounds[2].0, rounds[0].0)
}

fn weasyprint(probe: &Document, per_form: f64, cold: f64) {
    let json = std::env::temp_dir().join(format!("pathways-form-{}.json", std::process::id()));
    std::fs::write(&json, probe.data().expect("data")).expect("write form data");
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/weasyprint_form.py");
    // Debian's python3 is the one apt-get's weasyprint is installed for.
    let python = ["/usr/bin/python3", "python3"]
        .into_iter()
        .find(|p| Path::new(p).exists())
        .unwrap_or("python3");
    let out = Command::new(python)
        .arg(script)
        .arg(&json)
        .arg("10")
        .output();
    let _ = std::fs::remove_file(&json);
    match out {
        Ok(out) if out.status.success() => {
            let text = String::from_utf8_lossy(&out.stdout);
            let median: f64 = text
                .split_whitespace()
                .nth(2)
                .and_then(|m| m.parse().ok())
                .expect("weasyprint median");
            println!(
                "{:<58} median {median:>8.2} ms   (10 runs, in-process)",
                "WeasyPrint, same form as HTML"
            );
            println!(
                "ratio: WeasyPrint / pathways = {:.0}x (steady state), {:.0}x (caches evicted)",
                median / per_form,
                median / cold
            );
        }
        Ok(out) => println!(
            "WeasyPrint not measured (apt-get install weasyprint): {}",
            String::from_utf8_lossy(&out.stderr)
        ),
        Err(e) => println!("WeasyPrint not measured: cannot run python3: {e}"),
    }
}
