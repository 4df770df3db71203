//! Where a questionnaire file breaks off as JSON: one syntax error with its path.

use super::{ContentError, ContentErrorKind};

/// How deep lists and objects may nest: a questionnaire needs 6 levels; serde_json allows
/// 128, which a hostile file could use to make every later step slow.
const MAX_DEPTH: usize = 64;

/// The JSON tree of `src`, or one syntax error with the path of the value it broke off in:
/// the member or element being read (after a complete member, that member).
pub(super) fn syntax(src: &str) -> Result<serde_json::Value, Vec<ContentError>> {
    let mut de = serde_json::Deserializer::from_str(src);
    let mut path = Vec::new();
    let error = match serde::de::DeserializeSeed::deserialize(Skim(&mut path), &mut de) {
        Ok(()) => match de.end() {
            Ok(()) => return serde_json::from_str(src).map_err(|_| Vec::new()),
            Err(e) => e,
        },
        Err(e) => e,
    };
    let (detail, _) = split_position(&error.to_string());
    let kind = ContentErrorKind::Syntax {
        line: error.line(),
        column: error.column(),
        detail,
    };
    Err(vec![ContentError::new(path.concat(), kind)])
}

/// Reads any JSON value, only to learn where a syntax error is: each level leaves its segment
/// (`key`, `.key`, `[3]`) in the path when reading below it fails.
struct Skim<'p>(&'p mut Vec<String>);

impl Skim<'_> {
    fn segment(&mut self, key: &str) {
        let dot = if self.0.is_empty() { "" } else { "." };
        self.0.push(format!("{dot}{key}"));
    }
}

impl<'de> serde::de::DeserializeSeed<'de> for Skim<'_> {
    type Value = ();
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        if self.0.len() >= MAX_DEPTH {
            return Err(serde::de::Error::custom("nesting too deep"));
        }
        d.deserialize_any(self)
    }
}

impl<'de> serde::de::Visitor<'de> for Skim<'_> {
    type Value = ();
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(mut self, mut map: A) -> Result<(), A::Error> {
        let mut member = false;
        loop {
            let key = map.next_key::<String>()?;
            if std::mem::take(&mut member) {
                self.0.pop();
            }
            let Some(key) = key else { return Ok(()) };
            self.segment(&key);
            member = true;
            map.next_value_seed(Skim(self.0))?;
        }
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        for index in 0.. {
            self.0.push(format!("[{index}]"));
            if seq.next_element_seed(Skim(self.0))?.is_none() {
                self.0.pop();
                break;
            }
            self.0.pop();
        }
        Ok(())
    }
    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }
    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }
    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }
    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        Ok(())
    }
    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }
}

/// serde_json's message without its " at line L column C", and that position.
pub(super) fn split_position(message: &str) -> (String, Option<(usize, usize)>) {
    let message = message.trim();
    let parsed = message.rsplit_once(" at line ").and_then(|(detail, rest)| {
        let (line, column) = rest.split_once(" column ")?;
        Some((detail, (line.parse().ok()?, column.parse().ok()?)))
    });
    match parsed {
        Some((detail, at)) => (detail.to_string(), Some(at)),
        None => (message.to_string(), None),
    }
}
