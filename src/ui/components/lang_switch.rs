//! The language switch: one link per language (`?lang=en`), the current one marked. A link works
//! before the app runs; once it runs, the switch happens in place.

use yew::prelude::*;

use crate::i18n::{language_name, t, Key, Lang};
use crate::platform::document::in_place;
use crate::platform::location::page_link;

/// What [`lang_switch`] shows.
pub struct LangSwitchProps {
    /// The language shown now.
    pub lang: Lang,
    /// The page's query and fragment (`?variant=full#join=x`, or empty), kept by the links.
    pub link_query: AttrValue,
    /// Called with the language the user picked.
    pub onchange: Callback<Lang>,
}

/// Lets the user pick the UI language.
pub fn lang_switch(props: &LangSwitchProps) -> Html {
    html! {
        <div class="lang-switch" role="group" aria-label={t(props.lang, Key::Language)}>
            { for Lang::ALL.iter().map(|&lang| {
                let onchange = props.onchange.clone();
                let onclick = move |e: MouseEvent| {
                    if in_place(&e) {
                        e.prevent_default();
                        onchange.emit(lang);
                    }
                };
                // An id, so the focus stays on it when the app draws the switch anew.
                let id = match lang {
                    Lang::De => "lang-de",
                    Lang::En => "lang-en",
                };
                html! {
                    <a {id} href={page_link(&props.link_query, &[("lang", lang.code())])}
                        lang={lang.code()}
                        aria-current={(lang == props.lang).then_some("true")} {onclick}>
                        { language_name(lang) }
                    </a>
                }
            }) }
        </div>
    }
}
