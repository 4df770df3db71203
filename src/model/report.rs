//! What the result shows: a level per dimension, the two strengths and the two levers.

use super::{Dimension, LevelText, Questionnaire, Score};

/// Level of a dimension score: low < 40 <= mid < 70 <= high.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Level {
    /// Below 40.
    Low,
    /// 40 to below 70.
    Mid,
    /// 70 and above.
    High,
}

impl Level {
    /// The level of a score 0..=100.
    pub fn of(score: f64) -> Level {
        if score < 40.0 {
            Level::Low
        } else if score < 70.0 {
            Level::Mid
        } else {
            Level::High
        }
    }

    /// `low`, `mid` or `high`, as in the file.
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Low => "low",
            Level::Mid => "mid",
            Level::High => "high",
        }
    }
}

impl Dimension {
    /// The meaning, risk and next step for `level`.
    pub fn level_text(&self, level: Level) -> &LevelText {
        match level {
            Level::Low => &self.levels.low,
            Level::Mid => &self.levels.mid,
            Level::High => &self.levels.high,
        }
    }
}

/// One scored dimension.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DimensionResult {
    /// Index into [`Questionnaire::dimensions`].
    pub index: usize,
    /// Score 0..=100.
    pub score: f64,
    /// Its level.
    pub level: Level,
}

impl DimensionResult {
    /// The dimension's texts for this level: `.step` is the next step to show.
    pub fn texts<'a>(&self, q: &'a Questionnaire) -> Option<&'a LevelText> {
        q.dimensions
            .get(self.index)
            .map(|d| d.level_text(self.level))
    }
}

/// The selection the result view shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    /// Per dimension in file order; `None` when the dimension got no answer.
    pub dimensions: Vec<Option<DimensionResult>>,
    /// The two highest-scoring dimensions, best first.
    pub strengths: Vec<DimensionResult>,
    /// The two lowest-scoring dimensions, weakest first; never one already listed as a strength.
    pub levers: Vec<DimensionResult>,
}

/// How many strengths and levers the result names.
pub const HIGHLIGHTS: usize = 2;

/// Selects levels, strengths and levers from a score. Ties keep file order.
pub fn report(score: &Score) -> Report {
    let dimensions: Vec<Option<DimensionResult>> = score
        .dimensions
        .iter()
        .enumerate()
        .map(|(index, s)| {
            s.map(|score| DimensionResult {
                index,
                score,
                level: Level::of(score),
            })
        })
        .collect();
    let scored: Vec<DimensionResult> = dimensions.iter().flatten().copied().collect();
    let mut best = by_score(&scored, true);
    best.truncate(HIGHLIGHTS);
    let mut worst = by_score(&scored, false);
    // Why exclude strengths: with fewer than four scored dimensions the same one
    // would otherwise be praised and flagged at once.
    worst.retain(|w| !best.iter().any(|b| b.index == w.index));
    worst.truncate(HIGHLIGHTS);
    Report {
        dimensions,
        strengths: best,
        levers: worst,
    }
}

/// `scored` ordered by score, keeping file order among equal scores (a stable insertion sort:
/// a few dimensions, and one small function instead of two monomorphised library sorts).
fn by_score(scored: &[DimensionResult], descending: bool) -> Vec<DimensionResult> {
    let mut out: Vec<DimensionResult> = Vec::with_capacity(scored.len());
    for d in scored {
        let before = |o: &DimensionResult| {
            let order = d.score.total_cmp(&o.score);
            if descending {
                order.is_gt()
            } else {
                order.is_lt()
            }
        };
        let at = out.iter().position(before).unwrap_or(out.len());
        out.insert(at, *d);
    }
    out
}
