//! The data handed to the Typst print templates, with hostile texts.
//!
//! Every text of the example's first package (name, summary, criteria,
//! modules, companies, contact ...) in every language is replaced by a
//! piece of the input (pieces are split at byte 0x01 and reused in turn);
//! the first byte picks which of that package's documents to print. Any
//! text must print: Typst markup, right-to-left runs, control characters
//! and very long words come out as text, never as an error or a panic.

#![no_main]

use libfuzzer_sys::fuzz_target;
use pathways::model::Package;
use pathways::render::print;
use pathways::site::Site;
use serde_json::Value;
use std::path::Path;
use std::sync::OnceLock;

struct Example {
    site: Site,
    id: String,
    /// The package as JSON, the form the catalog round-trips through.
    package: Value,
    pool: rayon::ThreadPool,
}

fn example() -> &'static Example {
    static EXAMPLE: OnceLock<Example> = OnceLock::new();
    EXAMPLE.get_or_init(|| {
        let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let site = Site::open(&repo).unwrap_or_else(|_| panic!("the example site loads"));
        let (id, package) = site.catalog.packages_in_order()[0];
        let package = serde_json::to_value(package).expect("a package serialises");
        Example {
            id: id.to_string(),
            package,
            site,
            pool: print::pool().expect("threads to print on"),
        }
    })
}

/// A text: an object whose keys are the site's language codes.
fn is_text(map: &serde_json::Map<String, Value>) -> bool {
    !map.is_empty()
        && map
            .iter()
            .all(|(k, v)| matches!(k.as_str(), "da" | "ar" | "en") && v.is_string())
}

/// Replaces every text in `value` with the next of `pieces`.
fn replace_texts(value: &mut Value, pieces: &[&str], next: &mut usize) {
    match value {
        Value::Object(map) if is_text(map) => {
            for text in map.values_mut() {
                let piece = pieces[*next % pieces.len()];
                *next += 1;
                // An empty text is refused by `check`; keep one character.
                *text = Value::String(if piece.is_empty() {
                    "x".into()
                } else {
                    piece.into()
                });
            }
        }
        Value::Object(map) => map
            .values_mut()
            .for_each(|v| replace_texts(v, pieces, next)),
        Value::Array(items) => items
            .iter_mut()
            .for_each(|v| replace_texts(v, pieces, next)),
        _ => {}
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&pick, bytes)) = data.split_first() else {
        return;
    };
    let example = example();
    let text = String::from_utf8_lossy(bytes);
    let pieces: Vec<&str> = text.split('\u{1}').collect();
    let mut package = example.package.clone();
    replace_texts(&mut package, &pieces, &mut 0);
    let package: Package = serde_json::from_value(package).expect("still a package");

    let mut catalog = example.site.catalog.clone();
    catalog.packages.insert(example.id.clone(), package);
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let reuse = Some((example.site.locales.clone(), example.site.theme.clone()));
    let site = Site::open_reusing(&repo, reuse)
        .unwrap_or_else(|_| panic!("the example site loads"))
        .with_catalog(catalog)
        .expect("the same references");
    let theme = &site.theme;
    let one = site.package(&example.id).expect("the package");
    let documents = print::documents_of(&site, &[one]).expect("the data of any text");
    let document = &documents[usize::from(pick) % documents.len()];
    example.pool.install(|| {
        theme
            .print
            .pdf(
                document.template(),
                document.data().expect("data"),
                &document.path,
            )
            .unwrap_or_else(|e| panic!("{} does not print: {e}", document.path));
    });
});
