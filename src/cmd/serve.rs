//! `pathways serve`: build into memory, serve, rebuild on every save.

use crate::USAGE_ERROR;
use pathways::serve::{Options, run};

pub fn run_serve(options: Options) -> u8 {
    match run(options) {
        Ok(()) => 0,
        Err(error) => {
            eprintln!("error: {}", error.0);
            USAGE_ERROR
        }
    }
}
