//! The pure model: questionnaire schema and validation, answers, scoring, quality signals, report.
//!
//! No browser APIs here; everything is plain data and functions, tested natively.

mod answers;
mod code_bytes;
mod compare;
mod dimensions;
mod error;
mod fragments;
mod group;
mod group_csv;
mod hand_off;
mod history;
mod item_serde;
mod json_text;
mod keyed;
mod known;
mod lookup;
mod outside;
mod personas;
mod qr_read;
mod quality;
mod questionnaire;
mod read;
mod read_syntax;
mod reminder;
mod report;
mod score;
mod session;
mod share_code;
mod share_error;
mod share_read;
mod share_text;
mod stages;
mod then_now;
mod validate;
mod validate_items;
mod validate_variants;
mod variant;
mod workshop_entries;

pub use answers::{Answer, Answers};
pub use compare::{
    compare, judged_together, spread, Comparison, DimensionGap, JudgedTogether, Spread, NAMED_GAPS,
    NOTABLE_GAP,
};
pub use dimensions::{Dimension, GapTexts, LevelText, Levels};
pub use error::{ContentError, ContentErrorKind};
pub use fragments::{
    compare_fragment, Route, JOIN_LABEL_MAX, MORE_PAGE_PATTERN, QUESTIONNAIRE_NOW_PATTERN,
};
pub use group::{
    DimensionStats, Duplicate, Group, GroupStats, InvalidLine, OutsideView, Participant,
};
pub use group_csv::csv;
pub use hand_off::{fill_template, mail_link, HandOff, HandOffError};
pub use history::{add_past, read_past, remove_past, write_past, PastResult, PAST_MAX};
pub use json_text::SmallJson;
pub use keyed::Keyed;
pub use known::fingerprint;
pub use outside::{
    clean_label, decode_invitation, decode_outside, encode_invitation, outside_link_code,
    Invitation, Role, INVITE_FORMAT, LABEL_MAX_BYTES,
};
pub use personas::{persona_answers, place_personas, Persona};
pub use qr_read::{luma_from_rgba, read_qr};
pub use quality::{
    min_answer_ms, quality, reading_words, QualityNote, QualitySignal, Severity, CONTRADICTION_GAP,
    FAST_MIN_COUNT, FAST_PERCENT, MS_FLOOR, MS_PER_WORD, SKIPPED_PERCENT, STRAIGHT_MIN_ITEMS,
    STRAIGHT_PERCENT,
};
pub use questionnaire::{
    Item, LikertItem, Perspective, Questionnaire, ScenarioItem, ScenarioOption, Text,
};
pub use read::questionnaire_tree;
pub use reminder::{reminder_file_name, reminder_ics, CivilDate, ReminderTexts};
pub use report::{report, split_ties, DimensionResult, Level, Report, HIGHLIGHTS, STRENGTH_ABOVE};
pub use score::{contributions, missed_minimum, mixed_neighbour, score, stage_at, Score};
pub use session::{estimate_minutes, RestoreError, Session, SESSION_FORMAT};
pub use share_code::{
    decode_bytes, decode_bytes_any, encode, encode_view, Decoded, View, OUTSIDE_FORMAT,
    SHARE_FORMAT,
};
pub use share_error::ShareCodeError;
pub use share_read::{decode, decode_any};
pub use share_text::{to_link_code, to_short_code, AFTER_LINK, BEFORE_LINK};
pub use stages::{Pattern, Stage};
pub use then_now::{then_now, Change, ThenNow};
pub use validate::{is_slug, validate, OPTION_LENGTH_RATIO};
pub use variant::{VariantId, VariantItems, Variants};
pub use workshop_entries::{find_codes, is_outside, Entries, Entry, Harvest, Source};
