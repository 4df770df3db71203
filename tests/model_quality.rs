//! Answer-quality signals on the small fixture: each threshold on both sides.
#![cfg(not(target_arch = "wasm32"))]

mod model_support;

use model_support::{consistent, fixture_q, same_everywhere};
use seller_check::i18n::quality_notes::quality_note;
use seller_check::i18n::Lang;
use seller_check::model::{
    min_answer_ms, quality, Answer, Answers, QualityNote, QualitySignal as Q, Severity, VariantId,
};

const SLOW: u32 = 60_000;

fn signals(notes: &[QualityNote]) -> Vec<&Q> {
    notes.iter().map(|n| &n.signal).collect()
}

#[test]
fn a_consistent_slow_respondent_raises_nothing() {
    let q = fixture_q();
    for variant in VariantId::ALL {
        for partner in [false, true] {
            let a = consistent(&q, variant, partner, SLOW);
            assert_eq!(
                quality(&q, variant, &a, "de"),
                vec![],
                "{variant:?} {partner}"
            );
        }
    }
}

#[test]
fn straight_lining_needs_five_items_and_eighty_percent() {
    let q = fixture_q();
    let a = same_everywhere(&q, VariantId::Full, 3, Some(0), SLOW);
    let notes = quality(&q, VariantId::Full, &a, "de");
    assert!(
        notes.contains(&QualityNote {
            signal: Q::StraightLining {
                answer: 3,
                same: 8,
                of: 8
            },
            severity: Severity::Warning
        }),
        "{notes:?}"
    );
    // Quick has only four scale items: too few to call it a pattern.
    let a = same_everywhere(&q, VariantId::Quick, 3, Some(0), SLOW);
    assert!(!signals(&quality(&q, VariantId::Quick, &a, "de"))
        .iter()
        .any(|s| matches!(s, Q::StraightLining { .. })));
    // 6 of 8 = 75 %: not raised; 7 of 8: raised.
    let mut a = same_everywhere(&q, VariantId::Full, 3, Some(0), SLOW);
    a.set("lead-a", Answer::Scale(4));
    a.set("lead-b", Answer::Scale(0));
    assert!(!signals(&quality(&q, VariantId::Full, &a, "de"))
        .iter()
        .any(|s| matches!(s, Q::StraightLining { .. })));
    a.set("lead-b", Answer::Scale(3));
    assert!(signals(&quality(&q, VariantId::Full, &a, "de"))
        .iter()
        .any(|s| matches!(s, Q::StraightLining { same: 7, of: 8, .. })));
    // The midpoint everywhere may be honest ambivalence: only Info.
    let a = same_everywhere(&q, VariantId::Full, 2, None, SLOW);
    let n = quality(&q, VariantId::Full, &a, "de")
        .into_iter()
        .find(|n| matches!(n.signal, Q::StraightLining { .. }));
    assert_eq!(n.map(|n| n.severity), Some(Severity::Info));
}

#[test]
fn contradictions_between_twins() {
    let q = fixture_q();
    // Highest point everywhere: every pair differs by 4.
    let a = same_everywhere(&q, VariantId::Full, 4, None, SLOW);
    let notes = quality(&q, VariantId::Full, &a, "de");
    assert!(
        notes.contains(&QualityNote {
            signal: Q::Contradictions { pairs: 4, of: 4 },
            severity: Severity::Warning
        }),
        "{notes:?}"
    );
    // One pair of four, differing by 3 (raw 4 and 3 on opposite keying): 1 < 2 and 1/4 < half.
    let mut a = consistent(&q, VariantId::Full, true, SLOW);
    a.set("lead-b", Answer::Scale(3));
    assert!(!signals(&quality(&q, VariantId::Full, &a, "de"))
        .iter()
        .any(|s| matches!(s, Q::Contradictions { .. })));
    // Same pair in quick (two pairs answered): half contradict -> Info.
    let mut a = consistent(&q, VariantId::Quick, true, SLOW);
    a.set("lead-b", Answer::Scale(3));
    let notes = quality(&q, VariantId::Quick, &a, "de");
    assert!(
        notes.contains(&QualityNote {
            signal: Q::Contradictions { pairs: 1, of: 2 },
            severity: Severity::Info
        }),
        "{notes:?}"
    );
    // A gap of 2 is nuance, not contradiction.
    let mut a = consistent(&q, VariantId::Quick, true, SLOW);
    a.set("lead-b", Answer::Scale(2));
    a.set("price-b", Answer::Scale(2));
    assert!(quality(&q, VariantId::Quick, &a, "de").is_empty());
}

#[test]
fn too_fast_uses_the_words_of_the_current_language() {
    let q = fixture_q();
    let lead_a = q.item("lead-a").unwrap();
    // "I propose the agenda." = 4 words, "Ich schlage die Agenda vor." = 5 words.
    assert_eq!(min_answer_ms(&q, lead_a, "en"), 700 + 4 * 150);
    assert_eq!(min_answer_ms(&q, lead_a, "de"), 700 + 5 * 150);
    let sc = q.item("sc-1").unwrap();
    // Situation, question and every option are read: 5 + 4 + (4 + 4 + 5) words in English,
    // 6 + 3 + (4 + 3 + 4) in German.
    assert_eq!(min_answer_ms(&q, sc, "en"), 700 + 22 * 150);
    assert_eq!(min_answer_ms(&q, sc, "de"), 700 + 20 * 150);
    let a = consistent(&q, VariantId::Full, true, 300);
    let notes = quality(&q, VariantId::Full, &a, "en");
    assert!(
        notes.contains(&QualityNote {
            signal: Q::TooFast { fast: 9, of: 9 },
            severity: Severity::Warning
        }),
        "{notes:?}"
    );
    // Exactly the reading time is fine; a millisecond less on every item is too fast.
    let timed = |less: u32, only: &[&str]| {
        let mut a = Answers::new();
        for (id, ans) in consistent(&q, VariantId::Full, true, 0).iter() {
            let need = min_answer_ms(&q, q.item(id).unwrap(), "en");
            let hit = only.is_empty() || only.contains(&id);
            a.record(id, ans, if hit { need - less } else { SLOW });
        }
        a
    };
    assert!(quality(&q, VariantId::Full, &timed(0, &[]), "en").is_empty());
    let notes = quality(&q, VariantId::Full, &timed(1, &[]), "en");
    assert!(
        signals(&notes)
            .iter()
            .any(|s| matches!(s, Q::TooFast { fast: 9, of: 9 })),
        "{notes:?}"
    );
    // One fast answer alone is never raised; two of nine (22 %) neither; three (33 %) are.
    assert!(quality(&q, VariantId::Full, &timed(500, &["lead-a"]), "en").is_empty());
    assert!(quality(&q, VariantId::Full, &timed(500, &["lead-a", "sc-1"]), "en").is_empty());
    let notes = quality(
        &q,
        VariantId::Full,
        &timed(500, &["lead-a", "sc-1", "price-d"]),
        "en",
    );
    assert_eq!(
        notes,
        vec![QualityNote {
            signal: Q::TooFast { fast: 3, of: 9 },
            severity: Severity::Info
        }]
    );
    // Answers without a recorded time are not judged.
    let mut d = Answers::new();
    for (id, ans) in consistent(&q, VariantId::Full, true, 0).iter() {
        d.set(id, ans);
    }
    assert!(quality(&q, VariantId::Full, &d, "de").is_empty());
}

#[test]
fn skipped_from_twenty_percent() {
    let q = fixture_q();
    let mut a = consistent(&q, VariantId::Full, true, SLOW);
    a.remove("lead-a"); // 1 of 9 = 11 %
    assert!(quality(&q, VariantId::Full, &a, "de").is_empty());
    a.remove("sc-1"); // 2 of 9 = 22 %
    let notes = quality(&q, VariantId::Full, &a, "de");
    assert_eq!(
        notes,
        vec![QualityNote {
            signal: Q::Skipped { skipped: 2, of: 9 },
            severity: Severity::Info
        }]
    );
    let notes = quality(&q, VariantId::Full, &Answers::new(), "de");
    assert_eq!(
        notes,
        vec![QualityNote {
            signal: Q::Skipped { skipped: 9, of: 9 },
            severity: Severity::Warning
        }]
    );
}

#[test]
fn every_note_has_german_and_english_text() {
    let q = fixture_q();
    let mut notes = quality(
        &q,
        VariantId::Full,
        &same_everywhere(&q, VariantId::Full, 4, None, 10),
        "de",
    );
    notes.extend(quality(&q, VariantId::Full, &Answers::new(), "de"));
    assert_eq!(notes.len(), 4, "{notes:?}");
    for n in &notes {
        let (de, en) = (quality_note(Lang::De, n), quality_note(Lang::En, n));
        assert!(!de.is_empty() && !en.is_empty() && de != en);
    }
}

/// Straight-lining at its exact boundaries: five answered scale items are enough, four are not;
/// exactly 80 % identical raises it, one answer fewer does not.
#[test]
fn straight_lining_at_five_items_and_exactly_eighty_percent() {
    let q = fixture_q();
    let answered = |raws: &[u8]| {
        let mut a = Answers::new();
        let ids = ["lead-a", "lead-b", "lead-c", "lead-d", "price-a", "price-b"];
        for (id, raw) in ids.iter().zip(raws) {
            a.record(id, Answer::Scale(*raw), SLOW);
        }
        a
    };
    let straight = |a: &Answers| {
        signals(&quality(&q, VariantId::Full, a, "de"))
            .into_iter()
            .find(|s| matches!(s, Q::StraightLining { .. }))
            .cloned()
    };
    let five_same = answered(&[3, 3, 3, 3, 3]);
    assert_eq!(
        straight(&five_same),
        Some(Q::StraightLining {
            answer: 3,
            same: 5,
            of: 5
        })
    );
    assert_eq!(straight(&answered(&[3, 3, 3, 3])), None, "four items");
    // 4 of 5 = 80 %: raised; 4 of 6 = 67 %: not.
    assert_eq!(
        straight(&answered(&[3, 3, 3, 3, 0])),
        Some(Q::StraightLining {
            answer: 3,
            same: 4,
            of: 5
        })
    );
    assert_eq!(straight(&answered(&[3, 3, 3, 3, 0, 1])), None);
}

/// One contradicting pair is raised only when it is at least half of the answered pairs:
/// 1 of 2 (Info, covered above), not 1 of 3.
#[test]
fn one_contradiction_in_three_pairs_is_not_raised() {
    let q = fixture_q();
    let mut a = consistent(&q, VariantId::Full, true, SLOW);
    a.remove("price-d"); // its pair is no longer answered: three pairs are
    a.set("lead-b", Answer::Scale(3)); // one of them contradicts
    assert!(
        !signals(&quality(&q, VariantId::Full, &a, "de"))
            .iter()
            .any(|s| matches!(s, Q::Contradictions { .. })),
        "1 of 3"
    );
    a.set("lead-d", Answer::Scale(4)); // two of three contradict: raised, as a warning
    let notes = quality(&q, VariantId::Full, &a, "de");
    assert!(
        notes.contains(&QualityNote {
            signal: Q::Contradictions { pairs: 2, of: 3 },
            severity: Severity::Warning
        }),
        "{notes:?}"
    );
}

/// Severity follows half: three fast answers of six timed ones is a warning, of seven a note.
#[test]
fn too_fast_is_a_warning_from_half_of_the_timed_answers() {
    let q = fixture_q();
    let fast_of = |timed: usize| {
        let mut a = Answers::new();
        for (n, (id, ans)) in consistent(&q, VariantId::Full, true, 0).iter().enumerate() {
            if n < 3 {
                a.record(id, ans, 1);
            } else if n < timed {
                a.record(id, ans, SLOW);
            } else {
                a.set(id, ans);
            }
        }
        quality(&q, VariantId::Full, &a, "de")
    };
    assert_eq!(
        fast_of(6),
        vec![QualityNote {
            signal: Q::TooFast { fast: 3, of: 6 },
            severity: Severity::Warning
        }]
    );
    assert_eq!(
        fast_of(7),
        vec![QualityNote {
            signal: Q::TooFast { fast: 3, of: 7 },
            severity: Severity::Info
        }]
    );
}

/// Skipped at its boundaries: exactly 20 % (1 of the quick check's 5) is told; half or more
/// (5 of 9) is a warning, 4 of 9 a note.
#[test]
fn skipped_at_exactly_twenty_percent_and_at_half() {
    let q = fixture_q();
    let mut a = consistent(&q, VariantId::Quick, true, SLOW);
    a.remove("lead-a");
    assert_eq!(
        quality(&q, VariantId::Quick, &a, "de"),
        vec![QualityNote {
            signal: Q::Skipped { skipped: 1, of: 5 },
            severity: Severity::Info
        }]
    );
    let skipping = |n: usize| {
        let mut a = Answers::new();
        for (id, ans) in consistent(&q, VariantId::Full, true, SLOW).iter().skip(n) {
            a.record(id, ans, SLOW);
        }
        quality(&q, VariantId::Full, &a, "de")
            .into_iter()
            .find(|note| matches!(note.signal, Q::Skipped { .. }))
    };
    assert_eq!(
        skipping(5),
        Some(QualityNote {
            signal: Q::Skipped { skipped: 5, of: 9 },
            severity: Severity::Warning
        })
    );
    assert_eq!(
        skipping(4),
        Some(QualityNote {
            signal: Q::Skipped { skipped: 4, of: 9 },
            severity: Severity::Info
        })
    );
}
