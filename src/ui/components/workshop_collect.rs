//! The ways results reach the workshop list (issue 18): a paste field that takes any text, and
//! result files chosen or dropped. The camera scanner sits beside them.

use yew::prelude::*;

use crate::i18n::workshop_phrases::{ws, Ws};
use crate::i18n::Lang;
use crate::model::Source;
use crate::platform::files;

/// Props of [`WorkshopCollect`].
#[derive(Properties, PartialEq)]
pub struct WorkshopCollectProps {
    /// UI language.
    pub lang: Lang,
    /// Called with a text to search for results and where it came from.
    pub onadd: Callback<(String, Source)>,
}

/// The paste field and the file picker.
#[component]
pub fn WorkshopCollect(props: &WorkshopCollectProps) -> Html {
    let lang = props.lang;
    let text = use_state(String::new);
    let oninput = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(area) = e.target_dyn_into::<web_sys::HtmlTextAreaElement>() {
                text.set(area.value());
            }
        })
    };
    let ontake = {
        let (text, onadd) = (text.clone(), props.onadd.clone());
        Callback::from(move |_| {
            onadd.emit(((*text).clone(), Source::Paste));
            text.set(String::new());
        })
    };
    let onfiles = {
        let onadd = props.onadd.clone();
        Callback::from(move |e: Event| {
            if let Some(list) = files::chosen(&e) {
                let onadd = onadd.clone();
                files::read_texts(list, move |t| onadd.emit((t, Source::File)));
            }
        })
    };
    html! {
        <div class="collect no-print">
            <label for="workshop-paste">{ ws(lang, Ws::PasteLabel) }</label>
            <textarea id="workshop-paste" rows="4" spellcheck="false" value={(*text).clone()} {oninput} />
            <div class="actions">
                <button type="button" class="button primary" onclick={ontake} disabled={text.trim().is_empty()}>{ ws(lang, Ws::Take) }</button>
                <label class="button file-button">
                    { ws(lang, Ws::FilesLabel) }
                    <input type="file" class="visually-hidden" multiple=true accept=".txt,text/plain" onchange={onfiles} />
                </label>
            </div>
            <p class="drop-hint">{ ws(lang, Ws::DropHint) }</p>
        </div>
    }
}
