//! The start screen of someone invited to give an outside view: whom it is about, what to do.

use yew::prelude::*;

use crate::i18n::more_strings::{mt, Mk};
use crate::i18n::outside_phrases::{outside_intro as intro_text, outside_title};
use crate::i18n::{t, Key, Lang};

/// What [`outside_intro`] shows.
pub struct OutsideIntroProps {
    /// UI language.
    pub lang: Lang,
    /// The seller's name or label from the invitation.
    pub label: AttrValue,
    /// Number of questions.
    pub count: usize,
    /// Starts the questions.
    pub onstart: Callback<()>,
}

/// Explains the outside view and starts it.
pub fn outside_intro(props: &OutsideIntroProps) -> Html {
    let lang = props.lang;
    html! {
        <section class="start outside-intro" aria-labelledby="start-title">
            <h1 id="start-title" tabindex="-1">{ outside_title(lang, &props.label) }</h1>
            <p class="intro">{ intro_text(lang, &props.label, props.count) }</p>
            <p>{ mt(lang, Mk::OutsideSkipHint) }</p>
            <button type="button" class="button primary" onclick={props.onstart.reform(|_| ())}>
                { mt(lang, Mk::StartOutside) }
            </button>
            <p class="privacy">{ t(lang, Key::Privacy) }</p>
        </section>
    }
}
