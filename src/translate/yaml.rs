//! Where every mapping of a YAML file is, with its path and the byte range
//! of each key and value, read with the same event parser the loader uses.
//! A unit's id comes from here (`pathway.modules[2].content`), and so do
//! the places the import writes to.

use granit_parser::{Event, Parser, ScalarStyle, Span, StructureStyle};
use std::collections::HashMap;

/// One scalar value: its text and where it is written (quotes included).
#[derive(Clone, Debug)]
pub struct Scalar {
    pub value: String,
    pub start: usize,
    pub end: usize,
    pub line: usize,
    /// The 0-based column.
    pub col: usize,
    pub style: ScalarStyle,
}

/// One `key: value` of a mapping.
#[derive(Clone, Debug)]
pub struct Entry {
    pub key: String,
    pub key_start: usize,
    pub key_line: usize,
    /// The 0-based column of the key.
    pub key_col: usize,
    /// The value, when it is a scalar.
    pub value: Option<Scalar>,
}

/// A mapping with its path in the file.
#[derive(Clone, Debug)]
pub struct Map {
    pub path: String,
    pub flow: bool,
    pub start: usize,
    /// Where the mapping ends (for a flow mapping, the closing `}`).
    pub end: usize,
    pub entries: Vec<Entry>,
}

impl Map {
    pub fn entry(&self, key: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.key == key)
    }
}

/// Every mapping of one file, found by where one of its values starts.
#[derive(Debug, Default)]
pub struct Index {
    pub maps: Vec<Map>,
    by_value: HashMap<usize, usize>,
}

impl Index {
    /// Reads `text`; `None` when it is not valid YAML.
    pub fn of(text: &str) -> Option<Index> {
        let mut events = Vec::new();
        for next in Parser::new_from_str(text) {
            let (event, span) = next.ok()?;
            match event {
                Event::Scalar(..)
                | Event::SequenceStart(..)
                | Event::SequenceEnd
                | Event::MappingStart(..)
                | Event::MappingEnd
                | Event::Alias(_) => events.push((event, span)),
                _ => {}
            }
        }
        let mut events = events.into_iter().peekable();
        let mut index = Index::default();
        while events.peek().is_some() {
            let node = node(&mut events)?;
            index.walk(&node, String::new());
        }
        Some(index)
    }

    /// The mapping that holds a value starting at byte `offset`.
    pub fn map_with_value_at(&self, offset: usize) -> Option<&Map> {
        self.by_value.get(&offset).map(|&i| &self.maps[i])
    }

    fn walk(&mut self, node: &Node, path: String) {
        match node {
            Node::Map {
                entries,
                flow,
                start,
                end,
            } => {
                let at = self.maps.len();
                self.maps.push(Map {
                    path: path.clone(),
                    flow: *flow,
                    start: *start,
                    end: *end,
                    entries: Vec::new(),
                });
                let mut list = Vec::new();
                for (key, value) in entries {
                    let Node::Scalar(key) = key else { continue };
                    let scalar = match value {
                        Node::Scalar(s) => {
                            self.by_value.insert(s.start, at);
                            Some(s.clone())
                        }
                        _ => None,
                    };
                    list.push(Entry {
                        key: key.value.clone(),
                        key_start: key.start,
                        key_line: key.line,
                        key_col: key.col,
                        value: scalar,
                    });
                    let child = if path.is_empty() {
                        key.value.clone()
                    } else {
                        format!("{path}.{}", key.value)
                    };
                    self.walk(value, child);
                }
                self.maps[at].entries = list;
            }
            Node::Seq(items) => {
                for (n, item) in items.iter().enumerate() {
                    self.walk(item, format!("{path}[{}]", item_name(item, n)));
                }
            }
            Node::Scalar(_) | Node::Other => {}
        }
    }
}

/// An item of a list is named by its `id:` when it has a plain one, so that
/// its id survives reordering the list; otherwise by its 0-based position.
fn item_name(item: &Node, n: usize) -> String {
    if let Node::Map { entries, .. } = item {
        for (key, value) in entries {
            if let (Node::Scalar(k), Node::Scalar(v)) = (key, value)
                && k.value == "id"
                && !v.value.is_empty()
                && v.value
                    .chars()
                    .all(|c| c.is_alphanumeric() || c == '-' || c == '_')
            {
                return v.value.clone();
            }
        }
    }
    n.to_string()
}

enum Node {
    Scalar(Scalar),
    Map {
        entries: Vec<(Node, Node)>,
        flow: bool,
        start: usize,
        end: usize,
    },
    Seq(Vec<Node>),
    Other,
}

fn bytes(span: &Span) -> (usize, usize) {
    let range = span.byte_range().unwrap_or(0..0);
    (range.start, range.end)
}

/// Reads one node (and everything inside it) from the events.
fn node<'a, I: Iterator<Item = (Event<'a>, Span)>>(
    events: &mut std::iter::Peekable<I>,
) -> Option<Node> {
    let (event, span) = events.next()?;
    let (start, end) = bytes(&span);
    Some(match event {
        Event::Scalar(value, style, ..) => Node::Scalar(Scalar {
            value: value.into_owned(),
            start,
            end,
            line: span.start.line(),
            col: span.start.col(),
            style,
        }),
        Event::MappingStart(style, ..) => {
            let mut entries = Vec::new();
            loop {
                if let Some((Event::MappingEnd, span)) = events.peek() {
                    let (end_start, end) = bytes(span);
                    let end = if style == StructureStyle::Flow {
                        end_start
                    } else {
                        end.max(end_start)
                    };
                    events.next();
                    break Node::Map {
                        entries,
                        flow: style == StructureStyle::Flow,
                        start,
                        end,
                    };
                }
                let key = node(events)?;
                let value = node(events)?;
                entries.push((key, value));
            }
        }
        Event::SequenceStart(..) => {
            let mut items = Vec::new();
            loop {
                if let Some((Event::SequenceEnd, _)) = events.peek() {
                    events.next();
                    break Node::Seq(items);
                }
                items.push(node(events)?);
            }
        }
        Event::MappingEnd | Event::SequenceEnd => return None,
        _ => Node::Other,
    })
}
