//! The two variants (quick, full) and how the file lists their items.

use serde::de::{self, Deserializer, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};
use std::fmt;

/// The two lengths of the check.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum VariantId {
    /// About 12 items, 3 minutes.
    #[default]
    Quick,
    /// About 30 items, 8 minutes.
    Full,
}

impl VariantId {
    /// Both variants, quick first.
    pub const ALL: [VariantId; 2] = [VariantId::Quick, VariantId::Full];

    /// The key used in the file and in attributes: `quick` or `full`.
    pub fn as_str(self) -> &'static str {
        match self {
            VariantId::Quick => "quick",
            VariantId::Full => "full",
        }
    }

    /// Parses `quick` or `full` (ASCII case-insensitive).
    pub fn parse(s: &str) -> Option<VariantId> {
        VariantId::ALL
            .into_iter()
            .find(|v| v.as_str().eq_ignore_ascii_case(s.trim()))
    }
}

/// Item lists of both variants.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Variants {
    /// The quick check.
    pub quick: VariantItems,
    /// The full check.
    pub full: VariantItems,
}

impl Variants {
    /// The item list of `variant`.
    pub fn get(&self, variant: VariantId) -> &VariantItems {
        match variant {
            VariantId::Quick => &self.quick,
            VariantId::Full => &self.full,
        }
    }
}

/// `"all"` (every item, in file order) or a list of item ids in the order shown.
#[derive(Clone, Debug, PartialEq)]
pub enum VariantItems {
    /// Every item, in file order.
    All,
    /// These item ids, in this order.
    List(Vec<String>),
}

impl<'de> Deserialize<'de> for VariantItems {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(VariantItemsVisitor)
    }
}

struct VariantItemsVisitor;

impl<'de> Visitor<'de> for VariantItemsVisitor {
    type Value = VariantItems;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("\"all\" or a list of item ids")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<VariantItems, E> {
        if v == "all" {
            Ok(VariantItems::All)
        } else {
            Err(E::invalid_value(de::Unexpected::Str(v), &self))
        }
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<VariantItems, A::Error> {
        let mut ids = Vec::new();
        while let Some(id) = seq.next_element::<String>()? {
            ids.push(id);
        }
        Ok(VariantItems::List(ids))
    }
}
