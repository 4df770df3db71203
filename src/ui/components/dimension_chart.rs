//! The dimensions as an SVG bar chart (0–100), with the numbers in a list for screen readers.

use yew::prelude::*;

use crate::i18n::whole;

/// One bar: a dimension name and its score, `None` when unanswered.
#[derive(Clone, PartialEq)]
pub struct Bar {
    /// Dimension name in the UI language.
    pub name: AttrValue,
    /// Score 0–100.
    pub score: Option<f64>,
    /// For a group: lowest and highest score, drawn as a whisker.
    pub range: Option<(f64, f64)>,
    /// Text read by screen readers instead of "name: score / 100".
    pub spoken: Option<AttrValue>,
}

/// What [`dimension_chart`] draws.
pub struct DimensionChartProps {
    /// The bars in display order.
    pub bars: Vec<Bar>,
    /// Accessible name of the chart.
    pub label: AttrValue,
    /// Text shown for a dimension without answers.
    pub no_data: AttrValue,
}

const ROW: f64 = 46.0;
const BAR_W: f64 = 350.0;
/// Characters of a bold label that fill the chart's 400 units at the largest label size (16 px).
const LABEL_CHARS: usize = 40;

/// SVG text cannot wrap: a label longer than [`LABEL_CHARS`] (a long compound in a
/// questionnaire's dimension name) is narrowed to the chart's width, so it never runs off a
/// 320 px screen (WCAG 1.4.10). `Some` is the `textLength` to set, with `lengthAdjust`
/// `spacingAndGlyphs`.
pub fn fitted(name: &str) -> Option<AttrValue> {
    (name.chars().count() > LABEL_CHARS).then_some(AttrValue::Static("400"))
}

/// Draws a labelled bar per dimension; the drawing is hidden from screen readers, the list carries the numbers.
pub fn dimension_chart(props: &DimensionChartProps) -> Html {
    let h = ROW * props.bars.len() as f64;
    let f = |v: f64| whole(v).to_string();
    html! {
        <figure class="dimension-chart">
            <svg viewBox={format!("0 0 400 {}", whole(h))} aria-hidden="true" focusable="false">
                { for props.bars.iter().enumerate().map(|(i, bar)| {
                    let y = i as f64 * ROW;
                    let v = bar.score.unwrap_or(0.0).clamp(0.0, 100.0);
                    html! {
                        <g>
                            <text class="dim-label" x="0" y={f(y + 15.0)} textLength={fitted(&bar.name)} lengthAdjust={fitted(&bar.name).map(|_| "spacingAndGlyphs")}>{ bar.name.clone() }</text>
                            <rect class="track" x="0" y={f(y + 21.0)} width={f(BAR_W)} height="16" rx="4" />
                            <rect class="fill" x="0" y={f(y + 21.0)} width={f(BAR_W * v / 100.0)} height="16" rx="4" />
                            if let Some((lo, hi)) = bar.range {
                                <line class="range" x1={f(BAR_W * lo / 100.0)} x2={f(BAR_W * hi / 100.0)} y1={f(y + 29.0)} y2={f(y + 29.0)} />
                                <line class="range" x1={f(BAR_W * lo / 100.0)} x2={f(BAR_W * lo / 100.0)} y1={f(y + 23.0)} y2={f(y + 35.0)} />
                                <line class="range" x1={f(BAR_W * hi / 100.0)} x2={f(BAR_W * hi / 100.0)} y1={f(y + 23.0)} y2={f(y + 35.0)} />
                            }
                            <text class="dim-value" x="400" y={f(y + 34.0)} text-anchor="end">
                                { bar.score.map(|s| whole(s).to_string()).unwrap_or_else(|| "–".into()) }
                            </text>
                        </g>
                    }
                }) }
            </svg>
            <figcaption class="visually-hidden">
                { props.label.clone() }
                <ul>
                    { for props.bars.iter().map(|bar| html! {
                        <li>{ bar.spoken.clone().unwrap_or_else(|| format!("{}: {}", bar.name, bar.score.map(|s| format!("{} / 100", whole(s))).unwrap_or_else(|| props.no_data.to_string())).into()) }</li>
                    }) }
                </ul>
            </figcaption>
        </figure>
    }
}
