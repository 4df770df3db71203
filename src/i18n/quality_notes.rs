//! German and English text for the answer-quality notes on the result page.

use super::Lang;
use crate::model::{QualityNote, QualitySignal};

/// A gentle explanation of a quality note, for the result page.
pub fn quality_note(lang: Lang, n: &QualityNote) -> String {
    let de = lang == Lang::De;
    match n.signal {
        QualitySignal::StraightLining { same, of, .. } => match de {
            true => format!(
                "Sie haben {same} von {of} Aussagen gleich beantwortet. Ein Teil der Aussagen ist \
                 umgekehrt formuliert; wer überall gleich antwortet, landet deshalb in der Mitte. \
                 Ein zweiter Durchgang mit Blick auf jede einzelne Aussage zeigt ein schärferes Bild."
            ),
            false => format!(
                "You gave the same answer to {same} of {of} statements. Some statements are worded \
                 the other way round, so the same answer everywhere lands in the middle. A second \
                 run, looking at each statement on its own, gives a sharper picture."
            ),
        },
        QualitySignal::Contradictions { pairs, of } => match de {
            true => format!(
                "Bei {pairs} von {of} Paaren gegensätzlich formulierter Aussagen passen Ihre \
                 Antworten nicht zusammen. Das kann an Ihrer Lage liegen, oft aber an schnellem Lesen. \
                 Das Ergebnis ist deshalb in einzelnen Dimensionen unsicherer."
            ),
            false => format!(
                "In {pairs} of {of} pairs of oppositely worded statements your answers do not fit \
                 together. That can be your situation, but it is often quick reading. The result \
                 is therefore less certain in some dimensions."
            ),
        },
        QualitySignal::TooFast { fast, of } => match de {
            true => format!(
                "{fast} von {of} Antworten kamen schneller, als man den Text lesen kann. \
                 Nehmen Sie sich beim nächsten Mal etwas mehr Zeit; das Ergebnis wird dadurch genauer."
            ),
            false => format!(
                "{fast} of {of} answers came faster than the text can be read. Next time, take \
                 a little more time; the result gets more accurate."
            ),
        },
        QualitySignal::Skipped { skipped, of } => match de {
            true => format!(
                "{skipped} von {of} Fragen sind unbeantwortet. Das Ergebnis stützt sich nur auf \
                 Ihre Antworten; wenn Sie die fehlenden beantworten, wird es verlässlicher."
            ),
            false => format!(
                "{skipped} of {of} questions are unanswered. The result rests on your answers \
                 only; answering the rest makes it more reliable."
            ),
        },
    }
}
