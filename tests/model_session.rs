//! Answers and sessions survive storage, and tampered storage never gets through.
#![cfg(not(target_arch = "wasm32"))]

mod model_support;

use model_support::{fixture, fixture_q, parse};
use seller_check::model::{Answer, Answers, RestoreError, Session, VariantId};
use serde_json::json;

#[test]
fn answers_have_a_small_stable_json_form() {
    let mut a = Answers::new();
    a.record("lead-a", Answer::Scale(3), 1_200);
    a.record("sc-1", Answer::Choice(1), 5_000);
    a.record("lead-a", Answer::Scale(4), 800);
    let text = serde_json::to_string(&a).unwrap();
    assert_eq!(
        text,
        r#"{"given":{"lead-a":{"scale":4},"sc-1":{"choice":1}},"times_ms":{"lead-a":2000,"sc-1":5000}}"#
    );
    assert_eq!(serde_json::from_str::<Answers>(&text).unwrap(), a);
    assert_eq!(
        serde_json::from_str::<Answers>("{}").unwrap(),
        Answers::new()
    );
    a.remove("sc-1");
    assert_eq!(
        (a.len(), a.get("sc-1"), a.time_ms("sc-1")),
        (1, None, Some(5_000))
    );
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
    let good = serde_json::to_value(Session::new(&q, VariantId::Quick)).unwrap();
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
