//! A workshop group: share codes pasted by the facilitator, read into anonymous participants,
//! with the group's stage counts and dimension statistics.

use super::{
    compare, decode_any, encode_view, judged_together, score, Answers, Comparison, Decoded,
    Questionnaire, Score, ShareCodeError, VariantId, View,
};

/// One accepted code.
#[derive(Clone, Debug, PartialEq)]
pub struct Participant {
    /// 1-based line of the pasted text the code was on.
    pub line: usize,
    /// The variant the participant answered; quick and full scores compare.
    pub variant: VariantId,
    /// The result, recomputed from the answers.
    pub score: Score,
    /// The answers, for comparisons on what both sides judged.
    pub answers: Answers,
    /// The code's canonical bytes.
    pub code: Vec<u8>,
    /// Outside views pasted below this participant's code.
    pub outside: Vec<OutsideView>,
}

impl Participant {
    /// Self-image against the outside views pasted below, on the items both sides judged;
    /// `None` without any.
    pub fn comparison(&self, q: &Questionnaire) -> Option<Comparison> {
        if self.outside.is_empty() {
            return None;
        }
        let outside: Vec<_> = self
            .outside
            .iter()
            .map(|o| (o.variant, &o.answers))
            .collect();
        let j = judged_together(q, (self.variant, &self.answers), &outside);
        Some(compare(q, &j.own, &j.outside))
    }
}

/// Someone else's view of a participant, pasted below the participant's own code.
#[derive(Clone, Debug, PartialEq)]
pub struct OutsideView {
    /// 1-based line of the pasted text.
    pub line: usize,
    /// The code's canonical bytes.
    pub code: Vec<u8>,
    /// The outside view's scores.
    pub score: Score,
    /// The variant answered.
    pub variant: VariantId,
    /// The answers.
    pub answers: Answers,
}

/// A code that was already accepted on an earlier line (the same answers, in either form).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Duplicate {
    /// 1-based line of the repeat.
    pub line: usize,
    /// 1-based line where the code was first accepted.
    pub first_line: usize,
}

/// A line that holds no usable code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InvalidLine {
    /// 1-based line number.
    pub line: usize,
    /// The line as pasted, trimmed.
    pub text: String,
    /// Why it was rejected.
    pub error: ShareCodeError,
}

/// Everything read from the pasted text, in input order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Group {
    /// Accepted participants; participant number = index + 1.
    pub participants: Vec<Participant>,
    /// Repeated codes, not counted again.
    pub duplicates: Vec<Duplicate>,
    /// Lines that could not be read.
    pub invalid: Vec<InvalidLine>,
}

/// One dimension over the participants who have a score for it (0..=100 each).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DimensionStats {
    /// Participants with a score on this dimension.
    pub count: usize,
    /// Arithmetic mean.
    pub mean: f64,
    /// Lowest score.
    pub min: f64,
    /// Highest score.
    pub max: f64,
    /// Population standard deviation: the group is described, not sampled.
    pub std_dev: f64,
}

/// The group at a glance.
#[derive(Clone, Debug, PartialEq)]
pub struct GroupStats {
    /// Participants per stage, in [`Questionnaire::stages`] order.
    pub stage_counts: Vec<usize>,
    /// Overall position of each participant, in participant order (the anonymous markers).
    pub positions: Vec<f64>,
    /// Per dimension in [`Questionnaire::dimensions`] order; `None` when nobody has a score.
    pub dimensions: Vec<Option<DimensionStats>>,
    /// Index of the dimension with the highest mean (the first on ties).
    pub strongest: Option<usize>,
    /// Index of the dimension with the lowest mean (the first on ties).
    pub weakest: Option<usize>,
}

impl Group {
    /// Reads one code or link per line; blank lines are ignored. Two lines are the same
    /// participant when their codes hold the same bytes, so a link and its short code match.
    /// An outside view belongs to the participant whose own code came last above it.
    pub fn parse(q: &Questionnaire, text: &str) -> Group {
        let mut group = Group::default();
        let mut seen: Vec<(Vec<u8>, usize, Option<usize>)> = Vec::new();
        let mut current: Option<usize> = None;
        for (i, raw) in text.lines().enumerate() {
            let (line, trimmed) = (i + 1, raw.trim());
            if trimmed.is_empty() {
                continue;
            }
            let decoded = decode_any(q, trimmed).and_then(|d| match (d.view, current) {
                (View::Outside(_), None) => Err(ShareCodeError::Unpaired),
                _ => Ok(d),
            });
            let Decoded {
                view,
                variant,
                answers,
            } = match decoded {
                Ok(d) => d,
                Err(error) => {
                    group.invalid.push(InvalidLine {
                        line,
                        text: trimmed.to_string(),
                        error,
                    });
                    continue;
                }
            };
            // Decoding accepts only canonical bytes, so re-encoding gives them back.
            let code = encode_view(q, view, variant, &answers);
            if let Some((_, first_line, who)) = seen.iter().find(|(b, _, _)| *b == code) {
                let first_line = *first_line;
                group.duplicates.push(Duplicate { line, first_line });
                if view == View::Own {
                    current = *who;
                }
                continue;
            }
            let score = score(q, variant, &answers);
            match (view, current) {
                (View::Own, _) => {
                    current = Some(group.participants.len());
                    seen.push((code.clone(), line, current));
                    group.participants.push(Participant {
                        line,
                        variant,
                        score,
                        answers,
                        code,
                        outside: Vec::new(),
                    });
                }
                (View::Outside(_), Some(p)) => {
                    seen.push((code.clone(), line, None));
                    if let Some(p) = group.participants.get_mut(p) {
                        p.outside.push(OutsideView {
                            line,
                            code,
                            score,
                            variant,
                            answers,
                        });
                    }
                }
                (View::Outside(_), None) => {}
            }
        }
        group
    }

    /// Stage counts, positions and dimension statistics of the accepted participants.
    pub fn stats(&self, q: &Questionnaire) -> GroupStats {
        let mut stage_counts = vec![0; q.stages.len()];
        for p in &self.participants {
            if let Some(c) = stage_counts.get_mut(p.score.stage) {
                *c += 1;
            }
        }
        let dimensions: Vec<Option<DimensionStats>> = (0..q.dimensions.len())
            .map(|d| self.dimension_stats(d))
            .collect();
        GroupStats {
            stage_counts,
            positions: self.participants.iter().map(|p| p.score.position).collect(),
            strongest: extreme(&dimensions, |mean, best| mean > best),
            weakest: extreme(&dimensions, |mean, best| mean < best),
            dimensions,
        }
    }

    fn dimension_stats(&self, d: usize) -> Option<DimensionStats> {
        let scores: Vec<f64> = self
            .participants
            .iter()
            .filter_map(|p| p.score.dimensions.get(d).copied().flatten())
            .collect();
        if scores.is_empty() {
            return None;
        }
        let n = scores.len() as f64;
        let mean = scores.iter().sum::<f64>() / n;
        let variance = scores.iter().map(|s| (s - mean) * (s - mean)).sum::<f64>() / n;
        Some(DimensionStats {
            count: scores.len(),
            mean,
            min: scores.iter().copied().fold(f64::INFINITY, f64::min),
            max: scores.iter().copied().fold(f64::NEG_INFINITY, f64::max),
            std_dev: variance.sqrt(),
        })
    }
}

/// The first dimension whose mean beats every other by `better`.
fn extreme(dimensions: &[Option<DimensionStats>], better: fn(f64, f64) -> bool) -> Option<usize> {
    let mut best: Option<(usize, f64)> = None;
    for (d, stats) in dimensions.iter().enumerate() {
        if let Some(s) = stats {
            if best.is_none_or(|(_, b)| better(s.mean, b)) {
                best = Some((d, s.mean));
            }
        }
    }
    best.map(|(d, _)| d)
}
