//! Around every screen: the language switch, the main region, the attribution. Embedded, the
//! host page supplies the landmarks, so the frame has none and no language switch.

use yew::prelude::*;

use crate::i18n::{t, Key, Lang};
use crate::ui::components::lang_switch::{lang_switch, LangSwitchProps};
use crate::ui::components::notices::{notices, NoticesProps};
use crate::ui::screens::start_screen::{start_screen, StartScreenProps};
use crate::ui::state::Notice;

/// What [`page_frame`] puts around a screen.
pub struct Frame<'a> {
    /// UI language.
    pub lang: Lang,
    /// Inside a host page: no landmarks, no language switch.
    pub embed: bool,
    /// The page's query and fragment, kept by the language links.
    pub link_query: &'a str,
    /// Notices on screen: one polite live region for every screen, so a notice told as a
    /// screen changes is still announced.
    pub notices: Vec<Notice>,
    /// Called when the user dismisses a notice.
    pub ondismiss: Callback<Notice>,
    /// Called with the language the user picked.
    pub onlang: Callback<Lang>,
}

/// Frames `body`: language switch, the main region with the notices first, the attribution.
pub fn page_frame(frame: &Frame, body: Html) -> Html {
    let lang = frame.lang;
    let body = html! {
        <>
            { notices(&NoticesProps { lang, notices: frame.notices.clone(), ondismiss: frame.ondismiss.clone() }) }
            { body }
        </>
    };
    html! {
        <>
            if !frame.embed {
                <header class="topbar no-print">
                    { lang_switch(&LangSwitchProps { lang, link_query: frame.link_query.to_string().into(), onchange: frame.onlang.clone() }) }
                </header>
            }
            if frame.embed {
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

/// The first screen most visitors see: the start screen in German, not embedded, no notice,
/// its counts from the build (`None` when the built-in file is broken). `scripts/build_release`
/// writes it into index.html (src/bin/prerender.rs), so it shows before the wasm has loaded; the
/// app adopts it as it is (src/platform/first_screen.rs) and draws the same once it must.
pub fn first_screen(counts: Option<(usize, usize)>) -> Option<Html> {
    let (quick_count, full_count) = counts?;
    let lang = Lang::default();
    let body = start_screen(&StartScreenProps {
        lang,
        quick_count,
        full_count,
        link_query: AttrValue::default(),
        onstart: Callback::noop(),
        past: false,
    });
    let frame = Frame {
        lang,
        embed: false,
        link_query: "",
        notices: Vec::new(),
        ondismiss: Callback::noop(),
        onlang: Callback::noop(),
    };
    Some(page_frame(&frame, body))
}
