//! One run of the check as it is kept in storage: variant, answers, position, finished flag.

use super::{Answers, Questionnaire, SmallJson, VariantId};

/// Format number of the stored session; bump when the stored shape changes.
pub const SESSION_FORMAT: u32 = 1;

/// A run in progress (or finished) for one questionnaire and variant.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Session {
    /// [`SESSION_FORMAT`] when written.
    pub format: u32,
    /// Id of the questionnaire the answers belong to.
    pub questionnaire: String,
    /// Its version: answers to another version may mean something else.
    pub version: u32,
    /// The variant being answered.
    pub variant: VariantId,
    /// Answers and viewing times.
    pub answers: Answers,
    /// 0-based index of the question on screen.
    pub index: usize,
    /// True once the user reached the result.
    pub finished: bool,
}

/// Why a stored session could not be restored. The stored text is never trusted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RestoreError {
    /// Not JSON, or not the shape of a session.
    Corrupt,
    /// Written by another version of the app.
    OtherFormat,
    /// Answers to another questionnaire or another version of it.
    OtherQuestionnaire,
}

impl Session {
    /// A fresh run of `variant`.
    pub fn new(q: &Questionnaire, variant: VariantId) -> Session {
        Session {
            format: SESSION_FORMAT,
            questionnaire: q.id.clone(),
            version: q.version,
            variant,
            answers: Answers::new(),
            index: 0,
            finished: false,
        }
    }

    /// The stored form: a JSON object with the fields above in declaration order,
    /// `variant` as `"quick"`/`"full"` and the answers as [`Answers`] describes.
    pub fn to_json(&self) -> String {
        // Plain data with string keys: the writer does not fail on it.
        SmallJson::write(self).unwrap_or_default()
    }

    /// Reads a stored session for `q`, dropping answers that do not fit and clamping the index.
    ///
    /// Every field is required; unknown fields are ignored; a repeated item id in the answers
    /// keeps its last value.
    pub fn restore(json: &str, q: &Questionnaire) -> Result<Session, RestoreError> {
        /// Only the format: a session of another format may have any other shape.
        #[derive(serde::Deserialize)]
        struct Format {
            format: u32,
        }
        let f: Format = SmallJson::read(json).ok_or(RestoreError::Corrupt)?;
        if f.format != SESSION_FORMAT {
            return Err(RestoreError::OtherFormat);
        }
        let mut s: Session = SmallJson::read(json).ok_or(RestoreError::Corrupt)?;
        if s.questionnaire != q.id || s.version != q.version {
            return Err(RestoreError::OtherQuestionnaire);
        }
        s.answers.retain_valid(q);
        let len = q.variant_items(s.variant).len();
        s.index = s.index.min(len.saturating_sub(1));
        Ok(s)
    }
}

/// Seconds a typical item takes, reading and answering.
/// Why 16: the brief's budget is about 12 items in 3 minutes and 30 in 8.
const SECONDS_PER_ITEM: usize = 16;

/// Rounded minutes `items` questions take; at least 1 when there is any.
pub fn estimate_minutes(items: usize) -> usize {
    if items == 0 {
        0
    } else {
        ((items * SECONDS_PER_ITEM + 30) / 60).max(1)
    }
}
