//! The user's answers by item id, plus how long each question was visible before answering.

use super::json::{write_uint, Node, ObjectWriter};
use super::sorted_map::SortedMap;
use super::{Item, Perspective, Questionnaire};

/// One answer. Stored as `{"scale": 3}`, `{"choice": 1}` or `{"na": 0}`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
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
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers {
    given: SortedMap<String, Answer>,
    times_ms: SortedMap<String, u32>,
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
        let t = (self.times_ms).get_or_insert_with(item_id.to_string(), || 0);
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

    /// Appends the stored form (see [`Answers`]).
    pub(super) fn write_json(&self, out: &mut String) {
        let mut o = ObjectWriter::new(out);
        let mut given = ObjectWriter::new(o.key("given"));
        for (id, answer) in self.given.iter() {
            let mut a = ObjectWriter::new(given.key(id));
            let (key, i) = match *answer {
                Answer::Scale(i) => ("scale", i),
                Answer::Choice(k) => ("choice", k),
                Answer::NotApplicable => ("na", 0),
            };
            write_uint(a.key(key), u64::from(i));
            a.finish();
        }
        given.finish();
        let mut times = ObjectWriter::new(o.key("times_ms"));
        for (id, ms) in self.times_ms.iter() {
            write_uint(times.key(id), u64::from(*ms));
        }
        times.finish();
        o.finish();
    }

    /// Reads the stored form; `None` when anything in it has the wrong shape.
    /// Missing maps are empty; a repeated item id keeps its last value.
    pub(super) fn read_json(node: &Node) -> Option<Answers> {
        let v = &node.value;
        v.as_object()?;
        let mut answers = Answers::new();
        if let Some(given) = v.field("given").ok()? {
            for (id, a) in given.value.as_object()? {
                let [(key, i)] = a.value.as_object()? else {
                    return None;
                };
                let i = u8::try_from(i.value.as_u64()?).ok()?;
                let answer = match key.as_str() {
                    "scale" => Answer::Scale(i),
                    "choice" => Answer::Choice(i),
                    "na" => Answer::NotApplicable,
                    _ => return None,
                };
                answers.given.insert(id.clone(), answer);
            }
        }
        if let Some(times) = v.field("times_ms").ok()? {
            for (id, ms) in times.value.as_object()? {
                let ms = u32::try_from(ms.value.as_u64()?).ok()?;
                answers.times_ms.insert(id.clone(), ms);
            }
        }
        Some(answers)
    }
}
