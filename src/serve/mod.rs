//! `pathways serve`: a live preview for the people who edit the content.
//! It builds the site into memory (nothing is written to disk), serves it on
//! loopback, watches content/, themes/ and locales/, rebuilds what a save
//! changed and reloads the open browser tabs that show it. An error keeps
//! the last good site online and shows over it until it is fixed.

mod http;
mod session;
mod watch;

pub use http::{EVENTS, LIVE_JS, content_type, decode};
pub use session::{Live, Outcome, Session, base_path, shut_down};

use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::sync::mpsc;
use std::time::{Duration, Instant};

pub struct Options {
    pub root: PathBuf,
    pub bind: IpAddr,
    pub port: u16,
    pub open: bool,
}

/// Why the server could not start, or stopped before Ctrl-C.
pub enum ServeError {
    /// What is wrong, to be printed.
    NotStarted(String),
    /// The rebuilding ended; why has been printed.
    RebuildsEnded,
}

/// Why the server could not start.
struct NotStarted(String);

impl From<NotStarted> for ServeError {
    fn from(error: NotStarted) -> ServeError {
        ServeError::NotStarted(error.0)
    }
}

/// Runs until Ctrl-C. Returns an error when it cannot start, or when its
/// rebuilding ended first.
pub fn run(options: Options) -> Result<(), ServeError> {
    let root = &options.root;
    if !root.join("content").is_dir() {
        return Err(ServeError::NotStarted(tr!(
            "no-content-folder",
            root = root.display().to_string()
        )));
    }
    let stop = Arc::new(AtomicBool::new(false));
    let mut session = Session::new(root, stop.clone());
    let outcome = session.rebuild(true);
    report(&outcome, &tr!("serve-start"));

    let (changes, changed) = mpsc::channel();
    let watcher = watch::start(root, stop, changes).map_err(|e| {
        NotStarted(tr!(
            "serve-watch-failed",
            root = root.display().to_string(),
            error = e.to_string()
        ))
    })?;

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| NotStarted(tr!("serve-runtime-failed", error = e.to_string())))?;
    let address = SocketAddr::new(options.bind, options.port);
    let listener = runtime
        .block_on(tokio::net::TcpListener::bind(address))
        .map_err(|e| {
            NotStarted(match e.kind() {
                std::io::ErrorKind::AddrInUse => tr!(
                    "serve-port-in-use",
                    port = options.port,
                    next = options.port.saturating_add(1)
                ),
                _ => tr!(
                    "serve-listen-failed",
                    address = address.to_string(),
                    error = e.to_string()
                ),
            })
        })?;
    let local = listener.local_addr().map_err(|e| {
        NotStarted(tr!(
            "serve-listen-failed",
            address = address.to_string(),
            error = e.to_string()
        ))
    })?;
    let url = format!("http://{local}{}", session.live().base);
    println!("{}", tr!("serve-serving", url = url.as_str()));
    if !options.bind.is_loopback() {
        let address = options.bind.to_string();
        eprintln!("{}", tr!("serve-bind-warning", address = address));
    }
    if options.open
        && let Err(e) = opener::open(&url)
    {
        let error = e.to_string();
        eprintln!(
            "{}",
            tr!("serve-no-browser", error = error, url = url.as_str())
        );
    }

    let (quit, quitting) = tokio::sync::oneshot::channel::<()>();
    let server = runtime.spawn(http::serve(listener, session.subscribe(), quitting));

    // The session rebuilds on its own thread; the runtime serves meanwhile.
    // Nothing is on disk, so the thread can simply end with the process. If
    // it ends first, the server stops too and says why: a preview that no
    // longer rebuilds would show old pages as if they were current.
    let publisher = session.publisher();
    let root = root.clone();
    let (ended, rebuilds_ended) = tokio::sync::oneshot::channel::<String>();
    std::thread::spawn(move || {
        let ended = Ended(Some(ended));
        let why = rebuild_on_changes(&mut session, &changed, &watcher, &root);
        ended.say(why);
    });
    let failed = runtime.block_on(async {
        tokio::select! {
            () = crate::signals::stopped() => None,
            why = rebuilds_ended => Some(why.unwrap_or_else(|_| tr!("serve-rebuilding-stopped"))),
        }
    });
    match &failed {
        Some(why) => eprintln!("{}", tr!("serve-ended", why = why.as_str())),
        None => eprintln!("{}", tr!("serve-stopping")),
    }
    shut_down(&publisher);
    let _ = quit.send(());
    runtime.block_on(async {
        let _ = tokio::time::timeout(Duration::from_secs(3), server).await;
    });
    runtime.shutdown_timeout(Duration::from_millis(500));
    match failed {
        Some(_) => Err(ServeError::RebuildsEnded),
        None => Ok(()),
    }
}

/// Tells the server that the rebuild thread has ended, also when it ends by
/// a panic (on drop).
struct Ended(Option<tokio::sync::oneshot::Sender<String>>);

impl Ended {
    fn say(mut self, why: String) {
        if let Some(sender) = self.0.take() {
            let _ = sender.send(why);
        }
    }
}

impl Drop for Ended {
    fn drop(&mut self) {
        if let Some(sender) = self.0.take() {
            let _ = sender.send(tr!("serve-internal"));
        }
    }
}

/// Rebuilds after each batch of changes, then prints the PDFs that changed
/// unless another change arrives first. A panic inside one rebuild is shown
/// like an error in the content, and the next save tries again. Returns why
/// it stopped: only when the watching has ended.
fn rebuild_on_changes(
    session: &mut Session,
    changes: &mpsc::Receiver<watch::Change>,
    watcher: &watch::Watcher,
    root: &Path,
) -> String {
    let mut pending_print = true;
    loop {
        if pending_print {
            let started = Instant::now();
            match session.guarded(Session::print) {
                Ok(Ok(Some(0) | None)) => {}
                Ok(Ok(Some(n))) => {
                    let seconds = format!("{:.1}", started.elapsed().as_secs_f64());
                    println!("{}", tr!("serve-printed", count = n, seconds = seconds));
                }
                Ok(Err(e)) => eprintln!("{}", tr!("error-line", text = e.to_string())),
                Err(report) => eprintln!("{}", tr!("error-line", text = report)),
            }
        }
        let Ok(first) = changes.recv() else {
            return tr!("serve-stopped-watching");
        };
        // Take every change that arrived meanwhile into the same rebuild.
        let mut batch = first;
        while let Ok(more) = changes.try_recv() {
            batch.merge(more);
        }
        for folder in &batch.new_folders {
            watch::add(watcher, folder);
        }
        for trouble in &batch.trouble {
            eprintln!("{}", tr!("serve-trouble", trouble = trouble.as_str()));
        }
        let theme = batch.theme;
        let outcome = session
            .guarded(|session| session.rebuild(theme))
            .unwrap_or_else(|report| Outcome::Failed { report });
        report(&outcome, &batch.describe(root));
        pending_print = matches!(outcome, Outcome::Published { unchecked, .. } if unchecked > 0);
    }
}

fn report(outcome: &Outcome, cause: &str) {
    match outcome {
        Outcome::Published {
            pages,
            total,
            changed,
            millis,
            ..
        } => {
            let ms = format!("{millis:.0}");
            let line = tr!(
                "serve-published",
                cause = cause,
                pages = *pages,
                total = *total,
                changed = *changed,
                ms = ms
            );
            println!("{line}");
        }
        Outcome::Failed { report } => {
            eprintln!("{}\n\n{report}", tr!("serve-failed", cause = cause));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rebuild_thread_says_why_it_ended_also_when_it_panics() {
        let (sender, said) = tokio::sync::oneshot::channel();
        Ended(Some(sender)).say("the watching ended".into());
        assert_eq!(said.blocking_recv().unwrap(), "the watching ended");

        let (sender, said) = tokio::sync::oneshot::channel();
        let thread = std::thread::spawn(move || {
            let _ended = Ended(Some(sender));
            panic!("a fault planted by the test");
        });
        assert!(thread.join().is_err());
        let why = said
            .blocking_recv()
            .expect("a panicking thread still reports");
        assert!(why.contains("internal error"), "{why}");
    }
}
