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

use pathways::build::print::{self, Mode};
use pathways::build::{Memo, prepare, render};
use pathways::serve::Session;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
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

fn copy_dir(from: &Path, to: &Path) {
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
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = std::env::temp_dir().join(format!("pathways-serve-bench-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    copy_dir(&repo.join("content"), &dir.join("content"));
    println!("example site, {} threads", rayon::current_num_threads());

    in_process(&dir);
    end_to_end(&dir);
    let _ = std::fs::remove_dir_all(&dir);
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
    let source = prepare(root, None).map_err(|_| "prepare").expect("site");
    let reuse = || Some((source.locales.clone(), source.theme.clone()));
    let mut read = Vec::new();
    let mut documents = Vec::new();
    let mut pages = Vec::new();
    let later = Mode::Later;
    let memo = render(
        source.catalog(),
        &source.theme,
        &source.locales,
        &Memo::default(),
        later,
    )
    .expect("render")
    .memo;
    for _ in 0..30 {
        let start = Instant::now();
        let again = prepare(root, reuse()).map_err(|_| "prepare").expect("site");
        read.push(start.elapsed().as_secs_f64() * 1000.0);
        let start = Instant::now();
        print::documents(again.catalog(), &again.locales, &again.theme).expect("documents");
        documents.push(start.elapsed().as_secs_f64() * 1000.0);
        let start = Instant::now();
        render(again.catalog(), &again.theme, &again.locales, &memo, later).expect("render");
        pages.push(start.elapsed().as_secs_f64() * 1000.0);
    }
    report("  read and check the content", read);
    report("  data of every PDF (to know which changed)", documents);
    report("  render with the memo (nothing changed)", pages);
}

struct Serve {
    child: Child,
    base: String,
    port: u16,
}

impl Drop for Serve {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn end_to_end(root: &Path) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_pathways"))
        .args(["serve", "--port", "0", "--root"])
        .arg(root)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start pathways serve");
    let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
    let url = lines
        .find_map(|l| {
            l.ok()?
                .split_whitespace()
                .find(|w| w.starts_with("http://"))
                .map(String::from)
        })
        .expect("serve prints its address");
    std::thread::spawn(move || for _ in lines {});
    let rest = url.trim_start_matches("http://");
    let (host, base) = rest.split_at(rest.find('/').expect("path"));
    let port: u16 = host
        .rsplit(':')
        .next()
        .and_then(|p| p.parse().ok())
        .expect("port");
    let serve = Serve {
        child,
        base: base.to_string(),
        port,
    };
    let mut events = Events::connect(serve.port);
    // Wait until the first build's PDFs are printed.
    while events.next().pending > 0 {}

    let mut times = Vec::new();
    for run in 100..120 {
        std::thread::sleep(Duration::from_millis(150));
        let start = Instant::now();
        let name = rename(root, run);
        loop {
            let state = events.next();
            if state.changed.iter().any(|c| c == PAGE) {
                break;
            }
        }
        let page = get(
            serve.port,
            &format!("{}{}", serve.base, PAGE.trim_end_matches("index.html")),
        );
        times.push(start.elapsed().as_secs_f64() * 1000.0);
        assert!(
            page.contains(&format!("<h1>{name}</h1>")),
            "the page shows the new name"
        );
        // Let the PDFs of this change print before the next edit.
        while events.next().pending > 0 {}
    }
    report("edit to updated page over HTTP (pathways serve)", times);
}

struct State {
    changed: Vec<String>,
    pending: u64,
}

/// The server-sent events of `serve`, read from a plain socket.
struct Events {
    reader: BufReader<TcpStream>,
}

impl Events {
    fn connect(port: u16) -> Events {
        let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connect");
        write!(
            stream,
            "GET /__pathways/events HTTP/1.1\r\nHost: localhost\r\n\r\n"
        )
        .expect("send");
        Events {
            reader: BufReader::new(stream),
        }
    }

    fn next(&mut self) -> State {
        let mut line = String::new();
        loop {
            line.clear();
            self.reader.read_line(&mut line).expect("read event");
            if let Some(data) = line.strip_prefix("data: ") {
                let json: serde_json::Value = serde_json::from_str(data).expect("json");
                return State {
                    changed: json["changed"]
                        .as_array()
                        .map(|a| {
                            a.iter()
                                .filter_map(|v| v.as_str().map(String::from))
                                .collect()
                        })
                        .unwrap_or_default(),
                    pending: json["pending"].as_u64().unwrap_or(0),
                };
            }
        }
    }
}

fn get(port: u16, path: &str) -> String {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
    )
    .expect("send");
    let mut body = String::new();
    stream.read_to_string(&mut body).expect("read");
    body
}
