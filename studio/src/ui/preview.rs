//! The studio's previews of the last valid draft: the item being edited as the check shows it
//! (the check's own question view, in either UI language), and the result of an answer pattern.

use std::rc::Rc;

use yew::prelude::*;

use crate::strings::{persona_name, st, Sk};
use seller_check::i18n::{spectrum_label, t, Key, Lang};
use seller_check::model::{
    persona_answers, report, score, Answer, Persona, Questionnaire, VariantId,
};
use seller_check::ui::components::dimension_chart::{dimension_chart, Bar, DimensionChartProps};
use seller_check::ui::components::spectrum_chart::{
    spectrum_chart, stage_bands, SpectrumChartProps,
};
use seller_check::ui::screens::question_view::QuestionView;

/// Props of [`QuestionPreview`].
#[derive(Properties, PartialEq)]
pub struct QuestionPreviewProps {
    /// UI language of the studio.
    pub lang: Lang,
    /// The last valid draft.
    pub questionnaire: Rc<Questionnaire>,
    /// Index of the item the editor shows (in `items`), if it is an item.
    pub item: Option<usize>,
    /// Called with an item index to show in the editor (the preview's back and next).
    pub onshow: Callback<usize>,
}

/// The item being edited, as the check shows it; the language of the preview is chosen here.
#[component]
pub fn QuestionPreview(props: &QuestionPreviewProps) -> Html {
    let shown_lang = use_state(|| props.lang);
    let answer = use_state(|| None::<Answer>);
    let q = &props.questionnaire;
    let n = q.items.len();
    let index = props.item.unwrap_or(0).min(n.saturating_sub(1));
    let Some(item) = q.items.get(index) else {
        return Html::default();
    };
    let id: AttrValue = item.id().to_string().into();
    {
        let answer = answer.clone();
        use_effect_with(id.clone(), move |_| answer.set(None));
    }
    let onshow = props.onshow.clone();
    let onnext = onshow.reform(move |_| (index + 1).min(n - 1));
    let onback = onshow.reform(move |_| index.saturating_sub(1));
    let onanswer = {
        let answer = answer.clone();
        Callback::from(move |(a, _): (Answer, u32)| answer.set(Some(a)))
    };
    let l = props.lang;
    html! {
        <section class="preview-panel" aria-labelledby="question-preview-title">
            <div class="panel-head">
                <h2 id="question-preview-title">{ st(l, Sk::QuestionPreview) }</h2>
                <div class="segmented" role="group" aria-label={st(l, Sk::PreviewLanguage)}>
                    { for Lang::ALL.iter().map(|&pl| {
                        let shown_lang = shown_lang.clone();
                        html! {
                            <button type="button" class="button small" aria-pressed={(pl == *shown_lang).to_string()}
                                onclick={Callback::from(move |_| shown_lang.set(pl))}>{ pl.code() }</button>
                        }
                    }) }
                </div>
            </div>
            <div class="preview-frame" lang={shown_lang.code()}>
                <QuestionView lang={*shown_lang} questionnaire={q.clone()} item_id={id}
                    {index} total={n} variant_name={AttrValue::from(t(*shown_lang, Key::FullName))}
                    answer={*answer} {onanswer} {onnext} {onback} />
            </div>
        </section>
    }
}

/// Props of [`ResultPreview`].
#[derive(Properties, PartialEq)]
pub struct ResultPreviewProps {
    /// UI language.
    pub lang: Lang,
    /// The last valid draft.
    pub questionnaire: Rc<Questionnaire>,
}

/// The result the check would show for an answer pattern the author picks.
#[component]
pub fn ResultPreview(props: &ResultPreviewProps) -> Html {
    let persona = use_state(|| Persona::Middle);
    let variant = use_state(|| VariantId::Full);
    let (l, q) = (props.lang, &props.questionnaire);
    let s = score(q, *variant, &persona_answers(q, *variant, *persona));
    let r = report(q, &s);
    let code = l.code();
    let stage = q.stages.get(s.stage);
    let stage_name = stage.map(|st| q.tr(&st.name, code)).unwrap_or("");
    let pattern = r.pattern.and_then(|p| q.patterns.get(p));
    let bars: Vec<Bar> = q
        .dimensions
        .iter()
        .zip(&s.dimensions)
        .map(|(d, sc)| Bar {
            name: q.tr(&d.name, code).to_string().into(),
            score: *sc,
            range: None,
            spoken: None,
        })
        .collect();
    let onpersona = {
        let persona = persona.clone();
        Callback::from(move |e: Event| {
            let t: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Some(p) = t
                .value()
                .parse::<usize>()
                .ok()
                .and_then(|i| Persona::ALL.get(i))
            {
                persona.set(*p);
            }
        })
    };
    let onvariant = {
        let variant = variant.clone();
        Callback::from(move |e: Event| {
            let t: web_sys::HtmlSelectElement = e.target_unchecked_into();
            variant.set(VariantId::parse(&t.value()).unwrap_or_default());
        })
    };
    html! {
        <section class="preview-panel" aria-labelledby="result-preview-title">
            <h2 id="result-preview-title">{ st(l, Sk::ResultPreview) }</h2>
            <div class="field-row">
                <div class="field">
                    <label for="preview-persona">{ st(l, Sk::AnswerPattern) }</label>
                    <select id="preview-persona" onchange={onpersona}>
                        { for Persona::ALL.iter().enumerate().map(|(i, p)| html! {
                            <option value={i.to_string()} selected={*p == *persona}>{ persona_name(l, *p) }</option>
                        }) }
                    </select>
                </div>
                <div class="field">
                    <label for="preview-variant">{ st(l, Sk::VariantWord) }</label>
                    <select id="preview-variant" onchange={onvariant}>
                        <option value="quick" selected={*variant == VariantId::Quick}>{ t(l, Key::QuickName) }</option>
                        <option value="full" selected={*variant == VariantId::Full}>{ t(l, Key::FullName) }</option>
                    </select>
                </div>
            </div>
            <p class="preview-stage">
                <strong>{ pattern.map(|p| q.tr(&p.name, code)).unwrap_or(stage_name).to_string() }</strong>
                { format!(" · {} {}", st(l, Sk::PositionWord), seller_check::i18n::whole(s.position)) }
            </p>
            { spectrum_chart(&SpectrumChartProps {
                bands: stage_bands(q, code),
                markers: vec![(s.position, AttrValue::from(st(l, Sk::PositionWord)))],
                mixed: None,
                spread: None,
                current: Some(s.stage),
                label: spectrum_label(l, s.position, stage_name, s.stage + 1).into(),
            }) }
            { dimension_chart(&DimensionChartProps {
                bars,
                label: AttrValue::from(st(l, Sk::DimensionsWord)),
                no_data: AttrValue::from(t(l, Key::NoData)),
            }) }
            if let Some(text) = pattern.map(|p| &p.description).or(stage.map(|s| &s.description)) {
                <p class="preview-text">{ q.tr(text, code).to_string() }</p>
            }
        </section>
    }
}
