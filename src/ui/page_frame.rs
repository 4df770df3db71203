//! Around every screen: the language switch, the main region, the attribution. Embedded, the
//! host page supplies the landmarks, so the frame has none and no language switch.

use yew::prelude::*;

use crate::i18n::{t, Key, Lang};
use crate::ui::lang_switch::{lang_switch, LangSwitchProps};
use crate::ui::start_screen::{start_screen, StartScreenProps};

/// Frames `body`.
pub fn page_frame(lang: Lang, embed: bool, body: Html, onlang: Callback<Lang>) -> Html {
    html! {
        <>
            if !embed {
                <header class="topbar no-print">
                    { lang_switch(&LangSwitchProps { lang, onchange: onlang }) }
                </header>
            }
            if embed {
                // Inside a host page: no landmarks that would repeat the host's own.
                <div id="main" class="main">{ body }</div>
                <div class="footer"><p>{ t(lang, Key::Attribution) }</p></div>
            } else {
                <main id="main">{ body }</main>
                <footer class="footer"><p>{ t(lang, Key::Attribution) }</p></footer>
            }
        </>
    }
}

/// The line shown while a screen loads (styles/layout.css hides the footer meanwhile).
pub fn loading(lang: Lang) -> Html {
    html! { <p class="loading" role="status">{ t(lang, Key::Loading) }</p> }
}

/// The first screen most visitors see: the start screen in German, not embedded, while the
/// questionnaire loads, with its counts from the build (`None` when the built-in file is broken).
/// `scripts/build_release` writes it into index.html (src/bin/prerender.rs), so it shows before
/// the wasm has loaded; the app's first render draws the same.
pub fn first_screen(counts: Option<(usize, usize)>) -> Option<Html> {
    let (quick_count, full_count) = counts?;
    let lang = Lang::default();
    let body = start_screen(&StartScreenProps {
        lang,
        quick_count,
        full_count,
        onstart: Callback::noop(),
    });
    Some(page_frame(lang, false, body, Callback::noop()))
}
