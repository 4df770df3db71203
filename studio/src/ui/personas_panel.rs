//! The standard personas placed on the spectrum for the last valid draft (issue 20): each
//! with its position and stage, and a warning where it lands where an instrument that measures
//! what it claims would not put it.

use yew::prelude::*;

use crate::strings::{persona_name, persona_warning, st, Sk};
use seller_check::i18n::{t, whole, Key, Lang};
use seller_check::model::{place_personas, Questionnaire, VariantId};
use seller_check::ui::components::spectrum_chart::{
    spectrum_chart, stage_bands, SpectrumChartProps,
};

/// The personas of `variant` on the spectrum and in a table.
pub fn personas_panel(
    lang: Lang,
    q: &Questionnaire,
    variant: VariantId,
    onvariant: Callback<VariantId>,
) -> Html {
    let placed = place_personas(q, variant);
    let code = lang.code();
    let markers = placed
        .iter()
        .enumerate()
        .map(|(i, (_, s))| (s.position, AttrValue::from((i + 1).to_string())))
        .collect();
    let summary: Vec<String> = placed
        .iter()
        .enumerate()
        .map(|(i, (p, s))| {
            format!(
                "{} {}: {}",
                i + 1,
                persona_name(lang, *p),
                whole(s.position)
            )
        })
        .collect();
    let onchange = Callback::from(move |e: Event| {
        let t: web_sys::HtmlSelectElement = e.target_unchecked_into();
        onvariant.emit(VariantId::parse(&t.value()).unwrap_or_default());
    });
    html! {
        <section class="preview-panel personas" aria-labelledby="personas-title">
            <div class="panel-head">
                <h2 id="personas-title">{ st(lang, Sk::PersonasTitle) }</h2>
                <div class="field inline">
                    <label for="personas-variant">{ st(lang, Sk::PersonasVariant) }</label>
                    <select id="personas-variant" {onchange}>
                        <option value="quick" selected={variant == VariantId::Quick}>{ t(lang, Key::QuickName) }</option>
                        <option value="full" selected={variant == VariantId::Full}>{ t(lang, Key::FullName) }</option>
                    </select>
                </div>
            </div>
            <p class="hint">{ st(lang, Sk::PersonasIntro) }</p>
            { spectrum_chart(&SpectrumChartProps {
                bands: stage_bands(q, code),
                markers,
                mixed: None,
                spread: None,
                current: None,
                label: summary.join("; ").into(),
            }) }
            <table class="personas-table" aria-label={st(lang, Sk::PersonasTitle)}>
                <thead><tr>
                    <th scope="col">{ "#" }</th>
                    <th scope="col">{ st(lang, Sk::PersonaWord) }</th>
                    <th scope="col">{ st(lang, Sk::PositionWord) }</th>
                    <th scope="col">{ st(lang, Sk::StageColumn) }</th>
                </tr></thead>
                <tbody>
                    { for placed.iter().enumerate().map(|(i, (p, s))| {
                        let ok = p.lands_right(q, s);
                        let stage = q.stages.get(s.stage).map(|x| q.tr(&x.name, code).to_string()).unwrap_or_default();
                        html! {
                            <tr class={classes!((!ok).then_some("warn"))} data-persona={format!("{p:?}")}>
                                <td>{ i + 1 }</td>
                                <th scope="row">
                                    { persona_name(lang, *p) }
                                    if !ok { <span class="persona-warning">{ persona_warning(lang, *p) }</span> }
                                </th>
                                <td>{ whole(s.position) }</td>
                                <td>{ format!("{} {}", s.stage + 1, stage) }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        </section>
    }
}
