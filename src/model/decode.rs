//! Reading typed fields out of a JSON tree, collecting a [`ContentError`] with a path per problem.
//!
//! Every reader returns `None` only after recording why, so a decode that comes back
//! `None` always leaves at least one error behind, and all problems are found at once.

use super::json::{self, Node, Value};
use super::SortedMap;
use super::{ContentError, ContentErrorKind, Text};

/// Where a value sits, e.g. `items[7].options[2]`; linked through the stack, written out
/// only when there is something to report.
#[derive(Clone, Copy)]
pub(super) enum Path<'a> {
    /// The whole file.
    Root,
    /// Member `.1` of the object at `.0`.
    Key(&'a Path<'a>, &'a str),
    /// Element `.1` of the array at `.0`.
    Index(&'a Path<'a>, usize),
}

impl Path<'_> {
    fn write(&self, out: &mut String) {
        match *self {
            Path::Root => {}
            Path::Key(parent, key) => {
                parent.write(out);
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            Path::Index(parent, i) => {
                parent.write(out);
                out.push('[');
                json::write_uint(out, i as u64);
                out.push(']');
            }
        }
    }

    fn render(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }
}

/// Turns one JSON value at a path into a `T`, or records why not.
pub(super) type Conv<'s, T> = fn(&mut Decoder<'s>, &Node, &Path<'_>) -> Option<T>;

/// Collects the problems found while decoding the text `src`.
pub(super) struct Decoder<'s> {
    src: &'s str,
    /// Every problem so far.
    pub(super) errors: Vec<ContentError>,
}

impl<'s> Decoder<'s> {
    /// A decoder for values parsed from `src` (needed to turn offsets into lines).
    pub(super) fn new(src: &'s str) -> Decoder<'s> {
        Decoder {
            src,
            errors: Vec::new(),
        }
    }

    /// Records a wrong value at `node`.
    pub(super) fn shape<T>(&mut self, node: &Node, path: &Path, detail: String) -> Option<T> {
        let (line, column) = json::line_column(self.src, node.at);
        let kind = ContentErrorKind::Shape {
            line,
            column,
            detail,
        };
        self.errors.push(ContentError::new(path.render(), kind));
        None
    }

    /// Records that `node` is not `expected` (e.g. `a string`).
    pub(super) fn wrong_type<T>(&mut self, node: &Node, path: &Path, expected: &str) -> Option<T> {
        let mut detail = String::from("expected ");
        detail.push_str(expected);
        detail.push_str(", found ");
        detail.push_str(node.value.type_name());
        self.shape(node, path, detail)
    }

    /// Checks that `node` is an object.
    pub(super) fn object(&mut self, node: &Node, path: &Path) -> Option<()> {
        match node.value {
            Value::Object(_) => Some(()),
            _ => self.wrong_type(node, path, "an object"),
        }
    }

    /// Member `name` of the object `obj`; a repeated name is an error, as it was with serde.
    pub(super) fn get<'n>(&mut self, obj: &'n Node, path: &Path, name: &str) -> Option<&'n Node> {
        match obj.value.field(name) {
            Ok(found) => found,
            Err(again) => {
                let detail = String::from("duplicate field `") + name + "`";
                self.shape::<()>(again, &Path::Key(path, name), detail);
                Some(again)
            }
        }
    }

    /// Member `name` of `obj` read by `conv`; records a missing field when absent.
    pub(super) fn need<T>(
        &mut self,
        obj: &Node,
        path: &Path,
        name: &str,
        conv: Conv<'s, T>,
    ) -> Option<T> {
        let Some(node) = self.get(obj, path, name) else {
            let (line, column) = json::line_column(self.src, obj.at);
            let field = name.to_string();
            let kind = ContentErrorKind::MissingField {
                field,
                line,
                column,
            };
            self.errors.push(ContentError::new(path.render(), kind));
            return None;
        };
        conv(self, node, &Path::Key(path, name))
    }

    /// Member `name` of `obj` read by `conv`, or `default` when absent.
    pub(super) fn opt<T>(
        &mut self,
        obj: &Node,
        path: &Path,
        name: &str,
        default: T,
        conv: Conv<'s, T>,
    ) -> Option<T> {
        match self.get(obj, path, name) {
            Some(node) => conv(self, node, &Path::Key(path, name)),
            None => Some(default),
        }
    }

    /// An array, every element read by `conv` (all of them, to report every problem).
    pub(super) fn list<T>(
        &mut self,
        node: &Node,
        path: &Path,
        conv: Conv<'s, T>,
    ) -> Option<Vec<T>> {
        let Value::Array(elements) = &node.value else {
            return self.wrong_type(node, path, "an array");
        };
        let read: Vec<Option<T>> = (elements.iter().enumerate())
            .map(|(i, e)| conv(self, e, &Path::Index(path, i)))
            .collect();
        read.into_iter().collect()
    }

    /// An object used as a map, every value read by `conv`; a repeated key keeps its last value.
    pub(super) fn map<T>(
        &mut self,
        node: &Node,
        path: &Path,
        conv: Conv<'s, T>,
    ) -> Option<SortedMap<String, T>> {
        let Value::Object(members) = &node.value else {
            return self.wrong_type(node, path, "an object");
        };
        // Inserted one by one: collecting into a map would pull a sort into the wasm.
        let (mut map, mut complete) = (SortedMap::default(), true);
        for (k, v) in members {
            match conv(self, v, &Path::Key(path, k)) {
                Some(value) => {
                    map.insert(k.clone(), value);
                }
                None => complete = false,
            }
        }
        complete.then_some(map)
    }

    /// A string.
    pub(super) fn string(&mut self, node: &Node, path: &Path) -> Option<String> {
        match &node.value {
            Value::String(s) => Some(s.clone()),
            _ => self.wrong_type(node, path, "a string"),
        }
    }

    /// A string or `null`.
    pub(super) fn string_or_null(&mut self, node: &Node, path: &Path) -> Option<Option<String>> {
        match &node.value {
            Value::String(s) => Some(Some(s.clone())),
            Value::Null => Some(None),
            _ => self.wrong_type(node, path, "a string or null"),
        }
    }

    /// Any number.
    pub(super) fn number(&mut self, node: &Node, path: &Path) -> Option<f64> {
        match node.value.as_f64() {
            Some(n) => Some(n),
            None => self.wrong_type(node, path, "a number"),
        }
    }

    /// A whole number from 0 to `u32::MAX`.
    pub(super) fn uint(&mut self, node: &Node, path: &Path) -> Option<u32> {
        match node.value.as_u64().map(u32::try_from) {
            Some(Ok(n)) => Some(n),
            _ => self.wrong_type(node, path, "a whole number from 0 to 4294967295"),
        }
    }

    /// `true` or `false`.
    pub(super) fn boolean(&mut self, node: &Node, path: &Path) -> Option<bool> {
        match node.value.as_bool() {
            Some(b) => Some(b),
            None => self.wrong_type(node, path, "true or false"),
        }
    }

    /// A translatable text: an object of strings by language code.
    pub(super) fn text(&mut self, node: &Node, path: &Path) -> Option<Text> {
        self.map(node, path, Decoder::string).map(Text)
    }
}
