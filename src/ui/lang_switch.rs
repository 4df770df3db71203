//! The language switch: one button per language, the current one pressed.

use yew::prelude::*;

use crate::i18n::{language_name, t, Key, Lang};

/// What [`lang_switch`] shows.
pub struct LangSwitchProps {
    /// The language shown now.
    pub lang: Lang,
    /// Called with the language the user picked.
    pub onchange: Callback<Lang>,
}

/// Lets the user pick the UI language.
pub fn lang_switch(props: &LangSwitchProps) -> Html {
    html! {
        <div class="lang-switch" role="group" aria-label={t(props.lang, Key::Language)}>
            { for Lang::ALL.iter().map(|&lang| {
                let onchange = props.onchange.clone();
                html! {
                    <button type="button" lang={lang.code()}
                        aria-pressed={(lang == props.lang).to_string()}
                        onclick={move |_| onchange.emit(lang)}>
                        { language_name(lang) }
                    </button>
                }
            }) }
        </div>
    }
}
