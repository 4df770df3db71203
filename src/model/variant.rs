//! The two variants (quick, full) and how the file lists their items.

/// The two lengths of the check.
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize,
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
#[derive(Clone, Debug, PartialEq, serde::Serialize, eserde::Deserialize)]
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

/// In JSON `"all"` or the list; in the build's binary form (postcard, which cannot tell a
/// string from a list unasked) no list for "all".
impl serde::Serialize for VariantItems {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match (self, s.is_human_readable()) {
            (VariantItems::All, true) => s.serialize_str("all"),
            (VariantItems::List(ids), true) => ids.serialize(s),
            (VariantItems::All, false) => s.serialize_none(),
            (VariantItems::List(ids), false) => s.serialize_some(ids),
        }
    }
}

/// A visitor rather than an untagged enum, so a wrong value is named as such ("expected
/// \"all\" or a list of item ids") instead of serde's "did not match any variant".
impl<'de> serde::Deserialize<'de> for VariantItems {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<VariantItems, D::Error> {
        if !d.is_human_readable() {
            let ids: Option<Vec<String>> = serde::Deserialize::deserialize(d)?;
            return Ok(ids.map_or(VariantItems::All, VariantItems::List));
        }
        struct AllOrList;
        impl<'de> serde::de::Visitor<'de> for AllOrList {
            type Value = VariantItems;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("\"all\" or a list of item ids")
            }
            fn visit_str<E: serde::de::Error>(self, word: &str) -> Result<VariantItems, E> {
                match word {
                    "all" => Ok(VariantItems::All),
                    _ => Err(E::invalid_value(serde::de::Unexpected::Str(word), &self)),
                }
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                seq: A,
            ) -> Result<VariantItems, A::Error> {
                let ids = serde::Deserialize::deserialize(
                    serde::de::value::SeqAccessDeserializer::new(seq),
                )?;
                Ok(VariantItems::List(ids))
            }
        }
        d.deserialize_any(AllOrList)
    }
}

// Read whole, as serde reads it, when the file is read on for every error.
eserde::impl_edeserialize_compat!(VariantItems);
