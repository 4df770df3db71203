//! Personas on the shipped questionnaire: the instrument must place them where they belong.
#![cfg(not(target_arch = "wasm32"))]

mod model_support;

use model_support::{consistent, default_q, same_everywhere};
use seller_check::model::{
    quality, report, score, Answers, Item, QualitySignal as Q, Score, VariantId,
};

/// Generous reading time per answer, in milliseconds.
const SLOW: u32 = 60_000;

fn has(notes: &[seller_check::model::QualityNote], f: fn(&Q) -> bool) -> bool {
    notes.iter().any(|n| f(&n.signal))
}

fn show(name: &str, v: VariantId, s: &Score) {
    println!(
        "persona {name:<14} {:<5} stage {} position {:5.1} mixed {:?} answered {}/{}",
        v.as_str(),
        s.stage,
        s.position,
        s.mixed,
        s.answered,
        s.total
    );
}

#[test]
fn consistent_brieftraeger_lands_in_stage_0() {
    let q = default_q();
    for v in VariantId::ALL {
        let a = consistent(&q, v, false, SLOW);
        let s = score(&q, v, &a);
        show("brieftraeger", v, &s);
        assert_eq!(s.stage, 0, "{v:?} {s:?}");
        assert_eq!(s.answered, s.total);
        assert!(
            s.dimensions.iter().all(|d| d.is_some_and(|d| d < 40.0)),
            "{s:?}"
        );
        assert_eq!(
            quality(&q, v, &a, "de"),
            vec![],
            "a consistent, careful answerer raises nothing"
        );
        // Every dimension at 0: all six are named, as tied, and none is a strength.
        let r = report(&q, &s);
        assert_eq!((r.strengths.len(), r.levers.len()), (0, 6));
    }
}

#[test]
fn consistent_partner_lands_in_stage_4() {
    let q = default_q();
    for v in VariantId::ALL {
        let a = consistent(&q, v, true, SLOW);
        let s = score(&q, v, &a);
        show("partner", v, &s);
        assert_eq!(s.stage, 4, "{v:?} {s:?}");
        assert!(
            s.dimensions.iter().all(|d| d.is_some_and(|d| d >= 70.0)),
            "{s:?}"
        );
        assert_eq!(quality(&q, v, &a, "en"), vec![]);
    }
}

#[test]
fn agreeing_with_everything_lands_mid_spectrum_and_contradicts() {
    let q = default_q();
    for v in VariantId::ALL {
        let a = same_everywhere(&q, v, 4, None, SLOW);
        let s = score(&q, v, &a);
        show("all-highest", v, &s);
        assert!((1..=3).contains(&s.stage), "{v:?} {s:?}");
        assert!((35.0..=65.0).contains(&s.position), "{v:?} {s:?}");
        let notes = quality(&q, v, &a, "de");
        assert!(
            has(&notes, |s| matches!(s, Q::Contradictions { .. })),
            "{v:?} {notes:?}"
        );
        assert!(
            has(&notes, |s| matches!(s, Q::StraightLining { answer: 4, .. })),
            "{v:?} {notes:?}"
        );
    }
}

#[test]
fn straight_liner_is_flagged() {
    let q = default_q();
    for v in VariantId::ALL {
        for raw in 0..=4 {
            let a = same_everywhere(&q, v, raw, Some(0), SLOW);
            let notes = quality(&q, v, &a, "de");
            assert!(
                has(&notes, |s| matches!(s, Q::StraightLining { .. })),
                "{v:?} {raw} {notes:?}"
            );
        }
        let a = same_everywhere(&q, v, 3, Some(0), SLOW);
        show("straight-3", v, &score(&q, v, &a));
    }
}

#[test]
fn clicking_through_is_flagged_as_too_fast() {
    let q = default_q();
    for v in VariantId::ALL {
        for lang in ["de", "en"] {
            let a = consistent(&q, v, true, 600);
            let notes = quality(&q, v, &a, lang);
            assert!(
                has(&notes, |s| matches!(s, Q::TooFast { .. })),
                "{v:?} {lang} {notes:?}"
            );
        }
        // A brisk but plausible reader (8 s per likert item, 30 s per scenario) is not.
        let mut a = Answers::new();
        for item in q.variant_items(v) {
            let ms = if matches!(item, Item::Scenario(_)) {
                30_000
            } else {
                8_000
            };
            a.record(
                item.id(),
                consistent(&q, v, true, 0).get(item.id()).unwrap(),
                ms,
            );
        }
        assert_eq!(quality(&q, v, &a, "de"), vec![], "{v:?}");
    }
}

#[test]
fn skipping_a_third_is_flagged() {
    let q = default_q();
    for v in VariantId::ALL {
        let mut a = consistent(&q, v, false, SLOW);
        let items = q.variant_items(v);
        for item in items.iter().step_by(3) {
            a.remove(item.id());
        }
        let s = score(&q, v, &a);
        show("skip-third", v, &s);
        assert_eq!(s.stage, 0, "skipping does not move a consistent answerer");
        let notes = quality(&q, v, &a, "de");
        assert!(
            has(&notes, |s| matches!(s, Q::Skipped { .. })),
            "{v:?} {notes:?}"
        );
    }
}

#[test]
fn quick_and_full_agree_for_consistent_personas() {
    let q = default_q();
    for partner in [false, true] {
        let quick = score(
            &q,
            VariantId::Quick,
            &consistent(&q, VariantId::Quick, partner, SLOW),
        );
        let full = score(
            &q,
            VariantId::Full,
            &consistent(&q, VariantId::Full, partner, SLOW),
        );
        assert_eq!(quick.stage, full.stage);
        assert!(
            (quick.position - full.position).abs() <= 5.0,
            "{quick:?} {full:?}"
        );
    }
}
