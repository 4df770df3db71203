//! Edits of a [`Draft`] that touch many fields at once: the file's languages, new list
//! elements shaped like their neighbours, and the table of texts missing per language.

use serde_json::{Map, Value};

use super::path::{child, element};
use super::Draft;
use seller_check::model::{ContentError, ContentErrorKind};

/// What one language lacks: the paths of its missing texts, in the validator's order.
#[derive(Clone, Debug, PartialEq)]
pub struct MissingTexts {
    /// The language code.
    pub lang: String,
    /// Paths of the texts without a string in this language (`items[3].text.en`).
    pub paths: Vec<String>,
}

impl Draft {
    /// The language codes the file declares, in order (the first is the fallback).
    pub fn languages(&self) -> Vec<String> {
        self.get("languages")
            .and_then(Value::as_array)
            .map(|l| {
                l.iter()
                    .filter_map(|v| v.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Declares a new language `code` (trimmed, lower case). Every text then lacks it, which
    /// [`Draft::check`] lists. False when the code is empty, not `[a-z-]+`, or declared already.
    pub fn add_language(&mut self, code: &str) -> bool {
        let code = code.trim().to_ascii_lowercase();
        let fits = !code.is_empty() && code.chars().all(|c| c.is_ascii_lowercase() || c == '-');
        let mut langs = self.languages();
        if !fits || langs.contains(&code) {
            return false;
        }
        langs.push(code);
        self.set("languages", Value::from(langs))
    }

    /// Drops language `code` from `languages` and its string from every text (every object
    /// whose values are all strings). False when it is not declared or is the only one.
    pub fn remove_language(&mut self, code: &str) -> bool {
        let mut langs = self.languages();
        if langs.len() < 2 || !langs.iter().any(|l| l == code) {
            return false;
        }
        langs.retain(|l| l != code);
        self.set("languages", Value::from(langs));
        drop_language(&mut self.tree, code);
        true
    }

    /// A new element for the list at `list`, shaped like its last element of the same `kind`
    /// (for `items`: `likert` or `scenario`; `None` takes the last element): every text empty,
    /// every switch off (`reverse`, `not_applicable`), a fresh `id` where the element has one, no
    /// `twin` (a mirror is chosen by the author).
    /// `None` when the list has no element to take the shape from.
    pub fn new_element(&self, list: &str, kind: Option<&str>) -> Option<Value> {
        let all = self.get(list)?.as_array()?;
        let model = all
            .iter()
            .rev()
            .find(|v| kind.is_none_or(|k| v.get("kind").and_then(Value::as_str) == Some(k)))?;
        let mut v = model.clone();
        blank_texts(&mut v);
        if let Some(m) = v.as_object_mut() {
            m.shift_remove("twin");
            if m.contains_key("id") {
                let base = kind.unwrap_or("new");
                m.insert("id".into(), Value::from(self.fresh_id(list, base)));
            }
        }
        Some(v)
    }

    /// An id `base-N` no element of the list at `list` has, N counting from 1.
    pub fn fresh_id(&self, list: &str, base: &str) -> String {
        let taken = self.ids(list);
        (1..)
            .map(|n| format!("{base}-{n}"))
            .find(|id| !taken.contains(id))
            .unwrap_or_default()
    }

    /// The ids of the likert items, for choosing a twin; each with its path.
    pub fn likert_ids(&self) -> Vec<String> {
        (0..self.len("items"))
            .filter(|&i| self.str_at(&child(&element("items", i), "kind")) == "likert")
            .map(|i| self.str_at(&child(&element("items", i), "id")).to_string())
            .collect()
    }
}

/// Per declared language, the texts `errors` names as missing in it; languages with none are
/// listed too (with no paths), in the file's order, then any other language an error names.
pub fn missing_texts(languages: &[String], errors: &[ContentError]) -> Vec<MissingTexts> {
    let mut out: Vec<MissingTexts> = languages
        .iter()
        .map(|l| MissingTexts {
            lang: l.clone(),
            paths: Vec::new(),
        })
        .collect();
    for e in errors {
        if let ContentErrorKind::MissingText { lang } = &e.kind {
            match out.iter_mut().find(|m| &m.lang == lang) {
                Some(m) => m.paths.push(e.path.clone()),
                None => out.push(MissingTexts {
                    lang: lang.clone(),
                    paths: vec![e.path.clone()],
                }),
            }
        }
    }
    out
}

/// Whether `v` is a text: an object, not empty, whose values are all strings.
pub fn is_text(v: &Value) -> bool {
    v.as_object()
        .is_some_and(|m| !m.is_empty() && m.values().all(Value::is_string))
}

fn blank_texts(v: &mut Value) {
    match v {
        Value::Bool(b) => *b = false,
        Value::Object(m) if !m.is_empty() && m.values().all(Value::is_string) => {
            m.values_mut().for_each(|s| *s = Value::from(""));
        }
        Value::Object(m) => m.values_mut().for_each(blank_texts),
        Value::Array(a) => a.iter_mut().for_each(blank_texts),
        _ => {}
    }
}

fn drop_language(v: &mut Value, code: &str) {
    match v {
        Value::Object(m) if m.values().all(Value::is_string) => {
            m.shift_remove(code);
        }
        Value::Object(m) => m.values_mut().for_each(|x| drop_language(x, code)),
        Value::Array(a) => a.iter_mut().for_each(|x| drop_language(x, code)),
        _ => {}
    }
}

/// An empty object, for a field the author adds.
pub fn empty_object() -> Value {
    Value::Object(Map::new())
}
