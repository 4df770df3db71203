//! A small strict JSON (RFC 8259) reader and writer, so the wasm bundle carries no serde.
//!
//! The reader keeps object members in file order (duplicates included) and the byte
//! offset of every value, so callers can point at the spot of a problem.

mod error;
mod number;
mod read;
mod string;
mod write;

pub use error::{JsonError, JsonErrorKind};
pub use read::{parse, MAX_DEPTH};
pub use write::{write_string, write_uint, ObjectWriter};

/// A JSON value. Numbers are `f64`, as in JavaScript.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// Any number; always finite.
    Number(f64),
    /// A string, escapes resolved.
    String(String),
    /// An array.
    Array(Vec<Node>),
    /// An object's members in file order; a repeated key appears twice.
    Object(Vec<(String, Node)>),
}

/// A value and where it starts in the source text.
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    /// Byte offset of the value's first character.
    pub at: usize,
    /// The value.
    pub value: Value,
}

impl Value {
    /// English name of the type with its article, for messages: `a string`, `an array`.
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "a boolean",
            Value::Number(_) => "a number",
            Value::String(_) => "a string",
            Value::Array(_) => "an array",
            Value::Object(_) => "an object",
        }
    }

    /// The string, if this is one.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// The number, if this is one.
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Number(n) => Some(*n),
            _ => None,
        }
    }

    /// The number if it is a whole number in `0..2^64`.
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            // The range check comes first: `as` saturates, so 2^64 would pass the round trip.
            Value::Number(n) if (0.0..18_446_744_073_709_551_616.0).contains(n) => {
                let whole = *n as u64;
                (whole as f64 == *n).then_some(whole)
            }
            _ => None,
        }
    }

    /// The boolean, if this is one.
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    /// The elements, if this is an array.
    pub fn as_array(&self) -> Option<&[Node]> {
        match self {
            Value::Array(a) => Some(a),
            _ => None,
        }
    }

    /// The members in file order, if this is an object.
    pub fn as_object(&self) -> Option<&[(String, Node)]> {
        match self {
            Value::Object(m) => Some(m),
            _ => None,
        }
    }

    /// The member `key` of an object read as a record: `Ok(None)` when absent (or not an
    /// object), `Err` with the second occurrence when the key is repeated.
    pub fn field(&self, key: &str) -> Result<Option<&Node>, &Node> {
        let mut found = self
            .as_object()
            .unwrap_or(&[])
            .iter()
            .filter(|(k, _)| k == key)
            .map(|(_, v)| v);
        match (found.next(), found.next()) {
            (first, None) => Ok(first),
            (_, Some(again)) => Err(again),
        }
    }
}

/// 1-based line and 1-based byte column of byte offset `at` in `src`.
pub fn line_column(src: &str, at: usize) -> (usize, usize) {
    let before = src.as_bytes().get(..at).unwrap_or(src.as_bytes());
    let line = 1 + before.iter().filter(|&&b| b == b'\n').count();
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    (line, before.len() - line_start + 1)
}
