//! The catalogues are complete: both parse, name the same messages with the
//! same variables, and hold exactly the messages the code asks for.

use super::*;
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};

/// Every message and attribute of a catalogue (`id`, `id.attr`) with the
/// variables it uses.
fn entries(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let resource = fluent_syntax::parser::parse(lang.source())
        .unwrap_or_else(|(_, errors)| panic!("{} catalogue: {errors:?}", lang.code()));
    let mut found = BTreeMap::new();
    for entry in resource.body {
        if let ast::Entry::Message(message) = entry {
            let id = message.id.name.to_string();
            if let Some(value) = &message.value {
                found.insert(id.clone(), variables(value));
            }
            for attribute in &message.attributes {
                found.insert(
                    format!("{id}.{}", attribute.id.name),
                    variables(&attribute.value),
                );
            }
        }
    }
    found
}

fn variables(pattern: &ast::Pattern<&str>) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, &mut names);
        }
    }
    names
}

fn expression_variables(expression: &ast::Expression<&str>, names: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, names);
            for variant in variants {
                names.extend(variables(&variant.value));
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, names),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, names: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            names.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, names),
        _ => {}
    }
}

/// The ids the code asks for, each with the names of the values it gives:
/// every `tr!("…", name = …)` in `src/`.
fn used_ids() -> BTreeMap<String, Vec<BTreeSet<String>>> {
    let mut used = BTreeMap::new();
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    for entry in walkdir::WalkDir::new(&src) {
        let entry = entry.expect("src is readable");
        if entry.path().extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(entry.path()).expect("source is text");
        for (at, _) in text.match_indices("tr!(") {
            let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
            let word_start = text[..at]
                .chars()
                .next_back()
                .is_none_or(|c| !(c.is_alphanumeric() || c == '_'));
            if !word_start || text[line_start..at].contains("//") {
                continue;
            }
            let Some(rest) = text[at + 4..].trim_start().strip_prefix('"') else {
                continue;
            };
            let Some(end) = rest.find('"') else { continue };
            let id = &rest[..end];
            if id.is_empty()
                || !id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "-._".contains(c))
            {
                continue;
            }
            used.entry(id.to_string())
                .or_insert_with(Vec::new)
                .push(argument_names(&rest[end + 1..]));
        }
    }
    used
}

/// The names in `, a = x, b = f(y, z))`: top-level `name =` up to the
/// closing parenthesis, skipping over strings and nested brackets.
fn argument_names(rest: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    let mut part = String::new();
    let mut finish = |part: &mut String| {
        if let Some((name, _)) = part.split_once('=') {
            let name = name.trim();
            if !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                names.insert(name.to_string());
            }
        }
        part.clear();
    };
    for c in rest.chars() {
        if in_string {
            match (c, escaped) {
                ('\\', false) => escaped = true,
                ('"', false) => in_string = false,
                _ => escaped = false,
            }
            continue;
        }
        match c {
            '"' => in_string = true,
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' if depth == 0 => break,
            ')' | ']' | '}' => depth -= 1,
            ',' if depth == 0 => {
                finish(&mut part);
                continue;
            }
            _ => {}
        }
        if depth == 0 {
            part.push(c);
        }
    }
    finish(&mut part);
    names
}

/// Danish may leave out a value the English message names, never use one
/// it does not have.
#[test]
fn both_catalogues_name_the_same_messages_with_the_same_variables() {
    let (da, en) = (entries(Lang::Da), entries(Lang::En));
    let only = |a: &BTreeMap<String, _>, b: &BTreeMap<String, _>| -> Vec<String> {
        a.keys().filter(|k| !b.contains_key(*k)).cloned().collect()
    };
    assert_eq!(
        only(&en, &da),
        Vec::<String>::new(),
        "in en.ftl, not in da.ftl"
    );
    assert_eq!(
        only(&da, &en),
        Vec::<String>::new(),
        "in da.ftl, not in en.ftl"
    );
    for (id, names) in &en {
        let unknown: Vec<&String> = da[id].difference(names).collect();
        assert!(
            unknown.is_empty(),
            "da.ftl `{id}` uses {unknown:?}, which en.ftl does not"
        );
    }
}

#[test]
fn the_catalogue_holds_exactly_what_the_code_asks_for() {
    let en = entries(Lang::En);
    let used = used_ids();
    let missing: Vec<&String> = used.keys().filter(|id| !en.contains_key(*id)).collect();
    assert!(
        missing.is_empty(),
        "asked for but not in the catalogue: {missing:?}"
    );
    let unused: Vec<&String> = en.keys().filter(|id| !used.contains_key(*id)).collect();
    assert!(
        unused.is_empty(),
        "in the catalogue but never asked for: {unused:?}"
    );
    for (id, calls) in &used {
        for names in calls {
            let lacking: Vec<&String> = en[id].difference(names).collect();
            assert!(
                lacking.is_empty(),
                "`{id}` needs {lacking:?}, which a call does not give"
            );
        }
    }
}

#[test]
fn a_message_is_worded_in_the_chosen_language() {
    let args = |count: usize| [("count", count.into())];
    let da = text_in(Lang::Da, "serve-many-changed", &args(2));
    let en = text_in(Lang::En, "output-more", &args(2));
    assert_eq!(da, "2 filer blev ændret");
    assert_eq!(en, "and 2 more");
    let one = text_in(Lang::En, "coverage-heading-unread", &args(1));
    assert!(one.contains("not counting the file that"), "{one}");
    assert_eq!(text_in(Lang::Da, "no-such-message", &[]), "no-such-message");
}

#[test]
fn the_language_is_the_flag_then_the_variable_then_the_locale_then_danish() {
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |name: &str| {
            pairs
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.to_string())
        }
    };
    assert_eq!(
        choose(Some("en"), env(&[("PATHWAYS_LANG", "da")])).0,
        Lang::En
    );
    assert_eq!(
        choose(
            None,
            env(&[("PATHWAYS_LANG", "en"), ("LANG", "da_DK.UTF-8")])
        )
        .0,
        Lang::En
    );
    assert_eq!(choose(None, env(&[("LANG", "en_GB.UTF-8")])).0, Lang::En);
    assert_eq!(
        choose(None, env(&[("LC_ALL", "da_DK"), ("LANG", "en_US")])).0,
        Lang::Da
    );
    assert_eq!(choose(None, env(&[("LANG", "de_DE.UTF-8")])).0, Lang::Da);
    assert_eq!(choose(None, env(&[("LANG", "C")])).0, Lang::Da);
    assert_eq!(choose(None, env(&[])).0, Lang::Da);
    assert_eq!(
        choose(Some("fr"), env(&[])),
        (Lang::Da, Some(UnknownLang("fr".into())))
    );
}
