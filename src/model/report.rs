//! What the result shows: a level per dimension, the two strengths and the two levers.

use super::Keyed;
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
    /// The two highest-scoring dimensions above [`STRENGTH_ABOVE`], best first, and any
    /// dimension tied with the second; empty when no dimension is above the midpoint.
    pub strengths: Vec<DimensionResult>,
    /// The two lowest-scoring dimensions, weakest first, and any tied with the second; never
    /// one already listed as a strength.
    pub levers: Vec<DimensionResult>,
    /// Index into [`Questionnaire::patterns`] of the first pattern that holds.
    pub pattern: Option<usize>,
}

/// How many strengths and levers the result names (more only when tied).
pub const HIGHLIGHTS: usize = 2;

/// A strength scores above this (0–100): the scale's midpoint, where agreeing and
/// disagreeing balance (instrument review of version 1, §4.3: "a 25 is no strength").
pub const STRENGTH_ABOVE: f64 = 50.0;

impl DimensionResult {
    /// True when another entry of `list` has the same score: the view names them as tied.
    pub fn tied_in(&self, list: &[DimensionResult]) -> bool {
        list.iter()
            .any(|o| o.index != self.index && o.score == self.score)
    }
}

/// Splits a list of [`Report::strengths`] or [`Report::levers`] into the entries named one by
/// one and the group tied beyond its [`HIGHLIGHTS`] places (empty when the list fits), which
/// the result names together: which of them comes first is not the file's order to decide.
pub fn split_ties(list: &[DimensionResult]) -> (&[DimensionResult], &[DimensionResult]) {
    let tied_from = match list.get(HIGHLIGHTS) {
        Some(extra) => list
            .iter()
            .position(|d| d.score == extra.score)
            .unwrap_or(list.len()),
        None => list.len(),
    };
    list.split_at(tied_from)
}

/// Selects levels, strengths, levers and the pattern that holds from a score of `q`.
pub fn report(q: &Questionnaire, score: &Score) -> Report {
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
    best.retain(|b| b.score > STRENGTH_ABOVE);
    keep_top(&mut best);
    let mut worst = by_score(&scored, false);
    // Why exclude strengths: with fewer than four scored dimensions the same one
    // would otherwise be praised and flagged at once.
    worst.retain(|w| !best.iter().any(|b| b.index == w.index));
    keep_top(&mut worst);
    let pattern = q.patterns.iter().position(|p| {
        let score_of = |id: &str| {
            q.dimension_index(id)
                .and_then(|d| score.dimensions.get(d).copied().flatten())
        };
        let holds = |limits: &Keyed<f64>, ok: fn(f64, f64) -> bool| {
            limits
                .iter()
                .all(|(id, &limit)| score_of(id).is_some_and(|s| ok(s, limit)))
        };
        holds(&p.at_least, |s, limit| s >= limit) && holds(&p.below, |s, limit| s < limit)
    });
    Report {
        dimensions,
        strengths: best,
        levers: worst,
        pattern,
    }
}

/// Keeps the first [`HIGHLIGHTS`] of a sorted list and every entry tied with the last kept.
fn keep_top(sorted: &mut Vec<DimensionResult>) {
    let cut = sorted.get(HIGHLIGHTS - 1).map(|d| d.score);
    let keep = (0..sorted.len())
        .take_while(|&i| i < HIGHLIGHTS || Some(sorted[i].score) == cut)
        .count();
    sorted.truncate(keep);
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
