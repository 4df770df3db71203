//! Problems found in a questionnaire file: one kind per rule of the format contract.

use super::VariantId;

/// One problem in a questionnaire file, with the JSON path of the bad field.
///
/// Paths look like `items[7].options[2].weights.concesion`; an empty path means the whole file.
#[derive(Clone, Debug, PartialEq)]
pub struct ContentError {
    /// Where the problem is, e.g. `stages[2].from`.
    pub path: String,
    /// What is wrong.
    pub kind: ContentErrorKind,
}

impl ContentError {
    /// Builds an error at `path`.
    pub fn new(path: impl Into<String>, kind: ContentErrorKind) -> ContentError {
        ContentError {
            path: path.into(),
            kind,
        }
    }
}

/// What is wrong; turned into German or English text by `i18n::content_errors`.
#[derive(Clone, Debug, PartialEq)]
pub enum ContentErrorKind {
    /// The file is not valid JSON.
    Syntax {
        /// 1-based line.
        line: usize,
        /// 1-based column (0 when the file is empty).
        column: usize,
        /// The parser's own (English) description.
        detail: String,
    },
    /// A required field is absent; the error's path names the object that lacks it.
    MissingField {
        /// The field's name.
        field: String,
    },
    /// Valid JSON, but a value has the wrong type, an unknown keyword, or a field is given twice.
    Shape {
        /// serde's own (English) description, e.g. `invalid type: string "1", expected u32`.
        detail: String,
        /// 1-based line and column where the reader noticed, when it tells.
        at: Option<(usize, usize)>,
    },
    /// An id (of the questionnaire or a dimension) is not `[a-z0-9-]+`.
    InvalidId {
        /// The offending id.
        id: String,
    },
    /// The same id appears twice (dimensions, items, stages, or within a variant list).
    DuplicateId {
        /// The repeated id.
        id: String,
    },
    /// `languages` is empty.
    NoLanguages,
    /// A text lacks a non-empty string for a declared language.
    MissingText {
        /// The language code.
        lang: String,
    },
    /// `dimensions` is empty.
    NoDimensions,
    /// A dimension weight is negative.
    NegativeWeight {
        /// The weight found.
        value: f64,
    },
    /// `mixed_margin` is negative.
    NegativeMargin {
        /// The margin found.
        value: f64,
    },
    /// A likert item or an option weight names a dimension that does not exist.
    UnknownDimension {
        /// The unknown id.
        id: String,
    },
    /// A likert item names a scale that does not exist.
    UnknownScale {
        /// The unknown scale key.
        id: String,
    },
    /// A scale does not have exactly five labels.
    ScaleSize {
        /// The number of labels found.
        found: usize,
    },
    /// `stages` is empty.
    NoStages,
    /// A stage does not start where the previous one ends (or the first not at 0).
    StageGap {
        /// Where it should start.
        expected: f64,
        /// Where it starts.
        found: f64,
    },
    /// A stage ends at or before its start.
    StageNotAscending {
        /// Its start.
        from: f64,
        /// Its end.
        to: f64,
    },
    /// The last stage does not end at 100.
    StageEnd {
        /// Where it ends.
        found: f64,
    },
    /// A variant lists an item id that does not exist.
    UnknownItem {
        /// The unknown id.
        id: String,
    },
    /// The quick variant lists an item the full variant lacks (quick must be a subset).
    NotInFull {
        /// The item id.
        id: String,
    },
    /// A dimension has too few items in a variant.
    TooFewItems {
        /// The variant.
        variant: VariantId,
        /// The dimension id.
        dimension: String,
        /// Items found.
        found: usize,
        /// Items needed.
        needed: usize,
    },
    /// A dimension has no reverse-keyed likert item.
    NoReverseItem {
        /// The dimension id.
        dimension: String,
    },
    /// A scenario has fewer than 3 or more than 4 options.
    OptionCount {
        /// Options found.
        found: usize,
    },
    /// A scenario option has no weights.
    NoWeights,
    /// An option weight lies outside [-2, 2].
    WeightOutOfRange {
        /// The weight found.
        value: f64,
    },
    /// A twin names an item that does not exist.
    TwinUnknown {
        /// The unknown id.
        id: String,
    },
    /// A twin names a scenario, not a likert item.
    TwinNotLikert {
        /// The twin's id.
        id: String,
    },
    /// A twin measures another dimension.
    TwinOtherDimension {
        /// The twin's id.
        id: String,
        /// The twin's dimension.
        dimension: String,
    },
    /// A twin has the same keying (both reverse or both not).
    TwinSameKeying {
        /// The twin's id.
        id: String,
    },
    /// The outside view is switched on, but a wording it needs is absent.
    MissingOutside,
    /// A twin does not name this item back (twins are declared on both items).
    TwinNotMutual {
        /// The twin's id.
        id: String,
    },
    /// A twin uses another answer scale.
    TwinOtherScale {
        /// The twin's id.
        id: String,
    },
    /// The longest option of a scenario is more than [`super::OPTION_LENGTH_RATIO`] times as
    /// long as the shortest in a language (the path names the longest option's text).
    OptionLengths {
        /// The language code.
        lang: String,
        /// Characters of the shortest option.
        shortest: usize,
        /// Characters of the longest option.
        longest: usize,
    },
    /// An option is strictly best on every dimension its scenario weights: no trade-off.
    DominatingOption,
    /// `not_applicable` on a scenario: only likert items offer "did not occur".
    NotApplicableScenario,
    /// Every item of a variant that feeds a dimension offers "did not occur", so the dimension
    /// could end up without any score.
    OnlyNotApplicable {
        /// The variant.
        variant: VariantId,
        /// The dimension id.
        dimension: String,
    },
    /// A stage minimum or pattern limit outside 0–100.
    ScoreOutOfRange {
        /// The value found.
        value: f64,
    },
}
