//! Around every screen: the language switch, the main region, the attribution. Embedded, the
//! host page supplies the landmarks, so the frame has none and no language switch.

use yew::prelude::*;

use crate::i18n::{t, Key, Lang};
use crate::model::VariantId;
use crate::ui::lang_switch::{lang_switch, LangSwitchProps};
use crate::ui::notices::{notices, NoticesProps};
use crate::ui::start_screen::{start_screen, StartScreenProps};
use crate::ui::state::Notice;

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

/// What [`start_page`] shows.
pub struct StartPageProps {
    /// UI language.
    pub lang: Lang,
    /// Number of questions in the quick variant.
    pub quick_count: usize,
    /// Number of questions in the full variant.
    pub full_count: usize,
    /// The page's query and fragment (`?lang=en#join=x`, or empty), kept by the start links.
    pub link_query: AttrValue,
    /// Notices on screen (blocked storage).
    pub notices: Vec<Notice>,
    /// Called when the user dismisses a notice.
    pub ondismiss: Callback<Notice>,
    /// Called with the variant the user chose to start.
    pub onstart: Callback<VariantId>,
}

/// The start screen as the app draws it before a check begins: its notices, then the screen.
pub fn start_page(props: &StartPageProps) -> Html {
    let lang = props.lang;
    html! {
        <>
            { notices(&NoticesProps { lang, notices: props.notices.clone(), ondismiss: props.ondismiss.clone() }) }
            { start_screen(&StartScreenProps {
                lang,
                quick_count: props.quick_count,
                full_count: props.full_count,
                link_query: props.link_query.clone(),
                onstart: props.onstart.clone(),
            }) }
        </>
    }
}

/// The first screen most visitors see: the start page in German, not embedded, with no notice,
/// its counts from the build (`None` when the built-in file is broken). `scripts/build_release`
/// writes it into index.html (src/bin/prerender.rs), so it shows before the wasm has loaded; the
/// app's first render draws the same (`App`), and hydrates this HTML instead of replacing it.
pub fn first_screen(counts: Option<(usize, usize)>) -> Option<Html> {
    let (quick_count, full_count) = counts?;
    let lang = Lang::default();
    let body = start_page(&StartPageProps {
        lang,
        quick_count,
        full_count,
        link_query: AttrValue::default(),
        notices: Vec::new(),
        ondismiss: Callback::noop(),
        onstart: Callback::noop(),
    });
    Some(page_frame(lang, false, body, Callback::noop()))
}
