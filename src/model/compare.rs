//! Self-image against outside views: per dimension and overall, the outside mean, range and gap.

use super::{score, Answer, Answers, Questionnaire, Score, VariantId};

/// A gap of at least this many points (of 100) on a dimension is worth talking about.
pub const NOTABLE_GAP: f64 = 15.0;
/// How many of the largest notable gaps a comparison names.
pub const NAMED_GAPS: usize = 2;

/// Several values at a glance.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Spread {
    /// How many values.
    pub count: usize,
    /// Arithmetic mean.
    pub mean: f64,
    /// Lowest value.
    pub min: f64,
    /// Highest value.
    pub max: f64,
}

/// Mean and range of `values`; `None` when there are none.
pub fn spread(values: &[f64]) -> Option<Spread> {
    if values.is_empty() {
        return None;
    }
    Some(Spread {
        count: values.len(),
        mean: values.iter().sum::<f64>() / values.len() as f64,
        min: values.iter().copied().fold(f64::INFINITY, f64::min),
        max: values.iter().copied().fold(f64::NEG_INFINITY, f64::max),
    })
}

/// One dimension seen from both sides.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DimensionGap {
    /// Index into [`Questionnaire::dimensions`].
    pub dimension: usize,
    /// The seller's own score.
    pub own: f64,
    /// The outside views' scores.
    pub outside: Spread,
    /// Outside mean minus own score: negative when others see the seller nearer the Briefträger pole.
    pub gap: f64,
}

/// The seller's own result against one or more outside views.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    /// Overall position: own.
    pub own_position: f64,
    /// Overall position: the outside views.
    pub outside_position: Option<Spread>,
    /// Per dimension in questionnaire order; `None` where either side has no score.
    pub dimensions: Vec<Option<DimensionGap>>,
}

/// Both sides scored on the items both judged: what [`compare`] should compare.
#[derive(Clone, Debug, PartialEq)]
pub struct JudgedTogether {
    /// The seller's score on the items judged together.
    pub own: Score,
    /// Each outside view's score on the same items, in input order.
    pub outside: Vec<Score>,
    /// Items of the seller's variant judged by the seller and by at least one outside view.
    pub judged: usize,
    /// Items of the seller's variant.
    pub of: usize,
}

/// Restricts both sides to the items of the seller's variant that the seller answered and at
/// least one outside view judged (a scale answer or an option: not skipped, not "did not
/// occur", not "can't judge"), then scores each side on its own variant. With one outside
/// view these are exactly the items both sides judged.
pub fn judged_together(
    q: &Questionnaire,
    own: (VariantId, &Answers),
    outside: &[(VariantId, &Answers)],
) -> JudgedTogether {
    let judged_by = |answers: &Answers, id: &str| {
        q.item(id)
            .and_then(|it| answers.valid_for(it))
            .is_some_and(|a| a != Answer::NotApplicable)
    };
    let items = q.variant_items(own.0);
    let together: Vec<&str> = items
        .iter()
        .map(|it| it.id())
        .filter(|id| judged_by(own.1, id) && outside.iter().any(|(_, a)| judged_by(a, id)))
        .collect();
    let only = |answers: &Answers| answers.only(|id| together.contains(&id));
    JudgedTogether {
        own: score(q, own.0, &only(own.1)),
        outside: outside
            .iter()
            .map(|(v, a)| score(q, *v, &only(a)))
            .collect(),
        judged: together.len(),
        of: items.len(),
    }
}

/// Compares `own` with the `outside` scores of the same questionnaire (from [`judged_together`]).
pub fn compare(q: &Questionnaire, own: &Score, outside: &[Score]) -> Comparison {
    let positions: Vec<f64> = outside.iter().map(|s| s.position).collect();
    let dimensions = (0..q.dimensions.len())
        .map(|d| {
            let own = own.dimensions.get(d).copied().flatten()?;
            let theirs: Vec<f64> = outside
                .iter()
                .filter_map(|s| s.dimensions.get(d).copied().flatten())
                .collect();
            let outside = spread(&theirs)?;
            Some(DimensionGap {
                dimension: d,
                own,
                outside,
                gap: outside.mean - own,
            })
        })
        .collect();
    Comparison {
        own_position: own.position,
        outside_position: spread(&positions),
        dimensions,
    }
}

impl Comparison {
    /// The notable gaps (at least [`NOTABLE_GAP`] points), largest first, at most [`NAMED_GAPS`];
    /// equal gaps keep questionnaire order.
    pub fn largest_gaps(&self) -> Vec<DimensionGap> {
        let mut gaps: Vec<DimensionGap> = self
            .dimensions
            .iter()
            .flatten()
            .filter(|g| g.gap.abs() >= NOTABLE_GAP)
            .copied()
            .collect();
        gaps.sort_by(|a, b| b.gap.abs().total_cmp(&a.gap.abs()));
        gaps.truncate(NAMED_GAPS);
        gaps
    }

    /// The largest absolute gap over all dimensions (0 without any).
    pub fn widest(&self) -> f64 {
        self.dimensions
            .iter()
            .flatten()
            .map(|g| g.gap.abs())
            .fold(0.0, f64::max)
    }
}
