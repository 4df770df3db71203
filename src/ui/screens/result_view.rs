//! The result page: stage, spectrum, dimensions, strengths and levers, quality notes, call to action.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::quality_notes::quality_note;
use crate::i18n::{held_back_note, mixed_note, result_mail, spectrum_label, t, whole, Key, Lang};
use crate::model::{fill_template, mail_link, missed_minimum, HandOff, Severity};
use crate::ui::components::dimension_chart::{dimension_chart, Bar, DimensionChartProps};
use crate::ui::components::dimension_texts::{dimension_texts, highlights};
use crate::ui::components::share_section::{share_section, ShareSectionProps};
use crate::ui::components::spectrum_chart::{spectrum_chart, stage_bands, SpectrumChartProps};
use crate::ui::outcome::Outcome;

/// Id of the result heading; focus moves here when the result appears.
pub const RESULT_HEADING_ID: &str = "result-heading";

/// Where the call to action leads.
#[derive(Clone, PartialEq, Default)]
pub struct CallToAction {
    /// Link target; no link is shown without one.
    pub href: Option<AttrValue>,
    /// Label; the locale's default when missing.
    pub label: Option<AttrValue>,
    /// Where "Ergebnis per E-Mail senden" writes to; the visitor chooses without.
    pub mail: Option<AttrValue>,
}

/// What [`result_view`] shows.
pub struct ResultViewProps {
    /// UI language.
    pub lang: Lang,
    /// What to show.
    pub outcome: Rc<Outcome>,
    /// The configured call to action.
    pub cta: CallToAction,
    /// Back to the last question, to change answers.
    pub onback: Callback<()>,
    /// Start a new check.
    pub onrestart: Callback<()>,
    /// Print the page.
    pub onprint: Callback<()>,
    /// The share link and short code; no share section without.
    pub share: Option<(AttrValue, AttrValue)>,
    /// Workshop session label from a `#join=` link.
    pub session: Option<AttrValue>,
    /// The outside-view section (invitation and returned codes), when the questionnaire offers it.
    pub outside: Option<Html>,
    /// Opened from a share link: no changing, no restart; a link to an own check instead.
    pub readonly: Option<AttrValue>,
}

/// Shows the whole result.
pub fn result_view(props: &ResultViewProps) -> Html {
    let (lang, code) = (props.lang, props.lang.code());
    let o = &props.outcome;
    let q = &o.questionnaire;
    let Some(stage) = q.stages.get(o.score.stage) else {
        return Html::default();
    };
    let stage_name = q.tr(&stage.name, code);
    let bands = stage_bands(q, code);
    let mixed = o.score.mixed.and_then(|n| q.stages.get(n));
    let margin = q.mixed_margin;
    let mixed_range = mixed.map(|_| {
        (
            (o.score.position - margin).max(0.0),
            (o.score.position + margin).min(100.0),
        )
    });
    let bars: Vec<Bar> = q
        .dimensions
        .iter()
        .zip(&o.score.dimensions)
        .map(|(d, s)| Bar {
            name: q.tr(&d.name, code).to_string().into(),
            score: *s,
            range: None,
            spoken: None,
        })
        .collect();
    let position = o.score.position;
    let pattern = o.report.pattern.and_then(|i| q.patterns.get(i));
    let held_back = o.score.held_back.and_then(|_| {
        let (d, min) = missed_minimum(q, o.score.stage + 1, &o.score.dimensions)?;
        let above = q.stages.get(o.score.stage + 1)?;
        let dimension = q.tr(&q.dimensions.get(d)?.name, code);
        Some(held_back_note(
            lang,
            q.tr(&above.name, code),
            dimension,
            min,
        ))
    });

    html! {
        <article class="result" aria-labelledby={RESULT_HEADING_ID}>
            <h1 id={RESULT_HEADING_ID} tabindex="-1">{ t(lang, if props.readonly.is_some() { Key::SharedTitle } else { Key::ResultTitle }) }</h1>
            if props.readonly.is_some() {
                <p class="shared-note">{ t(lang, Key::SharedNote) }</p>
            }
            <section class={format!("stage-card stage-{}", o.score.stage + 1)}>
                <p class="stage-meta">
                    { format!("{} {} / {} · {} {}", t(lang, Key::Stage), o.score.stage + 1, q.stages.len(), t(lang, Key::Position), whole(position)) }
                </p>
                <h2>{ stage_name }</h2>
                // A pattern that holds says more than the stage's general text: it replaces it.
                if let Some(p) = pattern {
                    <div class="pattern">
                        <h3>{ q.tr(&p.name, code) }</h3>
                        <p>{ q.tr(&p.description, code) }</p>
                    </div>
                } else {
                    <p>{ q.tr(&stage.description, code) }</p>
                }
                if let Some(n) = mixed {
                    <p class="mixed-note">{ mixed_note(lang, q.tr(&n.name, code)) }</p>
                }
                if let Some(note) = held_back {
                    <p class="mixed-note">{ note }</p>
                }
                <p><strong>{ t(lang, Key::Risk) }</strong>{ " " }{ q.tr(pattern.map_or(&stage.risk, |p| &p.risk), code) }</p>
                <p><strong>{ t(lang, Key::NextStep) }</strong>{ " " }{ q.tr(pattern.map_or(&stage.step, |p| &p.step), code) }</p>
            </section>
            { spectrum_chart(&SpectrumChartProps {
                bands,
                markers: vec![(position, AttrValue::from(t(lang, Key::YourPosition)))],
                mixed: mixed_range,
                spread: None,
                current: Some(o.score.stage),
                label: spectrum_label(lang, position, stage_name, o.score.stage + 1).into(),
            }) }
            <section class="dimensions">
                <h2>{ t(lang, Key::Dimensions) }</h2>
                { dimension_chart(&DimensionChartProps { bars, label: t(lang, Key::DimensionChartLabel).into(), no_data: t(lang, Key::NoData).into() }) }
                { highlights(lang, o) }
                { dimension_texts(lang, o) }
            </section>
            if !o.notes.is_empty() {
                <section class="quality" aria-labelledby="quality-heading">
                    <h2 id="quality-heading">{ t(lang, Key::QualityTitle) }</h2>
                    <ul>
                        { for o.notes.iter().map(|n| html! {
                            <li class={classes!((n.severity == Severity::Warning).then_some("warning"))}>{ quality_note(lang, n) }</li>
                        }) }
                    </ul>
                </section>
            }
            if let Some((link, short)) = props.share.clone() {
                { share_section(&ShareSectionProps { lang, link, short_code: short, session: props.session.clone() }) }
            }
            { props.outside.clone().unwrap_or_default() }
            { hand_off(props, stage_name) }
            <div class="actions no-print">
                if let Some(own) = props.readonly.clone() {
                    <button type="button" class="button" onclick={props.onprint.reform(|_| ())}>{ t(lang, Key::Print) }</button>
                    <a class="button primary" href={own}>{ t(lang, Key::OwnCheck) }</a>
                } else {
                    <button type="button" class="button" onclick={props.onback.reform(|_| ())}>{ "← " }{ t(lang, Key::Back) }</button>
                    <button type="button" class="button" onclick={props.onprint.reform(|_| ())}>{ t(lang, Key::Print) }</button>
                    <button type="button" class="button" onclick={props.onrestart.reform(|_| ())}>{ t(lang, Key::Restart) }</button>
                    if let Some(code) = own_code(props) {
                        <a class="button" href={format!("#then={code}")}>{ t(lang, Key::ThenLink) }</a>
                        <a class="button" href={format!("#remind={code}")}>{ t(lang, Key::RemindLink) }</a>
                    }
                }
            </div>
        </article>
    }
}

/// The link code of the visitor's own result (not of one opened from a link).
fn own_code(props: &ResultViewProps) -> Option<&str> {
    let (link, _) = props.share.as_ref().filter(|_| props.readonly.is_none())?;
    link.rsplit_once("#r=").map(|(_, code)| code)
}

/// The call to action, its link filled from the result where it is a template (issue 19:
/// `{stage}`, `{position}`, … each URL-encoded; only http(s) and mailto), and "Ergebnis per
/// E-Mail senden" for the visitor's own result. Nothing leaves without the visitor's click.
fn hand_off(props: &ResultViewProps, stage_name: &str) -> Html {
    let (lang, o) = (props.lang, &props.outcome);
    // Plain text leaves the page: the soft hyphens that break long names on screen would
    // travel into the consultancy's form and the mail as invisible characters.
    let stage_name = &stage_name.replace('\u{ad}', "");
    let q = &o.questionnaire;
    let link = props.share.as_ref().map(|(l, _)| l.as_str());
    let position = whole(o.score.position);
    let scores: Vec<(&str, u8)> = q
        .dimensions
        .iter()
        .zip(&o.score.dimensions)
        .filter_map(|(d, s)| Some((d.id.as_str(), whole((*s)?) as u8)))
        .collect();
    let values = HandOff {
        stage: o.score.stage + 1,
        stage_name,
        position: position.clamp(0, 100) as u8,
        dimensions: &scores,
        variant: o.variant.as_str(),
        lang: lang.code(),
        link: link.unwrap_or_default(),
    };
    let href = props.cta.href.as_ref().and_then(|h| match h.contains('{') {
        true => fill_template(h, &values).ok(),
        false => Some(h.to_string()),
    });
    let mail = link.filter(|_| props.readonly.is_none()).map(|link| {
        let (subject, body) = result_mail(
            lang,
            t(lang, Key::Title),
            (o.score.stage + 1, q.stages.len(), stage_name),
            position,
            link,
        );
        mail_link(props.cta.mail.as_deref(), &subject, &body)
    });
    if href.is_none() && mail.is_none() {
        return Html::default();
    }
    html! {
        <section class="cta">
            if let Some(href) = href {
                <p>{ t(lang, Key::CtaLead) }</p>
                <a class="button primary" {href} target="_blank" rel="noopener">
                    { props.cta.label.clone().unwrap_or_else(|| t(lang, Key::CtaDefault).into()) }
                </a>
            }
            if let Some(mail) = mail {
                { " " }<a class="button" href={mail}>{ t(lang, Key::MailResult) }</a>
            }
        </section>
    }
}
