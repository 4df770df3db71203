//! Scoring, stages, mixed results, report selection and look-ups on the small fixture.
#![cfg(not(target_arch = "wasm32"))]

mod model_support;

use model_support::{default_q, fixture, fixture_q, parse};
use seller_check::model::{
    contributions, estimate_minutes, mixed_neighbour, report, score, stage_at, Answer, Answers,
    DimensionResult, Item, Level, Score, Text, VariantId,
};
use serde_json::json;

fn answers(list: &[(&str, Answer)]) -> Answers {
    let mut a = Answers::new();
    for (id, ans) in list {
        a.set(id, *ans);
    }
    a
}

#[test]
fn contract_formula_on_a_worked_example() {
    let q = fixture_q();
    let a = answers(&[
        ("lead-a", Answer::Scale(4)), // forward: +2
        ("lead-b", Answer::Scale(0)), // reverse: +2
        // Option 1 of sc-1 weights lead -1 (options span -2..2: stays -1) and price +1, the
        // top of that dimension's span -2..1 (tied with option 0): scaled to +2.
        ("sc-1", Answer::Choice(1)),
    ]);
    let s = score(&q, VariantId::Quick, &a);
    assert_eq!(s.dimensions, vec![Some(75.0), Some(100.0)]);
    // 87.5 is shown as 88, and the stage is the one 88 lies in.
    assert_eq!(s.position, 88.0);
    assert_eq!((s.stage, s.mixed, s.held_back), (4, None, None));
    assert_eq!((s.answered, s.total), (3, 5));
}

#[test]
fn only_valid_answers_to_variant_items_count() {
    let q = fixture_q();
    let a = answers(&[
        ("lead-c", Answer::Scale(4)),  // not in quick
        ("lead-a", Answer::Scale(7)),  // out of range
        ("lead-b", Answer::Choice(0)), // wrong kind
        ("sc-1", Answer::Choice(3)),   // no such option
        ("ghost", Answer::Scale(2)),   // no such item
    ]);
    let s = score(&q, VariantId::Quick, &a);
    assert_eq!(s.dimensions, vec![None, None]);
    assert_eq!((s.position, s.stage, s.mixed), (50.0, 2, None));
    assert_eq!((s.answered, s.total), (0, 5));
    assert_eq!(score(&q, VariantId::Full, &a).answered, 1);
}

#[test]
fn poles_and_boundaries() {
    let q = fixture_q();
    let top = model_support::consistent(&q, VariantId::Full, true, 0);
    let s = score(&q, VariantId::Full, &top);
    // sc-1 option 0 is at the top of both spans (price +1 of -2..1): every dimension 100.
    assert_eq!(s.dimensions, vec![Some(100.0), Some(100.0)]);
    assert_eq!((s.position, s.stage, s.mixed), (100.0, 4, None));
    let bottom = model_support::consistent(&q, VariantId::Full, false, 0);
    let s = score(&q, VariantId::Full, &bottom);
    assert_eq!((s.position, s.stage, s.mixed), (0.0, 0, None));
    // Midpoints away from any boundary are not mixed; 2.5 below one is.
    let a = answers(&[("lead-a", Answer::Scale(1)), ("price-a", Answer::Scale(3))]);
    let s = score(&q, VariantId::Quick, &a);
    assert_eq!(s.dimensions, vec![Some(25.0), Some(75.0)]);
    assert_eq!((s.position, s.stage, s.mixed), (50.0, 2, None));
    let a = answers(&[("lead-a", Answer::Scale(0)), ("price-a", Answer::Scale(2))]);
    let s = score(&q, VariantId::Quick, &a);
    assert_eq!((s.position, s.stage, s.mixed), (25.0, 1, None));
    let a = answers(&[
        ("lead-a", Answer::Scale(1)),
        ("lead-b", Answer::Scale(2)),
        ("price-a", Answer::Scale(1)),
    ]);
    let s = score(&q, VariantId::Quick, &a);
    assert_eq!((s.position, s.stage, s.mixed), (31.0, 1, None));
    let a = answers(&[
        ("lead-a", Answer::Scale(1)),
        ("lead-b", Answer::Scale(3)),
        ("price-a", Answer::Scale(2)),
    ]);
    let s = score(&q, VariantId::Quick, &a);
    // lead 25, price 50 -> 37.5, shown as 38: 2 below the 40 boundary -> mixed with stage 2.
    assert_eq!((s.position, s.stage, s.mixed), (38.0, 1, Some(2)));
}

#[test]
fn exact_boundary_belongs_to_the_upper_stage() {
    // Full check: lead all at the Briefträger pole and sc-1 option 2 (lead -2, price -2) -> 0;
    // price +2, +2, +2, +2, -2 -> mean 1.2 -> 80; position exactly 40.
    let a = answers(&[
        ("lead-a", Answer::Scale(0)),
        ("lead-b", Answer::Scale(4)),
        ("lead-c", Answer::Scale(0)),
        ("lead-d", Answer::Scale(4)),
        ("price-a", Answer::Scale(4)),
        ("price-b", Answer::Scale(0)),
        ("price-c", Answer::Scale(4)),
        ("price-d", Answer::Scale(0)),
        ("sc-1", Answer::Choice(2)),
    ]);
    let s = score(&fixture_q(), VariantId::Full, &a);
    assert_eq!(s.dimensions, vec![Some(0.0), Some(80.0)]);
    assert_eq!((s.position, s.stage, s.mixed), (40.0, 2, Some(1)));
    let mut v = fixture();
    v["mixed_margin"] = json!(0);
    let q = parse(&v).unwrap();
    let s = score(&q, VariantId::Full, &a);
    assert_eq!(
        (s.position, s.stage, s.mixed),
        (40.0, 2, None),
        "margin 0: never mixed"
    );
    assert_eq!(stage_at(&q, 39.999), 1);
    assert_eq!(stage_at(&q, 100.0), 4);
    assert_eq!(stage_at(&q, 0.0), 0);
}

#[test]
fn mixed_reports_the_nearer_neighbour() {
    let q = fixture_q();
    let near = |p: f64| mixed_neighbour(&q, p, stage_at(&q, p));
    assert_eq!(near(40.0), Some(1));
    assert_eq!(near(44.0), Some(1));
    assert_eq!(near(44.5), None);
    assert_eq!(near(36.0), Some(2));
    assert_eq!(near(35.9), None);
    assert_eq!(near(2.0), None, "0 is no inner boundary");
    assert_eq!(near(99.0), None, "100 is no inner boundary");
}

#[test]
fn dimension_weight_shifts_the_position() {
    let mut v = fixture();
    v["dimensions"][0]["weight"] = json!(3);
    let q = parse(&v).unwrap();
    let a = answers(&[
        ("lead-a", Answer::Scale(4)),
        ("lead-b", Answer::Scale(0)),
        ("sc-1", Answer::Choice(1)),
    ]);
    let s = score(&q, VariantId::Quick, &a);
    // (3 * 75 + 100) / 4 = 81.25, shown as 81.
    assert_eq!(s.position, 81.0);
    v["dimensions"][0]["weight"] = json!(0);
    let q = parse(&v).unwrap();
    assert_eq!(score(&q, VariantId::Quick, &a).position, 100.0);
}

#[test]
fn levels_and_report_selection() {
    assert_eq!(Level::of(39.99), Level::Low);
    assert_eq!(Level::of(40.0), Level::Mid);
    assert_eq!(Level::of(69.99), Level::Mid);
    assert_eq!(Level::of(70.0), Level::High);
    let q = default_q();
    let mk = |dims: Vec<Option<f64>>| Score {
        dimensions: dims,
        position: 50.0,
        stage: 2,
        held_back: None,
        mixed: None,
        answered: 1,
        total: 1,
    };
    let r = report(
        &q,
        &mk(vec![
            Some(10.0),
            Some(90.0),
            Some(50.0),
            Some(30.0),
            Some(70.0),
            None,
        ]),
    );
    let idx = |v: &[DimensionResult]| v.iter().map(|d| d.index).collect::<Vec<_>>();
    assert_eq!(idx(&r.strengths), [1, 4]);
    assert_eq!(idx(&r.levers), [0, 3]);
    assert_eq!(r.dimensions[5], None);
    assert_eq!(r.dimensions[4].unwrap().level, Level::High);
    let step = r.levers[0].texts(&q).map(|t| q.tr(&t.step, "en")).unwrap();
    assert_eq!(step, q.tr(&q.dimensions[0].levels.low.step, "en"));
    // Nothing above the midpoint: no strength; six ties are all named (as tied).
    let r = report(&q, &mk(vec![Some(50.0); 6]));
    assert_eq!(
        (idx(&r.strengths), idx(&r.levers)),
        (vec![], vec![0, 1, 2, 3, 4, 5])
    );
    assert!(r.levers.iter().all(|d| d.tied_in(&r.levers)));
    // Just above the midpoint is a strength; a strength is never also a lever.
    let r = report(
        &q,
        &mk(vec![Some(50.1), Some(50.0), Some(25.0), None, None, None]),
    );
    assert_eq!((idx(&r.strengths), idx(&r.levers)), (vec![0], vec![2, 1]));
    assert!(!r.levers[0].tied_in(&r.levers));
    // A tie with the second is named too; a tie below it is not.
    let r = report(
        &q,
        &mk(vec![
            Some(90.0),
            Some(75.0),
            Some(75.0),
            Some(60.0),
            Some(60.0),
            Some(10.0),
        ]),
    );
    assert_eq!(
        (idx(&r.strengths), idx(&r.levers)),
        (vec![0, 1, 2], vec![5, 3, 4])
    );
    assert!(r.strengths[1].tied_in(&r.strengths) && !r.strengths[0].tied_in(&r.strengths));
    let r = report(
        &q,
        &mk(vec![
            Some(90.0),
            Some(80.0),
            Some(75.0),
            Some(75.0),
            None,
            None,
        ]),
    );
    assert_eq!(idx(&r.strengths), [0, 1]);
    let r = report(
        &q,
        &mk(vec![Some(20.0), Some(80.0), None, None, Some(60.0), None]),
    );
    assert_eq!((idx(&r.strengths), idx(&r.levers)), (vec![1, 4], vec![0]));
}

#[test]
fn lookups_for_the_views() {
    let q = fixture_q();
    let ids: Vec<&str> = q
        .variant_items(VariantId::Quick)
        .iter()
        .map(|i| i.id())
        .collect();
    assert_eq!(ids, ["lead-a", "lead-b", "price-a", "price-b", "sc-1"]);
    assert_eq!(q.variant_items(VariantId::Full).len(), 9);
    let Some(Item::Likert(l)) = q.item("lead-b") else {
        panic!()
    };
    assert_eq!(q.scale_labels(l, "en")[4], "almost always");
    assert_eq!(q.scale_labels(l, "de")[0], "nie");
    assert_eq!(
        q.scale_labels(l, "fr")[0],
        "nie",
        "unknown language falls back to the first"
    );
    let only_de = Text([("de".to_string(), "nur deutsch".to_string())].into());
    assert_eq!(q.tr(&only_de, "en"), "nur deutsch");
    assert_eq!(q.tr(&Text::default(), "en"), "");
    assert_eq!(VariantId::parse("Full"), Some(VariantId::Full));
    assert_eq!(VariantId::parse("long"), None);
    assert_eq!(
        (
            estimate_minutes(0),
            estimate_minutes(12),
            estimate_minutes(30)
        ),
        (0, 3, 8)
    );
}

/// A scale answer outside the five points (a tampered or damaged code) contributes nothing,
/// not the nearest pole; a choice outside the options neither.
#[test]
fn out_of_range_answers_contribute_nothing() {
    let q = fixture_q();
    let likert = q.item("lead-a").unwrap();
    assert_eq!(contributions(likert, Answer::Scale(4)), vec![("lead", 2.0)]);
    for i in [5, 7, u8::MAX] {
        assert!(contributions(likert, Answer::Scale(i)).is_empty(), "{i}");
    }
    let scenario = q.item("sc-1").unwrap();
    assert!(contributions(scenario, Answer::Choice(3)).is_empty());
    assert!(contributions(scenario, Answer::Scale(0)).is_empty());
}
