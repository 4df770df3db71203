//! The answers a question offers, as the question view lists them and its keys pick them.

use crate::i18n::{t, Key, Lang};
use crate::model::{Answer, Item, Perspective, Questionnaire};

/// The options of an item as (answer, key hint, label); "did not occur" / "can't judge"
/// last, on key 0, where the view offers it.
pub fn options<'a>(
    q: &'a Questionnaire,
    item: &'a Item,
    lang: Lang,
    view: Perspective,
) -> Vec<(Answer, char, &'a str)> {
    let mut opts: Vec<(Answer, char, &str)> = match item {
        Item::Likert(l) => q
            .scale_labels(l, lang.code())
            .into_iter()
            .enumerate()
            .map(|(i, label)| (Answer::Scale(i as u8), char::from(b'1' + i as u8), label))
            .collect(),
        Item::Scenario(s) => s
            .options
            .iter()
            .enumerate()
            .map(|(i, o)| {
                (
                    Answer::Choice(i as u8),
                    char::from(b'A' + i as u8),
                    q.tr(o.text_for(view), lang.code()),
                )
            })
            .collect(),
    };
    if item.offers_not_applicable(view) {
        let key = match view {
            Perspective::Own => Key::NotApplicable,
            Perspective::Outside => Key::CantJudge,
        };
        opts.push((Answer::NotApplicable, '0', t(lang, key)));
    }
    opts
}
