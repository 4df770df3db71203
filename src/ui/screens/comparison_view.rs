//! Self-image against one or more outside views: both on the spectrum, the dimensions side by
//! side, the largest gaps named with what they usually mean, a link for a coach, print.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::more_strings::{mt, Mk};
use crate::i18n::outside_phrases::{
    compare_dimension, compare_spectrum_label, compare_summary, gap_heading, judged_items,
    no_notable_gap, role_name,
};
use crate::i18n::share_errors::share_code_error;
use crate::i18n::{t, Key, Lang};
use crate::model::{
    compare, compare_fragment, decode_outside, judged_together, Answers, Questionnaire, Role,
    VariantId,
};
use crate::platform::{document, location};

use crate::ui::components::comparison_chart::{comparison_chart, ComparisonChartProps, PairedBar};
use crate::ui::components::copy_field::CopyField;
use crate::ui::components::outside_code_form::OutsideCodeForm;
use crate::ui::components::outside_section::OutsideSection;
use crate::ui::components::spectrum_chart::{spectrum_chart, stage_bands, SpectrumChartProps};

/// Id of the comparison heading; focus moves here when it opens.
pub const COMPARE_HEADING_ID: &str = "compare-heading";

/// The seller's own run: variant and answers.
#[derive(Clone, PartialEq)]
pub struct OwnRun {
    /// The variant answered.
    pub variant: VariantId,
    /// The answers.
    pub answers: Answers,
}

/// Props of [`ComparisonView`].
#[derive(Properties, PartialEq)]
pub struct ComparisonViewProps {
    /// UI language.
    pub lang: Lang,
    /// The questionnaire.
    pub questionnaire: Rc<Questionnaire>,
    /// The seller's own answers.
    pub own: Rc<OwnRun>,
    /// Outside-view codes (link codes), in the order added.
    pub codes: Rc<Vec<String>>,
    /// Called with the link code of a further outside view.
    pub onadd: Callback<String>,
    /// Back to the result; no back button without.
    #[prop_or_default]
    pub onback: Option<Callback<()>>,
    /// Forget the outside views; no button without.
    #[prop_or_default]
    pub onremove: Option<Callback<()>>,
}

/// The link that opens this comparison anywhere: own code, then the outside codes.
pub fn compare_link(q: &Questionnaire, own: &OwnRun, codes: &[String]) -> String {
    format!(
        "{}#{}",
        location::page_url(),
        compare_fragment(q, own.variant, &own.answers, codes)
    )
}

/// Shows the comparison.
#[component]
pub fn ComparisonView(props: &ComparisonViewProps) -> Html {
    let (lang, code) = (props.lang, props.lang.code());
    let q = &props.questionnaire;
    // On opening, and when the first outside view arrives here (the invitation is on this
    // screen until then): the comparison is what comes next.
    use_effect_with(props.codes.is_empty(), |_| {
        document::focus(COMPARE_HEADING_ID)
    });
    let read = use_memo((q.clone(), props.codes.clone()), |(q, codes)| {
        let mut views = Vec::new();
        let mut broken = Vec::new();
        for (i, c) in codes.iter().enumerate() {
            match decode_outside(q, c) {
                Ok((role, variant, answers)) => views.push((role, variant, answers)),
                Err(e) => broken.push((i + 1, e)),
            }
        }
        (views, broken)
    });
    let (views, broken) = &*read;
    let theirs: Vec<_> = views.iter().map(|(_, v, a)| (*v, a)).collect();
    let together = judged_together(q, (props.own.variant, &props.own.answers), &theirs);
    let c = compare(q, &together.own, &together.outside);
    let bands = stage_bands(q, code);
    let roles: Vec<&str> = views
        .iter()
        .map(|(r, _, _)| *r)
        .filter(|r| *r != Role::Unsaid)
        .map(|r| role_name(lang, r))
        .collect();
    let link = compare_link(q, &props.own, &props.codes);

    let body = match c.outside_position {
        None => Html::default(),
        Some(position) => {
            let bars: Vec<PairedBar> = c
                .dimensions
                .iter()
                .flatten()
                .filter_map(|g| {
                    let name = q.tr(&q.dimensions.get(g.dimension)?.name, code);
                    Some(PairedBar {
                        name: name.to_string().into(),
                        own: g.own,
                        outside: g.outside.mean,
                        range: (g.outside.count > 1).then_some((g.outside.min, g.outside.max)),
                        spoken: compare_dimension(lang, name, g.own, &g.outside).into(),
                    })
                })
                .collect();
            let gaps = c.largest_gaps();
            html! {
                <>
                    <p class="compare-summary">{ compare_summary(lang, c.own_position, &position) }</p>
                    <p class="compare-judged">{ judged_items(lang, together.judged, together.of) }</p>
                    if !roles.is_empty() {
                        <p class="compare-roles">{ mt(lang, Mk::OutsideFrom) }{ ": " }{ roles.join(", ") }</p>
                    }
                    { spectrum_chart(&SpectrumChartProps {
                        bands,
                        markers: vec![(c.own_position, AttrValue::from(mt(lang, Mk::OwnView))), (position.mean, AttrValue::from(mt(lang, Mk::OutsideView)))],
                        mixed: None,
                        spread: (position.count > 1).then_some((position.min, position.max)),
                        current: None,
                        label: compare_spectrum_label(lang, c.own_position, &position).into(),
                    }) }
                    <section class="compare-dimensions" aria-labelledby="compare-dimensions-heading">
                        <h2 id="compare-dimensions-heading">{ mt(lang, Mk::CompareDimensions) }</h2>
                        { comparison_chart(&ComparisonChartProps {
                            bars,
                            label: mt(lang, Mk::CompareChartLabel).into(),
                            own_label: mt(lang, Mk::OwnView).into(),
                            outside_label: mt(lang, Mk::OutsideView).into(),
                        }) }
                    </section>
                    <section class="gaps" aria-labelledby="gaps-heading">
                        <h2 id="gaps-heading">{ mt(lang, Mk::LargestGaps) }</h2>
                        if gaps.is_empty() {
                            <p>{ no_notable_gap(lang, c.widest()) }</p>
                        }
                        { for gaps.iter().filter_map(|g| {
                            let d = q.dimensions.get(g.dimension)?;
                            let text = d.gap.as_ref().map(|texts| q.tr(if g.gap < 0.0 { &texts.self_higher } else { &texts.outside_higher }, code));
                            Some(html! {
                                <div class={classes!("gap", if g.gap < 0.0 { "self-higher" } else { "outside-higher" })}>
                                    <h3>{ gap_heading(lang, q.tr(&d.name, code), g.own, g.outside.mean, g.gap) }</h3>
                                    if let Some(text) = text { <p>{ text }</p> }
                                </div>
                            })
                        }) }
                    </section>
                </>
            }
        }
    };
    html! {
        <article class="comparison" aria-labelledby={COMPARE_HEADING_ID}>
            <h1 id={COMPARE_HEADING_ID} tabindex="-1">{ mt(lang, Mk::CompareTitle) }</h1>
            <p>{ mt(lang, Mk::CompareIntro) }</p>
            if !broken.is_empty() {
                <ul class="compare-broken" role="alert">
                    { for broken.iter().map(|(n, e)| html! { <li>{ format!("{n}. ") }{ share_code_error(lang, e) }</li> }) }
                </ul>
            }
            { body }
            if props.codes.is_empty() {
                <OutsideSection {lang} questionnaire={q.clone()} variant={props.own.variant} stored={0}
                    onadd={props.onadd.clone()} onshow={Callback::noop()} />
            } else {
                <div class="add-outside">
                    <OutsideCodeForm {lang} questionnaire={q.clone()} id="add-outside" label={Key::AddOutside} onadd={props.onadd.clone()} />
                </div>
            }
            <div class="no-print">
                <CopyField {lang} id="compare-link" label={mt(lang, Mk::CompareLinkLabel)} value={link}
                    button={Key::CopyLink} done={Key::LinkCopied} />
            </div>
            <div class="actions no-print">
                if let Some(onback) = props.onback.clone() {
                    <button type="button" class="button" onclick={onback.reform(|_| ())}>{ "← " }{ mt(lang, Mk::BackToResult) }</button>
                }
                <button type="button" class="button" onclick={Callback::from(|_| document::print())}>{ t(lang, Key::Print) }</button>
                if let Some(onremove) = props.onremove.clone() {
                    <button type="button" class="button" onclick={onremove.reform(|_| ())}>{ mt(lang, Mk::RemoveOutside) }</button>
                }
            </div>
        </article>
    }
}
