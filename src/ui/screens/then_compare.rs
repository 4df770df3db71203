//! Then and now, the comparison itself (issue 19): both results on the spectrum with their
//! dates, each dimension's change, what moved most, and the lever the earlier result named.

use yew::prelude::*;

use crate::i18n::more_strings::{mt, Mk};
use crate::i18n::then_phrases::{change_line, lever_line, marker, moved_most, then_summary};
use crate::i18n::{t, whole, Key, Lang};
use crate::model::{then_now, Answers, Questionnaire, VariantId};
use crate::platform::{document, location};
use crate::ui::components::comparison_chart::{comparison_chart, ComparisonChartProps, PairedBar};
use crate::ui::components::copy_field::CopyField;
use crate::ui::components::spectrum_chart::{spectrum_chart, stage_bands, SpectrumChartProps};

/// A run to compare: its variant and answers, and the date it was kept under (`YYYY-MM-DD`),
/// if this browser kept it.
pub type Dated = ((VariantId, Answers), Option<String>);

/// The comparison of `then` with the later `now`; `codes` is what follows `then=` (for the link
/// to this comparison).
pub fn then_compare(lang: Lang, q: &Questionnaire, then: Dated, now: Dated, codes: &str) -> Html {
    let code = lang.code();
    let ((a, then_date), (b, now_date)) = (then, now);
    let c = then_now(q, (a.0, &a.1), (b.0, &b.1));
    let name = |d: usize| q.dimensions.get(d).map_or("", |d| q.tr(&d.name, code));
    let (then_word, now_word) = (mt(lang, Mk::Then), mt(lang, Mk::Now));
    let bars: Vec<PairedBar> = c
        .changes
        .iter()
        .filter_map(|ch| {
            Some(PairedBar {
                name: name(ch.dimension).to_string().into(),
                own: ch.now? as f64,
                outside: ch.then? as f64,
                range: None,
                spoken: change_line(lang, name(ch.dimension), ch.then, ch.now).into(),
            })
        })
        .collect();
    let link = format!("{}#then={codes}", location::page_url());
    html! {
        <>
            <p class="then-summary">{ then_summary(lang, (c.then.stage + 1, whole(c.then.position)), (c.now.stage + 1, whole(c.now.position))) }</p>
            { spectrum_chart(&SpectrumChartProps {
                bands: stage_bands(q, code),
                // Short labels: two long ones near each other would overlap (the dates are in
                // the legend below).
                markers: vec![
                    (c.then.position, then_word.into()),
                    (c.now.position, now_word.into()),
                ],
                mixed: None,
                spread: None,
                current: None,
                label: then_summary(lang, (c.then.stage + 1, whole(c.then.position)), (c.now.stage + 1, whole(c.now.position))).into(),
            }) }
            <section class="then-dimensions" aria-labelledby="then-dimensions-heading">
                <h2 id="then-dimensions-heading">{ mt(lang, Mk::ThenChanges) }</h2>
                { comparison_chart(&ComparisonChartProps {
                    bars,
                    label: mt(lang, Mk::ThenChartLabel).into(),
                    own_label: marker(lang, now_word, now_date.as_deref()).into(),
                    outside_label: marker(lang, then_word, then_date.as_deref()).into(),
                }) }
                <ul class="then-changes">
                    { for c.changes.iter().map(|ch| html! {
                        <li>{ change_line(lang, name(ch.dimension), ch.then, ch.now) }</li>
                    }) }
                </ul>
                <p class="then-moved">{ moved_most(lang, &c.moved_most.iter().filter_map(|m| Some((name(m.dimension), m.delta()?))).collect::<Vec<_>>()) }</p>
                if !c.levers.is_empty() {
                    <p class="then-lever">{ lever_line(lang, &c.levers.iter().map(|l| (name(l.dimension), l.then, l.now)).collect::<Vec<_>>()) }</p>
                }
            </section>
            <div class="no-print">
                <CopyField {lang} id="then-link" label={mt(lang, Mk::ThenLinkLabel)} value={link}
                    button={Key::CopyLink} done={Key::LinkCopied} />
            </div>
            <div class="actions no-print">
                <button type="button" class="button" onclick={Callback::from(|_| document::print())}>{ t(lang, Key::Print) }</button>
            </div>
        </>
    }
}
