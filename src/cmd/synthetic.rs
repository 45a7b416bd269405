//! `pathways synthetic --packages N --out DIR [--hugo DIR] [--hostile]`
//! (hidden): a national-scale catalogue for benchmarks, or a hostile one for
//! tests, see `pathways::synthetic`.

use crate::{CONTENT_ERROR, USAGE_ERROR};
use pathways::i18n::Locales;
use pathways::load::load;
use pathways::synthetic;
use std::path::Path;

pub fn run(from: &Path, packages: usize, out: &Path, hugo: Option<&Path>, hostile: bool) -> u8 {
    let loaded = match load(from) {
        Ok(loaded) => loaded,
        Err(error) => {
            eprintln!("error: {error}");
            return USAGE_ERROR;
        }
    };
    let Some(example) = loaded.valid_catalog() else {
        loaded.report.emit_to_stderr(&loaded.sources);
        eprintln!("error: the site in {} has errors", from.display());
        return CONTENT_ERROR;
    };
    let result = synthetic::catalog(example, packages).and_then(|mut catalog| {
        if hostile {
            synthetic::hostile::texts(&mut catalog)?;
        }
        synthetic::write(&catalog, from, out)?;
        if hostile {
            synthetic::hostile::pages(out)?;
        }
        if let Some(hugo) = hugo {
            let languages: Vec<&str> = catalog.language_codes().collect();
            let default = catalog.site.default_language.value.as_str();
            let locales = Locales::load(from, &languages, default).map_err(|errors| {
                errors
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("\n")
            })?;
            synthetic::hugo(&catalog, &locales, hugo)?;
        }
        Ok(catalog)
    });
    match result {
        Ok(catalog) => {
            println!(
                "wrote {} packages and {} courses in {} languages to {}",
                catalog.packages.len(),
                catalog.courses.len(),
                catalog.site.languages.len(),
                out.display()
            );
            0
        }
        Err(error) => {
            eprintln!("error: {error}");
            CONTENT_ERROR
        }
    }
}
