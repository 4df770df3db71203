//! The stages along the spectrum and the named result profiles (patterns), as the file gives them.

use super::Keyed;
use super::Text;

/// One of a questionnaire's stages, covering positions `[from, to)`.
#[derive(Clone, Debug, PartialEq, serde::Serialize, eserde::Deserialize)]
pub struct Stage {
    /// Identifier, unique among stages.
    pub id: String,
    /// Lower bound (inclusive).
    pub from: f64,
    /// Upper bound (exclusive, except 100 for the last stage).
    pub to: f64,
    /// Name, e.g. "Briefträger".
    pub name: Text,
    /// What this stage looks like.
    pub description: Text,
    /// Its risk.
    pub risk: Text,
    /// The first step out or onward.
    pub step: Text,
    /// Dimension id -> minimum score 0–100 a result needs to be placed in this stage
    /// (default none); see [`super::score`].
    #[serde(default)]
    pub requires: Keyed<f64>,
}

/// A named result profile: holds when every `at_least` dimension scores at least its value
/// and every `below` dimension scores less than its value (scores 0–100; an unscored
/// dimension never holds). Shown with its own texts and its step instead of the stage's.
#[derive(Clone, Debug, PartialEq, serde::Serialize, eserde::Deserialize)]
pub struct Pattern {
    /// Identifier, unique among patterns.
    pub id: String,
    /// Dimension id -> minimum score 0–100 (inclusive).
    #[serde(default)]
    pub at_least: Keyed<f64>,
    /// Dimension id -> score 0–100 the dimension must stay under.
    #[serde(default)]
    pub below: Keyed<f64>,
    /// Short name, e.g. "Harter Verkäufer".
    pub name: Text,
    /// What the profile means.
    pub description: Text,
    /// Its risk.
    pub risk: Text,
    /// One concrete next step (shown instead of the stage's).
    pub step: Text,
}
