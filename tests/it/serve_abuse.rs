//! `pathways serve` under load and abuse on loopback: a bounded load test
//! with zero errors; malformed requests, huge headers, slow clients and
//! traversal attempts; afterwards it still serves, holds no more open files
//! than before, and never sent a file from outside the site.

use crate::common::Site;
use crate::common::serve::{Serve, request};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

/// How long the server gives a client to send a request head (5 s), and
/// some time to spare.
const HEAD_TIMEOUT: Duration = Duration::from_secs(8);

/// Sends `bytes` on a new connection; the status of the answer, or None if
/// the server closed the connection without one.
fn exchange(port: u16, bytes: &[u8]) -> Option<u16> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    stream.set_read_timeout(Some(HEAD_TIMEOUT)).unwrap();
    // The server may close before all is sent; that is an answer too.
    let _ = stream.write_all(bytes);
    let mut first = String::new();
    match BufReader::new(stream).read_line(&mut first) {
        Ok(_) => first.split_whitespace().nth(1)?.parse().ok(),
        Err(e)
            if e.kind() == std::io::ErrorKind::WouldBlock
                || e.kind() == std::io::ErrorKind::TimedOut =>
        {
            panic!(
                "no answer in {HEAD_TIMEOUT:?} to {:?}",
                String::from_utf8_lossy(&bytes[..bytes.len().min(60)])
            )
        }
        Err(_) => None,
    }
}

/// Open file descriptors of a process (Linux).
fn open_files(pid: u32) -> usize {
    std::fs::read_dir(format!("/proc/{pid}/fd"))
        .map(|d| d.count())
        .unwrap_or(0)
}

/// Reads one HTTP/1.1 response with a Content-Length from a kept-alive
/// connection; returns its status.
fn keep_alive_get(reader: &mut BufReader<TcpStream>, path: &str) -> u16 {
    let request = format!("GET {path} HTTP/1.1\r\nHost: localhost\r\n\r\n");
    reader
        .get_mut()
        .write_all(request.as_bytes())
        .expect("send");
    let mut line = String::new();
    reader.read_line(&mut line).expect("status line");
    let status = line
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .expect("status");
    let mut length = 0;
    loop {
        line.clear();
        reader.read_line(&mut line).expect("header");
        if line == "\r\n" {
            break;
        }
        if let Some((k, v)) = line.split_once(':')
            && k.eq_ignore_ascii_case("content-length")
        {
            length = v.trim().parse().expect("length");
        }
    }
    let mut body = vec![0; length];
    reader.read_exact(&mut body).expect("body");
    status
}

#[test]
fn load_from_many_kept_alive_clients_gets_no_errors() {
    let site = Site::fixture();
    let serve = Serve::start(site.root());
    let (port, base) = (serve.port, serve.base.clone());
    let files_before = open_files(serve.child.id());
    let pages = [
        "da/",
        "ar/pakker/landbrug/",
        "en/job/",
        "assets/style.css",
        "data/catalog.json",
        "nope/",
    ];
    let started = Instant::now();
    let clients: Vec<_> = (0..16)
        .map(|i| {
            let base = base.clone();
            std::thread::spawn(move || {
                let stream = TcpStream::connect(("127.0.0.1", port)).expect("connect");
                stream
                    .set_read_timeout(Some(Duration::from_secs(30)))
                    .unwrap();
                stream.set_nodelay(true).unwrap();
                let mut reader = BufReader::new(stream);
                let mut wrong = 0;
                for j in 0..250 {
                    let page = pages[(i + j) % pages.len()];
                    let expected = if page == "nope/" { 404 } else { 200 };
                    if keep_alive_get(&mut reader, &format!("{base}{page}")) != expected {
                        wrong += 1;
                    }
                }
                wrong
            })
        })
        .collect();
    let wrong: usize = clients.into_iter().map(|c| c.join().expect("client")).sum();
    let elapsed = started.elapsed();
    assert_eq!(wrong, 0, "of 4,000 requests");
    eprintln!(
        "4,000 requests on 16 connections in {:.2} s",
        elapsed.as_secs_f64()
    );
    std::thread::sleep(Duration::from_millis(300));
    assert!(
        open_files(serve.child.id()) <= files_before + 2,
        "connections are closed"
    );
}

#[test]
fn malformed_requests_huge_headers_and_slow_clients_do_not_stop_it() {
    let site = Site::fixture();
    site.write("secret.txt", b"not for the web");
    let serve = Serve::start(site.root());
    let (port, base) = (serve.port, serve.base.clone());
    let pid = serve.child.id();
    let files_before = open_files(pid);
    let alive = || {
        assert_eq!(
            request(port, "GET", &format!("{base}da/")).status,
            200,
            "still serving"
        )
    };

    let huge_header = format!(
        "GET {base} HTTP/1.1\r\nHost: x\r\nX-Big: {}\r\n\r\n",
        "a".repeat(1 << 20)
    );
    let many_headers = format!(
        "GET {base} HTTP/1.1\r\nHost: x\r\n{}\r\n",
        "X-A: b\r\n".repeat(20_000)
    );
    let long_path = format!("GET /{} HTTP/1.1\r\nHost: x\r\n\r\n", "a/".repeat(100_000));
    let junk: Vec<u8> = (0..65_536u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8)
        .collect();
    let malformed: Vec<Vec<u8>> = vec![
        b"GARBAGE\r\n\r\n".to_vec(),
        b"GET\r\n\r\n".to_vec(),
        b"GET / HTTP/9.9\r\n\r\n".to_vec(),
        b"GET / HTTP/1.1\r\nno colon here\r\n\r\n".to_vec(),
        b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n".to_vec(),
        b"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n".to_vec(),
        b"GET /\x00\xff HTTP/1.1\r\nHost: x\r\n\r\n".to_vec(),
        b"\r\n\r\n\r\n".to_vec(),
        huge_header.into_bytes(),
        many_headers.into_bytes(),
        long_path.into_bytes(),
        junk,
    ];
    for bytes in &malformed {
        let status = exchange(port, bytes);
        assert!(
            status.is_none_or(|s| (400..500).contains(&s) || s == 505),
            "{:?}: {status:?}",
            String::from_utf8_lossy(&bytes[..bytes.len().min(40)])
        );
        alive();
    }

    // Traversal, in every spelling: never a file from outside the site.
    for path in [
        format!("{base}..%2f..%2fsecret.txt"),
        format!("{base}%252e%252e/secret.txt"),
        format!("{base}..\\..\\secret.txt"),
        format!("{base}%5c..%5c..%5csecret.txt"),
        "//secret.txt".to_string(),
        format!("{base}/../../content/site.yaml"),
        "http://localhost/../secret.txt".to_string(),
        format!("{base}da/%00/../../secret.txt"),
    ] {
        let response = request(port, "GET", &path);
        assert_ne!(response.status, 200, "{path}");
        assert!(!response.text().contains("not for the web"), "{path}");
        assert!(!response.text().contains("base_url"), "{path}");
    }

    // Slow clients: 200 connections that send half a request and wait.
    let slow: Vec<TcpStream> = (0..200)
        .map(|_| {
            let mut s = TcpStream::connect(("127.0.0.1", port)).expect("connect");
            s.write_all(b"GET / HTTP/1.1\r\nHo").unwrap();
            s
        })
        .collect();
    let started = Instant::now();
    alive();
    // Others are served while the slow ones still hang: none of them has
    // been closed yet (no clock needed, so a busy machine cannot fail it).
    for stream in &slow {
        stream.set_nonblocking(true).unwrap();
        let mut byte = [0u8; 1];
        let still_open = matches!(
            stream.peek(&mut byte),
            Err(ref e) if e.kind() == std::io::ErrorKind::WouldBlock
        );
        assert!(still_open, "served only after the slow clients were closed");
        stream.set_nonblocking(false).unwrap();
    }
    // The server closes them when their time for the head is up.
    for mut stream in slow {
        stream.set_read_timeout(Some(HEAD_TIMEOUT)).unwrap();
        let mut rest = Vec::new();
        stream
            .read_to_end(&mut rest)
            .expect("the server closes a slow client");
    }
    assert!(
        started.elapsed() < HEAD_TIMEOUT,
        "slow clients are closed after 5 s"
    );

    // Everything it opened is closed again.
    let deadline = Instant::now() + Duration::from_secs(10);
    while open_files(pid) > files_before + 2 && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(
        open_files(pid) <= files_before + 2,
        "{} open files, {files_before} before",
        open_files(pid)
    );
    alive();
}
