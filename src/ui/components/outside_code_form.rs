//! A field for a returned outside-view code: checked on submit, a localized reason when wrong.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::share_errors::share_code_error;
use crate::i18n::{t, Key, Lang};
use crate::model::{outside_link_code, Questionnaire};

/// Props of [`OutsideCodeForm`].
#[derive(Properties, PartialEq)]
pub struct OutsideCodeFormProps {
    /// UI language.
    pub lang: Lang,
    /// The questionnaire the code must belong to.
    pub questionnaire: Rc<Questionnaire>,
    /// Id of the input.
    pub id: AttrValue,
    /// Label of the input.
    pub label: Key,
    /// Called with the canonical link code of a valid outside view.
    pub onadd: Callback<String>,
}

/// Reads the value of the input that fired `e` into `state`.
pub fn bind(state: &UseStateHandle<String>) -> Callback<InputEvent> {
    let state = state.clone();
    Callback::from(move |e: InputEvent| {
        if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
            state.set(input.value());
        }
    })
}

/// The form; the field empties when a code was accepted.
#[component]
pub fn OutsideCodeForm(props: &OutsideCodeFormProps) -> Html {
    let lang = props.lang;
    let pasted = use_state(String::new);
    let error = use_state(|| None::<AttrValue>);
    let onsubmit = {
        let (q, pasted, error, onadd) = (
            props.questionnaire.clone(),
            pasted.clone(),
            error.clone(),
            props.onadd.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match outside_link_code(&q, &pasted) {
                Ok(code) => {
                    error.set(None);
                    pasted.set(String::new());
                    onadd.emit(code);
                }
                Err(e) => error.set(Some(share_code_error(lang, &e).into())),
            }
        })
    };
    let error_id = format!("{}-error", props.id);
    html! {
        <form class="outside-code-form no-print" {onsubmit}>
            <label for={props.id.clone()}>{ t(lang, props.label) }</label>
            <div class="inline-field">
                <input id={props.id.clone()} type="text" spellcheck="false" autocomplete="off" value={(*pasted).clone()} oninput={bind(&pasted)}
                    aria-invalid={error.is_some().then_some("true")} aria-describedby={error_id.clone()} />
                <button type="submit" class="button">{ t(lang, Key::CompareButton) }</button>
            </div>
            <p id={error_id} class="field-error" role="alert">{ (*error).clone() }</p>
        </form>
    }
}
