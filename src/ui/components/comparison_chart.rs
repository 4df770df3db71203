//! Self-image and outside view per dimension as paired SVG bars (0–100); the outside bar
//! carries a min–max whisker when several people answered. Numbers in a list for screen readers.

use yew::prelude::*;

use crate::i18n::whole;
use crate::ui::components::dimension_chart::fitted;

/// One dimension seen from both sides.
#[derive(Clone, PartialEq)]
pub struct PairedBar {
    /// Dimension name in the UI language.
    pub name: AttrValue,
    /// The seller's own score.
    pub own: f64,
    /// The outside mean.
    pub outside: f64,
    /// Lowest and highest outside score, for several outside views.
    pub range: Option<(f64, f64)>,
    /// What screen readers read for this dimension.
    pub spoken: AttrValue,
}

/// What [`comparison_chart`] draws.
pub struct ComparisonChartProps {
    /// The dimensions in display order.
    pub bars: Vec<PairedBar>,
    /// Accessible name of the chart.
    pub label: AttrValue,
    /// Legend: the self-image's label.
    pub own_label: AttrValue,
    /// Legend: the outside view's label.
    pub outside_label: AttrValue,
}

const ROW: f64 = 62.0;
const BAR_W: f64 = 340.0;

/// Draws two bars per dimension with a legend.
pub fn comparison_chart(props: &ComparisonChartProps) -> Html {
    let h = ROW * props.bars.len() as f64;
    let f = |v: f64| whole(v).to_string();
    let w = |v: f64| f(BAR_W * v.clamp(0.0, 100.0) / 100.0);
    html! {
        <figure class="dimension-chart comparison-chart">
            <ul class="chart-legend" aria-hidden="true">
                <li class="legend-own">{ props.own_label.clone() }</li>
                <li class="legend-outside">{ props.outside_label.clone() }</li>
            </ul>
            <svg viewBox={format!("0 0 400 {}", whole(h))} aria-hidden="true" focusable="false">
                { for props.bars.iter().enumerate().map(|(i, bar)| {
                    let y = i as f64 * ROW;
                    html! {
                        <g>
                            <text class="dim-label" x="0" y={f(y + 15.0)} textLength={fitted(&bar.name)} lengthAdjust={fitted(&bar.name).map(|_| "spacingAndGlyphs")}>{ bar.name.clone() }</text>
                            <rect class="track" x="0" y={f(y + 21.0)} width={f(BAR_W)} height="14" rx="4" />
                            <rect class="fill" x="0" y={f(y + 21.0)} width={w(bar.own)} height="14" rx="4" />
                            <text class="dim-value" x="400" y={f(y + 33.0)} text-anchor="end">{ whole(bar.own) }</text>
                            <rect class="track" x="0" y={f(y + 39.0)} width={f(BAR_W)} height="14" rx="4" />
                            <rect class="fill-outside" x="0" y={f(y + 39.0)} width={w(bar.outside)} height="14" rx="4" />
                            if let Some((lo, hi)) = bar.range {
                                <line class="range" x1={w(lo)} x2={w(hi)} y1={f(y + 46.0)} y2={f(y + 46.0)} />
                                <line class="range" x1={w(lo)} x2={w(lo)} y1={f(y + 40.0)} y2={f(y + 52.0)} />
                                <line class="range" x1={w(hi)} x2={w(hi)} y1={f(y + 40.0)} y2={f(y + 52.0)} />
                            }
                            <text class="dim-value outside-value" x="400" y={f(y + 51.0)} text-anchor="end">{ whole(bar.outside) }</text>
                        </g>
                    }
                }) }
            </svg>
            <figcaption class="visually-hidden">
                { props.label.clone() }
                <ul>{ for props.bars.iter().map(|bar| html! { <li>{ bar.spoken.clone() }</li> }) }</ul>
            </figcaption>
        </figure>
    }
}
