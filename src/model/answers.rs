//! The user's answers by item id, plus how long each question was visible before answering.

use super::Keyed;
use super::{Item, Perspective, Questionnaire};

/// One answer. Stored as `{"scale": 3}`, `{"choice": 1}` or `{"na": 0}`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(from = "StoredAnswer", into = "StoredAnswer")]
pub enum Answer {
    /// Likert answer index 0..=4; 0 = the first scale label.
    Scale(u8),
    /// Scenario option index, 0-based in file order.
    Choice(u8),
    /// "Kam nicht vor / did not occur" (own view, items that declare `not_applicable`) or
    /// "kann ich nicht beurteilen / can't judge" (outside view, any item): an answer that is
    /// not skipped but counts as missing in every score.
    NotApplicable,
}

/// The stored form of an [`Answer`]: one key, the index as its value (0 for "na").
#[derive(Clone, Copy, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
enum StoredAnswer {
    Scale(u8),
    Choice(u8),
    Na(u8),
}

impl From<StoredAnswer> for Answer {
    fn from(a: StoredAnswer) -> Answer {
        match a {
            StoredAnswer::Scale(i) => Answer::Scale(i),
            StoredAnswer::Choice(k) => Answer::Choice(k),
            StoredAnswer::Na(_) => Answer::NotApplicable,
        }
    }
}

impl From<Answer> for StoredAnswer {
    fn from(a: Answer) -> StoredAnswer {
        match a {
            Answer::Scale(i) => StoredAnswer::Scale(i),
            Answer::Choice(k) => StoredAnswer::Choice(k),
            Answer::NotApplicable => StoredAnswer::Na(0),
        }
    }
}

impl Item {
    /// True when `answer` fits this item: a scale index 0..=4 for likert, an existing option for
    /// a scenario, or [`Answer::NotApplicable`] (where it may be given depends on the view: see
    /// [`Item::offers_not_applicable`]).
    pub fn accepts(&self, answer: Answer) -> bool {
        match (self, answer) {
            (_, Answer::NotApplicable) => true,
            (Item::Likert(_), Answer::Scale(i)) => i <= 4,
            (Item::Scenario(s), Answer::Choice(k)) => usize::from(k) < s.options.len(),
            _ => false,
        }
    }
}

impl Item {
    /// True when the person answering from `view` is offered [`Answer::NotApplicable`]: in the
    /// outside view on every item ("can't judge"), in the own view where a likert item declares
    /// `not_applicable` ("did not occur").
    pub fn offers_not_applicable(&self, view: Perspective) -> bool {
        view == Perspective::Outside || matches!(self, Item::Likert(l) if l.not_applicable)
    }
}

/// Answers given so far, keyed by item id, and per-item viewing time in milliseconds.
///
/// Keyed maps, not lists: the order in which answers were given never matters,
/// and the stored form is stable for localStorage:
/// `{"given":{"lead-a":{"scale":4}},"times_ms":{"lead-a":2000}}`.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Answers {
    #[serde(default)]
    given: Keyed<Answer>,
    #[serde(default)]
    times_ms: Keyed<u32>,
}

impl Answers {
    /// No answers yet.
    pub fn new() -> Answers {
        Answers::default()
    }

    /// Sets (or replaces) the answer to `item_id`.
    pub fn set(&mut self, item_id: &str, answer: Answer) {
        self.given.insert(item_id.to_string(), answer);
    }

    /// Sets the answer and adds `visible_ms`, the time the question was shown before this answer.
    /// Times of repeated visits add up: reading it again is reading time too.
    pub fn record(&mut self, item_id: &str, answer: Answer, visible_ms: u32) {
        self.set(item_id, answer);
        self.add_time(item_id, visible_ms);
    }

    /// Adds viewing time to `item_id` (saturating).
    pub fn add_time(&mut self, item_id: &str, ms: u32) {
        let t = self.times_ms.entry(item_id.to_string()).or_insert(0);
        *t = t.saturating_add(ms);
    }

    /// Withdraws the answer to `item_id` (the item counts as skipped); its viewing time stays.
    pub fn remove(&mut self, item_id: &str) {
        self.given.remove(item_id);
    }

    /// A copy with only the answers to items whose id passes `keep` (no viewing times).
    pub fn only(&self, keep: impl Fn(&str) -> bool) -> Answers {
        let mut out = Answers::new();
        for (id, a) in self.iter().filter(|(id, _)| keep(id)) {
            out.set(id, a);
        }
        out
    }

    /// Forgets everything.
    pub fn clear(&mut self) {
        self.given.clear();
        self.times_ms.clear();
    }

    /// The answer to `item_id`, if given.
    pub fn get(&self, item_id: &str) -> Option<Answer> {
        self.given.get(item_id).copied()
    }

    /// Total viewing time of `item_id` in milliseconds, if any was recorded.
    pub fn time_ms(&self, item_id: &str) -> Option<u32> {
        self.times_ms.get(item_id).copied()
    }

    /// Number of answers given.
    pub fn len(&self) -> usize {
        self.given.len()
    }

    /// True when nothing is answered.
    pub fn is_empty(&self) -> bool {
        self.given.is_empty()
    }

    /// Every answer, ordered by item id.
    pub fn iter(&self) -> impl Iterator<Item = (&str, Answer)> {
        self.given.iter().map(|(id, a)| (id.as_str(), *a))
    }

    /// The answer to `item` if it exists and fits the item (see [`Item::accepts`]).
    pub fn valid_for(&self, item: &Item) -> Option<Answer> {
        self.get(item.id()).filter(|a| item.accepts(*a))
    }

    /// Drops answers and times for unknown items and answers that do not fit their item,
    /// e.g. after restoring from tampered storage or loading a newer questionnaire.
    pub fn retain_valid(&mut self, q: &Questionnaire) {
        self.given
            .retain(|id, a| q.item(id).is_some_and(|it| it.accepts(*a)));
        self.times_ms.retain(|id, _| q.item(id).is_some());
    }
}
