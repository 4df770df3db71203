//! One run of the check as it is kept in storage: variant, answers, position, finished flag.

use super::json::{self, write_string, write_uint, ObjectWriter, Value};
use super::{Answers, Questionnaire, VariantId};

/// Format number of the stored session; bump when the stored shape changes.
pub const SESSION_FORMAT: u32 = 1;

/// A run in progress (or finished) for one questionnaire and variant.
#[derive(Clone, Debug, PartialEq)]
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
        let mut out = String::new();
        let mut o = ObjectWriter::new(&mut out);
        write_uint(o.key("format"), u64::from(self.format));
        write_string(o.key("questionnaire"), &self.questionnaire);
        write_uint(o.key("version"), u64::from(self.version));
        write_string(o.key("variant"), self.variant.as_str());
        self.answers.write_json(o.key("answers"));
        write_uint(o.key("index"), self.index as u64);
        o.key("finished")
            .push_str(if self.finished { "true" } else { "false" });
        o.finish();
        out
    }

    /// Reads a stored session for `q`, dropping answers that do not fit and clamping the index.
    pub fn restore(json: &str, q: &Questionnaire) -> Result<Session, RestoreError> {
        let root = json::parse(json).map_err(|_| RestoreError::Corrupt)?;
        // Read the format first: a session of another format may have any shape.
        let format = root.value.field("format").ok().flatten();
        match format.and_then(|f| f.value.as_u64()) {
            Some(f) if f == u64::from(SESSION_FORMAT) => {}
            Some(_) => return Err(RestoreError::OtherFormat),
            None => return Err(RestoreError::Corrupt),
        }
        let mut s = read(&root.value).ok_or(RestoreError::Corrupt)?;
        if s.questionnaire != q.id || s.version != q.version {
            return Err(RestoreError::OtherQuestionnaire);
        }
        s.answers.retain_valid(q);
        let len = q.variant_items(s.variant).len();
        s.index = s.index.min(len.saturating_sub(1));
        Ok(s)
    }
}

/// The stored form, every field required; `None` on any wrong shape.
fn read(v: &Value) -> Option<Session> {
    let node = |key| v.field(key).ok().flatten();
    let field = |key| node(key).map(|n| &n.value);
    let uint = |key| field(key)?.as_u64();
    Some(Session {
        format: u32::try_from(uint("format")?).ok()?,
        questionnaire: field("questionnaire")?.as_str()?.to_string(),
        version: u32::try_from(uint("version")?).ok()?,
        variant: match field("variant")?.as_str()? {
            "quick" => VariantId::Quick,
            "full" => VariantId::Full,
            _ => return None,
        },
        answers: Answers::read_json(node("answers")?)?,
        index: usize::try_from(uint("index")?).ok()?,
        finished: field("finished")?.as_bool()?,
    })
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
