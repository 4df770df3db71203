//! The texts under the dimension chart: strengths, levers with where to start, and each dimension's meaning.

use yew::prelude::*;

use crate::i18n::{t, whole, Key, Lang};
use crate::model::{split_ties, DimensionResult};
use crate::ui::outcome::Outcome;

/// The strengths (or that there is none yet) and the levers, each lever with where to start.
/// A list that ties beyond its two places ends in one entry naming the tied dimensions, marked
/// as tied, without a step: which of them comes first is not the file's to decide.
pub fn highlights(lang: Lang, o: &Outcome) -> Html {
    let q = &o.questionnaire;
    let name = |d: &DimensionResult| {
        q.dimensions
            .get(d.index)
            .map_or("", |dim| q.tr(&dim.name, lang.code()))
    };
    let list = |list: &[DimensionResult], step: bool| {
        let (single, tied) = split_ties(list);
        html! {
            <ul>
                { for single.iter().map(|d| html! {
                    <li>
                        <h4>{ format!("{} · {}", name(d), whole(d.score)) }</h4>
                        if step {
                            if let Some(texts) = d.texts(q) {
                                <p><strong>{ t(lang, Key::LeverStep) }</strong>{ " " }{ q.tr(&texts.step, lang.code()) }</p>
                            }
                        }
                    </li>
                }) }
                if let Some(first) = tied.first() {
                    <li>
                        <h4>{ format!("{} · {} ({})", tied.iter().map(name).collect::<Vec<_>>().join(", "), whole(first.score), t(lang, Key::Tied)) }</h4>
                    </li>
                }
            </ul>
        }
    };
    let (strengths, levers) = (&o.report.strengths, &o.report.levers);
    html! {
        <div class="highlights">
            <section class="strengths">
                <h3>{ t(lang, Key::Strengths) }</h3>
                if strengths.is_empty() {
                    <p>{ t(lang, Key::NoStrength) }</p>
                } else {
                    { list(strengths, false) }
                }
            </section>
            <section class="levers">
                <h3>{ t(lang, Key::Levers) }</h3>
                { list(levers, true) }
            </section>
        </div>
    }
}

/// Every dimension's level text: what it means and the risk.
pub fn dimension_texts(lang: Lang, o: &Outcome) -> Html {
    let q = &o.questionnaire;
    html! {
        <dl class="dimension-texts">
            { for o.report.dimensions.iter().flatten().map(|d| {
                let (Some(dim), Some(texts)) = (q.dimensions.get(d.index), d.texts(q)) else {
                    return Html::default();
                };
                html! {
                    <>
                        <dt>{ format!("{} · {}", q.tr(&dim.name, lang.code()), whole(d.score)) }</dt>
                        <dd>
                            { q.tr(&texts.meaning, lang.code()) }{ " " }
                            <span class="risk"><strong>{ t(lang, Key::Risk) }</strong>{ " " }{ q.tr(&texts.risk, lang.code()) }</span>
                        </dd>
                    </>
                }
            }) }
        </dl>
    }
}
