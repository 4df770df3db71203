//! Scoring exactly as the contract says: keyed values, dimension scores, position, stage, mixed.

use super::{Answer, Answers, Item, LikertItem, Questionnaire, ScenarioOption, VariantId};

/// The result of scoring one variant. Quick and full use the same formula, so they compare.
#[derive(Clone, Debug, PartialEq)]
pub struct Score {
    /// Per dimension, in [`Questionnaire::dimensions`] order: 0..=100, `None` without any answer.
    pub dimensions: Vec<Option<f64>>,
    /// Overall position, a whole number 0..=100 (0 = Briefträger, 100 = partner), as the
    /// result shows it; 50 when nothing was scored.
    pub position: f64,
    /// Index into [`Questionnaire::stages`] of the stage holding the position.
    pub stage: usize,
    /// The stage the weighted mean alone would reach when a dimension misses that stage's
    /// minimum ([`super::Stage::requires`]); the position is then held at the top of `stage`.
    pub held_back: Option<usize>,
    /// Near an inner boundary: the index of the neighbouring stage.
    pub mixed: Option<usize>,
    /// Items of the variant with a valid answer.
    pub answered: usize,
    /// Items in the variant.
    pub total: usize,
}

impl LikertItem {
    /// Keyed value of answer index `i` (0..=4): -2 = Briefträger pole, +2 = partner pole.
    pub fn keyed(&self, i: u8) -> f64 {
        let v = f64::from(i.min(4)) - 2.0;
        if self.reverse {
            -v
        } else {
            v
        }
    }
}

/// What one answer contributes: (dimension id, keyed value in [-2, 2]) pairs; nothing for
/// [`Answer::NotApplicable`] or an answer that does not fit.
///
/// A scenario contributes to every dimension any of its options weights: the chosen option's
/// weight there (0 where it has none) mapped linearly from the scenario's lowest and highest
/// option weight on that dimension to −2 and +2, so its best option counts like the partner
/// pole of a likert item and every variant spans 0–100 (the scaling the instrument review of
/// version 1, §4.1, proposes; `docs/questionnaire-format.md` has a worked example). A dimension
/// all options weight alike tells nothing and gets no contribution.
pub fn contributions(item: &Item, answer: Answer) -> Vec<(&str, f64)> {
    match (item, answer) {
        (Item::Likert(l), Answer::Scale(i)) if i <= 4 => vec![(l.dimension.as_str(), l.keyed(i))],
        (Item::Scenario(s), Answer::Choice(k)) => match s.options.get(usize::from(k)) {
            Some(chosen) => s
                .weighted_dimensions()
                .into_iter()
                .filter_map(|d| {
                    let weight = |o: &ScenarioOption| o.weights.get(d).copied().unwrap_or(0.0);
                    let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
                    for w in s.options.iter().map(weight) {
                        lo = lo.min(w);
                        hi = hi.max(w);
                    }
                    (hi > lo).then(|| (d, 4.0 * (weight(chosen) - lo) / (hi - lo) - 2.0))
                })
                .collect(),
            None => Vec::new(),
        },
        _ => Vec::new(),
    }
}

/// Scores `answers` on the items of `variant`; answers to other items are ignored.
pub fn score(q: &Questionnaire, variant: VariantId, answers: &Answers) -> Score {
    let n = q.dimensions.len();
    let mut sum = vec![0.0; n];
    let mut count = vec![0usize; n];
    let items = q.variant_items(variant);
    let mut answered = 0;
    for item in &items {
        let Some(answer) = answers.valid_for(item) else {
            continue;
        };
        answered += 1;
        for (dim, v) in contributions(item, answer) {
            if let Some(d) = q.dimension_index(dim) {
                sum[d] += v;
                count[d] += 1;
            }
        }
    }
    let dimensions: Vec<Option<f64>> = (0..n)
        .map(|d| {
            (count[d] > 0).then(|| {
                let mean = sum[d] / count[d] as f64;
                (100.0 * (mean + 2.0) / 4.0).clamp(0.0, 100.0)
            })
        })
        .collect();
    // The stage follows from the number the result shows, so the position is whole.
    let mut position = position(q, &dimensions).round();
    let reached = stage_at(q, position);
    // The highest stage up to the one reached whose minimums hold; the lowest always holds.
    let stage = (1..=reached)
        .rev()
        .find(|&s| missed_minimum(q, s, &dimensions).is_none())
        .unwrap_or(0);
    let held_back = (stage < reached).then_some(reached);
    let mut mixed = mixed_neighbour(q, position, stage);
    if held_back.is_some() {
        // Held at the top of the stage reached: the stage above is out of reach, not near.
        position = position.min(q.stages[stage].to - 1.0);
        mixed = None;
    }
    Score {
        dimensions,
        position,
        stage,
        held_back,
        mixed,
        answered,
        total: items.len(),
    }
}

/// The first minimum of stage `stage` that `dimensions` (scores in [`Questionnaire::dimensions`]
/// order) miss, as (dimension index, minimum 0–100); `None` when all hold or the stage does not
/// exist. An unscored dimension misses its minimum: skipping a dimension's items must not open
/// a stage. For a held-back [`Score`], `missed_minimum(q, score.stage + 1, &score.dimensions)`
/// says why.
pub fn missed_minimum(
    q: &Questionnaire,
    stage: usize,
    dimensions: &[Option<f64>],
) -> Option<(usize, f64)> {
    q.stages.get(stage)?.requires.iter().find_map(|(id, &min)| {
        let d = q.dimension_index(id)?;
        let met = dimensions
            .get(d)
            .copied()
            .flatten()
            .is_some_and(|s| s >= min);
        (!met).then_some((d, min))
    })
}

/// Weighted mean of the available dimension scores; 50 when none is available.
fn position(q: &Questionnaire, dimensions: &[Option<f64>]) -> f64 {
    let (mut total, mut weights) = (0.0, 0.0);
    for (d, s) in q.dimensions.iter().zip(dimensions) {
        if let Some(s) = s {
            let w = d.weight.max(0.0);
            total += w * s;
            weights += w;
        }
    }
    if weights > 0.0 {
        (total / weights).clamp(0.0, 100.0)
    } else {
        50.0
    }
}

/// Index of the stage whose `[from, to)` holds `position` (the last stage includes 100).
pub fn stage_at(q: &Questionnaire, position: f64) -> usize {
    q.stages
        .iter()
        .rposition(|s| position >= s.from)
        .unwrap_or(0)
}

/// The neighbouring stage when `position` lies within `mixed_margin` of an inner boundary.
pub fn mixed_neighbour(q: &Questionnaire, position: f64, stage: usize) -> Option<usize> {
    let margin = q.mixed_margin;
    let current = q.stages.get(stage)?;
    if margin <= 0.0 {
        return None;
    }
    let below = (stage > 0).then(|| (position - current.from, stage - 1));
    let above = (stage + 1 < q.stages.len()).then(|| (current.to - position, stage + 1));
    [below, above]
        .into_iter()
        .flatten()
        .filter(|(distance, _)| *distance <= margin)
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, neighbour)| neighbour)
}
