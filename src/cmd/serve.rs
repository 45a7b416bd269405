//! `pathways serve`: build into memory, serve, rebuild on every save.

use crate::USAGE_ERROR;
use pathways::serve::{Options, ServeError, run};

pub fn run_serve(options: Options) -> u8 {
    match run(options) {
        Ok(()) => 0,
        Err(ServeError::NotStarted(why)) => {
            eprintln!("{}", pathways::tr!("error-line", text = why));
            USAGE_ERROR
        }
        Err(ServeError::RebuildsEnded) => 1,
    }
}
