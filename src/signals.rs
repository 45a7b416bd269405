//! Ctrl-C and requests to terminate (SIGTERM), for `build` and `serve`.

use std::sync::atomic::{AtomicBool, Ordering};

/// Waits for Ctrl-C (or, on Unix, a request to terminate).
pub async fn stopped() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        if let Ok(mut terminate) = signal(SignalKind::terminate()) {
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = terminate.recv() => {}
            }
            return;
        }
    }
    let _ = tokio::signal::ctrl_c().await;
}

/// Sets `stop` at the first Ctrl-C or request to terminate, and calls
/// `then`; ends the process with `code` at the second. The handlers are in
/// place when this returns; they run on a thread of their own, so the
/// caller may go on with blocking work.
#[cfg(unix)]
pub fn stop_on_signal(stop: &'static AtomicBool, then: fn(), code: i32) {
    use tokio::signal::unix::{SignalKind, signal};
    let Ok(runtime) = tokio::runtime::Builder::new_current_thread()
        .enable_io()
        .build()
    else {
        return;
    };
    let signals = {
        let _inside = runtime.enter();
        signal(SignalKind::interrupt()).and_then(|i| Ok((i, signal(SignalKind::terminate())?)))
    };
    let Ok((mut interrupt, mut terminate)) = signals else {
        return;
    };
    std::thread::spawn(move || {
        runtime.block_on(async {
            for round in 0..2 {
                tokio::select! {
                    _ = interrupt.recv() => {}
                    _ = terminate.recv() => {}
                }
                if round == 0 {
                    stop.store(true, Ordering::Relaxed);
                    then();
                }
            }
            std::process::exit(code);
        });
    });
}

/// Windows: Ctrl-C as above; there is no SIGTERM.
#[cfg(windows)]
pub fn stop_on_signal(stop: &'static AtomicBool, then: fn(), code: i32) {
    let Ok(runtime) = tokio::runtime::Builder::new_current_thread()
        .enable_io()
        .build()
    else {
        return;
    };
    let listener = {
        let _inside = runtime.enter();
        tokio::signal::windows::ctrl_c()
    };
    let Ok(mut listener) = listener else {
        return;
    };
    std::thread::spawn(move || {
        runtime.block_on(async {
            for round in 0..2 {
                if listener.recv().await.is_none() {
                    return;
                }
                if round == 0 {
                    stop.store(true, Ordering::Relaxed);
                    then();
                }
            }
            std::process::exit(code);
        });
    });
}
