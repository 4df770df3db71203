//! Then and now (issue 19): an earlier result against a later one of the same seller, on the
//! same scale whatever the variants (quick and full scores are comparable, issue 11): what moved
//! per dimension, what moved most, and whether the lever the earlier result named improved.

use super::{report, score, Answers, Questionnaire, Score, VariantId};

/// One dimension then and now. Scores are 0–100, rounded to whole points as the result shows
/// them, `None` where that run answered none of its items.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Change {
    /// Index into [`Questionnaire::dimensions`].
    pub dimension: usize,
    /// The earlier score.
    pub then: Option<i64>,
    /// The later score.
    pub now: Option<i64>,
}

impl Change {
    /// Now minus then, in whole points (−100..=100), where both have a score: the difference
    /// of the numbers shown, so what the page says adds up.
    pub fn delta(&self) -> Option<i64> {
        Some(self.now? - self.then?)
    }
}

/// An earlier and a later result compared.
#[derive(Clone, Debug, PartialEq)]
pub struct ThenNow {
    /// The earlier result's scores.
    pub then: Score,
    /// The later result's scores.
    pub now: Score,
    /// Every dimension, in the questionnaire's order.
    pub changes: Vec<Change>,
    /// The dimensions that moved most (the largest absolute delta; several when tied, in file
    /// order); empty when nothing moved or nothing can be compared.
    pub moved_most: Vec<Change>,
    /// The lever the earlier result named first, then and now, with those tied with it (the
    /// result names tied levers together); empty when it named none.
    pub levers: Vec<Change>,
}

/// A score as the result shows it: whole points.
fn shown(score: Option<f64>) -> Option<i64> {
    score.map(|s| s.round() as i64)
}

/// Compares the run `then` (variant and answers) with the later run `now`, both of `q`.
pub fn then_now(
    q: &Questionnaire,
    then: (VariantId, &Answers),
    now: (VariantId, &Answers),
) -> ThenNow {
    let (earlier, later) = (score(q, then.0, then.1), score(q, now.0, now.1));
    let changes: Vec<Change> = (0..q.dimensions.len())
        .map(|d| Change {
            dimension: d,
            then: shown(earlier.dimensions.get(d).copied().flatten()),
            now: shown(later.dimensions.get(d).copied().flatten()),
        })
        .collect();
    let most = changes.iter().filter_map(|c| c.delta().map(i64::abs)).max();
    let moved_most = changes
        .iter()
        .filter(|c| most.is_some_and(|m| m > 0 && c.delta().map(i64::abs) == Some(m)))
        .copied()
        .collect();
    let named = report(q, &earlier).levers;
    let levers = named
        .iter()
        .filter(|l| named.first().is_some_and(|f| f.score == l.score))
        .filter_map(|l| changes.get(l.index).copied())
        .collect();
    ThenNow {
        then: earlier,
        now: later,
        changes,
        moved_most,
        levers,
    }
}
