//! Wrong types, repeated fields, defaults and unknown fields in a questionnaire file.
#![cfg(not(target_arch = "wasm32"))]

mod model_support;

use model_support::{fixture, parse};
use seller_check::model::{ContentError, ContentErrorKind as K, Item, Questionnaire};
use serde_json::{json, Value};

/// The (path, detail) of every shape error the edited fixture produces.
fn shapes(edit: impl FnOnce(&mut Value)) -> Vec<(String, String)> {
    let mut v = fixture();
    edit(&mut v);
    let errors = parse(&v).expect_err("the edit breaks the file");
    errors
        .into_iter()
        .map(|ContentError { path, kind }| match kind {
            K::Shape { detail, .. } => (path, detail),
            other => panic!("{path}: {other:?}"),
        })
        .collect()
}

/// A change to the fixture, the path it breaks and the detail given.
type Case = (fn(&mut Value), &'static str, &'static str);

fn one(path: &str, detail: &str) -> Vec<(String, String)> {
    vec![(path.to_string(), detail.to_string())]
}

#[test]
fn wrong_types_name_the_field_and_both_types() {
    let cases: [Case; 8] = [
        (
            |v| v["version"] = json!("1"),
            "version",
            "invalid type: string \"1\", expected a whole number from 0 to 4294967295",
        ),
        (
            |v| v["version"] = json!(1.5),
            "version",
            "invalid type: floating point `1.5`, expected a whole number from 0 to 4294967295",
        ),
        (
            |v| v["languages"][1] = json!(7),
            "languages[1]",
            "invalid type: integer `7`, expected a string",
        ),
        (
            |v| v["dimensions"][1]["weight"] = json!("x"),
            "dimensions[1].weight",
            "invalid type: string \"x\", expected a number",
        ),
        (
            |v| v["items"][1]["reverse"] = json!(null),
            "items[1].reverse",
            "invalid type: null, expected a boolean",
        ),
        (
            |v| v["items"][0]["twin"] = json!(3),
            "items[0].twin",
            "invalid type: integer `3`, expected a string",
        ),
        (
            |v| v["scales"]["frequency"][0]["de"] = json!(["nie"]),
            "scales.frequency[0].de",
            "invalid type: list, expected a string",
        ),
        (
            |v| v["items"][8]["options"][1] = json!("Abwarten"),
            "items[8].options[1]",
            "invalid type: string \"Abwarten\", expected an object",
        ),
    ];
    for (edit, path, detail) in cases {
        assert_eq!(shapes(edit), one(path, detail));
    }
    assert_eq!(
        shapes(|v| v["variants"]["quick"] = json!(5)),
        one(
            "variants.quick",
            "invalid type: integer `5`, expected \"all\" or a list of item ids"
        )
    );
}

#[test]
fn all_shape_problems_at_once() {
    let found = shapes(|v| {
        v["version"] = json!(-1);
        v["items"][8]["options"][0]["weights"]["lead"] = json!("2");
        v["stages"][3]["to"] = json!(null);
    });
    let paths: Vec<&str> = found.iter().map(|(p, _)| p.as_str()).collect();
    assert_eq!(
        paths,
        // In the file's order (serde_json writes keys sorted).
        [
            "items[8].options[0].weights.lead",
            "stages[3].to",
            "version"
        ]
    );
}

#[test]
fn a_repeated_field_is_an_error_a_repeated_map_key_is_not() {
    let mut text = fixture().to_string();
    text = text.replacen("\"version\":1", "\"version\":1,\"version\":2", 1);
    let errors = Questionnaire::from_json(&text).unwrap_err();
    assert!(
        matches!(&errors[..], [ContentError { path, kind: K::Shape { detail, .. } }]
            if path == "version" && detail == "duplicate field `version`"),
        "{errors:?}"
    );
    let text = fixture()
        .to_string()
        .replacen("\"de\":\"nie\"", "\"de\":\"?\",\"de\":\"nie\"", 1);
    let q = Questionnaire::from_json(&text).unwrap();
    assert_eq!(q.scales["frequency"][0].get("de"), Some("nie"));
}

#[test]
fn defaults_and_unknown_fields() {
    let mut v = fixture();
    v["comment"] = json!({"anything": [1, 2, {"deep": null}]});
    v["items"][0]["note"] = json!("ignored");
    v["items"][0]["twin"] = json!(null);
    v["items"][1]["twin"] = json!(null);
    v["items"][2].as_object_mut().unwrap().remove("twin");
    v["items"][3].as_object_mut().unwrap().remove("twin");
    v["items"][2].as_object_mut().unwrap().remove("reverse");
    let q = parse(&v).unwrap();
    assert_eq!((q.mixed_margin, q.dimensions[0].weight), (4.0, 1.0));
    let Item::Likert(l) = &q.items[2] else {
        panic!()
    };
    assert_eq!((l.reverse, &l.twin), (false, &None));
    let Item::Likert(l) = &q.items[0] else {
        panic!()
    };
    assert_eq!(l.twin, None);
    v["mixed_margin"] = json!(2.5);
    v["dimensions"][0]["weight"] = json!(0);
    let q = parse(&v).unwrap();
    assert_eq!((q.mixed_margin, q.dimensions[0].weight), (2.5, 0.0));
}

#[test]
fn positions_are_lines_and_columns_in_the_file() {
    let mut v = fixture();
    v["items"][4].as_object_mut().unwrap().remove("text");
    v["items"][2]["kind"] = json!("lickert");
    v["dimensions"][1]["weight"] = json!("x");
    let text = serde_json::to_string_pretty(&v).unwrap();
    let errors = Questionnaire::from_json(&text).unwrap_err();
    // The character at a reported position: serde notices at the last character of the value.
    let before = |line: usize, column: usize| {
        let l = text.lines().nth(line - 1).unwrap();
        l[column - 1..].chars().next().unwrap()
    };
    let mut seen = Vec::new();
    for e in &errors {
        match &e.kind {
            // A missing field is named with the path of the object that lacks it.
            K::MissingField { field } => {
                assert_eq!((field.as_str(), e.path.as_str()), ("text", "items[4]"));
            }
            K::Shape {
                at: Some((line, column)),
                detail,
            } => {
                assert!(
                    detail.contains("lickert") || detail.contains("\"x\""),
                    "{detail}"
                );
                assert_eq!(before(*line, *column), '"', "{e:?}");
            }
            other => panic!("{other:?}"),
        }
        seen.push(e.path.as_str());
    }
    seen.sort();
    assert_eq!(seen, ["dimensions[1].weight", "items[2].kind", "items[4]"]);
}

#[test]
fn hostile_files_fail_with_a_syntax_error() {
    let deep = "[".repeat(100_000);
    let errors = Questionnaire::from_json(&deep).unwrap_err();
    assert!(
        matches!(
            errors[0].kind,
            // At the 64th bracket: serde_json reports where it stopped reading.
            K::Syntax {
                line: 1,
                column: 64,
                ..
            }
        ),
        "{errors:?}"
    );
    for text in [
        "{\"id\": \"a\u{1}\"}",
        "{\"id\": \"\\ud800\"}",
        // Non-finite numbers: beyond f64 is "number out of range", the words are not JSON.
        "{\"version\": 1e999}",
        "{\"mixed_margin\": -1e400}",
        "{\"mixed_margin\": NaN}",
        "{\"mixed_margin\": Infinity}",
        "{\"mixed_margin\": -Infinity}",
        "{} {}",
    ] {
        let errors = Questionnaire::from_json(text).unwrap_err();
        assert!(
            matches!(
                errors[..],
                [ContentError {
                    kind: K::Syntax { .. },
                    ..
                }]
            ),
            "{errors:?}"
        );
    }
}

#[test]
fn a_field_only_the_items_kind_needs_is_named_once_at_the_item() {
    let missing = |edit: fn(&mut Value)| {
        let mut v = fixture();
        edit(&mut v);
        let errors = parse(&v).expect_err("broken");
        errors
            .into_iter()
            .map(|e| match e.kind {
                K::MissingField { field } => (e.path, field),
                other => panic!("{other:?}"),
            })
            .collect::<Vec<_>>()
    };
    let at = |path: &str, field: &str| (path.to_string(), field.to_string());
    assert_eq!(
        missing(|v| {
            v["items"][2].as_object_mut().unwrap().remove("dimension");
        }),
        [at("items[2]", "dimension")]
    );
    assert_eq!(
        missing(|v| v["items"][3]["scale"] = json!(null)),
        [at("items[3]", "scale")]
    );
    assert_eq!(
        missing(|v| {
            let item = v["items"][8].as_object_mut().unwrap();
            item.remove("situation");
            item.remove("options");
        }),
        [at("items[8]", "situation"), at("items[8]", "options")]
    );
}

#[test]
fn a_byte_order_mark_before_the_file_is_read_past() {
    let text = format!("\u{feff}{}", fixture());
    assert!(Questionnaire::from_json(&text).is_ok());
}
