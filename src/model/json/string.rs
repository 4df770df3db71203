//! Strings: escapes, `\uXXXX` with surrogate pairs, and no raw control characters.

use super::read::{Read, Reader};
use super::{JsonError, JsonErrorKind};

impl Reader<'_> {
    pub(super) fn string(&mut self) -> Read<String> {
        self.pos += 1;
        let mut out = String::new();
        let mut run = self.pos;
        loop {
            // `run` and `pos` only ever sit next to ASCII bytes (quote, backslash, the end
            // of an escape), never inside a multi-byte character, so the slices are whole.
            match self.peek() {
                Some(b'"') => {
                    out.push_str(&self.src[run..self.pos]);
                    self.pos += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    out.push_str(&self.src[run..self.pos]);
                    self.pos += 1;
                    out.push(self.escape()?);
                    run = self.pos;
                }
                Some(0x00..=0x1f) | None => return Err(self.fail(JsonErrorKind::ControlCharacter)),
                Some(_) => self.pos += 1,
            }
        }
    }

    fn escape(&mut self) -> Read<char> {
        let c = match self.peek() {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                self.pos += 1;
                return self.unicode();
            }
            _ => return Err(self.fail(JsonErrorKind::InvalidEscape)),
        };
        self.pos += 1;
        Ok(c)
    }

    /// The four hex digits after `\u`, and a second `\uXXXX` when they open a surrogate pair.
    fn unicode(&mut self) -> Read<char> {
        let lone = JsonError {
            at: self.pos - 2,
            kind: JsonErrorKind::LoneSurrogate,
        };
        let high = self.hex4()?;
        if !(0xD800..=0xDBFF).contains(&high) {
            // A lone low half is the only code a single escape cannot stand for.
            return char::from_u32(high).ok_or(lone);
        }
        for want in [b'\\', b'u'] {
            match self.peek() {
                Some(b) if b == want => self.pos += 1,
                Some(_) => return Err(lone),
                None => return Err(self.fail(JsonErrorKind::UnexpectedEnd)),
            }
        }
        let low = self.hex4()?;
        if !(0xDC00..=0xDFFF).contains(&low) {
            return Err(lone);
        }
        char::from_u32(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)).ok_or(lone)
    }

    fn hex4(&mut self) -> Read<u32> {
        let mut code = 0;
        for _ in 0..4 {
            let digit = self.peek().and_then(|b| char::from(b).to_digit(16));
            let Some(d) = digit else {
                return Err(self.fail(JsonErrorKind::InvalidUnicodeEscape));
            };
            code = code * 16 + d;
            self.pos += 1;
        }
        Ok(code)
    }
}
