//! Answer-quality signals shown gently on the result: straight-lining, contradictions, speed, skips.

use super::{Answer, Answers, Item, Questionnaire, VariantId};

/// How strongly a note should be shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Worth knowing; the result still holds.
    Info,
    /// The result may not reflect the user's habits well.
    Warning,
}

/// Which pattern was seen, with the counts behind it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum QualitySignal {
    /// `same` of `of` answered scale items got the same raw answer `answer` (0..=4).
    StraightLining {
        /// The repeated answer index.
        answer: u8,
        /// How many items got it.
        same: usize,
        /// Answered scale items.
        of: usize,
    },
    /// `pairs` of `of` answered twin pairs contradict each other.
    Contradictions {
        /// Contradicting pairs.
        pairs: usize,
        /// Pairs with both items answered.
        of: usize,
    },
    /// `fast` of `of` timed answers came faster than the text can be read.
    TooFast {
        /// Answers below the reading time.
        fast: usize,
        /// Answers with a recorded time.
        of: usize,
    },
    /// `skipped` of `of` items of the variant are unanswered.
    Skipped {
        /// Unanswered items.
        skipped: usize,
        /// Items in the variant.
        of: usize,
    },
}

/// One quality note; the text comes from `i18n::quality_notes::quality_note`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QualityNote {
    /// What was seen.
    pub signal: QualitySignal,
    /// How strongly to show it.
    pub severity: Severity,
}

/// Straight-lining needs at least this many answered scale items.
/// Why: with fewer, four equal answers in a row are plain chance.
pub const STRAIGHT_MIN_ITEMS: usize = 5;
/// Straight-lining: share (in percent) of answered scale items with the same raw answer.
/// Why: about half the items are reverse-keyed, so a consistent profile splits its raw
/// answers between both ends of the scale; 80 % identical cannot be a consistent profile.
/// An absolute count (say 8) would flag honest full-check users who answer "sometimes" often.
pub const STRAIGHT_PERCENT: usize = 80;
/// A twin pair contradicts when the keyed values differ by at least this much.
/// Why: 3 on the -2..2 range means opposite sides of the midpoint, not a nuance (4 and 3).
pub const CONTRADICTION_GAP: f64 = 3.0;
/// Reading allowance per word, in milliseconds.
/// Why: 150 ms is 400 words a minute, skimming speed, well above the ~240 wpm of average
/// silent reading (Brysbaert 2019); only answers no one could have read are flagged.
pub const MS_PER_WORD: u32 = 150;
/// Fixed allowance per answer for finding and clicking the option, in milliseconds.
pub const MS_FLOOR: u32 = 700;
/// Too fast is raised at this many fast answers ...
pub const FAST_MIN_COUNT: usize = 4;
/// ... or at this share (percent) of timed answers, if at least two are fast.
/// Why: one quick click is a re-answer or a misclick; a pattern needs repetition.
pub const FAST_PERCENT: usize = 30;
/// Skipped is raised when at least this share (percent) of the variant is unanswered.
/// Why: a fifth missing can shift a dimension with four items by a whole item.
pub const SKIPPED_PERCENT: usize = 20;

/// The quality notes for `answers` on `variant`, reading times measured on texts in `lang`.
pub fn quality(
    q: &Questionnaire,
    variant: VariantId,
    answers: &Answers,
    lang: &str,
) -> Vec<QualityNote> {
    let items = q.variant_items(variant);
    let given: Vec<(&Item, Answer)> = items
        .iter()
        .filter_map(|it| answers.valid_for(it).map(|a| (*it, a)))
        .collect();
    [
        straight_lining(&given),
        contradictions(&given),
        too_fast(q, &given, answers, lang),
        skipped(given.len(), items.len()),
    ]
    .into_iter()
    .flatten()
    .collect()
}

fn note(signal: QualitySignal, warn: bool) -> Option<QualityNote> {
    let severity = if warn {
        Severity::Warning
    } else {
        Severity::Info
    };
    Some(QualityNote { signal, severity })
}

fn straight_lining(given: &[(&Item, Answer)]) -> Option<QualityNote> {
    let mut counts = [0usize; 5];
    for (_, a) in given {
        if let Answer::Scale(i) = a {
            counts[usize::from(*i).min(4)] += 1;
        }
    }
    let of: usize = counts.iter().sum();
    let (answer, same) = (0u8..).zip(counts).max_by_key(|(_, c)| *c)?;
    if of < STRAIGHT_MIN_ITEMS || same * 100 < STRAIGHT_PERCENT * of {
        return None;
    }
    // Why Info for the midpoint: "sometimes" everywhere can be honest ambivalence.
    note(
        QualitySignal::StraightLining { answer, same, of },
        answer != 2,
    )
}

fn contradictions(given: &[(&Item, Answer)]) -> Option<QualityNote> {
    // Plain lists, not maps: a handful of entries, and no map or sort code in the wasm.
    let keyed: Vec<(&str, f64)> = given
        .iter()
        .filter_map(|(it, a)| match (it, a) {
            (Item::Likert(l), Answer::Scale(i)) => Some((l.id.as_str(), l.keyed(*i))),
            _ => None,
        })
        .collect();
    // The last answer of an id counts, as a map built from the list would keep it.
    let keyed_get = |id: &str| keyed.iter().rev().find(|(k, _)| *k == id).map(|(_, v)| v);
    let mut seen: Vec<(&str, &str)> = Vec::new();
    let (mut of, mut pairs) = (0, 0);
    for (it, _) in given {
        let Item::Likert(l) = it else { continue };
        let Some(twin) = l.twin.as_deref() else {
            continue;
        };
        let (Some(a), Some(b)) = (keyed_get(l.id.as_str()), keyed_get(twin)) else {
            continue;
        };
        // The pair's key is the same from either side.
        let key = (l.id.as_str().min(twin), l.id.as_str().max(twin));
        if seen.contains(&key) {
            continue;
        }
        seen.push(key);
        of += 1;
        if (a - b).abs() >= CONTRADICTION_GAP {
            pairs += 1;
        }
    }
    // Two contradicting pairs are a pattern; one is when it is half the answered pairs or more.
    if pairs >= 2 || (pairs == 1 && of <= 2) {
        note(QualitySignal::Contradictions { pairs, of }, pairs >= 2)
    } else {
        None
    }
}

/// Words a user has to read before answering `item` in `lang`.
pub fn reading_words(q: &Questionnaire, item: &Item, lang: &str) -> usize {
    let words = |t| q.tr(t, lang).split_whitespace().count();
    match item {
        Item::Likert(l) => words(&l.text),
        Item::Scenario(s) => {
            words(&s.situation)
                + words(&s.text)
                + s.options.iter().map(|o| words(&o.text)).sum::<usize>()
        }
    }
}

/// Minimum plausible time to read and answer `item` in `lang`, in milliseconds.
pub fn min_answer_ms(q: &Questionnaire, item: &Item, lang: &str) -> u32 {
    let words = u32::try_from(reading_words(q, item, lang)).unwrap_or(u32::MAX);
    MS_FLOOR.saturating_add(MS_PER_WORD.saturating_mul(words))
}

fn too_fast(
    q: &Questionnaire,
    given: &[(&Item, Answer)],
    answers: &Answers,
    lang: &str,
) -> Option<QualityNote> {
    let (mut of, mut fast) = (0, 0);
    for (it, _) in given {
        let Some(ms) = answers.time_ms(it.id()) else {
            continue;
        };
        of += 1;
        if ms < min_answer_ms(q, it, lang) {
            fast += 1;
        }
    }
    if fast >= FAST_MIN_COUNT || (fast >= 2 && fast * 100 >= FAST_PERCENT * of) {
        note(QualitySignal::TooFast { fast, of }, 2 * fast >= of)
    } else {
        None
    }
}

fn skipped(answered: usize, of: usize) -> Option<QualityNote> {
    let skipped = of.saturating_sub(answered);
    if skipped == 0 || skipped * 100 < SKIPPED_PERCENT * of {
        return None;
    }
    note(QualitySignal::Skipped { skipped, of }, 2 * skipped >= of)
}
