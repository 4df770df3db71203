//! The rules of the instrument, version 2, on the small fixture: "did not occur" and "can't
//! judge" answers, stage minimums, patterns, comparisons on what both sides judged, and the
//! validator's new rules with their messages.
#![cfg(not(target_arch = "wasm32"))]

mod model_support;
mod share_support;

use model_support::{caught, fixture, parse, s};
use seller_check::i18n::{content_errors::content_error, Lang};
use seller_check::model::{
    contributions, decode_bytes, decode_bytes_any, encode, encode_view, judged_together,
    missed_minimum, quality, report, score, Answer, Answers, ContentError, ContentErrorKind as K,
    Item, Perspective, QualitySignal, Questionnaire, Role, ShareCodeError as E, VariantId, View,
};
use serde_json::{json, Value};
use share_support::resealed;

fn answers(list: &[(&str, Answer)]) -> Answers {
    let mut a = Answers::new();
    for (id, ans) in list {
        a.set(id, *ans);
    }
    a
}

/// The fixture with "did not occur" offered on price-a.
fn with_not_applicable() -> Questionnaire {
    let mut v = fixture();
    v["items"][4]["not_applicable"] = json!(true);
    parse(&v).unwrap()
}

#[test]
fn did_not_occur_is_answered_but_scores_nothing() {
    let q = with_not_applicable();
    let a = answers(&[
        ("lead-a", Answer::Scale(4)),
        ("lead-b", Answer::Scale(0)),
        ("price-a", Answer::NotApplicable),
        ("price-b", Answer::Scale(0)),
    ]);
    let s = score(&q, VariantId::Quick, &a);
    // price rests on price-b alone: +2.
    assert_eq!(s.dimensions, vec![Some(100.0), Some(100.0)]);
    assert_eq!(s.answered, 4, "given, not skipped");
    assert!(contributions(q.item("price-a").unwrap(), Answer::NotApplicable).is_empty());
    // Only "did not occur" on price: no score there, still not skipped.
    let a = answers(&[
        ("price-a", Answer::NotApplicable),
        ("lead-a", Answer::Scale(2)),
    ]);
    let s = score(&q, VariantId::Quick, &a);
    assert_eq!(s.dimensions, vec![Some(50.0), None]);
    // Four of nine full items answered, one of them "did not occur": 5 skipped, not 6.
    let mut a = answers(&[
        ("lead-a", Answer::Scale(4)),
        ("lead-b", Answer::Scale(0)),
        ("lead-c", Answer::Scale(4)),
        ("price-a", Answer::NotApplicable),
    ]);
    for id in ["lead-a", "lead-b", "lead-c", "price-a"] {
        a.add_time(id, 60_000);
    }
    let notes = quality(&q, VariantId::Full, &a, "de");
    assert!(
        notes
            .iter()
            .any(|n| n.signal == QualitySignal::Skipped { skipped: 5, of: 9 }),
        "{notes:?}"
    );
}

#[test]
fn where_each_view_offers_it() {
    let q = with_not_applicable();
    let price_a = q.item("price-a").unwrap();
    let lead_a = q.item("lead-a").unwrap();
    let sc = q.item("sc-1").unwrap();
    assert!(price_a.offers_not_applicable(Perspective::Own));
    assert!(!lead_a.offers_not_applicable(Perspective::Own));
    assert!(!sc.offers_not_applicable(Perspective::Own));
    for item in [price_a, lead_a, sc] {
        assert!(
            item.offers_not_applicable(Perspective::Outside),
            "can't judge: every item"
        );
    }
}

#[test]
fn share_codes_carry_did_not_occur_only_where_offered() {
    let q = with_not_applicable();
    let a = answers(&[
        ("price-a", Answer::NotApplicable),
        ("lead-a", Answer::Scale(1)),
    ]);
    let bytes = encode(&q, VariantId::Quick, &a);
    // Quick order lead-a, lead-b, price-a, price-b, sc-1: price-a is the high nibble of byte 5.
    assert_eq!(bytes[5] >> 4, 0x0F);
    assert_eq!(decode_bytes(&q, &bytes), Ok((VariantId::Quick, a)));
    // "Did not occur" on lead-a, which does not offer it, is left out of an own code ...
    let a = answers(&[("lead-a", Answer::NotApplicable)]);
    let bytes = encode(&q, VariantId::Quick, &a);
    assert_eq!(bytes[4] >> 4, 0);
    // ... and a crafted own code carrying it there is refused.
    let mut crafted = bytes.clone();
    crafted[4] |= 0xF0;
    let crafted = resealed(crafted);
    assert_eq!(
        decode_bytes(&q, &crafted),
        Err(E::InvalidAnswer { index: 0 })
    );
    // An outside view may say "can't judge" on any item, the scenario included.
    let a = answers(&[
        ("lead-a", Answer::NotApplicable),
        ("sc-1", Answer::NotApplicable),
    ]);
    let view = View::Outside(Role::Customer);
    let bytes = encode_view(&q, view, VariantId::Quick, &a);
    let back = decode_bytes_any(&q, &bytes).unwrap();
    assert_eq!((back.view, back.answers), (view, a));
}

#[test]
fn did_not_occur_is_kept_in_storage() {
    let q = with_not_applicable();
    let mut session = seller_check::model::Session::new(&q, VariantId::Quick);
    session
        .answers
        .record("price-a", Answer::NotApplicable, 3_000);
    let json = session.to_json();
    assert!(json.contains(r#""price-a":{"na":0}"#), "{json}");
    let back = seller_check::model::Session::restore(&json, &q).unwrap();
    assert_eq!(back.answers.get("price-a"), Some(Answer::NotApplicable));
}

/// The fixture with minimum price scores for the top two stages.
fn with_minimums() -> Questionnaire {
    let mut v = fixture();
    v["stages"][3]["requires"] = json!({"price": 60});
    v["stages"][4]["requires"] = json!({"price": 75, "lead": 75});
    parse(&v).unwrap()
}

#[test]
fn a_missed_minimum_holds_the_result_back() {
    let q = with_minimums();
    // lead 100, price 50 -> 75: stage 3 needs price 60 -> held at 59 in stage 2.
    let a = answers(&[("lead-a", Answer::Scale(4)), ("price-a", Answer::Scale(2))]);
    let s = score(&q, VariantId::Quick, &a);
    assert_eq!(
        (s.position, s.stage, s.held_back, s.mixed),
        (59.0, 2, Some(3), None)
    );
    assert_eq!(missed_minimum(&q, 3, &s.dimensions), Some((1, 60.0)));
    // Exactly at the minimum: not held back.
    let mut v = fixture();
    v["stages"][3]["requires"] = json!({"price": 50});
    let q50 = parse(&v).unwrap();
    let s = score(&q50, VariantId::Quick, &a);
    assert_eq!((s.position, s.stage, s.held_back), (75.0, 3, None));
    // Price unscored: the minimum is missed, skipping opens no stage.
    let a = answers(&[("lead-a", Answer::Scale(4))]);
    let s = score(&q, VariantId::Quick, &a);
    assert_eq!((s.position, s.stage, s.held_back), (59.0, 2, Some(4)));
    // 81: stage 4 misses its price minimum, stage 3 does not: held in stage 3 at 79.
    let a = answers(&[
        ("lead-a", Answer::Scale(4)),
        ("price-a", Answer::Scale(4)),
        ("price-b", Answer::Scale(3)),
    ]);
    let s = score(&q, VariantId::Quick, &a);
    assert_eq!(s.dimensions, vec![Some(100.0), Some(62.5)]);
    assert_eq!((s.position, s.stage, s.held_back), (79.0, 3, Some(4)));
    assert_eq!(missed_minimum(&q, 4, &s.dimensions), Some((1, 75.0)));
    assert_eq!(missed_minimum(&q, 3, &s.dimensions), None);
    assert_eq!(missed_minimum(&q, 2, &s.dimensions), None, "no minimums");
    assert_eq!(missed_minimum(&q, 9, &s.dimensions), None, "no such stage");
    // All minimums met: the stage the number lies in.
    let a = answers(&[("lead-a", Answer::Scale(4)), ("price-a", Answer::Scale(4))]);
    let s = score(&q, VariantId::Quick, &a);
    assert_eq!((s.position, s.stage, s.held_back), (100.0, 4, None));
    // A result below a stage with minimums is mixed as before.
    let a = answers(&[
        ("lead-a", Answer::Scale(3)),
        ("price-a", Answer::Scale(3)),
        ("price-b", Answer::Scale(2)),
    ]);
    let s = score(&q, VariantId::Quick, &a);
    assert_eq!(
        (s.position, s.stage, s.held_back, s.mixed),
        (69.0, 3, None, None)
    );
}

#[test]
fn the_lowest_stage_holds_whatever_its_minimums_say() {
    let mut v = fixture();
    v["stages"][0]["requires"] = json!({"price": 100});
    let q = parse(&v).unwrap();
    let a = answers(&[("lead-a", Answer::Scale(0)), ("price-a", Answer::Scale(0))]);
    let s = score(&q, VariantId::Quick, &a);
    assert_eq!((s.position, s.stage, s.held_back), (0.0, 0, None));
}

#[test]
fn a_scenario_dimension_all_options_weight_alike_tells_nothing() {
    let mut v = fixture();
    v["items"][8]["options"][1]["weights"]["price"] = json!(-2);
    v["items"][8]["options"][0]["weights"]["price"] = json!(-2);
    let q = parse(&v).unwrap();
    let sc = q.item("sc-1").unwrap();
    // price -2 everywhere: no contribution; lead 2, -1, -2 of -2..2 stay as they are.
    assert_eq!(contributions(sc, Answer::Choice(0)), vec![("lead", 2.0)]);
    assert_eq!(contributions(sc, Answer::Choice(1)), vec![("lead", -1.0)]);
    assert_eq!(contributions(sc, Answer::Choice(2)), vec![("lead", -2.0)]);
    // lead 1, -1, -2: the span -2..1 is stretched to -2..2.
    v["items"][8]["options"][0]["weights"]["lead"] = json!(1);
    let q = parse(&v).unwrap();
    let sc = q.item("sc-1").unwrap();
    assert_eq!(contributions(sc, Answer::Choice(0)), vec![("lead", 2.0)]);
    assert_eq!(
        contributions(sc, Answer::Choice(1)),
        vec![("lead", 4.0 / 3.0 - 2.0)]
    );
}

fn with_pattern() -> Questionnaire {
    let mut v = fixture();
    let t = |x: &str| json!({"de": x, "en": x});
    v["patterns"] = json!([{"id": "hard", "at_least": {"lead": 75}, "below": {"price": 50},
        "name": t("Hart"), "description": t("D"), "risk": t("R"), "step": t("S")}]);
    parse(&v).unwrap()
}

#[test]
fn a_pattern_holds_on_both_sides_of_its_limits() {
    let q = with_pattern();
    let at = |lead: u8, price: Option<u8>| {
        let mut a = answers(&[("lead-a", Answer::Scale(lead))]);
        if let Some(p) = price {
            a.set("price-a", Answer::Scale(p));
        }
        report(&q, &score(&q, VariantId::Quick, &a)).pattern
    };
    assert_eq!(at(4, Some(0)), Some(0));
    assert_eq!(at(3, Some(1)), Some(0), "lead exactly 75, price 25");
    assert_eq!(at(2, Some(0)), None, "lead 50 is below 75");
    assert_eq!(at(4, Some(2)), None, "price 50 is not below 50");
    assert_eq!(at(4, None), None, "an unscored dimension never holds");
}

#[test]
fn comparisons_count_only_what_both_sides_judged() {
    let q = with_not_applicable();
    let own = answers(&[
        ("lead-a", Answer::Scale(4)),
        ("lead-b", Answer::Scale(0)),
        ("price-a", Answer::Scale(4)),
        ("price-b", Answer::NotApplicable),
        ("sc-1", Answer::Choice(0)),
    ]);
    let theirs = answers(&[
        ("lead-a", Answer::Scale(0)),
        ("lead-b", Answer::NotApplicable),
        ("price-a", Answer::Scale(0)),
        ("price-b", Answer::Scale(0)),
    ]);
    let j = judged_together(&q, (VariantId::Quick, &own), &[(VariantId::Quick, &theirs)]);
    // Both judged lead-a and price-a only: 2 of 5.
    assert_eq!((j.judged, j.of), (2, 5));
    assert_eq!(j.own.dimensions, vec![Some(100.0), Some(100.0)]);
    assert_eq!(j.outside[0].dimensions, vec![Some(0.0), Some(0.0)]);
    // With a second outside view that judged sc-1, it counts for that view's side too.
    let second = answers(&[("sc-1", Answer::Choice(2))]);
    let j = judged_together(
        &q,
        (VariantId::Quick, &own),
        &[(VariantId::Quick, &theirs), (VariantId::Quick, &second)],
    );
    assert_eq!((j.judged, j.of), (3, 5));
    assert_eq!(j.outside[1].dimensions, vec![Some(0.0), Some(0.0)]);
}

fn message(kind: K) -> (String, String) {
    let e = ContentError::new("x", kind);
    (content_error(Lang::De, &e), content_error(Lang::En, &e))
}

#[test]
fn the_validator_enforces_the_new_rules() {
    // Option lengths: 1.3 times is allowed, more is not; the path names the longest.
    let set_len = |v: &mut Value, k: usize, field: &str, lang: &str, n: usize| {
        v["items"][8]["options"][k][field][lang] = json!("x".repeat(n));
    };
    let ok = |edit: &dyn Fn(&mut Value)| {
        let mut v = fixture();
        edit(&mut v);
        parse(&v).unwrap_or_else(|e| panic!("{e:#?}"));
    };
    ok(&|v| {
        for k in 0..3 {
            set_len(v, k, "text", "de", 20);
        }
        set_len(v, 1, "text", "de", 26);
    });
    caught(
        |v| {
            for k in 0..3 {
                set_len(v, k, "text", "en", 20);
            }
            set_len(v, 2, "text", "en", 27);
        },
        "items[8].options[2].text.en",
        K::OptionLengths {
            lang: s("en"),
            shortest: 20,
            longest: 27,
        },
    );
    caught(
        |v| {
            v["outside_view"] = json!(true);
            for (k, n) in [(0, 10), (1, 14), (2, 12)] {
                set_len(v, k, "outside_text", "de", n);
            }
        },
        "items[8].options[1].outside_text.de",
        K::OptionLengths {
            lang: s("de"),
            shortest: 10,
            longest: 14,
        },
    );
    // A strictly best option everywhere dominates; a tie on one dimension is a trade-off.
    caught(
        |v| v["items"][8]["options"][1]["weights"]["price"] = json!(0),
        "items[8].options[0].weights",
        K::DominatingOption,
    );
    // Twins: named back, on the same scale.
    caught(
        |v| v["items"][1]["twin"] = json!(null),
        "items[0].twin",
        K::TwinNotMutual { id: s("lead-b") },
    );
    caught(
        |v| v["items"][1]["scale"] = json!("agreement"),
        "items[0].twin",
        K::TwinOtherScale { id: s("lead-b") },
    );
    // Stage minimums and pattern limits: known dimensions, 0-100.
    caught(
        |v| v["stages"][3]["requires"] = json!({"prize": 50}),
        "stages[3].requires.prize",
        K::UnknownDimension { id: s("prize") },
    );
    caught(
        |v| v["stages"][4]["requires"] = json!({"price": 101}),
        "stages[4].requires.price",
        K::ScoreOutOfRange { value: 101.0 },
    );
    let t = |x: &str| json!({"de": x, "en": x});
    let pattern = json!({"id": "p", "at_least": {"lead": -1}, "below": {"leed": 50},
        "name": t("N"), "description": t("D"), "risk": t("R"), "step": {"de": "S"}});
    for (path, kind) in [
        (
            "patterns[0].at_least.lead",
            K::ScoreOutOfRange { value: -1.0 },
        ),
        (
            "patterns[0].below.leed",
            K::UnknownDimension { id: s("leed") },
        ),
        ("patterns[0].step.en", K::MissingText { lang: s("en") }),
        ("patterns[1].id", K::DuplicateId { id: s("p") }),
    ] {
        let p = pattern.clone();
        caught(|v| v["patterns"] = json!([p, p]), path, kind);
    }
    // "Did not occur" belongs to likert items, and never to every item of a dimension.
    caught(
        |v| v["items"][8]["not_applicable"] = json!(true),
        "items[8].not_applicable",
        K::NotApplicableScenario,
    );
    caught(
        |v| {
            v["variants"]["quick"] = json!(["lead-a", "lead-b", "price-a", "price-b"]);
            v["items"][0]["not_applicable"] = json!(true);
            v["items"][1]["not_applicable"] = json!(true);
        },
        "variants.quick",
        K::OnlyNotApplicable {
            variant: VariantId::Quick,
            dimension: s("lead"),
        },
    );
    // One of them offering it is fine; so is a scenario feeding the dimension.
    ok(&|v| {
        v["variants"]["quick"] = json!(["lead-a", "lead-b", "price-a", "price-b"]);
        v["items"][0]["not_applicable"] = json!(true);
    });
    ok(&|v| {
        v["items"][0]["not_applicable"] = json!(true);
        v["items"][1]["not_applicable"] = json!(true);
    });
    // Instructions belong to a scale.
    caught(
        |v| v["instructions"] = json!({"frequncy": t("Drei Monate.")}),
        "instructions.frequncy",
        K::UnknownScale { id: s("frequncy") },
    );
    ok(&|v| v["instructions"] = json!({"frequency": t("Drei Monate.")}));
}

#[test]
fn the_new_rules_speak_both_languages() {
    let cases = [
        (K::TwinNotMutual { id: s("lead-b") }, "lead-b"),
        (K::TwinOtherScale { id: s("lead-b") }, "lead-b"),
        (
            K::OptionLengths {
                lang: s("de"),
                shortest: 20,
                longest: 27,
            },
            "27",
        ),
        (K::DominatingOption, ""),
        (K::ScoreOutOfRange { value: 100.5 }, "100"),
        (K::NotApplicableScenario, "not_applicable"),
        (
            K::OnlyNotApplicable {
                variant: VariantId::Full,
                dimension: s("lead"),
            },
            "lead",
        ),
    ];
    for (kind, detail) in cases {
        let (de, en) = message(kind.clone());
        assert!(
            de.contains(detail) && en.contains(detail),
            "{kind:?}: {de} / {en}"
        );
        assert_ne!(de, en, "{kind:?}");
    }
    let (de, _) = message(K::ScoreOutOfRange { value: 100.5 });
    assert!(de.contains("100,5"), "German decimal comma: {de}");
}

#[test]
fn the_shipped_file_loads_with_every_new_field() {
    let q = model_support::default_q();
    assert_eq!(q.version, 2);
    assert!(q.instructions.keys().all(|k| q.scales.contains_key(k)));
    assert!(q
        .items
        .iter()
        .any(|it| matches!(it, Item::Likert(l) if l.not_applicable)));
}

#[test]
fn ties_beyond_two_places_are_named_together() {
    use seller_check::model::{split_ties, DimensionResult, Level};
    let d = |index, score| DimensionResult {
        index,
        score,
        level: Level::of(score),
    };
    let all_tied = [d(0, 0.0), d(1, 0.0), d(2, 0.0)];
    assert_eq!(split_ties(&all_tied), (&all_tied[..0], &all_tied[..]));
    let one_ahead = [d(0, 90.0), d(1, 75.0), d(2, 75.0)];
    assert_eq!(split_ties(&one_ahead), (&one_ahead[..1], &one_ahead[1..]));
    let fits = [d(0, 90.0), d(1, 75.0)];
    assert_eq!(split_ties(&fits), (&fits[..], &fits[..0]));
}
