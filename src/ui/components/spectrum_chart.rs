//! The spectrum as SVG: five numbered stage bands, a marker per result, a band where the result is mixed.
//! Stage names sit in a list under the chart, so they wrap and stay readable on a 360 px phone.

use yew::prelude::*;

use crate::i18n::whole;

/// One stage band of the spectrum.
#[derive(Clone, PartialEq)]
pub struct Band {
    /// Stage name in the UI language.
    pub name: AttrValue,
    /// Start of the band on 0–100.
    pub from: f64,
    /// End of the band on 0–100.
    pub to: f64,
}

/// What [`spectrum_chart`] draws.
pub struct SpectrumChartProps {
    /// The stage bands, from Briefträger to partner.
    pub bands: Vec<Band>,
    /// Markers on 0–100 with their short labels (one for a single result).
    pub markers: Vec<(f64, AttrValue)>,
    /// Range on 0–100 where the result counts as mixed.
    pub mixed: Option<(f64, f64)>,
    /// Range on 0–100 that several results span (a group of outside views).
    pub spread: Option<(f64, f64)>,
    /// Index of the band to highlight in the legend.
    pub current: Option<usize>,
    /// Accessible description of the result, read instead of the drawing.
    pub label: AttrValue,
}

/// The questionnaire's stages as bands, named in `lang`.
pub fn stage_bands(q: &crate::model::Questionnaire, lang: &str) -> Vec<Band> {
    q.stages
        .iter()
        .map(|s| Band {
            name: q.tr(&s.name, lang).to_string().into(),
            from: s.from,
            to: s.to,
        })
        .collect()
}

const W: f64 = 400.0;
const BAR_Y: f64 = 30.0;
const BAR_H: f64 = 28.0;

fn x(v: f64) -> f64 {
    v.clamp(0.0, 100.0) * W / 100.0
}

/// Draws the spectrum with its legend. A plain function, not a component: it has no state,
/// and each component costs about 3.5 KB of wasm.
pub fn spectrum_chart(props: &SpectrumChartProps) -> Html {
    let n = props.bands.len().max(1);
    let f = |v: f64| whole(v).to_string();
    html! {
        <figure class="spectrum">
            <svg viewBox="0 0 400 66" role="img" aria-label={props.label.clone()}>
                { for props.bands.iter().enumerate().map(|(i, b)| {
                    let (x0, x1) = (x(b.from), x(b.to));
                    html! {
                        <g>
                            <rect class={format!("band band-{}", i * 5 / n + 1)} x={f(x0)} y={f(BAR_Y)}
                                width={f(x1 - x0)} height={f(BAR_H)} />
                            <text class="band-number" x={f((x0 + x1) / 2.0)} y={f(BAR_Y + 19.0)} text-anchor="middle">
                                { i + 1 }
                            </text>
                        </g>
                    }
                }) }
                if let Some((a, b)) = props.mixed {
                    <rect class="mixed" x={f(x(a))} y={f(BAR_Y - 4.0)} width={f(x(b) - x(a))} height={f(BAR_H + 8.0)} rx="3" />
                }
                if let Some((a, b)) = props.spread {
                    <rect class="spread" x={f(x(a))} y={f(BAR_Y - 4.0)} width={f(x(b) - x(a))} height={f(BAR_H + 8.0)} rx="3" />
                }
                { for props.markers.iter().enumerate().map(|(i, (pos, label))| {
                    let cx = x(*pos);
                    let ty = if i % 2 == 0 { 22.0 } else { 11.0 };
                    html! {
                        <g class={format!("marker marker-{i}")}>
                            <line x1={f(cx)} x2={f(cx)} y1={f(ty + 3.0)} y2={f(BAR_Y + BAR_H + 4.0)} />
                            <circle cx={f(cx)} cy={f(BAR_Y + BAR_H / 2.0)} r="6" />
                            <text x={f(cx.clamp(24.0, W - 24.0))} y={f(ty)} text-anchor="middle">{ label.clone() }</text>
                        </g>
                    }
                }) }
            </svg>
            <figcaption>
                <ol class="stage-legend">
                    { for props.bands.iter().enumerate().map(|(i, b)| html! {
                        <li class={classes!((props.current == Some(i)).then_some("current"))}>{ b.name.clone() }</li>
                    }) }
                </ol>
            </figcaption>
        </figure>
    }
}
