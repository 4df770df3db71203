//! Broken fixtures for the file-level rules and parse errors; the shipped file passes.
#![cfg(not(target_arch = "wasm32"))]

mod model_support;

use model_support::{caught, fixture, parse, s, DEFAULT_JSON};
use seller_check::model::{ContentErrorKind as K, Questionnaire};
use serde_json::json;

#[test]
fn fixture_and_default_pass() {
    assert!(parse(&fixture()).is_ok());
    let q = Questionnaire::from_json(DEFAULT_JSON).unwrap_or_else(|e| panic!("{e:#?}"));
    assert_eq!(q.dimensions.len(), 6);
    assert_eq!(q.stages.len(), 5);
}

#[test]
fn unknown_dimension_in_likert_and_weights() {
    caught(
        |v| v["items"][0]["dimension"] = json!("leed"),
        "items[0].dimension",
        K::UnknownDimension { id: s("leed") },
    );
    caught(
        |v| v["items"][8]["options"][2]["weights"]["concesion"] = json!(1),
        "items[8].options[2].weights.concesion",
        K::UnknownDimension { id: s("concesion") },
    );
}

#[test]
fn duplicate_ids() {
    caught(
        |v| v["dimensions"][1]["id"] = json!("lead"),
        "dimensions[1].id",
        K::DuplicateId { id: s("lead") },
    );
    caught(
        |v| v["items"][3]["id"] = json!("lead-a"),
        "items[3].id",
        K::DuplicateId { id: s("lead-a") },
    );
    caught(
        |v| v["stages"][4]["id"] = json!("s0"),
        "stages[4].id",
        K::DuplicateId { id: s("s0") },
    );
    caught(
        |v| v["variants"]["quick"][1] = json!("lead-a"),
        "variants.quick[1]",
        K::DuplicateId { id: s("lead-a") },
    );
}

#[test]
fn missing_or_empty_language_string() {
    caught(
        |v| {
            v["items"][3]["text"].as_object_mut().unwrap().remove("en");
        },
        "items[3].text.en",
        K::MissingText { lang: s("en") },
    );
    caught(
        |v| v["dimensions"][1]["levels"]["mid"]["step"]["de"] = json!("  "),
        "dimensions[1].levels.mid.step.de",
        K::MissingText { lang: s("de") },
    );
    caught(
        |v| v["scales"]["frequency"][2]["en"] = json!(""),
        "scales.frequency[2].en",
        K::MissingText { lang: s("en") },
    );
    caught(
        |v| v["items"][8]["options"][1]["text"]["de"] = json!(""),
        "items[8].options[1].text.de",
        K::MissingText { lang: s("de") },
    );
    caught(
        |v| v["stages"][2]["risk"]["en"] = json!(""),
        "stages[2].risk.en",
        K::MissingText { lang: s("en") },
    );
    caught(|v| v["languages"] = json!([]), "languages", K::NoLanguages);
}

#[test]
fn unknown_scale_and_scale_size() {
    caught(
        |v| v["items"][2]["scale"] = json!("freq"),
        "items[2].scale",
        K::UnknownScale { id: s("freq") },
    );
    caught(
        |v| {
            v["scales"]["agreement"].as_array_mut().unwrap().pop();
        },
        "scales.agreement",
        K::ScaleSize { found: 4 },
    );
}

#[test]
fn stage_thresholds() {
    caught(
        |v| v["stages"][2]["from"] = json!(45),
        "stages[2].from",
        K::StageGap {
            expected: 40.0,
            found: 45.0,
        },
    );
    caught(
        |v| v["stages"][0]["from"] = json!(5),
        "stages[0].from",
        K::StageGap {
            expected: 0.0,
            found: 5.0,
        },
    );
    caught(
        |v| v["stages"][4]["to"] = json!(90),
        "stages[4].to",
        K::StageEnd { found: 90.0 },
    );
    caught(
        |v| {
            v["stages"][1]["to"] = json!(20);
            v["stages"][2]["from"] = json!(20);
        },
        "stages[1].to",
        K::StageNotAscending {
            from: 20.0,
            to: 20.0,
        },
    );
    caught(|v| v["stages"] = json!([]), "stages", K::NoStages);
}

#[test]
fn ids_weights_margin() {
    caught(
        |v| v["id"] = json!("Seller Check"),
        "id",
        K::InvalidId {
            id: s("Seller Check"),
        },
    );
    caught(
        |v| v["dimensions"][0]["id"] = json!("Lead"),
        "dimensions[0].id",
        K::InvalidId { id: s("Lead") },
    );
    caught(
        |v| v["dimensions"][1]["weight"] = json!(-1),
        "dimensions[1].weight",
        K::NegativeWeight { value: -1.0 },
    );
    caught(
        |v| v["mixed_margin"] = json!(-2),
        "mixed_margin",
        K::NegativeMargin { value: -2.0 },
    );
    caught(
        |v| v["dimensions"] = json!([]),
        "dimensions",
        K::NoDimensions,
    );
}

#[test]
fn every_problem_at_once() {
    let mut v = fixture();
    v["items"][0]["scale"] = json!("nope");
    v["items"][5]["text"]["en"] = json!("");
    v["stages"][4]["to"] = json!(99);
    let errors = parse(&v).unwrap_err();
    let paths: Vec<&str> = errors.iter().map(|e| e.path.as_str()).collect();
    // items[0] names an unknown scale, so its twin pair no longer shares one: both sides say so.
    assert_eq!(
        paths,
        [
            "stages[4].to",
            "items[0].scale",
            "items[0].twin",
            "items[1].twin",
            "items[5].text.en"
        ]
    );
}

#[test]
fn syntax_error_has_line_and_column() {
    let src = "{\n  \"id\": \"x\",\n  \"version\": 1,\n  \"languages\": [\"de\",]\n}";
    let errors = Questionnaire::from_json(src).unwrap_err();
    assert_eq!(errors.len(), 1);
    let K::Syntax { line, column, .. } = &errors[0].kind else {
        panic!("{errors:?}")
    };
    assert_eq!((*line, *column), (4, 22));
    assert_eq!(errors[0].path, "languages[1]");
}

#[test]
fn structure_errors_point_into_the_file() {
    let mut v = fixture();
    v["items"][4].as_object_mut().unwrap().remove("text");
    let errors = parse(&v).unwrap_err();
    assert!(
        matches!(&errors[0].kind, K::MissingField { field, .. } if field == "text"),
        "{errors:?}"
    );
    assert_eq!(errors[0].path, "items[4]");

    let mut v = fixture();
    v["dimensions"][1]["levels"]["mid"]
        .as_object_mut()
        .unwrap()
        .remove("risk");
    let errors = parse(&v).unwrap_err();
    assert!(
        matches!(&errors[0].kind, K::MissingField { field, .. } if field == "risk"),
        "{errors:?}"
    );
    assert_eq!(errors[0].path, "dimensions[1].levels.mid");

    let mut v = fixture();
    v["items"][2]["kind"] = json!("lickert");
    let errors = parse(&v).unwrap_err();
    assert!(
        matches!(&errors[0].kind, K::Shape { detail, .. } if detail.contains("lickert")),
        "{errors:?}"
    );
    assert_eq!(errors[0].path, "items[2].kind");

    let mut v = fixture();
    v["variants"]["full"] = json!("every");
    let errors = parse(&v).unwrap_err();
    assert!(matches!(&errors[0].kind, K::Shape { .. }), "{errors:?}");
    assert_eq!(errors[0].path, "variants.full");

    let errors = Questionnaire::from_json("").unwrap_err();
    assert!(
        matches!(errors[0].kind, K::Syntax { line: 1, .. }),
        "{errors:?}"
    );
}
