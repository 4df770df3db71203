//! The question a tab asks when another tab changed the saved check: which state counts.

use yew::prelude::*;

use crate::i18n::{t, Key, Lang};

/// Asks which state counts: the other tab's, or the one on screen (saved over it). Focus stays
/// where it is; the alert is announced.
pub fn other_tab_notice(
    lang: Lang,
    ontake: Callback<MouseEvent>,
    onkeep: Callback<MouseEvent>,
) -> Html {
    html! {
        <section class="notice other-tab" role="alert">
            <p>{ t(lang, Key::OtherTabChanged) }</p>
            <div class="notice-actions">
                <button type="button" class="button primary" onclick={ontake}>{ t(lang, Key::TakeOtherTab) }</button>
                <button type="button" class="button" onclick={onkeep}>{ t(lang, Key::KeepThisTab) }</button>
            </div>
        </section>
    }
}
