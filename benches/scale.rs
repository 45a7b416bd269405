//! `cargo bench --bench scale`: how pathways grows with the size of the
//! catalogue. For each N it writes a synthetic catalogue of N packages in
//! da/ar/en (`pathways::synthetic`, as `pathways synthetic` does) and
//! measures, each stage in a fresh process so its peak memory is its own:
//!
//! - load + validate (what `check` does);
//! - HTML: every page rendered in memory, one at a time;
//! - one progression form PDF;
//! - whole build without PDFs (`build --no-pdf`), written to tmpfs;
//! - whole build with every PDF (only up to `SCALE_PDF_MAX` packages, 100
//!   by default: 18 PDFs per package take about 15 ms each on one core).
//!
//! `SCALE_N=6,100,1000,5000` chooses the sizes (default 6,100,1000).
//! Catalogues are kept in target/scale/<N> for the next run.

use pathways::build::Options;
use pathways::load::load;
use pathways::render::print::{self, Kind};
use pathways::render::render_html;
use pathways::site::Site;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

/// The allocator of the `pathways` binary, so the figures are the command's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const STAGES: [&str; 5] = ["check", "html", "form", "build-html", "build"];

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(i) = args.iter().position(|a| a == "--stage") {
        let stage = &args[i + 1];
        let root = PathBuf::from(&args[i + 2]);
        let runs: usize = args[i + 3].parse().expect("runs");
        child(stage, &root, runs);
        return;
    }
    let sizes: Vec<usize> = std::env::var("SCALE_N")
        .unwrap_or_else(|_| "6,100,1000".into())
        .split(',')
        .map(|n| {
            n.trim()
                .parse()
                .expect("SCALE_N: numbers separated by commas")
        })
        .collect();
    let pdf_max: usize = std::env::var("SCALE_PDF_MAX")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(100);
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    println!(
        "synthetic catalogues, {} cores; median of repeated runs, peak RSS of the process",
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );
    println!(
        "{:>6} {:<34} {:>12} {:>12} {:>10}",
        "N", "stage", "median", "fastest", "peak RSS"
    );
    for n in sizes {
        let root = manifest.join(format!("target/scale/{n}"));
        if !root.join("content").is_dir() {
            let example = load(manifest).expect("the example site");
            let catalog = pathways::synthetic::catalog(
                example.valid_catalog().expect("the example site is valid"),
                n,
            )
            .expect("synthetic catalogue");
            let _ = std::fs::remove_dir_all(&root);
            pathways::synthetic::write(&catalog, manifest, &root).expect("write catalogue");
        }
        let runs = match n {
            0..=100 => 10,
            101..=1000 => 5,
            _ => 3,
        };
        for stage in STAGES {
            if stage == "build" && n > pdf_max {
                println!(
                    "{n:>6} {:<34} {:>12}",
                    label(stage),
                    "(skipped: SCALE_PDF_MAX)"
                );
                continue;
            }
            let runs = match stage {
                "form" => 10,
                "build" => 1,
                _ => runs,
            };
            let out = Command::new(std::env::current_exe().expect("own path"))
                .args(["--stage", stage])
                .arg(&root)
                .arg(runs.to_string())
                .output()
                .expect("run a stage");
            let text = String::from_utf8_lossy(&out.stdout);
            let fields: Vec<&str> = text.split_whitespace().collect();
            if !out.status.success() || fields.len() < 3 {
                panic!(
                    "stage {stage} failed at N={n}: {}",
                    String::from_utf8_lossy(&out.stderr)
                );
            }
            println!(
                "{n:>6} {:<34} {:>9} ms {:>9} ms {:>7} MB",
                label(stage),
                fields[0],
                fields[1],
                fields[2]
            );
        }
    }
}

fn label(stage: &str) -> &'static str {
    match stage {
        "check" => "load + validate",
        "html" => "HTML pages rendered in memory",
        "form" => "one progression form PDF",
        "build-html" => "whole build, no PDFs (tmpfs)",
        _ => "whole build with every PDF (tmpfs)",
    }
}

/// Runs one stage `runs` times after a warm-up (none for the build with
/// PDFs) and prints median ms, fastest ms and peak RSS in MB.
fn child(stage: &str, root: &Path, runs: usize) {
    let tmp = if Path::new("/dev/shm").is_dir() {
        PathBuf::from("/dev/shm")
    } else {
        std::env::temp_dir()
    };
    let output = tmp.join(format!("pathways-scale-{}", std::process::id()));
    let mut one: Box<dyn FnMut()> = match stage {
        "check" => Box::new(|| {
            let loaded = load(root).expect("load");
            assert!(loaded.valid_catalog().is_some(), "the catalogue is valid");
        }),
        "html" => {
            let source = Site::open(root).map_err(|_| "open").expect("site");
            let downloads = print::downloads(&print::planned(&source.catalog), &[]);
            Box::new(move || {
                let bytes = std::sync::atomic::AtomicUsize::new(0);
                render_html(&source, &downloads, &|f| {
                    bytes.fetch_add(f.bytes.len(), std::sync::atomic::Ordering::Relaxed);
                })
                .expect("render");
                assert!(bytes.into_inner() > 0);
            })
        }
        "form" => {
            let source = Site::open(root).map_err(|_| "open").expect("site");
            let documents =
                print::documents_of(&source, &source.packages()[..1]).expect("documents");
            Box::new(move || {
                let form = documents
                    .iter()
                    .find(|d| matches!(d.kind, Kind::Form { step: 2 }) && d.lang == "ar")
                    .expect("the Arabic form of step 2");
                typst::comemo::evict(0);
                let pdf = source
                    .theme
                    .print
                    .pdf(form.template(), form.data().expect("data"), &form.path)
                    .expect("pdf");
                assert!(pdf.starts_with(b"%PDF-"));
            })
        }
        "build-html" | "build" => {
            let no_pdf = stage == "build-html";
            let output = output.clone();
            Box::new(move || {
                let _ = std::fs::remove_dir_all(&output);
                let options = Options {
                    no_pdf,
                    progress: None,
                    stop: None,
                };
                pathways::build::build_with(root, &output, options)
                    .map_err(|_| "build failed")
                    .expect("build");
            })
        }
        _ => panic!("unknown stage {stage}"),
    };
    if stage != "build" {
        one();
    }
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            one();
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    let _ = std::fs::remove_dir_all(&output);
    times.sort_by(f64::total_cmp);
    println!("{:.1} {:.1} {}", times[runs / 2], times[0], peak_mb());
}

/// The peak resident memory of this process, in MB (Linux).
fn peak_mb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<u64>().ok())
        })
        .map_or(0, |kb| kb / 1024)
}
