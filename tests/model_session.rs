//! Answers and sessions survive storage, and tampered storage never gets through.
#![cfg(not(target_arch = "wasm32"))]

mod model_support;

use model_support::{fixture, fixture_q, parse};
use seller_check::model::{Answer, Answers, RestoreError, Session, VariantId};
use serde_json::{json, Value};

#[test]
fn answers_have_a_small_stable_json_form() {
    let q = fixture_q();
    let mut s = Session::new(&q, VariantId::Full);
    s.answers.record("lead-a", Answer::Scale(3), 1_200);
    s.answers.record("sc-1", Answer::Choice(1), 5_000);
    s.answers.record("lead-a", Answer::Scale(4), 800);
    let text = s.to_json();
    // Byte for byte what the serde_json version of the app stored.
    assert_eq!(
        text,
        r#"{"format":1,"questionnaire":"fixture","version":1,"variant":"full","answers":{"given":{"lead-a":{"scale":4},"sc-1":{"choice":1}},"times_ms":{"lead-a":2000,"sc-1":5000}},"index":0,"finished":false}"#
    );
    assert_eq!(Session::restore(&text, &q), Ok(s.clone()));
    let mut v: Value = serde_json::from_str(&text).unwrap();
    v["answers"] = json!({});
    let r = Session::restore(&v.to_string(), &q).unwrap();
    assert_eq!(r.answers, Answers::new());
    s.answers.remove("sc-1");
    assert_eq!(
        (
            s.answers.len(),
            s.answers.get("sc-1"),
            s.answers.time_ms("sc-1")
        ),
        (1, None, Some(5_000))
    );
}

#[test]
fn stored_sessions_of_any_layout_restore() {
    let q = fixture_q();
    let stored = r#"
        { "finished": true, "index": 2, "variant": "quick",
          "answers": { "times_ms": { "price-a": 700 },
                       "given": { "price-a": { "choice": 0 }, "lead-b": { "scale": 0 } } },
          "version": 1, "questionnaire": "fixture", "format": 1, "extra": [null] }"#;
    let s = Session::restore(stored, &q).unwrap();
    assert_eq!(
        (s.variant, s.index, s.finished),
        (VariantId::Quick, 2, true)
    );
    let kept: Vec<(&str, Answer)> = s.answers.iter().collect();
    assert_eq!(kept, [("lead-b", Answer::Scale(0))]);
    assert_eq!(s.answers.time_ms("price-a"), Some(700));
}

#[test]
fn odd_item_ids_survive_the_round_trip() {
    let q = fixture_q();
    let mut s = Session::new(&q, VariantId::Quick);
    s.answers
        .add_time("quo\"te\\ tab\t nl\n \u{1} \u{7f} ä 😀", 5);
    let text = s.to_json();
    let v: Value = serde_json::from_str(&text).expect("serde_json reads what we write");
    assert_eq!(
        v["answers"]["times_ms"]["quo\"te\\ tab\t nl\n \u{1} \u{7f} ä 😀"],
        json!(5)
    );
    // Written as serde_json did: short escapes, `\u00XX` for other controls, the rest raw.
    assert!(text.contains("\"quo\\\"te\\\\ tab\\t nl\\n \\u0001 \u{7f} ä 😀\""));
}

#[test]
fn session_round_trip() {
    let q = fixture_q();
    let mut s = Session::new(&q, VariantId::Full);
    s.answers.record("lead-a", Answer::Scale(2), 3_000);
    s.index = 4;
    assert_eq!(Session::restore(&s.to_json(), &q), Ok(s));
}

#[test]
fn restore_cleans_what_does_not_fit() {
    let q = fixture_q();
    let mut s = Session::new(&q, VariantId::Quick);
    s.answers.record("lead-a", Answer::Scale(9), 10);
    s.answers.record("lead-b", Answer::Choice(0), 10);
    s.answers.record("ghost", Answer::Scale(1), 10);
    s.answers.record("sc-1", Answer::Choice(2), 10);
    s.index = 99;
    let r = Session::restore(&s.to_json(), &q).unwrap();
    let kept: Vec<(&str, Answer)> = r.answers.iter().collect();
    assert_eq!(kept, [("sc-1", Answer::Choice(2))]);
    assert_eq!(r.answers.time_ms("ghost"), None);
    assert_eq!(r.index, 4);
}

#[test]
fn restore_refuses_foreign_or_broken_text() {
    let q = fixture_q();
    let good: Value = serde_json::from_str(&Session::new(&q, VariantId::Quick).to_json()).unwrap();
    for bad in ["", "null", "[]", "{", r#"{"format":1}"#, "\u{0}"] {
        assert_eq!(
            Session::restore(bad, &q),
            Err(RestoreError::Corrupt),
            "{bad:?}"
        );
    }
    let mut v = good.clone();
    v["format"] = json!(2);
    assert_eq!(
        Session::restore(&v.to_string(), &q),
        Err(RestoreError::OtherFormat)
    );
    let mut v = good.clone();
    v["variant"] = json!("huge");
    assert_eq!(
        Session::restore(&v.to_string(), &q),
        Err(RestoreError::Corrupt)
    );
    let mut v = good.clone();
    v["answers"]["given"]["lead-a"] = json!({"scale": 300});
    assert_eq!(
        Session::restore(&v.to_string(), &q),
        Err(RestoreError::Corrupt)
    );
    let mut newer = fixture();
    newer["version"] = json!(2);
    let q2 = parse(&newer).unwrap();
    assert_eq!(
        Session::restore(&good.to_string(), &q2),
        Err(RestoreError::OtherQuestionnaire)
    );
}

/// What serde-json-core makes of repeated keys, unknown fields, escapes and numbers that are
/// not whole in a stored session: defined, so tampered storage never panics.
#[test]
fn stored_json_edge_cases_have_a_defined_outcome() {
    let q = fixture_q();
    let mut s = Session::new(&q, VariantId::Quick);
    s.answers.record("lead-a", Answer::Scale(3), 1_000);
    let text = s.to_json();
    // Unknown fields, anywhere: ignored.
    let extra = text.replacen(
        "{\"format\":1,",
        "{\"note\":{\"a\":[1,\"x\",null]},\"format\":1,",
        1,
    );
    assert_eq!(Session::restore(&extra, &q), Ok(s.clone()));
    // A repeated answer keeps its last value.
    let repeated = text.replacen(
        "\"lead-a\":{\"scale\":3}",
        "\"lead-a\":{\"scale\":1},\"lead-a\":{\"scale\":3}",
        1,
    );
    assert_eq!(Session::restore(&repeated, &q), Ok(s.clone()));
    // A repeated field is refused, as is anything after the object.
    let twice = text.replacen("\"index\":0", "\"index\":0,\"index\":1", 1);
    assert_eq!(Session::restore(&twice, &q), Err(RestoreError::Corrupt));
    assert_eq!(
        Session::restore(&format!("{text} {{}}"), &q),
        Err(RestoreError::Corrupt)
    );
    // Escapes in strings are read; numbers that are not whole, or NaN, are refused.
    let escaped = text.replacen("\"lead-a\":{\"scale\"", "\"lead\\u002da\":{\"scale\"", 1);
    assert_eq!(Session::restore(&escaped, &q), Ok(s.clone()));
    for number in ["1.5", "NaN", "1e999", "-1"] {
        let bad = text.replacen("\"index\":0", &format!("\"index\":{number}"), 1);
        assert_eq!(
            Session::restore(&bad, &q),
            Err(RestoreError::Corrupt),
            "{number}"
        );
    }
}
