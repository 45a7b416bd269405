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

/// Why the server could not start.
pub struct NotStarted(pub String);

/// Runs until Ctrl-C. Returns an error only when it cannot start.
pub fn run(options: Options) -> Result<(), NotStarted> {
    let root = &options.root;
    if !root.join("content").is_dir() {
        return Err(NotStarted(format!(
            "{} has no content/ folder; give the site's folder with --root, or create a new site with `pathways init`",
            root.display()
        )));
    }
    let stop = Arc::new(AtomicBool::new(false));
    let mut session = Session::new(root, stop.clone());
    let outcome = session.rebuild(true);
    report(&outcome, "started");

    let (changes, changed) = mpsc::channel();
    let watcher = watch::start(root, stop, changes)
        .map_err(|e| NotStarted(format!("cannot watch {} for changes: {e}", root.display())))?;

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| NotStarted(format!("cannot start the server: {e}")))?;
    let address = SocketAddr::new(options.bind, options.port);
    let listener = runtime.block_on(tokio::net::TcpListener::bind(address)).map_err(|e| {
        NotStarted(match e.kind() {
            std::io::ErrorKind::AddrInUse => format!(
                "the port {} is already in use; choose another with --port, e.g. --port {}, or stop the program that uses it",
                options.port,
                options.port.saturating_add(1)
            ),
            _ => format!("cannot listen on {address}: {e}"),
        })
    })?;
    let local = listener
        .local_addr()
        .map_err(|e| NotStarted(format!("cannot listen on {address}: {e}")))?;
    let url = format!("http://{local}{}", session.live().base);
    println!("serving {url} (press Ctrl-C to stop)");
    if !options.bind.is_loopback() {
        eprintln!(
            "warning: --bind {} makes the preview readable by other computers on the network",
            options.bind
        );
    }
    if options.open
        && let Err(e) = opener::open(&url)
    {
        eprintln!("cannot open a browser ({e}); open {url} yourself");
    }

    let (quit, quitting) = tokio::sync::oneshot::channel::<()>();
    let server = runtime.spawn(http::serve(listener, session.subscribe(), quitting));

    // The session rebuilds on its own thread; the runtime serves meanwhile.
    // Nothing is on disk, so the thread can simply end with the process.
    let publisher = session.publisher();
    let root = root.clone();
    std::thread::spawn(move || rebuild_on_changes(&mut session, &changed, &watcher, &root));
    runtime.block_on(crate::signals::stopped());
    eprintln!("stopping");
    shut_down(&publisher);
    let _ = quit.send(());
    runtime.block_on(async {
        let _ = tokio::time::timeout(Duration::from_secs(3), server).await;
    });
    runtime.shutdown_timeout(Duration::from_millis(500));
    Ok(())
}

/// Rebuilds after each batch of changes, then prints the PDFs that changed
/// unless another change arrives first.
fn rebuild_on_changes(
    session: &mut Session,
    changes: &mpsc::Receiver<watch::Change>,
    watcher: &watch::Watcher,
    root: &Path,
) {
    let mut pending_print = true;
    loop {
        if pending_print {
            let started = Instant::now();
            match session.print() {
                Ok(Some(0)) => {}
                Ok(Some(n)) => println!(
                    "printed {n} PDF(s) in {:.1} s",
                    started.elapsed().as_secs_f64()
                ),
                Ok(None) => {}
                Err(e) => eprintln!("error: {e}"),
            }
        }
        let Ok(first) = changes.recv() else { return };
        // Take every change that arrived meanwhile into the same rebuild.
        let mut batch = first;
        while let Ok(more) = changes.try_recv() {
            batch.merge(more);
        }
        for folder in &batch.new_folders {
            watch::add(watcher, folder);
        }
        let outcome = session.rebuild(batch.theme);
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
            println!(
                "{cause}: rendered {pages} of {total} pages, {changed} file(s) changed, in {millis:.0} ms"
            );
        }
        Outcome::Failed { report } => {
            eprintln!(
                "{cause}: the site could not be built; the browser keeps showing the last good version\n\n{report}"
            );
        }
    }
}
