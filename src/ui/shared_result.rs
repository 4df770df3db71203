//! A result opened from a share link: recomputed from the answers in the code, read-only.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::share_errors::share_code_error;
use crate::i18n::{t, Key, Lang};
use crate::model::{decode, quality, report, score, Questionnaire};
use crate::platform::{document, location};
use crate::ui::result_view::{
    result_view, CallToAction, Outcome, ResultViewProps, RESULT_HEADING_ID,
};

/// Props of [`SharedResult`].
#[derive(Properties, PartialEq)]
pub struct SharedResultProps {
    /// UI language.
    pub lang: Lang,
    /// The questionnaire the code must belong to.
    pub questionnaire: Rc<Questionnaire>,
    /// The code (or link) from the fragment.
    pub code: AttrValue,
}

/// Shows the shared result, or says clearly why the code cannot be read.
#[component]
pub fn SharedResult(props: &SharedResultProps) -> Html {
    let lang = props.lang;
    let q = &props.questionnaire;
    let decoded = use_memo((q.clone(), props.code.clone()), |(q, code)| decode(q, code));
    use_effect_with(props.code.clone(), |_| document::focus(RESULT_HEADING_ID));
    let own = AttrValue::from(location::page_url());
    match &*decoded {
        Ok((variant, answers)) => {
            let s = score(q, *variant, answers);
            let outcome = Rc::new(Outcome {
                questionnaire: q.clone(),
                report: report(&s),
                notes: quality(q, *variant, answers, lang.code()),
                score: s,
            });
            result_view(&ResultViewProps {
                lang,
                outcome,
                cta: CallToAction::default(),
                onback: Callback::noop(),
                onrestart: Callback::noop(),
                onprint: Callback::from(|_| document::print()),
                share: None,
                session: None,
                outside: None,
                readonly: Some(own),
            })
        }
        Err(e) => html! {
            <section class="content-error" role="alert" aria-labelledby={RESULT_HEADING_ID}>
                <h1 id={RESULT_HEADING_ID} tabindex="-1">{ t(lang, Key::SharedBroken) }</h1>
                <p>{ share_code_error(lang, e) }</p>
                <a class="button primary" href={own}>{ t(lang, Key::OwnCheck) }</a>
            </section>
        },
    }
}
