//! On the seller's result: invite someone to give an outside view, and bring their code back.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::share_errors::share_code_error;
use crate::i18n::{t, Key, Lang};
use crate::model::{
    clean_label, encode_invitation, outside_link_code, to_link_code, Questionnaire, VariantId,
};
use crate::platform::location;
use crate::ui::copy_field::CopyField;

/// Props of [`OutsideSection`].
#[derive(Properties, PartialEq)]
pub struct OutsideSectionProps {
    /// UI language.
    pub lang: Lang,
    /// The questionnaire.
    pub questionnaire: Rc<Questionnaire>,
    /// The variant the seller answered; the invited person answers the same.
    pub variant: VariantId,
    /// How many outside views are kept already.
    pub stored: usize,
    /// Called with the link code of a returned outside view.
    pub onadd: Callback<String>,
    /// Opens the comparison with the kept outside views.
    pub onshow: Callback<()>,
}

/// The invitation link of `label` for `variant`.
pub fn invitation_link(q: &Questionnaire, variant: VariantId, label: &str) -> String {
    format!(
        "{}#invite={}",
        location::page_url(),
        to_link_code(&encode_invitation(q, variant, label))
    )
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

/// Invitation and return of outside views.
#[component]
pub fn OutsideSection(props: &OutsideSectionProps) -> Html {
    let lang = props.lang;
    let name = use_state(String::new);
    let invite = use_state(|| None::<Result<AttrValue, ()>>);
    let pasted = use_state(String::new);
    let error = use_state(|| None::<AttrValue>);
    let oninvite = {
        let (q, variant, name, invite) = (
            props.questionnaire.clone(),
            props.variant,
            name.clone(),
            invite.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let label = clean_label(&name);
            invite.set(Some(if label.is_empty() {
                Err(())
            } else {
                Ok(invitation_link(&q, variant, &label).into())
            }));
        })
    };
    let oncompare = {
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
                    onadd.emit(code);
                }
                Err(e) => error.set(Some(share_code_error(lang, &e).into())),
            }
        })
    };
    let missing_name = matches!(*invite, Some(Err(())));
    html! {
        <section class="outside no-print" aria-labelledby="outside-heading">
            <h2 id="outside-heading">{ t(lang, Key::OutsideTitle) }</h2>
            <p>{ t(lang, Key::OutsideHint) }</p>
            <form onsubmit={oninvite}>
                <label for="invite-name">{ t(lang, Key::OutsideName) }</label>
                <div class="inline-field">
                    <input id="invite-name" type="text" autocomplete="given-name" maxlength="40" value={(*name).clone()} oninput={bind(&name)}
                        aria-invalid={missing_name.then_some("true")} aria-describedby="invite-name-error" />
                    <button type="submit" class="button">{ t(lang, Key::CreateInvite) }</button>
                </div>
                <p id="invite-name-error" class="field-error" role="alert">{ missing_name.then(|| t(lang, Key::InviteNeedsName)) }</p>
            </form>
            if let Some(Ok(link)) = (*invite).clone() {
                <CopyField {lang} id="invite-link" label={t(lang, Key::InviteLink)} value={link}
                    button={Key::CopyInvite} done={Key::LinkCopied} />
            }
            <form onsubmit={oncompare}>
                <label for="outside-code-input">{ t(lang, Key::OutsideCodeLabel) }</label>
                <div class="inline-field">
                    <input id="outside-code-input" type="text" spellcheck="false" autocomplete="off" value={(*pasted).clone()} oninput={bind(&pasted)}
                        aria-invalid={error.is_some().then_some("true")} aria-describedby="outside-code-error" />
                    <button type="submit" class="button">{ t(lang, Key::CompareButton) }</button>
                </div>
                <p id="outside-code-error" class="field-error" role="alert">{ (*error).clone() }</p>
            </form>
            if props.stored > 0 {
                <button type="button" class="button primary" onclick={props.onshow.reform(|_| ())}>
                    { t(lang, Key::ShowComparison) }{ format!(" ({})", props.stored) }
                </button>
            }
        </section>
    }
}
