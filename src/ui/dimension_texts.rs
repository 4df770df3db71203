//! The texts under the dimension chart: strengths, levers with where to start, and each dimension's meaning.

use yew::prelude::*;

use crate::i18n::{t, whole, Key, Lang};
use crate::model::DimensionResult;
use crate::ui::result_view::Outcome;

/// The strengths (or that there is none yet) and the levers, each lever with where to start;
/// dimensions with equal scores are marked as tied.
pub fn highlights(lang: Lang, o: &Outcome) -> Html {
    let q = &o.questionnaire;
    let item = |list: &[DimensionResult], d: &DimensionResult, step: bool| {
        let (Some(dim), Some(texts)) = (q.dimensions.get(d.index), d.texts(q)) else {
            return Html::default();
        };
        let tied = if d.tied_in(list) {
            format!(" ({})", t(lang, Key::Tied))
        } else {
            String::new()
        };
        html! {
            <li>
                <h4>{ format!("{} · {}{tied}", q.tr(&dim.name, lang.code()), whole(d.score)) }</h4>
                if step {
                    <p><strong>{ t(lang, Key::LeverStep) }</strong>{ " " }{ q.tr(&texts.step, lang.code()) }</p>
                }
            </li>
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
                    <ul>{ for strengths.iter().map(|d| item(strengths, d, false)) }</ul>
                }
            </section>
            <section class="levers">
                <h3>{ t(lang, Key::Levers) }</h3>
                <ul>{ for levers.iter().map(|d| item(levers, d, true)) }</ul>
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
