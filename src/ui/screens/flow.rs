//! The check's flow: start (with a resume offer) → one question at a time → result.
//! Owns the reducer and keeps the run in localStorage as the user goes.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::{t, Key, Lang};
use crate::model::{Invitation, Perspective, Questionnaire, VariantId};
use crate::platform::host_messages::HostEvent;
use crate::platform::{click_guard, document, location, storage};
use crate::ui::components::other_tab::other_tab_notice;
use crate::ui::components::page_frame::loading;
use crate::ui::components::resume_prompt::{resume_prompt, ResumePromptProps};
use crate::ui::components::share_section::share_links;
use crate::ui::hooks::use_history::use_history;
use crate::ui::hooks::use_host_events::use_host_events;
use crate::ui::hooks::use_kept_run::{use_kept_run, use_other_tab};
use crate::ui::hooks::use_outside_views::{
    load_outside, use_comparison_elsewhere, use_kept_outside, OutsideViews,
};
use crate::ui::outcome::Outcome;
use crate::ui::screens::comparison_view::OwnRun;
use crate::ui::screens::outside_done::OutsideDoneProps;
use crate::ui::screens::outside_intro::{outside_intro, OutsideIntroProps};
use crate::ui::screens::question_view::QuestionView;
use crate::ui::screens::result_view::{
    result_view, CallToAction, ResultViewProps, RESULT_HEADING_ID,
};
use crate::ui::screens::start_screen::{start_screen, StartScreenProps};
use crate::ui::screens::Screens;
use crate::ui::state::{Action, Notice, State};

/// Props of [`Flow`].
#[derive(Properties, PartialEq)]
pub struct FlowProps {
    /// UI language.
    pub lang: Lang,
    /// The validated questionnaire.
    pub questionnaire: Rc<Questionnaire>,
    /// The configured call to action.
    #[prop_or_default]
    pub cta: CallToAction,
    /// Without a start screen: the variant to run at once.
    #[prop_or_default]
    pub autostart: Option<VariantId>,
    /// Changes when the host asks for a restart.
    #[prop_or_default]
    pub restarts: u32,
    /// A variant chosen before the questionnaire arrived; ignored when a saved run awaits.
    #[prop_or_default]
    pub start: Option<VariantId>,
    /// Workshop session label from a `#join=` link.
    #[prop_or_default]
    pub session: Option<AttrValue>,
    /// Receives what the host page may hear about.
    #[prop_or_default]
    pub onhost: Callback<HostEvent>,
    /// Answering about someone else: outside wording, and a code instead of a result.
    #[prop_or_default]
    pub invitation: Option<Rc<Invitation>>,
    /// Where the run is kept.
    #[prop_or(AttrValue::Static(crate::platform::storage::SESSION_KEY))]
    pub storage_key: AttrValue,
    /// The screens this page has; the first page hands comparisons to the second.
    #[prop_or_default]
    pub screens: Screens,
    /// Opens on the comparison of the saved, finished run (the second page's `#comparison`).
    #[prop_or_default]
    pub comparison: bool,
    /// Receives what the user should be told (blocked or full storage, an unreadable saved run).
    #[prop_or_default]
    pub onnotice: Callback<Notice>,
    /// Inside a host's page: Back and Forward stay the host's.
    #[prop_or_default]
    pub embedded: bool,
}

/// Runs the check.
#[component]
pub fn Flow(props: &FlowProps) -> Html {
    let lang = props.lang;
    let state = {
        let (q, autostart, key, start, comparison) = (
            props.questionnaire.clone(),
            props.autostart,
            props.storage_key.clone(),
            props.start,
            props.comparison,
        );
        let restarts = props.restarts;
        use_reducer(move || {
            let outside = load_outside();
            State::open(q, &key, autostart, start, comparison, outside, restarts)
        })
    };
    use_kept_run(&state, props.storage_key.clone(), props.onnotice.clone());
    use_other_tab(&state, props.storage_key.clone());
    use_history(&state, props.embedded, props.start.is_some());
    use_kept_outside(&state.outside);
    {
        // The reducer restarts when the count is more than it has seen.
        let state = state.clone();
        use_effect_with(props.restarts, move |n| {
            state.dispatch(Action::HostRestart(*n))
        });
    }
    use_host_events(&state, lang, props.onhost.clone());
    let outside = OutsideViews::of(&state);
    let outside_view = props.invitation.is_some();
    let finished = state.session.as_ref().is_some_and(|s| s.finished);
    let own = state.session.as_ref().filter(|s| s.finished).map(|s| {
        Rc::new(OwnRun {
            variant: s.variant,
            answers: s.answers.clone(),
        })
    });
    use_comparison_elsewhere(
        &state.questionnaire,
        &props.storage_key,
        own.clone()
            .filter(|_| outside.comparing && props.screens.0.is_none()),
        &outside.codes,
    );
    use_effect_with(finished, |finished| {
        click_guard::screen_changed();
        if *finished {
            document::focus(RESULT_HEADING_ID);
        }
    });

    let q = &state.questionnaire;
    let dispatch = |f: fn(()) -> Action| {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(f(())))
    };
    let body = match &state.session {
        None => html! {
            <>
                if let Some(p) = &state.pending {
                    { resume_prompt(&ResumePromptProps {
                        lang,
                        answered: p.answers.len(),
                        total: q.variant_items(p.variant).len(),
                        onresume: dispatch(|_| Action::Resume),
                        ondiscard: dispatch(|_| Action::Discard),
                    }) }
                }
                if let Some(inv) = &props.invitation {
                    { outside_intro(&OutsideIntroProps {
                        lang,
                        label: inv.label.clone().into(),
                        count: q.variant_items(inv.variant).len(),
                        onstart: { let (s, v) = (state.clone(), inv.variant); Callback::from(move |_| s.dispatch(Action::Start(v))) },
                    }) }
                } else {
                    { start_screen(&StartScreenProps {
                        lang,
                        quick_count: q.variant_items(VariantId::Quick).len(),
                        full_count: q.variant_items(VariantId::Full).len(),
                        link_query: location::query_and_fragment().into(),
                        onstart: { let s = state.clone(); Callback::from(move |v| s.dispatch(Action::Start(v))) },
                        past: storage::has_past(),
                    }) }
                }
            </>
        },
        Some(run) if run.finished && outside_view => match props.screens.0 {
            Some(more) => (more.outside_done)(OutsideDoneProps {
                lang,
                questionnaire: q.clone(),
                variant: run.variant,
                answers: run.answers.clone(),
                label: props
                    .invitation
                    .as_ref()
                    .map(|i| i.label.clone())
                    .unwrap_or_default()
                    .into(),
                onback: dispatch(|_| Action::Back),
            }),
            None => Html::default(),
        },
        Some(run) if run.finished && outside.comparing => match (props.screens.0, own) {
            (Some(more), Some(own)) => (more.comparison)(lang, q, own, &outside),
            _ => loading(lang),
        },
        Some(run) if run.finished => {
            let outcome = Outcome::new(q, run.variant, &run.answers, lang);
            let (link, short) = share_links(q, run.variant, &run.answers);
            result_view(&ResultViewProps {
                lang,
                outcome,
                cta: props.cta.clone(),
                share: Some((link.into(), short.into())),
                session: props.session.clone(),
                outside: q
                    .outside_view
                    .then(|| props.screens.outside(outside.section(lang, q, run.variant))),
                onback: dispatch(|_| Action::Back),
                onrestart: {
                    let (s, a) = (state.clone(), props.autostart);
                    Callback::from(move |_| s.dispatch(Action::restart(a)))
                },
                onprint: Callback::from(|_| document::print()),
                readonly: None,
            })
        }
        Some(run) => {
            let items = q.variant_items(run.variant);
            let Some(item) = items.get(run.index) else {
                return Html::default();
            };
            let id = item.id().to_string();
            let onanswer = {
                let (s, id) = (state.clone(), id.clone());
                Callback::from(move |(answer, visible_ms)| {
                    s.dispatch(Action::Answer {
                        item: id.clone(),
                        answer,
                        visible_ms,
                    })
                })
            };
            html! {
                <QuestionView {lang} questionnaire={q.clone()} item_id={id.clone()}
                    perspective={if outside_view { Perspective::Outside } else { Perspective::Own }}
                    finish={if outside_view { Key::OutsideFinish } else { Key::ShowResult }}
                    index={run.index} total={items.len()}
                    variant_name={t(lang, match run.variant { VariantId::Quick => Key::QuickName, VariantId::Full => Key::FullName })} answer={run.answers.get(&id)}
                    {onanswer}
                    onnext={ let s = state.clone(); Callback::from(move |from| s.dispatch(Action::Next { from })) }
                    onback={dispatch(|_| Action::Back)} />
            }
        }
    };
    match state.elsewhere {
        Some(_) => html! {
            <>
                { other_tab_notice(lang, dispatch(|_| Action::TakeOtherTab).reform(|_| ()), dispatch(|_| Action::KeepThisTab).reform(|_| ())) }
                { body }
            </>
        },
        None => body,
    }
}
