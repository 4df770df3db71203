//! The pure model: questionnaire schema and validation, answers, scoring, quality signals, report.
//!
//! No browser APIs here; everything is plain data and functions, tested natively.

mod answers;
mod decode;
mod decode_questionnaire;
mod error;
mod group;
mod group_csv;
pub mod json;
mod lookup;
mod parse;
mod quality;
mod questionnaire;
mod report;
mod score;
mod session;
mod share_code;
mod share_text;
mod sorted_map;
mod validate;
mod validate_items;
mod validate_variants;
mod variant;

pub use answers::{Answer, Answers};
pub use error::{ContentError, ContentErrorKind};
pub use group::{DimensionStats, Duplicate, Group, GroupStats, InvalidLine, Participant};
pub use group_csv::csv;
pub use parse::path_at;
pub use quality::{
    min_answer_ms, quality, reading_words, QualityNote, QualitySignal, Severity, CONTRADICTION_GAP,
    FAST_MIN_COUNT, FAST_PERCENT, MS_FLOOR, MS_PER_WORD, SKIPPED_PERCENT, STRAIGHT_MIN_ITEMS,
    STRAIGHT_PERCENT,
};
pub use questionnaire::{
    Dimension, Item, LevelText, Levels, LikertItem, Questionnaire, ScenarioItem, ScenarioOption,
    Stage, Text,
};
pub use report::{report, DimensionResult, Level, Report, HIGHLIGHTS};
pub use score::{contributions, mixed_neighbour, score, stage_at, Score};
pub use session::{estimate_minutes, RestoreError, Session, SESSION_FORMAT};
pub use share_code::{decode, decode_bytes, encode, ShareCodeError, SHARE_FORMAT};
pub use share_text::{to_link_code, to_short_code};
pub use sorted_map::SortedMap;
pub use validate::{is_slug, validate};
pub use variant::{VariantId, VariantItems, Variants};
