//! The preview server: the site from memory under the path of its base_url,
//! the live-reload script and its event stream. Only files of the site are
//! served: a path is decoded once and refused (400) if it tries to leave the
//! site; nothing on disk is ever opened. Connections speak HTTP/1.1 and
//! must send their request head within a few seconds, so slow or stalled
//! clients cannot hold connections open for ever.

use super::session::Live;
use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderValue, Method, StatusCode, Uri, header};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use futures_util::stream::{self, Stream};
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use std::convert::Infallible;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::sync::{oneshot, watch};

/// Where the script and its events live; not a path a site can have.
pub const LIVE_JS: &str = "/__pathways/live.js";
pub const EVENTS: &str = "/__pathways/events";

const SCRIPT: &str = include_str!("live.js");

/// The live-reload script with the overlay's words in the tool's language.
fn script() -> &'static str {
    static SCRIPT_IN_WORDS: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    SCRIPT_IN_WORDS.get_or_init(|| {
        let quoted = |text: String| serde_json::to_string(&text).unwrap_or_default();
        SCRIPT
            .replace(
                "\"__LANG__\"",
                &quoted(crate::messages::current().code().to_string()),
            )
            .replace("\"__HEADING__\"", &quoted(tr!("overlay-heading")))
            .replace("\"__NOTE__\"", &quoted(tr!("overlay-note")))
            .replace("\"__HIDE__\"", &quoted(tr!("overlay-hide")))
    })
}

pub type Shared = watch::Receiver<Arc<Live>>;

/// How long a client may take to send the head of a request (also the
/// longest a kept-alive connection may wait idle for its next request).
pub const HEAD_TIMEOUT: Duration = Duration::from_secs(5);

/// Serves the site until `quit`; then lets open answers finish (at most
/// 3 s; the event streams end with the publisher's shutdown state).
pub async fn serve(listener: TcpListener, live: Shared, quit: oneshot::Receiver<()>) {
    let app = axum::Router::new().fallback(handle).with_state(live);
    let graceful = GracefulShutdown::new();
    let mut quit = std::pin::pin!(quit);
    loop {
        let stream = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                // Out of file descriptors or a connection reset before it
                // was accepted: wait a moment instead of spinning.
                Err(_) => {
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            _ = &mut quit => break,
        };
        // Answers go out at once, not held back to fill a packet.
        let _ = stream.set_nodelay(true);
        let connection = hyper::server::conn::http1::Builder::new()
            .timer(TokioTimer::new())
            .header_read_timeout(HEAD_TIMEOUT)
            .serve_connection(TokioIo::new(stream), TowerToHyperService::new(app.clone()));
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            // A client that breaks the protocol or goes silent only loses
            // its own connection.
            let _ = connection.await;
        });
    }
    drop(listener);
    let _ = tokio::time::timeout(Duration::from_secs(3), graceful.shutdown()).await;
}

pub async fn handle(State(live): State<Shared>, method: Method, uri: Uri) -> Response {
    if method != Method::GET && method != Method::HEAD {
        let mut response = text(StatusCode::METHOD_NOT_ALLOWED, "only GET and HEAD\n");
        response
            .headers_mut()
            .insert(header::ALLOW, HeaderValue::from_static("GET, HEAD"));
        return response;
    }
    match uri.path() {
        LIVE_JS => {
            return with_type(
                script().as_bytes().to_vec(),
                "text/javascript; charset=utf-8",
            );
        }
        EVENTS => return events(live.clone()).into_response(),
        _ => {}
    }
    let live = live.borrow().clone();
    let Some(path) = decode(uri.path()) else {
        return text(
            StatusCode::BAD_REQUEST,
            "400 bad request: the path is not a path inside the site\n",
        );
    };
    if path == "/" && live.base != "/" {
        return redirect(StatusCode::FOUND, &live.base);
    }
    let Some(relative) = path.strip_prefix(&live.base) else {
        return not_found(&live);
    };
    let file = if relative.is_empty() || relative.ends_with('/') {
        format!("{relative}index.html")
    } else {
        relative.to_string()
    };
    if let Some(bytes) = live.files.get(&file) {
        return page(&live, &file, bytes, StatusCode::OK);
    }
    if live.files.contains_key(&format!("{file}/index.html")) {
        return redirect(StatusCode::MOVED_PERMANENTLY, &format!("{path}/"));
    }
    if live.pending.contains(&file) {
        let mut response = text(
            StatusCode::SERVICE_UNAVAILABLE,
            format!("{}\n", tr!("serve-pdf-pending")),
        );
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from_static("2"));
        return response;
    }
    not_found(&live)
}

/// The decoded path, or `None` when it is not a plain path inside the site:
/// bad percent-encoding or UTF-8, `..` or `.` segments, backslashes, NUL.
pub fn decode(raw: &str) -> Option<String> {
    let bytes: Vec<u8> = percent_encoding::percent_decode_str(raw).collect();
    let path = String::from_utf8(bytes).ok()?;
    let plain = path.starts_with('/')
        && !path.contains(['\\', '\0'])
        && !path
            .split('/')
            .any(|segment| segment == ".." || segment == ".");
    plain.then_some(path)
}

/// The content type by file extension; unknown files download as bytes.
pub fn content_type(file: &str) -> &'static str {
    match file.rsplit_once('.').map(|(_, ext)| ext) {
        Some("html") => "text/html; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("json") => "application/json",
        Some("svg") => "image/svg+xml",
        Some("pdf") => "application/pdf",
        Some("xml") => "application/xml; charset=utf-8",
        Some("txt") => "text/plain; charset=utf-8",
        Some("png") => "image/png",
        Some("jpg" | "jpeg") => "image/jpeg",
        Some("woff2") => "font/woff2",
        Some("ttf") => "font/ttf",
        _ => "application/octet-stream",
    }
}

/// A file of the site; HTML pages get the live-reload script.
fn page(live: &Live, file: &str, bytes: &[u8], status: StatusCode) -> Response {
    let kind = content_type(file);
    let body = if kind.starts_with("text/html") {
        with_script(bytes, live.generation)
    } else {
        bytes.to_vec()
    };
    let mut response = with_type(body, kind);
    *response.status_mut() = status;
    response
}

/// The page with the live-reload script before `</body>`. The script knows
/// which publication the page came from, so it reloads if it missed one.
fn with_script(html: &[u8], generation: u64) -> Vec<u8> {
    let tag = format!(r#"<script src="{LIVE_JS}?generation={generation}" defer></script>"#);
    let text = String::from_utf8_lossy(html);
    match text.rfind("</body>") {
        Some(at) => format!("{}{tag}{}", &text[..at], &text[at..]).into_bytes(),
        None => format!("{text}{tag}").into_bytes(),
    }
}

fn not_found(live: &Live) -> Response {
    match live.files.get("404.html") {
        Some(bytes) => page(live, "404.html", bytes, StatusCode::NOT_FOUND),
        None => text(StatusCode::NOT_FOUND, "404 not found\n"),
    }
}

fn with_type(body: Vec<u8>, kind: &'static str) -> Response {
    let mut response = Body::from(body).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(kind));
    // A preview must always show the latest version.
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    response
}

fn text(status: StatusCode, message: impl Into<String>) -> Response {
    let mut response = with_type(message.into().into_bytes(), "text/plain; charset=utf-8");
    *response.status_mut() = status;
    response
}

fn redirect(status: StatusCode, to: &str) -> Response {
    let mut response = text(status, "moved\n");
    if let Ok(location) = HeaderValue::from_str(to) {
        response.headers_mut().insert(header::LOCATION, location);
    }
    response
}

/// Server-sent events: the state now, then every publication. The stream
/// ends when the server stops.
fn events(mut live: Shared) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    let first = live.borrow_and_update().clone();
    let stream = stream::unfold((live, Some(first)), |(mut live, first)| async move {
        let state = match first {
            Some(state) => state,
            None => {
                live.changed().await.ok()?;
                live.borrow_and_update().clone()
            }
        };
        if state.shutdown {
            return None;
        }
        let event = Event::default().event("state").data(state.json());
        Some((Ok(event), (live, None)))
    });
    Sse::new(stream).keep_alive(KeepAlive::default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_that_leave_the_site_are_refused() {
        for raw in [
            "/../etc/passwd",
            "/branchepakker/../../etc/passwd",
            "/branchepakker/%2e%2e/%2e%2e/etc/passwd",
            "/branchepakker/..%2f..%2fetc%2fpasswd",
            "/branchepakker/..%5c..%5cwindows",
            "/branchepakker/a\\..\\b",
            "/branchepakker/%00",
            "/branchepakker/%ff%fe",
            "/branchepakker/./da/",
        ] {
            assert_eq!(decode(raw), None, "{raw}");
        }
        assert_eq!(
            decode("/branchepakker/da/pakker/landbrug/").as_deref(),
            Some("/branchepakker/da/pakker/landbrug/")
        );
        assert_eq!(decode("/a%20b.pdf").as_deref(), Some("/a b.pdf"));
        assert_eq!(decode("/x..y/").as_deref(), Some("/x..y/"));
    }

    #[test]
    fn the_script_goes_before_the_end_of_the_body() {
        let html = with_script(b"<html><body><p>x</p></body></html>", 7);
        let html = String::from_utf8(html).unwrap();
        assert!(html.ends_with(
            "<p>x</p><script src=\"/__pathways/live.js?generation=7\" defer></script></body></html>"
        ));
    }
}
