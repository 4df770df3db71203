//! The app shell: reads the configuration, loads the questionnaire, holds the language.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::{t, Key, Lang};
use crate::model::Questionnaire;
use crate::platform::{config, document, storage};
use crate::ui::content_error_view::ContentErrorView;
use crate::ui::flow::Flow;
use crate::ui::lang_switch::LangSwitch;
use crate::ui::result_view::CallToAction;

/// Storage key of the chosen language.
pub const LANG_KEY: &str = "seller-check.lang";
/// The built-in questionnaire, compiled into the app.
const DEFAULT_QUESTIONNAIRE: &str = include_str!("../../content/default.json");

/// The whole app.
#[component]
pub fn App() -> Html {
    let config = use_memo((), |_| config::read());
    let lang = {
        let forced = config.lang;
        use_state(move || {
            forced
                .or_else(|| {
                    storage::load(LANG_KEY)
                        .ok()
                        .flatten()
                        .and_then(|c| Lang::from_code(&c))
                })
                .unwrap_or_default()
        })
    };
    let questionnaire = use_memo((), |_| {
        Questionnaire::from_json(DEFAULT_QUESTIONNAIRE).map(Rc::new)
    });

    use_effect_with(*lang, |lang| {
        document::set_language(lang.code(), t(*lang, Key::Title))
    });

    let onlang = {
        let lang = lang.clone();
        Callback::from(move |l: Lang| {
            let _ = storage::save(LANG_KEY, l.code());
            lang.set(l);
        })
    };
    let cta = CallToAction {
        href: config.cta_href.clone().map(Into::into),
        label: config.cta_label.clone().map(Into::into),
    };
    let body = match &*questionnaire {
        Ok(q) => html! { <Flow lang={*lang} questionnaire={q.clone()} {cta} /> },
        Err(errors) => html! { <ContentErrorView lang={*lang} errors={errors.clone()} /> },
    };
    html! {
        <>
            <header class="topbar no-print">
                <LangSwitch lang={*lang} onchange={onlang} />
            </header>
            <main id="main">{ body }</main>
            <footer class="footer"><p>{ t(*lang, Key::Attribution) }</p></footer>
        </>
    }
}
