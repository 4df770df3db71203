//! The dimensions of the spectrum as the file gives them: name, description, result texts per
//! level, and what a gap between self-image and outside view usually means.

use super::Text;

/// One dimension of the spectrum, e.g. concession discipline.
#[derive(Clone, Debug, PartialEq, serde::Serialize, eserde::Deserialize)]
pub struct Dimension {
    /// Identifier, `[a-z0-9-]+`, unique among dimensions.
    pub id: String,
    /// Weight in the overall position (default 1).
    #[serde(default = "default_weight")]
    pub weight: f64,
    /// Short name.
    pub name: Text,
    /// One sentence: what the dimension measures.
    pub description: Text,
    /// What a gap between self-image and outside view usually means (needed for the outside view).
    #[serde(default)]
    pub gap: Option<GapTexts>,
    /// Result texts per level.
    pub levels: Levels,
}

/// What a notable gap between self-image and outside view on a dimension usually means.
#[derive(Clone, Debug, PartialEq, serde::Serialize, eserde::Deserialize)]
pub struct GapTexts {
    /// The seller sees themself nearer the partner pole than the outside view does.
    pub self_higher: Text,
    /// The outside view sees the seller nearer the partner pole than they do.
    pub outside_higher: Text,
}

/// Result texts of a dimension for each score level.
#[derive(Clone, Debug, PartialEq, serde::Serialize, eserde::Deserialize)]
pub struct Levels {
    /// Score below 40.
    pub low: LevelText,
    /// Score from 40 to below 70.
    pub mid: LevelText,
    /// Score of 70 or more.
    pub high: LevelText,
}

/// What a level means, its risk and one concrete next step.
#[derive(Clone, Debug, PartialEq, serde::Serialize, eserde::Deserialize)]
pub struct LevelText {
    /// What this level means.
    pub meaning: Text,
    /// The risk that comes with it.
    pub risk: Text,
    /// One concrete next step.
    pub step: Text,
}

/// A dimension's `weight` when the file gives none.
fn default_weight() -> f64 {
    1.0
}
