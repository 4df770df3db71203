//! The reader: recursive descent over bytes, strict about everything RFC 8259 forbids.

use super::{number, JsonError, JsonErrorKind, Node, Value};

/// Deepest nesting of arrays and objects accepted; deeper input is refused
/// rather than risking the stack on hostile text.
pub const MAX_DEPTH: usize = 64;

/// Parses one JSON text (surrounding whitespace allowed, nothing else).
pub fn parse(src: &str) -> Result<Node, JsonError> {
    let mut p = Reader {
        src,
        bytes: src.as_bytes(),
        pos: 0,
        depth: 0,
    };
    let node = p.value()?;
    p.skip_ws();
    match p.peek() {
        None => Ok(node),
        Some(_) => Err(p.fail(JsonErrorKind::TrailingCharacters)),
    }
}

/// The reader's state; string reading lives in `string.rs`.
pub(super) struct Reader<'s> {
    pub(super) src: &'s str,
    pub(super) bytes: &'s [u8],
    pub(super) pos: usize,
    depth: usize,
}

pub(super) type Read<T> = Result<T, JsonError>;

impl Reader<'_> {
    pub(super) fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    pub(super) fn fail(&self, kind: JsonErrorKind) -> JsonError {
        let kind = match self.peek() {
            None => JsonErrorKind::UnexpectedEnd,
            Some(_) => kind,
        };
        JsonError { at: self.pos, kind }
    }

    fn skip_ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.pos += 1;
        }
    }

    fn value(&mut self) -> Read<Node> {
        self.skip_ws();
        let at = self.pos;
        let value = match self.peek() {
            Some(b'{') => self.object()?,
            Some(b'[') => self.array()?,
            Some(b'"') => Value::String(self.string()?),
            Some(b't') => self.literal(b"true", Value::Bool(true))?,
            Some(b'f') => self.literal(b"false", Value::Bool(false))?,
            Some(b'n') => self.literal(b"null", Value::Null)?,
            Some(b'-' | b'0'..=b'9') => Value::Number(self.number()?),
            _ => return Err(self.fail(JsonErrorKind::ExpectedValue)),
        };
        Ok(Node { at, value })
    }

    fn literal(&mut self, word: &[u8], value: Value) -> Read<Value> {
        for &w in word {
            if self.peek() != Some(w) {
                return Err(self.fail(JsonErrorKind::ExpectedValue));
            }
            self.pos += 1;
        }
        Ok(value)
    }

    /// Steps into `[` or `{`, refusing to go deeper than [`MAX_DEPTH`].
    fn open(&mut self) -> Read<()> {
        if self.depth == MAX_DEPTH {
            return Err(self.fail(JsonErrorKind::TooDeep));
        }
        self.depth += 1;
        self.pos += 1;
        Ok(())
    }

    /// After an element: `Ok(true)` for `,`, `Ok(false)` for the closing `close`.
    fn separator(&mut self, close: u8, kind: JsonErrorKind) -> Read<bool> {
        self.skip_ws();
        match self.peek() {
            Some(b',') => {
                self.pos += 1;
                self.skip_ws();
                match self.peek() {
                    Some(c) if c == close => Err(self.fail(JsonErrorKind::TrailingComma)),
                    _ => Ok(true),
                }
            }
            Some(c) if c == close => {
                self.pos += 1;
                self.depth -= 1;
                Ok(false)
            }
            _ => Err(self.fail(kind)),
        }
    }

    fn array(&mut self) -> Read<Value> {
        self.open()?;
        let mut items = Vec::new();
        self.skip_ws();
        if self.peek() == Some(b']') {
            self.pos += 1;
            self.depth -= 1;
            return Ok(Value::Array(items));
        }
        loop {
            items.push(self.value()?);
            if !self.separator(b']', JsonErrorKind::ExpectedCommaOrBracket)? {
                return Ok(Value::Array(items));
            }
        }
    }

    fn object(&mut self) -> Read<Value> {
        self.open()?;
        let mut members = Vec::new();
        self.skip_ws();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            self.depth -= 1;
            return Ok(Value::Object(members));
        }
        loop {
            if self.peek() != Some(b'"') {
                return Err(self.fail(JsonErrorKind::ExpectedKey));
            }
            let key = self.string()?;
            self.skip_ws();
            if self.peek() != Some(b':') {
                return Err(self.fail(JsonErrorKind::ExpectedColon));
            }
            self.pos += 1;
            members.push((key, self.value()?));
            if !self.separator(b'}', JsonErrorKind::ExpectedCommaOrBrace)? {
                return Ok(Value::Object(members));
            }
        }
    }

    fn digits(&mut self) -> Read<()> {
        if !matches!(self.peek(), Some(b'0'..=b'9')) {
            return Err(self.fail(JsonErrorKind::InvalidNumber));
        }
        while let Some(b'0'..=b'9') = self.peek() {
            self.pos += 1;
        }
        Ok(())
    }

    fn number(&mut self) -> Read<f64> {
        let start = self.pos;
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        if self.peek() == Some(b'0') {
            self.pos += 1;
            if let Some(b'0'..=b'9') = self.peek() {
                return Err(self.fail(JsonErrorKind::InvalidNumber));
            }
        } else {
            self.digits()?;
        }
        if self.peek() == Some(b'.') {
            self.pos += 1;
            self.digits()?;
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.pos += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.pos += 1;
            }
            self.digits()?;
        }
        number::to_f64(&self.src[start..self.pos]).ok_or(JsonError {
            at: start,
            kind: JsonErrorKind::NumberOutOfRange,
        })
    }
}
