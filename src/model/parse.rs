//! Reading a questionnaire from JSON text: every problem becomes a [`ContentError`] with a path.

use super::decode::{Decoder, Path};
use super::json::{self, JsonError};
use super::{decode_questionnaire, validate, ContentError, ContentErrorKind, Questionnaire};

impl Questionnaire {
    /// Parses and validates a questionnaire; every problem is reported at once.
    ///
    /// Text that is not JSON yields one [`ContentErrorKind::Syntax`]; otherwise every
    /// missing field and wrong value is listed, and only a complete file is validated.
    pub fn from_json(src: &str) -> Result<Questionnaire, Vec<ContentError>> {
        let root = json::parse(src).map_err(|e| vec![syntax_error(src, e)])?;
        let mut d = Decoder::new(src);
        let q = decode_questionnaire::questionnaire(&mut d, &root, &Path::Root);
        let q = match q {
            Some(q) if d.errors.is_empty() => q,
            _ => return Err(d.errors),
        };
        let errors = validate(&q);
        if errors.is_empty() {
            Ok(q)
        } else {
            Err(errors)
        }
    }
}

fn syntax_error(src: &str, e: JsonError) -> ContentError {
    let (line, column) = json::line_column(src, e.at);
    let kind = ContentErrorKind::Syntax {
        line,
        column,
        detail: e.kind.message().to_string(),
    };
    ContentError::new(scan(src, e.at), kind)
}

enum Frame {
    Object { key: Option<String>, want_key: bool },
    Array { index: usize },
}

/// The JSON path of the innermost value open at 1-based `line`/`column` (a byte column).
///
/// A small hand-written scan instead of a path-tracking parser: it costs nothing on
/// valid files and is good enough to point a content author at the spot of a syntax error.
pub fn path_at(src: &str, line: usize, column: usize) -> String {
    let bytes = src.as_bytes();
    let mut end = 0;
    let mut cur_line = 1;
    while end < bytes.len() && cur_line < line {
        if bytes[end] == b'\n' {
            cur_line += 1;
        }
        end += 1;
    }
    scan(src, end + column.saturating_sub(1))
}

/// The path of the innermost value open just before byte offset `end`.
fn scan(src: &str, end: usize) -> String {
    let bytes = src.as_bytes();
    let end = end.min(bytes.len());
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < end {
        match bytes[i] {
            b'{' => stack.push(Frame::Object {
                key: None,
                want_key: true,
            }),
            b'[' => stack.push(Frame::Array { index: 0 }),
            b'}' | b']' => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Frame::Object { key, want_key }) => {
                    *key = None;
                    *want_key = true;
                }
                Some(Frame::Array { index }) => *index += 1,
                None => {}
            },
            b'"' => {
                let start = i + 1;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                if let Some(Frame::Object { key, want_key }) = stack.last_mut() {
                    if *want_key {
                        let stop = i.min(bytes.len());
                        *key = Some(String::from_utf8_lossy(&bytes[start..stop]).into_owned());
                        *want_key = false;
                    }
                }
            }
            _ => {}
        }
        i += 1;
    }
    let mut path = String::new();
    for frame in &stack {
        match frame {
            Frame::Object { key: Some(k), .. } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(k);
            }
            Frame::Object { key: None, .. } => {}
            Frame::Array { index } => {
                path.push('[');
                json::write_uint(&mut path, *index as u64);
                path.push(']');
            }
        }
    }
    path
}
