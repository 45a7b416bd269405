//! The tool's own words (errors, warnings, help lines, the summary, the
//! progress line, `serve`'s terminal and overlay, `--help`) in Danish and
//! English, from the Fluent catalogues `src/messages/{da,en}.ftl` built into
//! the binary. The site's interface words are another catalogue: `locales/`.
//!
//! The language is chosen once, when the command starts ([`choose`]): the
//! `--ui-lang` flag, else `PATHWAYS_LANG`, else the `LC_ALL`/`LC_MESSAGES`/
//! `LANG` locale when it is Danish or English, else Danish: the people who
//! run the tool are Danish. The library speaks English until told otherwise.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU8, Ordering};

/// A language the tool speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    Da,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Da, Lang::En];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Da => "da",
            Lang::En => "en",
        }
    }

    /// The language a code or a locale names: `da`, `da_DK.UTF-8`, `en-GB`.
    pub fn from_locale(locale: &str) -> Option<Lang> {
        let code = locale
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match code.as_str() {
            "da" | "dk" => Some(Lang::Da),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    fn source(self) -> &'static str {
        match self {
            Lang::Da => include_str!("da.ftl"),
            Lang::En => include_str!("en.ftl"),
        }
    }
}

static CURRENT: AtomicU8 = AtomicU8::new(1);

/// Sets the language of every message from now on.
pub fn set(lang: Lang) {
    CURRENT.store(lang as u8, Ordering::Relaxed);
}

/// The language messages are in.
pub fn current() -> Lang {
    match CURRENT.load(Ordering::Relaxed) {
        0 => Lang::Da,
        _ => Lang::En,
    }
}

/// Why a requested language was not taken.
#[derive(Debug, PartialEq, Eq)]
pub struct UnknownLang(pub String);

/// The language the user asked for: the flag's value, else `PATHWAYS_LANG`,
/// else the locale's language when the tool speaks it, else Danish. A flag
/// or `PATHWAYS_LANG` naming a language the tool does not speak is an error
/// (the caller says so in Danish, then goes on in Danish).
pub fn choose(
    flag: Option<&str>,
    env: impl Fn(&str) -> Option<String>,
) -> (Lang, Option<UnknownLang>) {
    let asked = flag
        .map(str::to_string)
        .or_else(|| env("PATHWAYS_LANG").filter(|v| !v.is_empty()));
    if let Some(asked) = asked {
        return match Lang::from_locale(&asked) {
            Some(lang) => (lang, None),
            None => (Lang::Da, Some(UnknownLang(asked))),
        };
    }
    // The POSIX order: LC_ALL overrides LC_MESSAGES, which overrides LANG.
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|name| env(name).filter(|v| !v.is_empty()));
    let lang = locale
        .as_deref()
        .and_then(Lang::from_locale)
        .unwrap_or(Lang::Da);
    (lang, None)
}

type Bundle = FluentBundle<FluentResource>;

fn bundle(lang: Lang) -> &'static Bundle {
    static BUNDLES: [OnceLock<Bundle>; 2] = [OnceLock::new(), OnceLock::new()];
    BUNDLES[lang as usize].get_or_init(|| {
        // The catalogues are checked by the tests below; a broken entry
        // shows as its id, never as a panic.
        let resource = FluentResource::try_new(lang.source().to_string())
            .unwrap_or_else(|(resource, _)| resource);
        let id: unic_langid::LanguageIdentifier = lang.code().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // Terminal text: no Unicode isolation marks around the values.
        bundle.set_use_isolating(false);
        let _ = bundle.add_resource(resource);
        bundle
    })
}

/// The message `id` in `lang`, with `args` put in.
pub fn text_in(lang: Lang, id: &str, args: &[(&str, FluentValue)]) -> String {
    let bundle = bundle(lang);
    // `id.attribute` names an attribute: a message's `.label` or `.help`.
    let (name, attribute) = match id.split_once('.') {
        Some((name, attribute)) => (name, Some(attribute)),
        None => (id, None),
    };
    let message = bundle.get_message(name);
    let pattern = match attribute {
        Some(attribute) => message
            .and_then(|m| m.get_attribute(attribute))
            .map(|a| a.value()),
        None => message.and_then(|m| m.value()),
    };
    let Some(pattern) = pattern else {
        return id.to_string();
    };
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, Some(&fluent_args), &mut errors)
        .into_owned()
}

/// The message `id` in the current language.
pub fn text(id: &str, args: &[(&str, FluentValue)]) -> String {
    text_in(current(), id, args)
}

/// A message of the tool's catalogue in the current language:
/// `tr!("unknown-field", field = name, count = 3)`.
#[macro_export]
macro_rules! tr {
    ($id:literal) => {
        $crate::messages::text($id, &[])
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::messages::text(
            $id,
            &[$((stringify!($name), ::fluent_bundle::FluentValue::from($value))),+],
        )
    };
}

#[cfg(test)]
mod tests;
