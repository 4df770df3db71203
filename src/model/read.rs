//! Reading a questionnaire from JSON text with serde: every problem becomes a [`ContentError`]
//! with the JSON path of the bad field.
//!
//! serde_json reads the text as JSON (a syntax error and its path, see [`Skim`]), then as a
//! questionnaire; on a wrong value, eserde reads it again to list every wrong value at once,
//! each with its path. A complete file then goes through [`validate`].

use super::{validate, ContentError, ContentErrorKind, Questionnaire};

/// Defined behaviour of the reader, tested in tests/model_content_shape.rs:
/// - unknown fields are ignored (a file may carry comments and review notes);
/// - a field given twice in one object is an error ("duplicate field"); a repeated key of a
///   map (a language in a text, a dimension in weights) keeps its last value;
/// - numbers beyond f64 (`1e999`) are a syntax error, `NaN`/`Infinity` are not JSON.
impl Questionnaire {
    /// Parses and validates a questionnaire; every problem is reported at once.
    ///
    /// Text that is not JSON yields one [`ContentErrorKind::Syntax`]; otherwise every missing
    /// field and wrong value is listed, and only a complete file is validated.
    pub fn from_json(src: &str) -> Result<Questionnaire, Vec<ContentError>> {
        let q = read(src)?;
        let errors = validate(&q);
        if errors.is_empty() {
            Ok(q)
        } else {
            Err(errors)
        }
    }
}

/// The questionnaire in `src`, not yet validated; every shape problem on failure.
pub(super) fn read(src: &str) -> Result<Questionnaire, Vec<ContentError>> {
    let tree = syntax(src)?;
    if !tree.is_object() {
        // serde would read a list as the fields in order; a questionnaire is an object.
        let detail = "invalid type: not an object, expected a questionnaire object".to_string();
        let kind = ContentErrorKind::Shape { detail, at: None };
        return Err(vec![ContentError::new("", kind)]);
    }
    let first = match serde_json::from_str::<Questionnaire>(src) {
        Ok(q) => return Ok(q),
        Err(e) => e,
    };
    let mut every = every_wrong_value(src);
    every.extend(kind_fields(&tree, &every));
    if every.is_empty() {
        // eserde found nothing serde did: the whole file, with serde's message.
        every.push(ContentError::new("", kind_of(&first.to_string())));
    }
    Err(every)
}

/// How deep lists and objects may nest: a questionnaire needs 6 levels; serde_json allows
/// 128, which a hostile file could use to make every later step slow.
const MAX_DEPTH: usize = 64;

/// The JSON tree of `src`, or one syntax error with the path of the value it broke off in:
/// the member or element being read (after a complete member, that member).
fn syntax(src: &str) -> Result<serde_json::Value, Vec<ContentError>> {
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

/// Every missing field and wrong value in `src`, read on past each one (eserde).
///
/// eserde cannot step over a list or an object where one value belongs, and then reports the
/// JSON around it as broken; the text is known to be valid JSON here, so such reports
/// (serde_json's syntax messages) are dropped, and the file is read no further than that.
fn every_wrong_value(src: &str) -> Vec<ContentError> {
    let Err(errors) = eserde::json::from_str::<Questionnaire>(src) else {
        return Vec::new();
    };
    let syntax = ["expected `", "expected value", "EOF while", "trailing "];
    errors
        .into_iter()
        .filter(|e| !syntax.iter().any(|s| e.message().starts_with(s)))
        .map(|e| {
            let mut path = e
                .path()
                .map(|p| path_text(&p.to_string()))
                .unwrap_or_default();
            // eserde ends the path of an unknown keyword with the keyword itself.
            let variant = e.message().strip_prefix("unknown variant `");
            if let Some((word, _)) = variant.and_then(|v| v.split_once('`')) {
                let cut = path.len().saturating_sub(word.len() + 1);
                if path[cut..].strip_prefix('.') == Some(word) {
                    path.truncate(cut);
                }
            }
            ContentError::new(path, kind_of(e.message()))
        })
        .collect()
}

/// The fields an item's kind needs (`dimension` and `scale` of a likert item, `situation`
/// and `options` of a scenario), which eserde's pass over the items cannot see; none
/// reported twice.
fn kind_fields(tree: &serde_json::Value, known: &[ContentError]) -> Vec<ContentError> {
    let items = tree.get("items").and_then(|i| i.as_array());
    let mut out = Vec::new();
    for (i, item) in items.into_iter().flatten().enumerate() {
        let needs: &[&str] = match item.get("kind").and_then(|k| k.as_str()) {
            Some("likert") => &["dimension", "scale"],
            Some("scenario") => &["situation", "options"],
            _ => &[],
        };
        for field in needs.iter().filter(|f| item.get(**f).is_none()) {
            let e = ContentError::new(
                format!("items[{i}]"),
                ContentErrorKind::MissingField {
                    field: field.to_string(),
                },
            );
            if !known.contains(&e) {
                out.push(e);
            }
        }
    }
    out
}

/// serde writes the whole file's path as `.`; ours is empty.
fn path_text(path: &str) -> String {
    match path {
        "." => String::new(),
        _ => path.to_string(),
    }
}

/// A missing field or a wrong value, from serde's message.
fn kind_of(message: &str) -> ContentErrorKind {
    let (detail, at) = split_position(message);
    // eserde's derive names its own helper types where serde names ours.
    let detail = detail.replace("__ImplEDeserializeFor", "");
    match detail
        .strip_prefix("missing field `")
        .and_then(|f| f.strip_suffix('`'))
    {
        Some(field) => ContentErrorKind::MissingField {
            field: field.to_string(),
        },
        None => ContentErrorKind::Shape { detail, at },
    }
}

/// serde_json's message without its " at line L column C", and that position.
fn split_position(message: &str) -> (String, Option<(usize, usize)>) {
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
