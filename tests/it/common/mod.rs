//! A copy of the example site in a temporary folder, to break on purpose.

pub mod pdf;
pub mod serve;

use pathways::diagnostic::Severity;
use pathways::model::Catalog;
use pathways::site::{Findings, OpenError, Site as Opened};
use std::path::{Path, PathBuf};
use tempfile::TempDir;

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The `pathways` command, speaking English: most tests read its English
/// messages; the Danish ones (the users' default) are tested with
/// [`in_danish`].
pub fn command() -> std::process::Command {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_pathways"));
    command.env("PATHWAYS_LANG", "en");
    command
}

/// The `pathways` command as a Danish user runs it: no language set.
pub fn in_danish() -> std::process::Command {
    let mut command = command();
    for name in ["PATHWAYS_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] {
        command.env_remove(name);
    }
    command
}

/// Runs the `pathways` command as a user would.
pub fn pathways(args: &[&str]) -> std::process::Output {
    command().args(args).output().expect("run pathways")
}

/// What a command printed, as text.
pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

pub struct Site {
    pub dir: TempDir,
}

/// What `check` found (the same [`Opened::open`] that `build` runs), with
/// the report rendered as the user sees it, and the catalog if the site is valid.
pub struct Checked {
    pub findings: Findings,
    pub catalog: Option<Catalog>,
    pub report: String,
}

impl Checked {
    pub fn errors(&self) -> usize {
        self.findings.report.count(Severity::Error)
    }
    pub fn warnings(&self) -> usize {
        self.findings.report.count(Severity::Warning)
    }
    /// Asserts the report has `message` pointing at `location` (file:line:column).
    pub fn says_at(&self, location: &str, message: &str) -> &Self {
        assert!(
            self.report.contains(message),
            "expected {message:?} in:\n{}",
            self.report
        );
        let block = self
            .report
            .split("\n\n")
            .find(|block| block.contains(message))
            .unwrap_or_default()
            .to_string();
        let rest = self.report.split(message).nth(1).unwrap_or_default();
        let near = rest.lines().take(3).collect::<Vec<_>>().join("\n");
        assert!(
            near.contains(location) || block.contains(location),
            "expected {message:?} at {location}, got:\n{}",
            self.report
        );
        self
    }
    pub fn says(&self, text: &str) -> &Self {
        assert!(
            self.report.contains(text),
            "expected {text:?} in:\n{}",
            self.report
        );
        self
    }
}

/// The frozen fixture site (tests/fixtures/site): a copy of the example
/// content that improving the example does not change.
pub fn fixture() -> PathBuf {
    repo().join("tests/fixtures/site")
}

impl Site {
    /// A copy of the frozen fixture site, to break on purpose.
    pub fn fixture() -> Site {
        Site::copy_of(&fixture())
    }

    /// A copy of the real Frederikshavn example, for the few tests that
    /// hold it to account (it checks, builds, builds the same twice).
    pub fn example() -> Site {
        Site::copy_of(&repo())
    }

    fn copy_of(root: &Path) -> Site {
        let dir = tempfile::tempdir().expect("temp dir");
        copy_dir(&root.join("content"), &dir.path().join("content"));
        Site { dir }
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    /// Runs `pathways build` on the site into its `public/` folder.
    pub fn build_cli(&self) -> (std::process::Output, PathBuf) {
        self.build_cli_with(&[])
    }

    /// Runs `pathways build` with `extra` options, e.g. `--no-pdf`.
    pub fn build_cli_with(&self, extra: &[&str]) -> (std::process::Output, PathBuf) {
        let output = self.root().join("public");
        let out = command()
            .args(["build", "--root", self.root().to_str().unwrap(), "--output"])
            .arg(&output)
            .args(extra)
            .output()
            .expect("run pathways");
        (out, output)
    }

    pub fn read(&self, file: &str) -> String {
        std::fs::read_to_string(self.root().join(file)).expect("read fixture file")
    }

    /// Replaces the first `from` in `file` with `to`; the fixture must contain `from`.
    pub fn edit(&self, file: &str, from: &str, to: &str) -> &Self {
        let text = self.read(file);
        assert!(text.contains(from), "{file} does not contain {from:?}");
        self.write(file, text.replacen(from, to, 1).as_bytes())
    }

    pub fn write(&self, file: &str, bytes: &[u8]) -> &Self {
        let path = self.root().join(file);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, bytes).expect("write fixture");
        self
    }

    pub fn remove(&self, file: &str) -> &Self {
        std::fs::remove_file(self.root().join(file)).expect("remove fixture");
        self
    }

    /// `file:line:column` of the first `needle` in `file` (after edits).
    pub fn at(&self, file: &str, needle: &str) -> String {
        self.at_in(file, needle, needle)
    }

    /// Where `needle` is inside the first `context` of `file`, e.g. a value
    /// on one particular line.
    pub fn at_in(&self, file: &str, context: &str, needle: &str) -> String {
        let text = self.read(file);
        let offset = text
            .find(context)
            .unwrap_or_else(|| panic!("{context:?} not in {file}"))
            + context
                .find(needle)
                .unwrap_or_else(|| panic!("{needle:?} not in {context:?}"));
        let line = text[..offset].matches('\n').count() + 1;
        let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
        let column = text[line_start..offset].chars().count() + 1;
        format!("{file}:{line}:{column}")
    }

    pub fn check(&self) -> Checked {
        let (findings, catalog) = match Opened::open(self.root()) {
            Ok(site) => (site.findings, Some(site.catalog)),
            Err(OpenError::Invalid(findings)) => (*findings, None),
            Err(OpenError::NotASite(e)) => panic!("not a site: {e}"),
        };
        let report = findings.report.render_plain(&findings.sources);
        Checked {
            findings,
            catalog,
            report,
        }
    }
}

pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("read dir") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("copy");
        }
    }
}

/// The site in `root`, opened as `build` opens it; panics with the report
/// when it has errors.
pub fn open(root: &Path) -> Opened {
    match Opened::open(root) {
        Ok(site) => site,
        Err(OpenError::Invalid(findings)) => {
            panic!("{}", findings.report.render_plain(&findings.sources))
        }
        Err(OpenError::NotASite(e)) => panic!("not a site: {e}"),
    }
}

/// Every file under `root` (relative paths, sorted), with its bytes.
pub fn files_under(root: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut files: Vec<_> = walkdir::WalkDir::new(root)
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let bytes = std::fs::read(e.path()).unwrap_or_default();
            (e.path().strip_prefix(root).unwrap().to_path_buf(), bytes)
        })
        .collect();
    files.sort();
    files
}
