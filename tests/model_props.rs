//! Properties of the scoring, checked on random answers to the fixture and the shipped file.
#![cfg(not(target_arch = "wasm32"))]

mod model_support;

use model_support::{default_q, fixture_q};
use proptest::prelude::*;
use seller_check::model::{
    quality, report, score, Answer, Answers, Item, Questionnaire, VariantId, STRENGTH_ABOVE,
};

/// Raw answers per item of the full list (`None` = skipped); values 0..=5 include invalid ones.
fn raw_answers() -> impl Strategy<Value = (bool, bool, Vec<Option<u8>>)> {
    (
        any::<bool>(),
        any::<bool>(),
        prop::collection::vec(prop::option::of(0u8..6), 30),
    )
}

fn questionnaire(use_default: bool) -> Questionnaire {
    if use_default {
        default_q()
    } else {
        fixture_q()
    }
}

fn variant(full: bool) -> VariantId {
    if full {
        VariantId::Full
    } else {
        VariantId::Quick
    }
}

/// (item id, answer) pairs in file order: likert gets Scale, scenario gets Choice.
fn pairs(q: &Questionnaire, raw: &[Option<u8>]) -> Vec<(String, Answer)> {
    q.items
        .iter()
        .zip(raw)
        .filter_map(|(item, r)| {
            let r = (*r)?;
            let a = match item {
                Item::Likert(_) => Answer::Scale(r),
                Item::Scenario(_) => Answer::Choice(r),
            };
            Some((item.id().to_string(), a))
        })
        .collect()
}

fn answers_from(p: &[(String, Answer)]) -> Answers {
    let mut a = Answers::new();
    for (id, ans) in p {
        a.set(id, *ans);
    }
    a
}

/// Indices of likert items in the variant.
fn likert_ids(q: &Questionnaire, v: VariantId) -> Vec<String> {
    q.variant_items(v)
        .into_iter()
        .filter(|it| matches!(it, Item::Likert(_)))
        .map(|it| it.id().to_string())
        .collect()
}

const EPS: f64 = 1e-9;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn every_score_lies_within_0_and_100((dflt, full, raw) in raw_answers()) {
        let (q, v) = (questionnaire(dflt), variant(full));
        let a = answers_from(&pairs(&q, &raw));
        let s = score(&q, v, &a);
        prop_assert!((0.0..=100.0).contains(&s.position));
        for d in s.dimensions.iter().flatten() {
            prop_assert!((0.0..=100.0).contains(d));
        }
        prop_assert!(s.stage < q.stages.len());
        prop_assert!(s.answered <= s.total);
        if let Some(n) = s.mixed {
            prop_assert!(n + 1 == s.stage || n == s.stage + 1);
        }
        // The stage is the one the shown (whole) number lies in, unless a minimum holds it back.
        prop_assert_eq!(s.position, s.position.round());
        let at = q.stages.iter().rposition(|st| s.position >= st.from).unwrap_or(0);
        prop_assert!(s.stage == at || s.held_back.is_some());
        let r = report(&q, &s);
        prop_assert!(r.strengths.iter().all(|st| st.score > STRENGTH_ABOVE));
        // More than two only when tied with the second.
        for list in [&r.strengths, &r.levers] {
            prop_assert!(list.iter().skip(2).all(|d| d.score == list[1].score));
        }
        prop_assert!(r.levers.iter().all(|l| r.strengths.iter().all(|st| st.index != l.index)));
        let _ = quality(&q, v, &a, "de");
    }

    #[test]
    fn moving_toward_the_partner_pole_never_lowers_a_score(
        (dflt, full, raw) in raw_answers(), pick in any::<prop::sample::Index>(), from in 0u8..4,
    ) {
        let (q, v) = (questionnaire(dflt), variant(full));
        let ids = likert_ids(&q, v);
        let id = &ids[pick.index(ids.len())];
        let Some(Item::Likert(l)) = q.item(id) else { unreachable!() };
        // `from` and `from + 1` are both valid; which one is nearer the partner pole depends on keying.
        let (worse, better) = if l.reverse { (from + 1, from) } else { (from, from + 1) };
        let mut a = answers_from(&pairs(&q, &raw));
        a.set(id, Answer::Scale(worse));
        let before = score(&q, v, &a);
        a.set(id, Answer::Scale(better));
        let after = score(&q, v, &a);
        let d = q.dimension_index(&l.dimension).unwrap();
        prop_assert!(after.dimensions[d].unwrap() > before.dimensions[d].unwrap() - EPS);
        prop_assert!(after.position > before.position - EPS);
        prop_assert!(after.stage >= before.stage);
    }

    #[test]
    fn reverse_keying_is_symmetric(
        (dflt, full, raw) in raw_answers(), pick in any::<prop::sample::Index>(), i in 0u8..5,
    ) {
        let (q, v) = (questionnaire(dflt), variant(full));
        let ids = likert_ids(&q, v);
        let id = &ids[pick.index(ids.len())];
        let mut a = answers_from(&pairs(&q, &raw));
        a.set(id, Answer::Scale(i));
        let original = score(&q, v, &a);
        let mut flipped = q.clone();
        for item in &mut flipped.items {
            if let Item::Likert(l) = item {
                if &l.id == id {
                    l.reverse = !l.reverse;
                }
            }
        }
        a.set(id, Answer::Scale(4 - i));
        let mirrored = score(&flipped, v, &a);
        prop_assert_eq!(original, mirrored);
    }

    #[test]
    fn answer_order_does_not_matter(
        (dflt, full, raw) in raw_answers(), seed in prop::collection::vec(any::<u32>(), 30),
    ) {
        let (q, v) = (questionnaire(dflt), variant(full));
        let p = pairs(&q, &raw);
        let mut shuffled: Vec<(u32, (String, Answer))> = seed.into_iter().zip(p.clone()).collect();
        shuffled.sort_by_key(|(k, _)| *k);
        let shuffled: Vec<(String, Answer)> = shuffled.into_iter().map(|(_, x)| x).collect();
        let (a, b) = (answers_from(&p), answers_from(&shuffled));
        prop_assert_eq!(&a, &b);
        prop_assert_eq!(score(&q, v, &a), score(&q, v, &b));
        prop_assert_eq!(quality(&q, v, &a, "en"), quality(&q, v, &b, "en"));
    }
}
