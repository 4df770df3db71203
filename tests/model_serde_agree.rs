//! Issue 16, before the hand-written reader goes: serde reads every valid questionnaire into
//! exactly what the hand-written reader gives (the broken files' errors come next).
#![cfg(not(target_arch = "wasm32"))]

mod model_support;

use model_support::{fixture, DEFAULT_JSON};
use seller_check::model::{ContentError, ContentErrorKind as K, Questionnaire};
use serde_json::json;

fn both(text: &str) -> (Questionnaire, Questionnaire) {
    let old = Questionnaire::from_json_hand_written(text).unwrap_or_else(|e| panic!("{e:#?}"));
    let new: Questionnaire = serde_json::from_str(text).unwrap_or_else(|e| panic!("{e}"));
    (old, new)
}

#[test]
fn the_default_questionnaire_reads_the_same() {
    let (old, new) = both(DEFAULT_JSON);
    assert_eq!(old, new);
    // The docs' example too.
    let doc = include_str!("../docs/questionnaire-format.md");
    let start = doc.find("```json\n").unwrap() + "```json\n".len();
    let len = doc[start..].find("```").unwrap();
    let (old, new) = both(&doc[start..start + len]);
    assert_eq!(old, new);
}

#[test]
fn defaults_unknown_fields_and_repeated_keys_read_the_same() {
    let mut v = fixture();
    v["comment"] = json!({"anything": [1, 2, {"deep": null}]});
    v["items"][0]["note"] = json!("ignored");
    v["items"][0]["twin"] = json!(null);
    v["items"][1]["twin"] = json!(null);
    v["patterns"] = json!([{"id": "p", "below": {"lead": 50},
        "name": {"de": "N", "en": "N"}, "description": {"de": "D", "en": "D"},
        "risk": {"de": "R", "en": "R"}, "step": {"de": "S", "en": "S"}}]);
    v["stages"][3]["requires"] = json!({"price": 50});
    v["instructions"] = json!({"frequency": {"de": "Drei Monate.", "en": "Three months."}});
    let text = v.to_string();
    let (old, new) = both(&text);
    assert_eq!(old, new);
    // A repeated key keeps its last value in both.
    let repeated = text.replacen("\"de\":\"nie\"", "\"de\":\"?\",\"de\":\"nie\"", 1);
    let (old, new) = both(&repeated);
    assert_eq!(old, new);
    assert_eq!(new.scales["frequency"][0].get("de"), Some("nie"));
}

/// What a list of errors says, without the reader's own wording: path, kind and field name.
fn gist(errors: &[ContentError]) -> Vec<(String, &'static str, String)> {
    errors
        .iter()
        .map(|e| {
            let (kind, field) = match &e.kind {
                K::Syntax { .. } => ("syntax", String::new()),
                K::MissingField { field } => ("missing", field.clone()),
                K::Shape { .. } => ("shape", String::new()),
                other => ("rule", format!("{other:?}")),
            };
            (e.path.clone(), kind, field)
        })
        .collect()
}

/// Every broken file the tests build (tests/model_content_shape.rs, model_validation.rs,
/// model_outside.rs, model_json.rs), as text.
fn broken_files() -> Vec<String> {
    let edits: Vec<fn(&mut serde_json::Value)> = vec![
        |v| v["version"] = json!("1"),
        |v| v["version"] = json!(1.5),
        |v| v["version"] = json!(-1),
        |v| v["languages"][1] = json!(7),
        |v| v["dimensions"][1]["weight"] = json!("x"),
        |v| v["items"][1]["reverse"] = json!(null),
        |v| v["items"][0]["twin"] = json!(3),
        |v| v["scales"]["frequency"][0]["de"] = json!(["nie"]),
        |v| v["items"][8]["options"][1] = json!("Abwarten"),
        |v| v["variants"]["quick"] = json!(5),
        |v| v["variants"]["full"] = json!("every"),
        |v| v["items"][2]["kind"] = json!("lickert"),
        |v| {
            v["items"][4].as_object_mut().unwrap().remove("text");
        },
        |v| {
            let mid = v["dimensions"][1]["levels"]["mid"].as_object_mut().unwrap();
            mid.remove("risk");
        },
        |v| {
            v["dimensions"][0]["gap"] = json!({"self_higher": {"de": "x", "en": "x"}});
        },
        |v| {
            v["version"] = json!(-1);
            v["items"][8]["options"][0]["weights"]["lead"] = json!("2");
            v["stages"][3]["to"] = json!(null);
        },
        |v| {
            v["items"][4].as_object_mut().unwrap().remove("text");
            v["items"][2]["kind"] = json!("lickert");
        },
        |v| v["stages"][1]["from"] = json!(45),
        |v| v["dimensions"][0]["id"] = json!("Lead"),
        |v| v["items"][0]["dimension"] = json!("nope"),
        |v| v["languages"] = json!([]),
    ];
    let mut files: Vec<String> = edits
        .into_iter()
        .map(|edit| {
            let mut v = fixture();
            edit(&mut v);
            serde_json::to_string_pretty(&v).unwrap()
        })
        .collect();
    let text = fixture().to_string();
    files.push(text.replacen("\"version\":1", "\"version\":1,\"version\":2", 1));
    files.push(text[..text.len() / 2].to_string());
    files.push(text[..text.len() - 1].to_string());
    files.push(format!("{text} {{}}"));
    files.extend(
        [
            "",
            "{",
            "{\n  \"id\": \"x\",\n  \"version\": 1,\n  \"languages\": [\"de\",]\n}",
            "{\"id\": \"a\u{1}\"}",
            "{\"id\": \"\\ud800\"}",
            "{\"version\": 1e999}",
            "{} {}",
            "[1, 2]",
            "{\"id\": NaN}",
        ]
        .map(String::from),
    );
    files.push("[".repeat(100_000));
    files
}

#[test]
fn every_broken_file_gets_the_same_errors_from_both_readers() {
    let mut differ = Vec::new();
    let files = broken_files();
    for text in &files {
        let old = Questionnaire::from_json_hand_written(text).expect_err("broken");
        let new = Questionnaire::from_json(text).expect_err("broken");
        // The hand-written reader listed in field order, serde lists in the file's order.
        let (mut old, mut new) = (gist(&old), gist(&new));
        old.sort();
        new.sort();
        if old != new {
            let head: String = text.chars().take(70).collect();
            differ.push(format!("{head}\n  old {old:?}\n  new {new:?}"));
        }
    }
    assert!(
        differ.is_empty(),
        "{} of {}:\n{}",
        differ.len(),
        files.len(),
        differ.join("\n")
    );
}
