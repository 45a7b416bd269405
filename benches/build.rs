//! `cargo bench`: how long the example site takes to load, validate and
//! render, measured in-process over repeated runs (median and fastest).
//! Goal (issue 3): the HTML part of the example site in under 150 ms on 2 cores.

use pathways::build::{Theme, render};
use pathways::i18n::Locales;
use pathways::load::load;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

fn measure(name: &str, runs: usize, mut f: impl FnMut()) {
    f(); // warm-up
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "{name:<40} median {:>7.2} ms   fastest {:>7.2} ms   ({runs} runs)",
        ms(times[runs / 2]),
        ms(times[0])
    );
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    println!("example site, {} threads", rayon::current_num_threads());
    measure("load + validate (check)", 30, || {
        let loaded = load(root).expect("site");
        assert!(loaded.valid_catalog().is_some());
    });
    let loaded = load(root).expect("site");
    let catalog = loaded.valid_catalog().expect("valid");
    let languages: Vec<&str> = catalog.language_codes().collect();
    let locales = Arc::new(Locales::load(root, &languages, "da").expect("locales"));
    let theme = Theme::load(root, locales.clone()).expect("theme");
    let mut pages = 0;
    measure("render every page in memory (HTML part)", 30, || {
        pages = render(catalog, &theme, &locales).expect("render").len();
    });
    measure("whole build: load, render, write atomically", 20, || {
        let out = std::env::temp_dir().join(format!("pathways-bench-{}", std::process::id()));
        pathways::build::build(root, &out)
            .map_err(|_| "build failed")
            .expect("build");
    });
    println!("{pages} output files per build");
    let _ = std::fs::remove_dir_all(
        std::env::temp_dir().join(format!("pathways-bench-{}", std::process::id())),
    );
}
