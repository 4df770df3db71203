//! The instrument, version 2 (issue 15), on the shipped questionnaire: both poles reachable in
//! both variants, quick and full agree, the scenarios cannot be gamed by length, the hard seller
//! is not a partner. Run with `--nocapture` to see the persona table.
#![cfg(not(target_arch = "wasm32"))]

mod model_support;

use model_support::{consistent, consistent_at, default_q, option_value, DEFAULT_JSON};
use seller_check::model::{
    contributions, report, score, Answer, Answers, Item, Questionnaire, Score, VariantId,
    OPTION_LENGTH_RATIO,
};
use serde_json::Value;

/// The dimensions a hard seller is firm on (the review of version 1, §3.6-7: four of six
/// dimensions reward firmness); the other two are about the customer's market.
const FIRM: [&str; 4] = ["leadership", "concessions", "services", "role"];

/// The index of the stage named "Sparringspartner" (from 60): stage 4 of 5.
const STAGE_4: usize = 3;

fn show(name: &str, v: VariantId, s: &Score) {
    println!(
        "persona {name:<22} {:<5} stage {} position {:3} held back {:?}",
        v.as_str(),
        s.stage + 1,
        s.position,
        s.held_back.map(|h| h + 1)
    );
}

/// Likert items at the partner pole on the firm dimensions, at the Briefträger pole on the
/// others; in each scenario the option that is firmest and least about the customer's market.
fn hard_seller(q: &Questionnaire, v: VariantId) -> Answers {
    let mut a = Answers::new();
    for item in q.variant_items(v) {
        let answer = match item {
            Item::Likert(l) => {
                let partner = FIRM.contains(&l.dimension.as_str());
                Answer::Scale(if partner != l.reverse { 4 } else { 0 })
            }
            Item::Scenario(s) => {
                let firmness = |k: usize| -> f64 {
                    contributions(item, Answer::Choice(k as u8))
                        .iter()
                        .map(|(d, c)| if FIRM.contains(d) { *c } else { -*c })
                        .sum()
                };
                let best =
                    (0..s.options.len())
                        .fold(0, |b, k| if firmness(k) > firmness(b) { k } else { b });
                Answer::Choice(best as u8)
            }
        };
        a.set(item.id(), answer);
    }
    a
}

/// The middle of every scale and always the longest option (in `lang`).
fn longest_option_gamer(q: &Questionnaire, v: VariantId, lang: &str) -> Answers {
    let mut a = Answers::new();
    for item in q.variant_items(v) {
        let answer = match item {
            Item::Likert(_) => Answer::Scale(2),
            Item::Scenario(s) => {
                let len = |k: usize| s.options[k].text.get(lang).map_or(0, |t| t.chars().count());
                let longest =
                    (0..s.options.len()).fold(0, |b, k| if len(k) > len(b) { k } else { b });
                Answer::Choice(longest as u8)
            }
        };
        a.set(item.id(), answer);
    }
    a
}

#[test]
fn the_partner_pole_is_reached_in_both_variants() {
    let q = default_q();
    for v in VariantId::ALL {
        let s = score(&q, v, &consistent(&q, v, true, 60_000));
        show("all partner", v, &s);
        assert!(s.position >= 99.0, "{v:?} {s:?}");
        assert!(
            s.dimensions.iter().all(|d| d.is_some_and(|d| d >= 99.0)),
            "{v:?} {s:?}"
        );
        assert_eq!(s.stage, 4, "{v:?}");
    }
}

#[test]
fn the_brieftraeger_pole_is_reached_in_both_variants() {
    let q = default_q();
    for v in VariantId::ALL {
        let s = score(&q, v, &consistent(&q, v, false, 60_000));
        show("all Briefträger", v, &s);
        assert!(s.position <= 1.0, "{v:?} {s:?}");
        assert!(
            s.dimensions.iter().all(|d| d.is_some_and(|d| d <= 1.0)),
            "{v:?} {s:?}"
        );
        assert_eq!(s.stage, 0);
    }
}

#[test]
fn quick_and_full_agree_within_5_points_for_every_consistent_respondent() {
    let q = default_q();
    for k in -2..=2 {
        let quick = score(
            &q,
            VariantId::Quick,
            &consistent_at(&q, VariantId::Quick, k, 60_000),
        );
        let full = score(
            &q,
            VariantId::Full,
            &consistent_at(&q, VariantId::Full, k, 60_000),
        );
        show(&format!("consistent at {k:+}"), VariantId::Quick, &quick);
        show(&format!("consistent at {k:+}"), VariantId::Full, &full);
        assert!(
            (quick.position - full.position).abs() <= 5.0,
            "k {k}: {quick:?} {full:?}"
        );
    }
}

#[test]
fn middle_of_the_scale_and_the_longest_option_stays_below_stage_4() {
    let q = default_q();
    for v in VariantId::ALL {
        for lang in ["de", "en"] {
            let s = score(&q, v, &longest_option_gamer(&q, v, lang));
            show(&format!("longest option ({lang})"), v, &s);
            assert!(s.stage < STAGE_4, "{v:?} {lang} {s:?}");
        }
    }
}

#[test]
fn the_hard_seller_stays_in_stage_3_or_lower_and_gets_its_text() {
    let q = default_q();
    let hard = q
        .patterns
        .iter()
        .position(|p| p.id == "hard-seller")
        .expect("pattern hard-seller");
    for v in VariantId::ALL {
        let s = score(&q, v, &hard_seller(&q, v));
        show("hard seller", v, &s);
        assert!(s.stage < STAGE_4, "{v:?} {s:?}");
        assert_eq!(report(&q, &s).pattern, Some(hard), "{v:?} {s:?}");
    }
    // A partner does not get the hard seller's text.
    let s = score(
        &q,
        VariantId::Full,
        &consistent(&q, VariantId::Full, true, 0),
    );
    assert_eq!(report(&q, &s).pattern, None);
}

#[test]
fn stage_4_and_5_need_customer_integration() {
    let q = default_q();
    for (stage, min) in [(3, 50.0), (4, 70.0)] {
        assert_eq!(
            q.stages[stage].requires.get("integration"),
            Some(&min),
            "stage {}",
            stage + 1
        );
    }
}

/// Read from the raw file, independent of the validator: in every scenario the longest option
/// is at most 1.3 times the shortest (de and en, own and outside wording), no option is
/// strictly best on every dimension, and every option carries a keying rationale.
#[test]
fn scenarios_have_no_tell_and_no_dominating_option() {
    let file: Value = serde_json::from_str(DEFAULT_JSON).unwrap();
    let q = default_q();
    let mut scenarios = 0;
    for (i, item) in file["items"].as_array().unwrap().iter().enumerate() {
        if item["kind"] != "scenario" {
            continue;
        }
        scenarios += 1;
        let options = item["options"].as_array().unwrap();
        for field in ["text", "outside_text"] {
            for lang in ["de", "en"] {
                let lengths: Vec<usize> = options
                    .iter()
                    .map(|o| o[field][lang].as_str().unwrap().chars().count())
                    .collect();
                let (min, max) = (lengths.iter().min().unwrap(), lengths.iter().max().unwrap());
                assert!(
                    *max as f64 <= OPTION_LENGTH_RATIO * *min as f64,
                    "items[{i}] {field}.{lang}: {lengths:?}"
                );
            }
        }
        // Every dimension a scenario weights spans -2..2, so the weights read as they count.
        let mut dims: Vec<&str> = Vec::new();
        for o in options {
            dims.extend(o["weights"].as_object().unwrap().keys().map(String::as_str));
        }
        for d in dims {
            let w: Vec<f64> = options
                .iter()
                .map(|o| o["weights"][d].as_f64().unwrap_or(0.0))
                .collect();
            let (lo, hi) = w
                .iter()
                .fold((f64::MAX, f64::MIN), |(l, h), &x| (l.min(x), h.max(x)));
            assert_eq!((lo, hi), (-2.0, 2.0), "items[{i}] {d}: {w:?}");
        }
        for o in options {
            for lang in ["de", "en"] {
                assert!(
                    o["rationale"][lang].as_str().is_some_and(|r| r.len() > 20),
                    "items[{i}]"
                );
            }
        }
        let scenario = &q.items[i];
        let Item::Scenario(s) = scenario else {
            unreachable!()
        };
        for k in 0..s.options.len() {
            let mine = contributions(scenario, Answer::Choice(k as u8));
            let strictly_best_everywhere = mine.iter().all(|(d, c)| {
                (0..s.options.len()).filter(|&o| o != k).all(|o| {
                    let theirs = contributions(scenario, Answer::Choice(o as u8));
                    theirs.iter().all(|(e, x)| e != d || c > x)
                })
            });
            assert!(
                !strictly_best_everywhere,
                "items[{i}].options[{k}] dominates"
            );
        }
        // The keyed best option is never the longest one.
        let best = (0..s.options.len()).fold(0, |b, k| {
            if option_value(scenario, k) > option_value(scenario, b) {
                k
            } else {
                b
            }
        });
        for lang in ["de", "en"] {
            let len = |k: usize| options[k]["text"][lang].as_str().unwrap().chars().count();
            assert!(
                (0..options.len()).any(|k| len(k) > len(best)),
                "items[{i}] {lang}: best is longest"
            );
        }
    }
    assert_eq!(scenarios, 6);
}

/// A persona table for the closing note: 1,000 random respondents per variant over the stages.
#[test]
fn random_respondents_spread_over_the_stages() {
    let q = default_q();
    let mut seed: u64 = 0x5EED;
    let mut next = |n: u64| {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 33) % n
    };
    for v in VariantId::ALL {
        let mut stages = [0usize; 5];
        for _ in 0..1000 {
            let mut a = Answers::new();
            for item in q.variant_items(v) {
                let answer = match item {
                    Item::Likert(_) => Answer::Scale(next(5) as u8),
                    Item::Scenario(s) => Answer::Choice(next(s.options.len() as u64) as u8),
                };
                a.set(item.id(), answer);
            }
            stages[score(&q, v, &a).stage] += 1;
        }
        println!("random 1000 {:<5} stages 1-5: {stages:?}", v.as_str());
        // Random answers sit in the middle: at most 1 in 100 reaches an outer stage.
        assert!(stages[0] + stages[4] <= 10, "{v:?} {stages:?}");
    }
}
