//! The facilitator's view (`#workshop`): pasted codes become an anonymous group picture,
//! dimension means with their spread, and a CSV. Kept in localStorage until cleared.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::outside_phrases::pair_summary;
use crate::i18n::share_errors::share_code_error;
use crate::i18n::{
    duplicate_of, group_dimension, group_summary, line_label, stage_count, t, Key, Lang,
};
use crate::model::{csv, to_link_code, Group, Questionnaire};
use crate::platform::{document, location, storage};
use crate::ui::components::dimension_chart::{dimension_chart, Bar, DimensionChartProps};
use crate::ui::components::spectrum_chart::{spectrum_chart, Band, SpectrumChartProps};

/// Storage key of the pasted codes.
pub const WORKSHOP_KEY: &str = "seller-check.workshop";

/// Props of [`WorkshopView`].
#[derive(Properties, PartialEq)]
pub struct WorkshopViewProps {
    /// UI language.
    pub lang: Lang,
    /// The questionnaire the codes belong to.
    pub questionnaire: Rc<Questionnaire>,
}

/// Lets the facilitator paste codes and shows the group.
#[component]
pub fn WorkshopView(props: &WorkshopViewProps) -> Html {
    let (lang, code) = (props.lang, props.lang.code());
    let q = &props.questionnaire;
    let text = use_state(|| {
        storage::load(WORKSHOP_KEY)
            .ok()
            .flatten()
            .unwrap_or_default()
    });
    let group = use_memo((q.clone(), (*text).clone()), |(q, text)| {
        Group::parse(q, text)
    });
    let stats = group.stats(q);
    let oninput = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| {
            let Some(area) = e.target_dyn_into::<web_sys::HtmlTextAreaElement>() else {
                return;
            };
            let _ = storage::save(WORKSHOP_KEY, &area.value());
            text.set(area.value());
        })
    };
    let onclear = {
        let text = text.clone();
        Callback::from(move |_| {
            let _ = storage::remove(WORKSHOP_KEY);
            text.set(String::new());
        })
    };
    let oncsv = {
        let (q, group) = (q.clone(), group.clone());
        Callback::from(move |_| {
            location::download(
                "seller-check-workshop.csv",
                "text/csv;charset=utf-8",
                &csv(&q, &group, code),
            )
        })
    };
    let bands: Vec<Band> = q
        .stages
        .iter()
        .zip(&stats.stage_counts)
        .map(|(s, n)| Band {
            name: stage_count(q.tr(&s.name, code), *n).into(),
            from: s.from,
            to: s.to,
        })
        .collect();
    let markers: Vec<(f64, AttrValue)> = stats
        .positions
        .iter()
        .enumerate()
        .map(|(i, p)| (*p, AttrValue::from((i + 1).to_string())))
        .collect();
    let spoken_group = bands
        .iter()
        .map(|b| b.name.to_string())
        .collect::<Vec<_>>()
        .join(", ");
    let bars: Vec<Bar> = q
        .dimensions
        .iter()
        .zip(&stats.dimensions)
        .map(|(d, s)| {
            let name = q.tr(&d.name, code);
            Bar {
                name: name.to_string().into(),
                score: s.map(|s| s.mean),
                range: s.map(|s| (s.min, s.max)),
                spoken: s
                    .map(|s| group_dimension(lang, name, s.mean, s.min, s.max, s.std_dev).into()),
            }
        })
        .collect();
    let dim_name = |i: Option<usize>| {
        i.and_then(|i| q.dimensions.get(i))
            .map(|d| q.tr(&d.name, code).to_string())
    };

    let pairs: Vec<Html> = group
        .participants
        .iter()
        .enumerate()
        .filter_map(|(i, p)| {
            let c = p.comparison(q)?;
            let position = c.outside_position?;
            let widest = c
                .largest_gaps()
                .first()
                .and_then(|g| Some((q.tr(&q.dimensions.get(g.dimension)?.name, code), g.gap)));
            let mut href = format!("#compare={}", to_link_code(&p.code));
            for o in &p.outside {
                href.push('.');
                href.push_str(&to_link_code(&o.code));
            }
            Some(html! {
                <li>
                    { pair_summary(lang, i + 1, p.score.position, &position, widest) }{ " " }
                    <a class="no-print" {href}>{ t(lang, Key::OpenComparison) }</a>
                </li>
            })
        })
        .collect();
    html! {
        <section class="workshop" aria-labelledby="workshop-heading">
            <h1 id="workshop-heading">{ t(lang, Key::WorkshopTitle) }</h1>
            <p class="no-print">{ t(lang, Key::WorkshopIntro) }</p>
            <label class="no-print" for="workshop-codes">{ t(lang, Key::WorkshopCodes) }</label>
            <textarea id="workshop-codes" class="no-print" rows="7" spellcheck="false" value={(*text).clone()} {oninput} />
            <p class="group-summary" role="status">
                { group_summary(lang, group.participants.len(), group.duplicates.len(), group.invalid.len()) }
            </p>
            <div class="actions no-print">
                <button type="button" class="button primary" onclick={oncsv} disabled={group.participants.is_empty()}>{ t(lang, Key::DownloadCsv) }</button>
                <button type="button" class="button" onclick={Callback::from(|_| document::print())}>{ t(lang, Key::Print) }</button>
                <button type="button" class="button" onclick={onclear}>{ t(lang, Key::ClearGroup) }</button>
            </div>
            if !group.invalid.is_empty() {
                <section class="invalid-lines" aria-labelledby="invalid-heading">
                    <h2 id="invalid-heading">{ t(lang, Key::WorkshopInvalid) }</h2>
                    <ul>{ for group.invalid.iter().map(|l| html! {
                        <li><strong>{ line_label(lang, l.line) }</strong>{ ": " }{ share_code_error(lang, &l.error) }</li>
                    }) }</ul>
                </section>
            }
            if !group.duplicates.is_empty() {
                <section class="duplicate-lines" aria-labelledby="duplicate-heading">
                    <h2 id="duplicate-heading">{ t(lang, Key::WorkshopDuplicates) }</h2>
                    <ul>{ for group.duplicates.iter().map(|d| html! { <li>{ duplicate_of(lang, d.line, d.first_line) }</li> }) }</ul>
                </section>
            }
            if group.participants.is_empty() {
                <p>{ t(lang, Key::WorkshopEmpty) }</p>
            } else {
                <h2>{ t(lang, Key::WorkshopGroup) }</h2>
                { spectrum_chart(&SpectrumChartProps { bands, markers, mixed: None, spread: None, current: None, label: spoken_group.into() }) }
                <h2>{ t(lang, Key::WorkshopDimensions) }</h2>
                { dimension_chart(&DimensionChartProps { bars, label: t(lang, Key::GroupChartLabel).into(), no_data: t(lang, Key::NoData).into() }) }
                <ul class="group-extremes">
                    if let Some(name) = dim_name(stats.strongest) {
                        <li><strong>{ t(lang, Key::WorkshopStrongest) }</strong>{ " " }{ name }</li>
                    }
                    if let Some(name) = dim_name(stats.weakest) {
                        <li><strong>{ t(lang, Key::WorkshopWeakest) }</strong>{ " " }{ name }</li>
                    }
                </ul>
                if !pairs.is_empty() {
                    <h2>{ t(lang, Key::WorkshopPairs) }</h2>
                    <ul class="pairs">{ for pairs }</ul>
                }
            }
        </section>
    }
}
