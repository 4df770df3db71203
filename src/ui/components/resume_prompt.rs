//! The offer to continue a saved check or start over.

use yew::prelude::*;

use crate::i18n::{answered_of, t, Key, Lang};

/// What [`resume_prompt`] shows.
pub struct ResumePromptProps {
    /// UI language.
    pub lang: Lang,
    /// Questions answered in the saved run.
    pub answered: usize,
    /// Questions in its variant.
    pub total: usize,
    /// Continue the saved run.
    pub onresume: Callback<()>,
    /// Drop it.
    pub ondiscard: Callback<()>,
}

/// Offers "Weitermachen" or "Neu beginnen".
pub fn resume_prompt(props: &ResumePromptProps) -> Html {
    let lang = props.lang;
    html! {
        <section class="resume" aria-labelledby="resume-heading">
            <h2 id="resume-heading">{ t(lang, Key::ResumeTitle) }</h2>
            <p>{ answered_of(lang, props.answered, props.total) }</p>
            <div class="actions">
                <button type="button" class="button primary" onclick={props.onresume.reform(|_| ())}>{ t(lang, Key::Resume) }</button>
                <button type="button" class="button" onclick={props.ondiscard.reform(|_| ())}>{ t(lang, Key::StartOver) }</button>
            </div>
        </section>
    }
}
