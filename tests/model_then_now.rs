//! Issue 19: then and now. Each change is the difference of the whole numbers the two results
//! show; ties in "moved most" and in last time's levers are named together.
#![cfg(not(target_arch = "wasm32"))]

mod model_support;

use model_support::{consistent, default_q};
use seller_check::model::{score, then_now, Answers, VariantId};

#[test]
fn each_change_is_the_difference_of_the_shown_scores() {
    let q = default_q();
    let then = consistent(&q, VariantId::Quick, false, 4000);
    let now = consistent(&q, VariantId::Full, true, 4000);
    let c = then_now(&q, (VariantId::Quick, &then), (VariantId::Full, &now));
    let (a, b) = (
        score(&q, VariantId::Quick, &then),
        score(&q, VariantId::Full, &now),
    );
    assert_eq!(c.changes.len(), q.dimensions.len());
    for ch in &c.changes {
        let shown = |s: &Option<f64>| s.map(|v| v.round() as i64);
        assert_eq!(ch.then, shown(&a.dimensions[ch.dimension]));
        assert_eq!(ch.now, shown(&b.dimensions[ch.dimension]));
        assert_eq!(ch.delta(), Some(ch.now.unwrap() - ch.then.unwrap()));
    }
    // From one pole to the other every dimension moved alike: all are named, none picked.
    let most = c
        .changes
        .iter()
        .filter_map(|ch| ch.delta().map(i64::abs))
        .max()
        .unwrap();
    assert!(most > 0);
    let tied = c
        .changes
        .iter()
        .filter(|ch| ch.delta().map(i64::abs) == Some(most))
        .count();
    assert_eq!(c.moved_most.len(), tied);
    // Last time every dimension was equally low: the levers tied with the first all come back.
    assert!(c.levers.len() > 1, "{:?}", c.levers);
    assert!(c.levers.iter().all(|l| l.then == c.levers[0].then));
}

#[test]
fn nothing_to_compare_moves_nothing() {
    let q = default_q();
    let none = Answers::default();
    let c = then_now(&q, (VariantId::Quick, &none), (VariantId::Quick, &none));
    assert!(c.moved_most.is_empty());
    assert!(c.changes.iter().all(|ch| ch.delta().is_none()));
    let same = consistent(&q, VariantId::Quick, true, 4000);
    let c = then_now(&q, (VariantId::Quick, &same), (VariantId::Quick, &same));
    assert!(c.moved_most.is_empty(), "nothing moved: {:?}", c.moved_most);
}
