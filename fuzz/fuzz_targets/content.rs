//! The content loader on hostile files: YAML, front matter and Markdown,
//! then the cross-reference checks, the error report, and (when the
//! content is valid) every page and catalog.json rendered in memory.
//!
//! An input is one content file of the example site: its first byte picks
//! which (in path order), the rest replaces it. Whatever the bytes, the
//! loader must answer with a report or a valid catalog, never a panic or a
//! hang, and a report with errors must say where.

#![no_main]

use libfuzzer_sys::fuzz_target;
use pathways::render::{self, print};
use pathways::site::{OpenError, Site};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// A private copy of the example site, its content files in path order, and
/// the example's theme and messages for rendering.
struct Example {
    root: PathBuf,
    files: Vec<(PathBuf, Vec<u8>)>,
    site: Site,
}

fn example() -> &'static Example {
    static EXAMPLE: OnceLock<Example> = OnceLock::new();
    EXAMPLE.get_or_init(|| {
        let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let shm = Path::new("/dev/shm");
        let base = if shm.is_dir() {
            shm.to_path_buf()
        } else {
            std::env::temp_dir()
        };
        let root = base.join(format!("pathways-fuzz-content-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        let mut files = Vec::new();
        for entry in walk(&repo.join("content")) {
            let relative = entry.strip_prefix(&repo).expect("under the repository");
            let target = root.join(relative);
            std::fs::create_dir_all(target.parent().expect("a parent")).expect("mkdir");
            let bytes = std::fs::read(&entry).expect("read the example");
            std::fs::write(&target, &bytes).expect("copy the example");
            files.push((target, bytes));
        }
        let site = Site::open(&root).unwrap_or_else(|_| panic!("the example site loads"));
        Example { root, files, site }
    })
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("read dir")
        .map(|e| e.expect("entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            found.extend(walk(&path));
        } else {
            found.push(path);
        }
    }
    found
}

fuzz_target!(|data: &[u8]| {
    let Some((&pick, bytes)) = data.split_first() else {
        return;
    };
    let example = example();
    let (path, original) = &example.files[usize::from(pick) % example.files.len()];
    std::fs::write(path, bytes).expect("write the fuzzed file");
    let reuse = Some((example.site.locales.clone(), example.site.theme.clone()));
    let opened = Site::open_reusing(&example.root, reuse);
    std::fs::write(path, original).expect("restore the file");

    match opened {
        Err(OpenError::Invalid(findings)) => {
            // The report renders, whatever positions it holds.
            let report = findings.report.render_plain(&findings.sources);
            assert!(findings.report.has_errors(), "invalid and no error");
            assert!(
                report.contains("error"),
                "an error report says error:\n{report}"
            );
        }
        Err(OpenError::NotASite(e)) => panic!("the site folder is there: {e}"),
        Ok(site) => {
            // A valid site renders: after a clean check only the machine fails.
            let rendered = render::render(&site, &render::Memo::default(), print::Mode::Later);
            if let Err(error) = rendered {
                panic!("a valid site failed to render: {error}");
            }
        }
    }
});
