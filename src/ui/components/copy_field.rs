//! A read-only text (a link or a code) with a copy button and a visible, announced confirmation.

use yew::prelude::*;

use crate::i18n::{t, Key, Lang};
use crate::platform::location;

/// Props of [`CopyField`].
#[derive(Properties, PartialEq)]
pub struct CopyFieldProps {
    /// UI language.
    pub lang: Lang,
    /// Id of the field, for its label.
    pub id: AttrValue,
    /// Label above the field.
    pub label: AttrValue,
    /// The text to copy.
    pub value: AttrValue,
    /// Label of the copy button.
    pub button: Key,
    /// Confirmation after copying.
    pub done: Key,
}

/// Shows `value` in a read-only field and copies it on demand.
#[component]
pub fn CopyField(props: &CopyFieldProps) -> Html {
    let lang = props.lang;
    let copied = use_state(|| None::<bool>);
    {
        // A new value has not been copied yet.
        let copied = copied.clone();
        use_effect_with(props.value.clone(), move |_| copied.set(None));
    }
    let oncopy = {
        let (copied, value) = (copied.clone(), props.value.clone());
        Callback::from(move |_| {
            let (copied, value) = (copied.clone(), value.clone());
            wasm_bindgen_futures::spawn_local(async move {
                copied.set(Some(location::copy(&value).await))
            });
        })
    };
    let confirmation = match *copied {
        Some(true) => t(lang, props.done),
        Some(false) => t(lang, Key::LinkCopyFailed),
        None => "",
    };
    html! {
        <div class="copy-field">
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <input id={props.id.clone()} class="share-link" type="text" readonly=true value={props.value.clone()} />
            <button type="button" class="button no-print" onclick={oncopy}>{ t(lang, props.button) }</button>
            <p class="copied" role="status">{ confirmation }</p>
        </div>
    }
}
