//! Faults while writing the site: an output folder that may not be written,
//! a full disk, and a build killed half-way (SIGINT and SIGKILL). After each,
//! the previous site is exactly as it was, and the next build cleans up what
//! a killed one left.

use crate::common::{Site, text};
use std::collections::BTreeMap;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_pathways");

/// Every file under `root` with a hash of its bytes.
fn snapshot(root: &Path) -> BTreeMap<PathBuf, u64> {
    walkdir::WalkDir::new(root)
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let mut hasher = DefaultHasher::new();
            std::fs::read(e.path()).expect("read").hash(&mut hasher);
            (
                e.path().strip_prefix(root).unwrap().to_path_buf(),
                hasher.finish(),
            )
        })
        .collect()
}

/// Names in `dir` that start with `.public.` (temporary and old folders).
fn strays(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .expect("read dir")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".public."))
        .collect()
}

fn build(site: &Site, output: &Path, extra: &[&str]) -> Output {
    crate::common::command()
        .args(["build", "--root", site.root().to_str().unwrap(), "--output"])
        .arg(output)
        .args(extra)
        .output()
        .expect("run pathways")
}

/// A site with a built output in `out/public`, and that output's snapshot.
fn built_site(extra: &[&str]) -> (Site, PathBuf, BTreeMap<PathBuf, u64>) {
    let site = Site::fixture();
    let output = site.root().join("out/public");
    let out = build(&site, &output, extra);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let before = snapshot(&output);
    (site, output, before)
}

/// Changes one criterion of every package, so the next build prints again.
fn edit_every_package(site: &Site) {
    for entry in std::fs::read_dir(site.root().join("content/packages")).unwrap() {
        let path = entry.unwrap().path();
        let yaml = std::fs::read_to_string(&path).unwrap();
        let edited = yaml.replacen("    text:\n      da: ", "    text:\n      da: Ændret. ", 1);
        std::fs::write(&path, edited).unwrap();
    }
}

/// Starts a build and waits until it has written `files` files into its
/// temporary folder; fails if it ends before.
fn build_until_half_way(site: &Site, output: &Path, files: usize) -> Child {
    let mut child = crate::common::command()
        .args(["build", "--root", site.root().to_str().unwrap(), "--output"])
        .arg(output)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run pathways");
    let staging = output
        .parent()
        .unwrap()
        .join(format!(".public.tmp-{}", child.id()));
    let started = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            panic!("the build ended ({status}) before it was half-way");
        }
        let written = walkdir::WalkDir::new(&staging)
            .into_iter()
            .flatten()
            .count();
        if written >= files {
            return child;
        }
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "the build never got half-way"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
}

fn signal(child: &Child, name: &str) {
    let status = Command::new("kill")
        .args([&format!("-{name}"), &child.id().to_string()])
        .status()
        .expect("kill");
    assert!(status.success());
}

#[test]
fn a_killed_build_leaves_the_previous_site_and_the_next_build_cleans_up() {
    let (site, output, before) = built_site(&[]);
    let parent = output.parent().unwrap().to_path_buf();
    edit_every_package(&site);

    // Ctrl-C: the build stops, removes its temporary folder, exits 130.
    let child = build_until_half_way(&site, &output, 30);
    signal(&child, "INT");
    let out = child.wait_with_output().unwrap();
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(130), "{stderr}");
    assert!(
        stderr.contains("the build was stopped before it was done"),
        "{stderr}"
    );
    assert_eq!(snapshot(&output), before, "the previous site is unchanged");
    assert_eq!(strays(&parent), Vec::<String>::new(), "Ctrl-C cleans up");

    // SIGKILL: nothing can clean up, but the site is still the old one.
    let mut child = build_until_half_way(&site, &output, 30);
    signal(&child, "KILL");
    child.wait().unwrap();
    assert_eq!(snapshot(&output), before, "the previous site is unchanged");
    assert_eq!(
        strays(&parent).len(),
        1,
        "the killed build's folder is left"
    );

    // The next build removes it and publishes the edit.
    let out = build(&site, &output, &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(strays(&parent), Vec::<String>::new());
    let page = std::fs::read_to_string(output.join("da/pakker/landbrug/index.html")).unwrap();
    assert!(page.contains("Ændret."));
}

#[test]
fn a_site_moved_aside_by_a_killed_swap_is_put_back() {
    // Killed between moving the old output aside and moving the new one in.
    let (site, output, before) = built_site(&["--no-pdf"]);
    let aside = output.with_file_name(".public.old-4242");
    std::fs::rename(&output, &aside).unwrap();
    site.write("content/site.yaml", b"not: [valid");
    let out = build(&site, &output, &[]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        snapshot(&output),
        before,
        "the next build puts the old site back first"
    );
    assert!(!aside.exists());
}

#[test]
fn an_output_folder_that_may_not_be_written_is_reported_and_left_alone() {
    // Part of the path is a file.
    let site = Site::fixture();
    site.write("out", b"a file");
    let out = build(&site, &site.root().join("out/public"), &["--no-pdf"]);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("out"), "{stderr}");

    // A folder without write permission. Root may write anywhere, so as root
    // the build runs as the user nobody (setpriv, util-linux).
    let (site, output, before) = built_site(&["--no-pdf"]);
    let parent = output.parent().unwrap();
    let root_user = Command::new("id")
        .arg("-u")
        .output()
        .map(|o| text(&o.stdout).trim() == "0")
        .unwrap_or(false);
    let dir = site.root();
    let mut command = if root_user {
        // nobody must reach the binary and read the content.
        let binary = dir.join("pathways");
        std::fs::copy(BIN, &binary).unwrap();
        Command::new("chmod")
            .args(["-R", "a+rX"])
            .arg(dir)
            .status()
            .unwrap();
        let mut c = Command::new("setpriv");
        c.env("PATHWAYS_LANG", "en")
            .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(binary);
        c
    } else {
        crate::common::command()
    };
    Command::new("chmod")
        .args(["a-w"])
        .arg(parent)
        .status()
        .unwrap();
    let out = command
        .args([
            "build",
            "--no-pdf",
            "--root",
            dir.to_str().unwrap(),
            "--output",
        ])
        .arg(&output)
        .output()
        .expect("run pathways");
    Command::new("chmod")
        .args(["u+w"])
        .arg(parent)
        .status()
        .unwrap();
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("you may not write there"), "{stderr}");
    assert!(
        stderr.contains("the previous site is unchanged"),
        "{stderr}"
    );
    assert_eq!(snapshot(&output), before);
}

#[test]
fn a_file_over_the_size_the_system_allows_fails_the_build_cleanly() {
    // A writer that fails after N bytes: the file size limit (ulimit -f, in
    // blocks of 512 bytes in sh), with the signal it sends ignored.
    let (site, output, before) = built_site(&[]);
    edit_every_package(&site);
    let out = Command::new("sh")
        .env("PATHWAYS_LANG", "en")
        .args([
            "-c",
            "trap '' XFSZ; ulimit -f 64; exec \"$@\"",
            "sh",
            BIN,
            "build",
            "--root",
        ])
        .arg(site.root())
        .arg("--output")
        .arg(&output)
        .output()
        .expect("run sh");
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("larger than this system allows"),
        "{stderr}"
    );
    assert_eq!(snapshot(&output), before);
    assert_eq!(strays(output.parent().unwrap()), Vec::<String>::new());
}

#[test]
fn a_full_disk_fails_the_build_cleanly() {
    // A real full disk: a 4 MB tmpfs, mounted in a mount namespace of our
    // own (needs root, as in CI); the site without PDFs fits, with them not.
    let ok = Command::new("unshare")
        .env("PATHWAYS_LANG", "en")
        .args(["-m", "true"])
        .status()
        .is_ok_and(|s| s.success());
    if !ok {
        eprintln!("skipped: `unshare -m` is not allowed here (not root)");
        return;
    }
    let site = Site::fixture();
    let disk = site.root().join("disk");
    std::fs::create_dir(&disk).unwrap();
    let script = r#"
        set -e
        mount -t tmpfs -o size=4m tmpfs "$DISK"
        "$BIN" build --no-pdf --quiet --root "$ROOT" --output "$DISK/public"
        cp -r "$DISK/public" "$ROOT/before"
        set +e
        "$BIN" build --root "$ROOT" --output "$DISK/public"
        echo "exit $?" >&2
        diff -r "$ROOT/before" "$DISK/public" >&2 && echo "unchanged" >&2
        echo "left on the disk:" >&2
        ls -a "$DISK" >&2
    "#;
    let out = Command::new("unshare")
        .env("PATHWAYS_LANG", "en")
        .args(["-m", "sh", "-c", script])
        .env("DISK", &disk)
        .env("BIN", BIN)
        .env("ROOT", site.root())
        .output()
        .expect("unshare");
    let stderr = text(&out.stderr);
    assert!(stderr.contains("exit 1"), "{stderr}");
    assert!(stderr.contains("the disk is full"), "{stderr}");
    assert!(
        stderr.contains("(the previous site is unchanged)"),
        "{stderr}"
    );
    assert!(
        stderr.contains("unchanged\n"),
        "the site on the full disk is the old one: {stderr}"
    );
    let left = stderr.split("left on the disk:").nth(1).unwrap_or_default();
    assert_eq!(
        left.split_whitespace().collect::<Vec<_>>(),
        [".", "..", "public"],
        "{stderr}"
    );
}
