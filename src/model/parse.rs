//! Reading a questionnaire from JSON text: parse errors become [`ContentError`]s with a path.

use super::{validate, ContentError, ContentErrorKind, Questionnaire};

impl Questionnaire {
    /// Parses and validates a questionnaire; every problem is reported at once.
    pub fn from_json(src: &str) -> Result<Questionnaire, Vec<ContentError>> {
        let q: Questionnaire = serde_json::from_str(src).map_err(|e| vec![parse_error(src, &e)])?;
        let errors = validate(&q);
        if errors.is_empty() {
            Ok(q)
        } else {
            Err(errors)
        }
    }
}

fn parse_error(src: &str, e: &serde_json::Error) -> ContentError {
    let (line, column) = (e.line(), e.column());
    let full = e.to_string();
    // serde_json appends " at line L column C"; the numbers live in the kind instead.
    let detail = match full.rfind(" at line ") {
        Some(i) => full[..i].to_string(),
        None => full,
    };
    let kind = if e.is_data() {
        match missing_field(&detail) {
            Some(field) => ContentErrorKind::MissingField {
                field,
                line,
                column,
            },
            None => ContentErrorKind::Shape {
                line,
                column,
                detail,
            },
        }
    } else {
        ContentErrorKind::Syntax {
            line,
            column,
            detail,
        }
    };
    // A missing field belongs to the object that lacks it, not to the key read last.
    let path = match kind {
        ContentErrorKind::MissingField { .. } => scan(src, line, column, false),
        _ => scan(src, line, column, true),
    };
    ContentError::new(path, kind)
}

fn missing_field(detail: &str) -> Option<String> {
    let rest = detail.strip_prefix("missing field `")?;
    Some(rest.strip_suffix('`')?.to_string())
}

enum Frame {
    Object { key: Option<String>, want_key: bool },
    Array { index: usize },
}

/// The JSON path of the innermost value open at 1-based `line`/`column` (a byte column).
///
/// A small hand-written scan instead of a path-tracking deserializer: it costs
/// nothing in the bundle and is good enough to point a content author at the spot.
pub fn path_at(src: &str, line: usize, column: usize) -> String {
    scan(src, line, column, true)
}

/// [`path_at`]; without `last_key` the key read last in the innermost object is left out.
fn scan(src: &str, line: usize, column: usize, last_key: bool) -> String {
    let bytes = src.as_bytes();
    let mut end = 0;
    let mut cur_line = 1;
    while end < bytes.len() && cur_line < line {
        if bytes[end] == b'\n' {
            cur_line += 1;
        }
        end += 1;
    }
    let end = (end + column.saturating_sub(1)).min(bytes.len());
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
    if !last_key {
        if let Some(Frame::Object { key, .. }) = stack.last_mut() {
            *key = None;
        }
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
                path.push_str(&index.to_string());
                path.push(']');
            }
        }
    }
    path
}
