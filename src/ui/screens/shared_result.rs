//! A result opened from a share link: recomputed from the answers in the code, read-only.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::share_errors::share_code_error;
use crate::i18n::{t, Key, Lang};
use crate::model::{decode, Questionnaire};
use crate::platform::{document, location};
use crate::ui::outcome::Outcome;
use crate::ui::screens::result_view::{
    result_view, CallToAction, ResultViewProps, RESULT_HEADING_ID,
};

/// Shows the result shared as `code`, or says clearly why the code cannot be read.
/// A plain function, not a component: `App` moves focus to [`RESULT_HEADING_ID`] when a
/// shared result appears or its code changes.
pub fn shared_result(lang: Lang, q: &Rc<Questionnaire>, code: &str) -> Html {
    let own = AttrValue::from(location::page_url());
    match decode(q, code) {
        Ok((variant, answers)) => {
            let outcome = Outcome::new(q, variant, &answers, lang);
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
                <p>{ share_code_error(lang, &e) }</p>
                <a class="button primary" href={own}>{ t(lang, Key::OwnCheck) }</a>
            </section>
        },
    }
}
