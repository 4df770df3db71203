//! Shown instead of the check when a questionnaire file fails validation: every problem, localized.

use yew::prelude::*;

use crate::i18n::content_errors::content_error;
use crate::i18n::{t, Key, Lang};
use crate::model::ContentError;

/// Props of [`ContentErrorView`].
#[derive(Properties, PartialEq)]
pub struct ContentErrorViewProps {
    /// UI language.
    pub lang: Lang,
    /// Every problem found.
    pub errors: Vec<ContentError>,
}

/// Lists the problems of a broken questionnaire.
#[component]
pub fn ContentErrorView(props: &ContentErrorViewProps) -> Html {
    html! {
        <section class="content-error" role="alert">
            <h1>{ t(props.lang, Key::ContentBroken) }</h1>
            <ul>
                { for props.errors.iter().map(|e| html! { <li><code>{ e.path.clone() }</code>{ ": " }{ content_error(props.lang, e) }</li> }) }
            </ul>
        </section>
    }
}
