//! Reading a questionnaire from JSON text with serde: every problem becomes a [`ContentError`]
//! with the JSON path of the bad field.
//!
//! serde_json reads the text as JSON (a syntax error and its path, see [`Skim`]), then as a
//! questionnaire; on a wrong value, eserde reads it again to list every wrong value at once,
//! each with its path. A complete file then goes through [`validate`].

use super::read_syntax::{split_position, syntax};
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

/// The JSON tree of a questionnaire file, before any rule is checked (the studio edits it,
/// issue 20): a leading byte order mark is skipped.
///
/// Errors: one [`ContentErrorKind::Syntax`] when `src` is not JSON; one
/// [`ContentErrorKind::Shape`] at the root when it is JSON but not an object.
pub fn questionnaire_tree(src: &str) -> Result<serde_json::Value, Vec<ContentError>> {
    // Editors on Windows start a UTF-8 file with a byte order mark, which JSON does not allow.
    let src = src.strip_prefix('\u{feff}').unwrap_or(src);
    let tree = syntax(src)?;
    if !tree.is_object() {
        // serde would read a list as the fields in order; a questionnaire is an object.
        let detail = "invalid type: not an object, expected a questionnaire object".to_string();
        let kind = ContentErrorKind::Shape { detail, at: None };
        return Err(vec![ContentError::new("", kind)]);
    }
    Ok(tree)
}

/// The questionnaire in `src`, not yet validated; every shape problem on failure.
pub(super) fn read(src: &str) -> Result<Questionnaire, Vec<ContentError>> {
    let src = src.strip_prefix('\u{feff}').unwrap_or(src);
    let tree = questionnaire_tree(src)?;
    let first = match serde_json::from_str::<Questionnaire>(src) {
        Ok(q) => return Ok(q),
        Err(e) => e,
    };
    let mut every = every_wrong_value(src);
    let kinds = kind_fields(&tree, &every);
    if !kinds.is_empty() {
        // What eserde could not place is serde's own first error: one of these, at the root.
        every.retain(|e| !e.path.is_empty());
    }
    every.extend(kinds);
    if every.is_empty() {
        // eserde found nothing serde did: the whole file, with serde's message.
        every.push(ContentError::new("", kind_of(&first.to_string())));
    }
    Err(every)
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
        let absent = |f: &&&str| item.get(**f).is_none_or(serde_json::Value::is_null);
        for field in needs.iter().filter(absent) {
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
    let detail = plain(&detail);
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

/// serde's message in the words of the format's documentation: JSON's "object" and "list",
/// the numbers' ranges, "keyword" for a value from a fixed set; no Rust type names.
fn plain(detail: &str) -> String {
    let mut out = detail.replace("unknown variant", "unknown keyword");
    for (rust, words) in [
        (
            "expected u32",
            "expected a whole number from 0 to 4294967295",
        ),
        ("expected u8", "expected a whole number from 0 to 255"),
        ("expected f64", "expected a number"),
        ("expected map", "expected an object"),
        ("invalid type: sequence", "invalid type: list"),
        ("invalid type: map", "invalid type: object"),
        ("expected a sequence", "expected a list"),
    ] {
        out = out.replace(rust, words);
    }
    // `expected struct ScenarioOption` (eserde's helpers too): an object, whatever its name.
    while let Some(at) = out.find("expected struct ") {
        let name_end = out[at + 16..]
            .find(|c: char| !(c.is_alphanumeric() || c == '_'))
            .map_or(out.len(), |n| at + 16 + n);
        out.replace_range(at..name_end, "expected an object");
    }
    out
}
