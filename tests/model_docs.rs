//! The example in docs/questionnaire-format.md is valid and its worked example adds up.
#![cfg(not(target_arch = "wasm32"))]

use seller_check::model::{report, score, Answer, Answers, Level, Questionnaire, VariantId};

const DOC: &str = include_str!("../docs/questionnaire-format.md");

fn example() -> Questionnaire {
    let start = DOC.find("```json\n").expect("a json block") + "```json\n".len();
    let len = DOC[start..].find("```").expect("closed block");
    Questionnaire::from_json(&DOC[start..start + len]).unwrap_or_else(|e| panic!("{e:#?}"))
}

#[test]
fn documented_example_is_valid() {
    let q = example();
    assert_eq!(
        (q.dimensions.len(), q.items.len(), q.stages.len()),
        (2, 7, 3)
    );
    assert_eq!(q.variant_items(VariantId::Quick).len(), 4);
}

#[test]
fn worked_example_adds_up() {
    let q = example();
    let mut a = Answers::new();
    for (id, ans) in [
        ("lead-agenda", Answer::Scale(3)),
        ("lead-wait", Answer::Scale(1)),
        ("lead-pace", Answer::Scale(2)),
        ("conc-trade", Answer::Scale(4)),
        ("conc-preempt", Answer::Scale(0)),
        ("conc-limit", Answer::Scale(2)),
        ("sc-price-threat", Answer::Choice(1)),
    ] {
        a.set(id, ans);
    }
    let s = score(&q, VariantId::Full, &a);
    assert_eq!(s.dimensions, vec![Some(75.0), Some(81.25)]);
    assert_eq!(
        (s.position, s.stage, s.mixed, s.held_back),
        (77.0, 2, None, None)
    );
    let r = report(&q, &s);
    let levels: Vec<Level> = r.dimensions.iter().flatten().map(|d| d.level).collect();
    assert_eq!(levels, [Level::High, Level::High]);
    // The second half: "sometimes" on lead-agenda misses the partner stage's minimum.
    a.set("lead-agenda", Answer::Scale(2));
    let s = score(&q, VariantId::Full, &a);
    assert_eq!(s.dimensions, vec![Some(68.75), Some(81.25)]);
    assert_eq!(
        (s.position, s.stage, s.mixed, s.held_back),
        (69.0, 1, None, Some(2))
    );
}
