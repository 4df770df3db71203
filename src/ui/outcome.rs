//! A scored run as the result shows it: scores, the report and the answer-quality notes.

use std::rc::Rc;

use crate::i18n::Lang;
use crate::model::{
    quality, report, score, Answers, QualityNote, Questionnaire, Report, Score, VariantId,
};

/// A scored run, ready to show.
#[derive(Clone, PartialEq)]
pub struct Outcome {
    /// The questionnaire answered.
    pub questionnaire: Rc<Questionnaire>,
    /// The variant answered.
    pub variant: VariantId,
    /// Scores, position and stage.
    pub score: Score,
    /// Levels, strengths and levers.
    pub report: Report,
    /// Answer-quality notes.
    pub notes: Vec<QualityNote>,
}

impl Outcome {
    /// Scores `answers` to `variant` of `q`, with the report and the quality notes in `lang`.
    pub fn new(
        q: &Rc<Questionnaire>,
        variant: VariantId,
        answers: &Answers,
        lang: Lang,
    ) -> Rc<Outcome> {
        let score = score(q, variant, answers);
        Rc::new(Outcome {
            questionnaire: q.clone(),
            variant,
            report: report(q, &score),
            notes: quality(q, variant, answers, lang.code()),
            score,
        })
    }
}
