//! `pathways serve` on a site, spoken to over plain TCP (so paths reach it
//! exactly as written): for tests/serve.rs and benches/serve.rs.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Stdio};
use std::time::Duration;

pub struct Serve {
    pub child: Child,
    pub port: u16,
    /// The path of the site, e.g. `/branchepakker/`.
    pub base: String,
}

impl Serve {
    /// Starts `pathways serve` on a free port of 127.0.0.1.
    pub fn start(root: &Path) -> Serve {
        let mut child = crate::common::command()
            .args(["serve", "--port", "0", "--root"])
            .arg(root)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start pathways serve");
        let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
        let url = lines
            .find_map(|line| {
                let line = line.ok()?;
                line.split_whitespace()
                    .find(|w| w.starts_with("http://"))
                    .map(String::from)
            })
            .expect("serve prints the address it serves");
        std::thread::spawn(move || for _ in lines {});
        let rest = url.trim_start_matches("http://");
        let (host, base) = rest.split_at(rest.find('/').expect("a path"));
        assert!(host.starts_with("127.0.0.1:"), "loopback by default: {url}");
        let port = host.rsplit(':').next().unwrap().parse().expect("port");
        Serve {
            child,
            port,
            base: base.to_string(),
        }
    }

    pub fn get(&self, path: &str) -> Response {
        request(self.port, "GET", path)
    }

    /// A file of the site by its path below the base, e.g. `da/`.
    pub fn page(&self, file: &str) -> Response {
        self.get(&format!("{}{file}", self.base))
    }

    /// The event stream an open tab listens to.
    pub fn events(&self) -> Events {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).expect("connect");
        write!(
            stream,
            "GET /__pathways/events HTTP/1.1\r\nHost: localhost\r\n\r\n"
        )
        .unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(60)))
            .unwrap();
        Events {
            reader: BufReader::new(stream),
        }
    }
}

impl Drop for Serve {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub struct Response {
    pub status: u16,
    pub headers: String,
    pub body: Vec<u8>,
}

impl Response {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    pub fn header(&self, name: &str) -> Option<String> {
        self.headers.lines().find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.eq_ignore_ascii_case(name).then(|| v.trim().to_string())
        })
    }
}

pub fn request(port: u16, method: &str, path: &str) -> Response {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    write!(
        stream,
        "{method} {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).expect("read response");
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("headers end");
    let headers = String::from_utf8_lossy(&raw[..split]).into_owned();
    let status = headers
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .expect("status");
    Response {
        status,
        headers,
        body: raw[split + 4..].to_vec(),
    }
}

/// The server's state events (JSON), as the page script reads them.
pub struct Events {
    reader: BufReader<TcpStream>,
}

impl Events {
    pub fn next(&mut self) -> serde_json::Value {
        let mut line = String::new();
        loop {
            line.clear();
            let n = self.reader.read_line(&mut line).expect("read event");
            assert!(n > 0, "the event stream ended");
            if let Some(data) = line.strip_prefix("data: ") {
                return serde_json::from_str(data).expect("event JSON");
            }
        }
    }

    /// Waits for the first state that satisfies `done`.
    pub fn until(&mut self, done: impl Fn(&serde_json::Value) -> bool) -> serde_json::Value {
        loop {
            let state = self.next();
            if done(&state) {
                return state;
            }
        }
    }
}
