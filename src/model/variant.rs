//! The two variants (quick, full) and how the file lists their items.

/// The two lengths of the check.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
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
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
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
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[serde(try_from = "AllOrList")]
pub enum VariantItems {
    /// Every item, in file order.
    All,
    /// These item ids, in this order.
    List(Vec<String>),
}

/// How the file writes a variant's items, before `"all"` is checked.
#[derive(serde::Deserialize)]
#[serde(untagged)]
enum AllOrList {
    Word(String),
    List(Vec<String>),
}

impl TryFrom<AllOrList> for VariantItems {
    type Error = String;
    fn try_from(v: AllOrList) -> Result<VariantItems, String> {
        match v {
            AllOrList::Word(w) if w == "all" => Ok(VariantItems::All),
            AllOrList::Word(w) => Err(format!(
                "invalid value \"{w}\", expected \"all\" or a list of item ids"
            )),
            AllOrList::List(ids) => Ok(VariantItems::List(ids)),
        }
    }
}
