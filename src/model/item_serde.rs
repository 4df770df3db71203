//! Reading and writing an [`Item`]. In JSON (`"kind": "likert"` among the fields): read without
//! serde's buffering of internally tagged enums, so a wrong value inside an item keeps its full
//! path (`items[1].reverse`, not `items[1]`) and its position. In the binary form the build
//! ships to the app (postcard, which names no fields): an enum of the two kinds.

use super::{Item, LikertItem, ScenarioItem, ScenarioOption, Text};
use serde::de::Error as _;

enum Kind {
    Likert,
    Scenario,
}

/// Read from a string rather than derived as an enum: eserde 0.1.7 keeps an unknown
/// keyword in the path of every later error when it meets one in an enum.
impl<'de> serde::Deserialize<'de> for Kind {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Kind, D::Error> {
        struct Word;
        impl serde::de::Visitor<'_> for Word {
            type Value = Kind;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("`likert` or `scenario`")
            }
            fn visit_str<E: serde::de::Error>(self, word: &str) -> Result<Kind, E> {
                match word {
                    "likert" => Ok(Kind::Likert),
                    "scenario" => Ok(Kind::Scenario),
                    _ => Err(E::unknown_variant(word, &["likert", "scenario"])),
                }
            }
        }
        d.deserialize_str(Word)
    }
}

eserde::impl_edeserialize_compat!(Kind);

/// Every field either kind may have, read straight from the object; `kind` may come anywhere.
#[derive(eserde::Deserialize)]
struct AnyItem {
    kind: Kind,
    id: String,
    text: Text,
    #[serde(default)]
    outside_text: Option<Text>,
    #[serde(default)]
    not_applicable: bool,
    #[serde(default)]
    dimension: Option<String>,
    #[serde(default)]
    scale: Option<String>,
    #[serde(default)]
    reverse: bool,
    #[serde(default)]
    twin: Option<String>,
    #[serde(default)]
    situation: Option<Text>,
    #[serde(default)]
    outside_situation: Option<Text>,
    #[serde(default)]
    options: Option<Vec<ScenarioOption>>,
}

/// The binary form: the kind as the enum's variant, then the kind's own fields.
#[derive(serde::Serialize, serde::Deserialize)]
enum Binary<L, S> {
    Likert(L),
    Scenario(S),
}

impl serde::Serialize for Item {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        #[derive(serde::Serialize)]
        #[serde(tag = "kind", rename_all = "lowercase")]
        enum Json<'a> {
            Likert(&'a LikertItem),
            Scenario(&'a ScenarioItem),
        }
        match (self, s.is_human_readable()) {
            (Item::Likert(l), true) => Json::Likert(l).serialize(s),
            (Item::Scenario(c), true) => Json::Scenario(c).serialize(s),
            (Item::Likert(l), false) => Binary::<_, &ScenarioItem>::Likert(l).serialize(s),
            (Item::Scenario(c), false) => Binary::<&LikertItem, _>::Scenario(c).serialize(s),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Item {
    /// Errors: serde's "missing field" when a field the item's kind needs is absent.
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Item, D::Error> {
        if !d.is_human_readable() {
            return Ok(match Binary::deserialize(d)? {
                Binary::Likert(l) => Item::Likert(l),
                Binary::Scenario(c) => Item::Scenario(c),
            });
        }
        let a = AnyItem::deserialize(d)?;
        Ok(match a.kind {
            Kind::Likert => Item::Likert(LikertItem {
                id: a.id,
                dimension: a
                    .dimension
                    .ok_or_else(|| D::Error::missing_field("dimension"))?,
                scale: a.scale.ok_or_else(|| D::Error::missing_field("scale"))?,
                reverse: a.reverse,
                twin: a.twin,
                not_applicable: a.not_applicable,
                text: a.text,
                outside_text: a.outside_text,
            }),
            Kind::Scenario => Item::Scenario(ScenarioItem {
                id: a.id,
                situation: a
                    .situation
                    .ok_or_else(|| D::Error::missing_field("situation"))?,
                text: a.text,
                outside_situation: a.outside_situation,
                outside_text: a.outside_text,
                options: a
                    .options
                    .ok_or_else(|| D::Error::missing_field("options"))?,
                not_applicable: a.not_applicable,
            }),
        })
    }
}

/// When the file is read on for every error: every wrong value in the item, with its path.
/// A field only the item's kind needs is checked by `read.rs` (`kind_fields`), as this pass
/// sees no values.
impl<'de> eserde::EDeserialize<'de> for Item {
    fn deserialize_for_errors<D: serde::Deserializer<'de>>(d: D) -> Result<(), ()> {
        AnyItem::deserialize_for_errors(d)
    }
}
