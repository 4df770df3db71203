//! Issue 16, before the hand-written reader goes: serde reads every valid questionnaire into
//! exactly what the hand-written reader gives (the broken files' errors come next).
#![cfg(not(target_arch = "wasm32"))]

mod model_support;

use model_support::{fixture, DEFAULT_JSON};
use seller_check::model::Questionnaire;
use serde_json::json;

fn both(text: &str) -> (Questionnaire, Questionnaire) {
    let old = Questionnaire::from_json(text).unwrap_or_else(|e| panic!("{e:#?}"));
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
