//! A questionnaire file being edited in the studio (issue 20): the JSON tree as the author wrote
//! it, in its own key order, changed field by field and checked by the app's own validator.
//!
//! The tree stays a `serde_json::Value` rather than a [`Questionnaire`]: a draft may be broken
//! (an unknown dimension, a missing text) and must still be shown and fixed, fields the format
//! does not know (`_note`) survive, and writing it back keeps the author's key order
//! (serde_json's `preserve_order`), so a diff of the download shows only what changed.

use serde_json::ser::{Formatter, PrettyFormatter};
use serde_json::{Map, Value};
use std::io::{Result as IoResult, Write};

pub mod edit;
pub mod path;
mod rename;

pub use edit::{empty_object, is_text, missing_texts, MissingTexts};

use path::{child, element, parent, pointer};
use seller_check::model::{questionnaire_tree, ContentError, Questionnaire};

/// A questionnaire file being edited; the root is always a JSON object.
#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    /// The file's tree.
    pub tree: Value,
    /// The field removed last and where it stood among its object's fields: set again (a
    /// number emptied and typed anew), it goes back to its place, so the key order holds.
    last_removed: Option<(String, usize)>,
}

impl Draft {
    /// Opens the text of a questionnaire file for editing.
    ///
    /// Errors: those of [`questionnaire_tree`] (not JSON; not an object). A file that
    /// breaks the format's rules opens; [`Draft::check`] lists its problems.
    pub fn open(src: &str) -> Result<Draft, Vec<ContentError>> {
        Ok(Draft {
            tree: questionnaire_tree(src)?,
            last_removed: None,
        })
    }

    /// The file as it is downloaded: pretty-printed with two spaces, in the draft's key order,
    /// ending with a newline.
    /// Characters one cannot see (soft hyphens, narrow no-break spaces) are written as
    /// `\uXXXX`, as the shipped file writes them, so an author sees them in any editor.
    pub fn text(&self) -> String {
        let mut out = Vec::new();
        let mut ser =
            serde_json::Serializer::with_formatter(&mut out, Visible(PrettyFormatter::new()));
        if serde::Serialize::serialize(&self.tree, &mut ser).is_err() {
            return String::new();
        }
        let mut s = String::from_utf8(out).unwrap_or_default();
        s.push('\n');
        s
    }

    /// The questionnaire, or every problem of the draft, from the validator the app and
    /// `cargo run --bin validate` use ([`Questionnaire::from_json`]).
    pub fn check(&self) -> Result<Questionnaire, Vec<ContentError>> {
        Questionnaire::from_json(&self.tree.to_string())
    }

    /// The value at `path` (validator path form, see `draft_path`), if there is one.
    pub fn get(&self, path: &str) -> Option<&Value> {
        self.tree.pointer(&pointer(path))
    }

    /// A string at `path`, `""` when there is none.
    pub fn str_at(&self, path: &str) -> &str {
        self.get(path).and_then(Value::as_str).unwrap_or("")
    }

    /// Sets the value at `path`, making the objects on the way where a field is missing (a
    /// language of a text, a weight). Returns false when the way leads through a list element
    /// that does not exist or through a value that is not an object.
    pub fn set(&mut self, path: &str, value: Value) -> bool {
        let Some(up) = parent(path) else {
            if value.is_object() {
                self.tree = value;
                return true;
            }
            return false;
        };
        let key = last_key(path);
        if self.get(&up).is_none() && !self.set(&up, Value::Object(Map::new())) {
            return false;
        }
        let back = match self.last_removed.take() {
            Some((p, at)) if p == path => Some(at),
            other => {
                self.last_removed = other;
                None
            }
        };
        match (self.tree.pointer_mut(&pointer(&up)), key) {
            (Some(Value::Object(m)), Key::Field(k)) => {
                match back.filter(|&at| at <= m.len() && !m.contains_key(&k)) {
                    Some(at) => m.shift_insert(at, k, value),
                    None => m.insert(k, value),
                };
                true
            }
            (Some(Value::Array(a)), Key::Index(i)) if i < a.len() => {
                a[i] = value;
                true
            }
            _ => false,
        }
    }

    /// Removes the field or list element at `path`; false when there is none.
    pub fn remove(&mut self, path: &str) -> bool {
        let Some(up) = parent(path) else { return false };
        match (self.tree.pointer_mut(&pointer(&up)), last_key(path)) {
            // `shift_remove`: the other fields keep their order.
            (Some(Value::Object(m)), Key::Field(k)) => {
                let Some(at) = m.keys().position(|x| *x == k) else {
                    return false;
                };
                m.shift_remove(&k);
                self.last_removed = Some((path.to_string(), at));
                true
            }
            (Some(Value::Array(a)), Key::Index(i)) if i < a.len() => {
                a.remove(i);
                true
            }
            _ => false,
        }
    }

    /// Inserts `value` into the list at `list` before `index` (at the end when beyond it);
    /// false when `list` is no list.
    pub fn insert(&mut self, list: &str, index: usize, value: Value) -> bool {
        match self.tree.pointer_mut(&pointer(list)) {
            Some(Value::Array(a)) => {
                a.insert(index.min(a.len()), value);
                true
            }
            _ => false,
        }
    }

    /// Moves element `from` of the list at `list` to `to`; false when either is out of range.
    pub fn move_element(&mut self, list: &str, from: usize, to: usize) -> bool {
        match self.tree.pointer_mut(&pointer(list)) {
            Some(Value::Array(a)) if from < a.len() && to < a.len() => {
                let v = a.remove(from);
                a.insert(to, v);
                true
            }
            _ => false,
        }
    }

    /// Length of the list at `path`, 0 when it is none.
    pub fn len(&self, path: &str) -> usize {
        self.get(path).and_then(Value::as_array).map_or(0, Vec::len)
    }

    /// Whether the list at `path` is empty or absent.
    pub fn is_empty(&self, path: &str) -> bool {
        self.len(path) == 0
    }

    /// The ids of the objects in the list at `list` (`dimensions`, `items`, `stages`), in order.
    pub fn ids(&self, list: &str) -> Vec<String> {
        (0..self.len(list))
            .map(|i| self.str_at(&child(&element(list, i), "id")).to_string())
            .collect()
    }

    /// The `version` the file declares, 0 when it has none.
    pub fn version(&self) -> u64 {
        self.get("version").and_then(Value::as_u64).unwrap_or(0)
    }

    /// The version to suggest when `opened` (the file as it was opened) and the draft differ
    /// in what a saved check or a share code depends on (items, their order, options and
    /// keying, the variants' lists), and the draft still has `opened`'s version; `None`
    /// otherwise. Old links then meet the rule of issue 11: a code of another version is told
    /// as such, never read with answers that may now mean something else.
    pub fn version_due(&self, opened: &Draft) -> Option<u64> {
        let same = |k: &str| self.get(k) == opened.get(k);
        (!(same("items") && same("variants")) && self.version() <= opened.version())
            .then(|| opened.version() + 1)
    }
}

enum Key {
    Field(String),
    Index(usize),
}

fn last_key(path: &str) -> Key {
    match path::steps(path).pop() {
        Some(path::Step::Index(i)) => Key::Index(i),
        Some(path::Step::Key(k)) => Key::Field(k),
        None => Key::Field(String::new()),
    }
}

/// serde_json's pretty form, with the characters one cannot see escaped: blanks other than the
/// space, and format characters (Unicode's Zs, Zl, Zp and the common Cf). serde_json offers no
/// such option; its `Formatter` is the hook it gives for it.
struct Visible<'a>(PrettyFormatter<'a>);

fn invisible(c: char) -> bool {
    matches!(c as u32,
        0xA0 | 0xAD | 0x34F | 0x61C | 0x1680 | 0x180E | 0x2000..=0x200F | 0x2028..=0x202F
        | 0x205F..=0x206F | 0x3000 | 0xFEFF | 0xFFF9..=0xFFFB)
}

impl Formatter for Visible<'_> {
    fn write_string_fragment<W: ?Sized + Write>(
        &mut self,
        w: &mut W,
        fragment: &str,
    ) -> IoResult<()> {
        let mut rest = fragment;
        while let Some(at) = rest.find(invisible) {
            let c = rest[at..].chars().next().unwrap_or(' ');
            w.write_all(&rest.as_bytes()[..at])?;
            write!(w, "\\u{:04x}", c as u32)?;
            rest = &rest[at + c.len_utf8()..];
        }
        w.write_all(rest.as_bytes())
    }
    fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> IoResult<()> {
        self.0.begin_array(w)
    }
    fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> IoResult<()> {
        self.0.end_array(w)
    }
    fn begin_array_value<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> IoResult<()> {
        self.0.begin_array_value(w, first)
    }
    fn end_array_value<W: ?Sized + Write>(&mut self, w: &mut W) -> IoResult<()> {
        self.0.end_array_value(w)
    }
    fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> IoResult<()> {
        self.0.begin_object(w)
    }
    fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> IoResult<()> {
        self.0.end_object(w)
    }
    fn begin_object_key<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> IoResult<()> {
        self.0.begin_object_key(w, first)
    }
    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> IoResult<()> {
        self.0.begin_object_value(w)
    }
    fn end_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> IoResult<()> {
        self.0.end_object_value(w)
    }
}
