//! The texts under the dimension chart: strengths and levers with next steps, and each dimension's meaning.

use yew::prelude::*;

use crate::i18n::{t, whole, Key, Lang};
use crate::model::DimensionResult;
use crate::ui::result_view::Outcome;

/// The two strengths and the two levers, each with its next step.
pub fn highlights(lang: Lang, o: &Outcome) -> Html {
    let q = &o.questionnaire;
    let item = |d: &DimensionResult| {
        let (Some(dim), Some(texts)) = (q.dimensions.get(d.index), d.texts(q)) else {
            return Html::default();
        };
        html! {
            <li>
                <h4>{ format!("{} · {}", q.tr(&dim.name, lang.code()), whole(d.score)) }</h4>
                <p><strong>{ t(lang, Key::NextStep) }</strong>{ " " }{ q.tr(&texts.step, lang.code()) }</p>
            </li>
        }
    };
    html! {
        <div class="highlights">
            <section class="strengths">
                <h3>{ t(lang, Key::Strengths) }</h3>
                <ul>{ for o.report.strengths.iter().map(item) }</ul>
            </section>
            <section class="levers">
                <h3>{ t(lang, Key::Levers) }</h3>
                <ul>{ for o.report.levers.iter().map(item) }</ul>
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
