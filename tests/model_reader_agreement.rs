//! Issue 16: the hand-written JSON reader is gone; before it went (commit 6293b26), it and the
//! serde reader were run side by side on every broken file the tests build. What the old one
//! said of each (path, kind, field; sorted, as the old one listed in field order and serde
//! lists in the file's order) is recorded in model_support/old_reader_errors.json, and the
//! serde reader must keep saying the same.
#![cfg(not(target_arch = "wasm32"))]

mod model_support;

use model_support::fixture;
use seller_check::model::{ContentError, ContentErrorKind as K, Questionnaire};
use serde_json::json;

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
fn every_broken_file_gets_the_errors_the_hand_written_reader_gave() {
    let recorded: Vec<Vec<(String, String, String)>> =
        serde_json::from_str(include_str!("model_support/old_reader_errors.json")).unwrap();
    let files = broken_files();
    assert_eq!(files.len(), recorded.len());
    let mut differ = Vec::new();
    for (text, old) in files.iter().zip(&recorded) {
        let new = Questionnaire::from_json(text).expect_err("broken");
        let mut new: Vec<(String, String, String)> = gist(&new)
            .into_iter()
            .map(|(p, k, f)| (p, k.to_string(), f))
            .collect();
        new.sort();
        if &new != old {
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

#[test]
fn the_default_file_and_the_docs_example_read() {
    let doc = include_str!("../docs/questionnaire-format.md");
    let start = doc.find("```json\n").unwrap() + "```json\n".len();
    let len = doc[start..].find("```").unwrap();
    Questionnaire::from_json(&doc[start..start + len]).unwrap();
    Questionnaire::from_json(model_support::DEFAULT_JSON).unwrap();
}
