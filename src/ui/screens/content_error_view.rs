//! Shown instead of the check when a questionnaire file fails validation: every problem, localized.

use yew::prelude::*;

use crate::i18n::content_errors::content_error;
use crate::i18n::{t, Key, Lang};
use crate::model::ContentError;

/// Lists every problem of a broken questionnaire, in `lang`.
pub fn content_error_view(lang: Lang, errors: &[ContentError]) -> Html {
    html! {
        <section class="content-error" role="alert">
            <h1>{ t(lang, Key::ContentBroken) }</h1>
            <ul>
                { for errors.iter().map(|e| html! { <li><code>{ e.path.clone() }</code>{ ": " }{ content_error(lang, e) }</li> }) }
            </ul>
        </section>
    }
}
