//! The group picture of a workshop: the participants on the spectrum (anonymous numbers), the
//! dimensions' means with their spread, the strongest and weakest dimension. Shown in the
//! workshop view and, large, in its projector view; and the self/outside pairs below it.

use yew::prelude::*;

use crate::i18n::outside_phrases::pair_summary;
use crate::i18n::workshop_phrases::{ws, Ws};
use crate::i18n::{group_dimension, stage_count, t, Key, Lang};
use crate::model::{to_link_code, Group, GroupStats, Questionnaire};
use crate::ui::components::dimension_chart::{dimension_chart, Bar, DimensionChartProps};
use crate::ui::components::spectrum_chart::{spectrum_chart, Band, SpectrumChartProps};

/// Draws the group picture of `stats` (from [`crate::model::Group::stats`] for `q`).
pub fn group_picture(lang: Lang, q: &Questionnaire, stats: &GroupStats) -> Html {
    let code = lang.code();
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
    // Unnamed and in the spectrum's order: a marker numbered in the order the results came in
    // would tell the room whose it is (the one scanned third), which the minimum group size is
    // there to prevent (from a newcomer's review).
    let mut positions = stats.positions.clone();
    positions.sort_by(f64::total_cmp);
    let markers: Vec<(f64, AttrValue)> = positions
        .into_iter()
        .map(|p| (p, AttrValue::default()))
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
    html! {
        <>
            <h2>{ ws(lang, Ws::WorkshopGroup) }</h2>
            { spectrum_chart(&SpectrumChartProps { bands, markers, mixed: None, spread: None, current: None, label: spoken_group.into() }) }
            <h2>{ ws(lang, Ws::WorkshopDimensions) }</h2>
            { dimension_chart(&DimensionChartProps { bars, label: ws(lang, Ws::GroupChartLabel).into(), no_data: t(lang, Key::NoData).into() }) }
            <ul class="group-extremes">
                if let Some(name) = dim_name(stats.strongest) {
                    <li><strong>{ ws(lang, Ws::WorkshopStrongest) }</strong>{ " " }{ name }</li>
                }
                if let Some(name) = dim_name(stats.weakest) {
                    <li><strong>{ ws(lang, Ws::WorkshopWeakest) }</strong>{ " " }{ name }</li>
                }
            </ul>
        </>
    }
}

/// Each participant with outside views below: self-image against them, with a link.
pub fn pair_list(lang: Lang, q: &Questionnaire, group: &Group) -> Vec<Html> {
    let code = lang.code();
    group
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
                    <a class="no-print" {href}>{ ws(lang, Ws::OpenComparison) }</a>
                </li>
            })
        })
        .collect()
}
