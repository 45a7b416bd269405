//! The target levels of a module: criterion id → level, kept in the order
//! the author wrote them, because the page, the form and the folder list the
//! criteria in that order.

use crate::located::Located;
use schemars::JsonSchema;
use serde::de::{MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::borrow::Cow;
use std::collections::BTreeMap;

/// Criterion ids with their target levels, in written order. Reads and
/// writes as a YAML or JSON map; a criterion written twice is an error.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Targets(Vec<(String, Located<u8>)>);

impl Targets {
    /// The criteria with their targets, in written order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Located<u8>)> {
        self.0.iter().map(|(id, level)| (id.as_str(), level))
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn get(&self, id: &str) -> Option<&Located<u8>> {
        self.0.iter().find(|(k, _)| k == id).map(|(_, v)| v)
    }

    /// Sets the target of `id`: in its place if it has one, else at the end.
    pub fn insert(&mut self, id: impl Into<String>, level: Located<u8>) {
        let id = id.into();
        match self.0.iter_mut().find(|(k, _)| *k == id) {
            Some((_, old)) => *old = level,
            None => self.0.push((id, level)),
        }
    }
}

impl FromIterator<(String, Located<u8>)> for Targets {
    fn from_iter<I: IntoIterator<Item = (String, Located<u8>)>>(items: I) -> Self {
        let mut targets = Targets::default();
        for (id, level) in items {
            if targets.get(&id).is_none() {
                targets.0.push((id, level));
            }
        }
        targets
    }
}

impl Serialize for Targets {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (id, level) in &self.0 {
            map.serialize_entry(id, level)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for Targets {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct InOrder;
        impl<'de> Visitor<'de> for InOrder {
            type Value = Targets;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a map of criterion ids to target levels")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Targets, A::Error> {
                let mut targets = Targets::default();
                while let Some((id, level)) = map.next_entry::<String, Located<u8>>()? {
                    if targets.get(&id).is_some() {
                        return Err(serde::de::Error::custom(format_args!(
                            "duplicate mapping key: {id}"
                        )));
                    }
                    targets.0.push((id, level));
                }
                Ok(targets)
            }
        }
        deserializer.deserialize_map(InOrder)
    }
}

impl JsonSchema for Targets {
    fn schema_name() -> Cow<'static, str> {
        <BTreeMap<String, Located<u8>>>::schema_name()
    }

    fn schema_id() -> Cow<'static, str> {
        <BTreeMap<String, Located<u8>>>::schema_id()
    }

    fn inline_schema() -> bool {
        <BTreeMap<String, Located<u8>>>::inline_schema()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        <BTreeMap<String, Located<u8>>>::json_schema(generator)
    }
}
