//! One preview session: the last good site in memory, rebuilt after every
//! change. A rebuild publishes the web pages first (with the PDFs of the last
//! build standing in for changed ones), then prints the changed PDFs and
//! publishes again. A rebuild that fails publishes only the error: the last
//! good site stays online.

use crate::build::BuildError;
use crate::render::print::Mode;
use crate::render::{Memo, RenderError, Rendered, render};
use crate::site::Site;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;
use tokio::sync::watch;

/// The output files by path relative to the site root, e.g. `da/index.html`.
pub type Files = HashMap<String, Arc<[u8]>>;

/// What the server shows at one moment.
#[derive(Default)]
pub struct Live {
    /// Counts publications; the browser reloads when it moves past its own.
    pub generation: u64,
    /// The path part of the site's base_url, e.g. `/branchepakker/`.
    pub base: String,
    pub files: Arc<Files>,
    /// Documents still being printed.
    pub pending: Arc<HashSet<String>>,
    /// Why the last rebuild failed (file, line, what is wrong, the fix).
    pub error: Option<String>,
    /// The files that differ from the previous publication.
    pub changed: Vec<String>,
    /// The server is stopping: event streams end.
    pub shutdown: bool,
}

impl Live {
    /// The state as the browser's script reads it.
    pub fn json(&self) -> String {
        serde_json::json!({
            "generation": self.generation,
            "base": self.base,
            "error": self.error,
            "changed": self.changed,
            "pending": self.pending.len(),
        })
        .to_string()
    }
}

/// What one rebuild did, for the terminal.
pub enum Outcome {
    /// Pages published; `pages` rendered anew out of `total`; PDFs to check
    /// (and print if they changed) with [`Session::print`].
    Published {
        pages: usize,
        total: usize,
        changed: usize,
        unchecked: usize,
        millis: f64,
    },
    /// The content or theme has an error: the report (file, line, what is
    /// wrong, the fix) is what the browser's overlay shows.
    Failed { report: String },
}

pub struct Session {
    root: PathBuf,
    site: Option<Site>,
    memo: Memo,
    live: Arc<watch::Sender<Arc<Live>>>,
    /// Set while a change waits: printing stops and starts over.
    stop: Arc<AtomicBool>,
}

impl Session {
    pub fn new(root: &Path, stop: Arc<AtomicBool>) -> Session {
        let (live, _) = watch::channel(Arc::new(Live::default()));
        let live = Arc::new(live);
        Session {
            root: root.to_path_buf(),
            site: None,
            memo: Memo::default(),
            live,
            stop,
        }
    }

    /// A receiver of every publication, for the server.
    pub fn subscribe(&self) -> watch::Receiver<Arc<Live>> {
        self.live.subscribe()
    }

    pub fn live(&self) -> Arc<Live> {
        self.live.borrow().clone()
    }

    /// What publishes the site: kept by the server to stop it.
    pub fn publisher(&self) -> Arc<watch::Sender<Arc<Live>>> {
        self.live.clone()
    }

    /// Reads the site again and publishes its web pages. `theme_changed`:
    /// something under themes/ or locales/ changed, so they are read again.
    pub fn rebuild(&mut self, theme_changed: bool) -> Outcome {
        let started = Instant::now();
        self.stop.store(false, Ordering::Relaxed);
        let reuse = match (&self.site, theme_changed) {
            (Some(site), false) => Some((site.locales.clone(), site.theme.clone())),
            _ => None,
        };
        let site = match Site::open_reusing(&self.root, reuse) {
            Ok(site) => site,
            Err(error) => return self.fail(error.into()),
        };
        let rendered = match render(&site, &self.memo, Mode::Later) {
            Ok(rendered) => rendered,
            Err(error) => return self.fail(BuildError::Render(error)),
        };
        let total = rendered.files.iter().filter(|f| is_page(&f.path)).count();
        let pages = count(&rendered.fresh, ".html");
        let changed = self.publish(&site.catalog.site.base_url.value, &rendered);
        self.memo = rendered.memo;
        let unchecked = rendered.pdfs_pending.len();
        self.site = Some(site);
        Outcome::Published {
            pages,
            total,
            changed,
            unchecked,
            millis: started.elapsed().as_secs_f64() * 1000.0,
        }
    }

    /// Prints the documents the last rebuild left pending and publishes them
    /// with the pages that show their sizes. Returns how many were printed,
    /// or `None` when a new change stopped it (the next rebuild starts over).
    pub fn print(&mut self) -> Result<Option<usize>, String> {
        let Some(site) = &self.site else {
            return Ok(Some(0));
        };
        if self.live().pending.is_empty() {
            return Ok(Some(0));
        }
        let mode = Mode::Now {
            stop: Some(&self.stop),
        };
        let result = render(site, &self.memo, mode);
        // Typst keeps what it laid out for the next document; let go of what
        // has not been used for a while so a long session stays small.
        typst::comemo::evict(10);
        let rendered = match result {
            Ok(rendered) => rendered,
            Err(RenderError::Stopped) => return Ok(None),
            Err(error) => {
                let message = BuildError::Render(error).describe();
                self.publish_error(message.clone());
                return Err(message);
            }
        };
        let printed = count(&rendered.fresh, ".pdf");
        let base = site.catalog.site.base_url.value.clone();
        self.publish(&base, &rendered);
        self.memo = rendered.memo;
        Ok(Some(printed))
    }

    /// Runs `work` (a rebuild or a print), catching a panic in it: the
    /// panic is published like an error (the last good site stays online)
    /// and the session starts afresh, so the next save rebuilds everything.
    pub fn guarded<T>(&mut self, work: impl FnOnce(&mut Session) -> T) -> Result<T, String> {
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| work(self)));
        result.map_err(|panic| {
            let what = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            let report = tr!("serve-panic", what = what);
            self.site = None;
            self.memo = Memo::default();
            self.publish_error(report.clone());
            report
        })
    }

    fn fail(&mut self, error: BuildError) -> Outcome {
        // Errors only: the warnings are in `pathways check`.
        let report = error.describe();
        self.publish_error(report.clone());
        Outcome::Failed { report }
    }

    fn publish_error(&self, error: String) {
        self.live.send_modify(|live| {
            let next = Live {
                generation: live.generation + 1,
                base: live.base.clone(),
                files: live.files.clone(),
                pending: live.pending.clone(),
                error: Some(error),
                changed: Vec::new(),
                shutdown: false,
            };
            *live = Arc::new(next);
        });
    }

    /// Publishes what was rendered (and clears the error); returns how many
    /// files differ from what was online.
    fn publish(&self, base_url: &str, rendered: &Rendered) -> usize {
        let (base, pending) = (base_path(base_url), &rendered.pdfs_pending);
        let old = self.live();
        let files: Files = rendered
            .files
            .iter()
            .map(|f| (f.path.to_string_lossy().replace('\\', "/"), f.bytes.clone()))
            .collect();
        let mut changed: Vec<String> = files
            .iter()
            .filter(|(path, bytes)| {
                old.files
                    .get(*path)
                    .is_none_or(|b| !Arc::ptr_eq(b, bytes) && b != *bytes)
            })
            .map(|(path, _)| path.clone())
            .chain(
                old.files
                    .keys()
                    .filter(|p| !files.contains_key(*p))
                    .cloned(),
            )
            .collect();
        changed.sort();
        let n = changed.len();
        if n == 0 && old.error.is_none() && old.base == base && old.pending.len() == pending.len() {
            return 0;
        }
        let next = Live {
            generation: old.generation + 1,
            base,
            files: Arc::new(files),
            pending: Arc::new(pending.iter().cloned().collect()),
            error: None,
            changed,
            shutdown: false,
        };
        self.live.send_replace(Arc::new(next));
        n
    }
}

/// How many of `paths` end with `extension`.
fn count(paths: &[String], extension: &str) -> usize {
    paths.iter().filter(|p| p.ends_with(extension)).count()
}

fn is_page(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "html")
}

/// `https://example.dk/branchepakker/` → `/branchepakker/`.
pub fn base_path(base_url: &str) -> String {
    let rest = base_url.split_once("://").map_or(base_url, |(_, r)| r);
    let path = rest.find('/').map_or("/", |i| &rest[i..]);
    if path.ends_with('/') {
        path.to_string()
    } else {
        format!("{path}/")
    }
}

/// Ends the event streams of open browser tabs, so the server can stop.
pub fn shut_down(publisher: &watch::Sender<Arc<Live>>) {
    publisher.send_modify(|live| {
        *live = Arc::new(Live {
            generation: live.generation,
            base: live.base.clone(),
            files: live.files.clone(),
            shutdown: true,
            ..Live::default()
        });
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_in_a_rebuild_is_shown_and_the_next_rebuild_works() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut session = Session::new(root, Arc::new(AtomicBool::new(false)));
        assert!(matches!(session.rebuild(false), Outcome::Published { .. }));
        let pages = session.live().files.len();

        let caught = session.guarded(|_| -> Outcome { panic!("a fault planted by the test") });
        let report = caught.err().expect("the panic is caught");
        assert!(report.contains("internal error"), "{report}");
        assert!(report.contains("a fault planted by the test"), "{report}");
        let live = session.live();
        assert_eq!(
            live.error.as_deref(),
            Some(report.as_str()),
            "the overlay shows it"
        );
        assert_eq!(live.files.len(), pages, "the last good site stays online");

        let outcome = session.guarded(|s| s.rebuild(false)).expect("no panic");
        assert!(matches!(outcome, Outcome::Published { .. }));
        assert_eq!(session.live().error, None, "the error is cleared");
    }
}
