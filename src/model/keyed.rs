//! [`Keyed`]: the model's maps from string keys (language codes, dimension ids, scale keys,
//! item ids) to values.

use litemap::LiteMap;

/// A map from string keys to `V`, iterated in key order; a repeated key read from a file keeps
/// its last value. A sorted list (litemap) rather than a `BTreeMap`: the maps are small, and a
/// B-tree's code cost the first page about 11 KB gzip (measured, issue 16).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Keyed<V>(pub LiteMap<String, V>);

/// A JSON object only (litemap's own reader also takes a list of pairs, at twice the code
/// for each kind of map: 1.5 KB gzip of the first page, measured).
impl<'de, V: serde::Deserialize<'de>> serde::Deserialize<'de> for Keyed<V> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Keyed<V>, D::Error> {
        struct Entries<V>(std::marker::PhantomData<V>);
        impl<'de, V: serde::Deserialize<'de>> serde::de::Visitor<'de> for Entries<V> {
            type Value = Keyed<V>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut a: A,
            ) -> Result<Keyed<V>, A::Error> {
                let mut map = LiteMap::new();
                while let Some((Key(key), value)) = a.next_entry::<Key, V>()? {
                    map.insert(key, value);
                }
                Ok(Keyed(map))
            }
        }
        d.deserialize_map(Entries(std::marker::PhantomData))
    }
}

/// A key read as a string slice (serde-json-core reads keys no other way).
struct Key(String);

impl<'de> serde::Deserialize<'de> for Key {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Key, D::Error> {
        struct Str;
        impl serde::de::Visitor<'_> for Str {
            type Value = Key;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a key")
            }
            fn visit_str<E: serde::de::Error>(self, key: &str) -> Result<Key, E> {
                Ok(Key(key.to_string()))
            }
        }
        d.deserialize_str(Str)
    }
}

/// Always a JSON object: litemap's own writes an empty map as a list.
impl<V: serde::Serialize> serde::Serialize for Keyed<V> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter())
    }
}

impl<V> Default for Keyed<V> {
    fn default() -> Keyed<V> {
        Keyed(LiteMap::new())
    }
}

impl<V> std::ops::Deref for Keyed<V> {
    type Target = LiteMap<String, V>;
    fn deref(&self) -> &LiteMap<String, V> {
        &self.0
    }
}

impl<V> std::ops::DerefMut for Keyed<V> {
    fn deref_mut(&mut self) -> &mut LiteMap<String, V> {
        &mut self.0
    }
}

/// Panics when `key` is missing, like `BTreeMap`'s index; for keys the validator checked.
impl<V> std::ops::Index<&str> for Keyed<V> {
    type Output = V;
    fn index(&self, key: &str) -> &V {
        self.0.get(key).expect("no entry for the key")
    }
}

/// Later entries win over earlier ones with the same key.
impl<V, const N: usize> From<[(String, V); N]> for Keyed<V> {
    fn from(entries: [(String, V); N]) -> Keyed<V> {
        entries.into_iter().collect()
    }
}

impl<V> FromIterator<(String, V)> for Keyed<V> {
    fn from_iter<I: IntoIterator<Item = (String, V)>>(entries: I) -> Keyed<V> {
        Keyed(entries.into_iter().collect())
    }
}

impl<'m, V: 'm> IntoIterator for &'m Keyed<V> {
    type Item = (&'m String, &'m V);
    type IntoIter =
        <Vec<(String, V)> as litemap::store::StoreIterable<'m, String, V>>::KeyValueIter;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

/// When a file is read on for every error (second page, validator): as a `BTreeMap` of the
/// same entries, which eserde knows.
impl<'de, V: eserde::EDeserialize<'de>> eserde::EDeserialize<'de> for Keyed<V> {
    fn deserialize_for_errors<D: serde::Deserializer<'de>>(d: D) -> Result<(), ()> {
        <std::collections::BTreeMap<String, V> as eserde::EDeserialize>::deserialize_for_errors(d)
    }
}
