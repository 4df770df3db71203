//! The questionnaire schema: plain types mirroring `docs/questionnaire-format.md` (version 2), read by `decode_questionnaire.rs`.

use super::Keyed;
use super::Variants;
use super::{Dimension, Pattern, Stage};

/// A translatable text: language code -> string, e.g. `{"de": "nie", "en": "never"}`.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(transparent)]
pub struct Text(pub Keyed<String>);

/// When the file is read on for every error: as the map it is.
impl<'de> eserde::EDeserialize<'de> for Text {
    fn deserialize_for_errors<D: serde::Deserializer<'de>>(d: D) -> Result<(), ()> {
        <Keyed<String> as eserde::EDeserialize>::deserialize_for_errors(d)
    }
}

impl Text {
    /// The non-empty string for `lang`, if present.
    pub fn get(&self, lang: &str) -> Option<&str> {
        self.0
            .get(lang)
            .map(String::as_str)
            .filter(|s| !s.trim().is_empty())
    }
}

/// A whole questionnaire. Obtain one through [`Questionnaire::from_json`], which also validates.
#[derive(Clone, Debug, PartialEq, serde::Serialize, eserde::Deserialize)]
pub struct Questionnaire {
    /// Identifier, `[a-z0-9-]+`.
    pub id: String,
    /// Content version; bumped on any change to items, options, their order or meaning.
    pub version: u32,
    /// Language codes every text must carry; the first is the fallback.
    pub languages: Vec<String>,
    /// Points around an inner stage boundary within which a result is called mixed (default 4).
    #[serde(default = "default_margin")]
    pub mixed_margin: f64,
    /// True when others may answer about the seller (outside view, default false).
    #[serde(default)]
    pub outside_view: bool,
    /// Named five-point answer scales.
    pub scales: Keyed<Vec<Text>>,
    /// The dimensions, in display order.
    pub dimensions: Vec<Dimension>,
    /// Every item, in file order.
    pub items: Vec<Item>,
    /// Which items each variant shows.
    pub variants: Variants,
    /// The stages along the spectrum, ascending.
    pub stages: Vec<Stage>,
    /// Scale key -> a line shown above every item on that scale, e.g. the time frame
    /// ("Denken Sie an die letzten drei Monate."); default none.
    #[serde(default)]
    pub instructions: Keyed<Text>,
    /// Named result profiles shown when a score pattern holds, e.g. the hard seller; default none.
    #[serde(default)]
    pub patterns: Vec<Pattern>,
}

/// An item of the questionnaire, tagged by `"kind"`; read and written by `item_serde.rs`.
#[derive(Clone, Debug, PartialEq)]
pub enum Item {
    /// A statement answered on a five-point scale.
    Likert(LikertItem),
    /// A situation with 3-4 options, each keyed with weights per dimension.
    Scenario(ScenarioItem),
}

/// A statement answered on a five-point scale.
#[derive(Clone, Debug, PartialEq, serde::Serialize, eserde::Deserialize)]
pub struct LikertItem {
    /// Identifier, unique over all items.
    pub id: String,
    /// The dimension this item measures.
    pub dimension: String,
    /// Key of the answer scale in [`Questionnaire::scales`].
    pub scale: String,
    /// True when agreeing / "often" points to the Briefträger pole (default false).
    #[serde(default)]
    pub reverse: bool,
    /// Id of the oppositely keyed mirror item, for the contradiction signal; both items
    /// must name each other.
    #[serde(default)]
    pub twin: Option<String>,
    /// True when the item presupposes a situation that may not have occurred: the answer
    /// "kam nicht vor / did not occur" ([`super::Answer::NotApplicable`]) is offered (default false).
    #[serde(default)]
    pub not_applicable: bool,
    /// The statement.
    pub text: Text,
    /// The statement as someone else answers it about the seller.
    #[serde(default)]
    pub outside_text: Option<Text>,
}

/// A situational-judgement item.
#[derive(Clone, Debug, PartialEq, serde::Serialize, eserde::Deserialize)]
pub struct ScenarioItem {
    /// Identifier, unique over all items.
    pub id: String,
    /// One to three sentences setting the scene.
    pub situation: Text,
    /// The question, e.g. "What do you do?".
    pub text: Text,
    /// The situation told about the seller, for the outside view.
    #[serde(default)]
    pub outside_situation: Option<Text>,
    /// The question about the seller, e.g. "What would they most likely do?".
    #[serde(default)]
    pub outside_text: Option<Text>,
    /// The 3-4 options.
    pub options: Vec<ScenarioOption>,
    /// `not_applicable` given on a scenario: an error (its options are its answers); kept so
    /// the validator can say so.
    #[serde(default)]
    pub not_applicable: bool,
}

/// One option of a scenario.
#[derive(Clone, Debug, PartialEq, serde::Serialize, eserde::Deserialize)]
pub struct ScenarioOption {
    /// What the option says.
    pub text: Text,
    /// The option told about the seller, for the outside view.
    #[serde(default)]
    pub outside_text: Option<Text>,
    /// Dimension id -> weight in [-2, 2]; +2 = clearly partner (default none).
    #[serde(default)]
    pub weights: Keyed<f64>,
}

impl Item {
    /// The item's id.
    pub fn id(&self) -> &str {
        match self {
            Item::Likert(l) => &l.id,
            Item::Scenario(s) => &s.id,
        }
    }

    /// The statement (likert) or the question (scenario).
    pub fn text(&self) -> &Text {
        match self {
            Item::Likert(l) => &l.text,
            Item::Scenario(s) => &s.text,
        }
    }

    /// The statement or question as the person answering reads it; the outside wording falls
    /// back to the own wording where a file has none.
    pub fn text_for(&self, view: Perspective) -> &Text {
        let outside = match self {
            Item::Likert(l) => l.outside_text.as_ref(),
            Item::Scenario(s) => s.outside_text.as_ref(),
        };
        pick(view, self.text(), outside)
    }

    /// Ids of the dimensions this item feeds (a scenario: every dimension any option weights).
    pub fn dimensions(&self) -> Vec<&str> {
        match self {
            Item::Likert(l) => vec![l.dimension.as_str()],
            Item::Scenario(s) => s.weighted_dimensions(),
        }
    }
}

/// Who answers: the seller about themself, or someone else about the seller.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Perspective {
    /// The seller's self-image.
    #[default]
    Own,
    /// A manager, colleague or customer answering about the seller.
    Outside,
}

fn pick<'a>(view: Perspective, own: &'a Text, outside: Option<&'a Text>) -> &'a Text {
    match (view, outside) {
        (Perspective::Outside, Some(t)) => t,
        _ => own,
    }
}

impl ScenarioOption {
    /// The option as the person answering reads it.
    pub fn text_for(&self, view: Perspective) -> &Text {
        pick(view, &self.text, self.outside_text.as_ref())
    }
}

impl ScenarioItem {
    /// The situation as the person answering reads it.
    pub fn situation_for(&self, view: Perspective) -> &Text {
        pick(view, &self.situation, self.outside_situation.as_ref())
    }

    /// Every dimension id that any option weights, sorted, without duplicates.
    pub fn weighted_dimensions(&self) -> Vec<&str> {
        let mut ids: Vec<&str> = Vec::new();
        for id in self.options.iter().flat_map(|o| o.weights.keys()) {
            // A sorted insert, not sort + dedup: no sort code in the wasm.
            if let Err(at) = ids.binary_search(&id.as_str()) {
                ids.insert(at, id);
            }
        }
        ids
    }
}

/// `mixed_margin` when the file gives none: points around an inner stage boundary.
fn default_margin() -> f64 {
    4.0
}
