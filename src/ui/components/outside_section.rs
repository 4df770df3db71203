//! On the seller's result: invite someone to give an outside view, and bring their code back.
//! The section itself is the second page's (its comparison and result); the first page shows
//! [`outside_teaser`], whose button opens the second page (the first load's budget, issue 19).

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::more_strings::{mt, Mk};
use crate::i18n::{t, Key, Lang};
use crate::model::{clean_label, encode_invitation, to_link_code, Questionnaire, VariantId};
use crate::platform::location;
use crate::ui::components::copy_field::CopyField;
use crate::ui::components::outside_code_form::{bind, OutsideCodeForm};

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

/// Invitation and return of outside views.
#[component]
pub fn OutsideSection(props: &OutsideSectionProps) -> Html {
    let lang = props.lang;
    let name = use_state(String::new);
    let invite = use_state(|| None::<Result<AttrValue, ()>>);
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
    let missing_name = matches!(*invite, Some(Err(())));
    html! {
        <section class="outside no-print" aria-labelledby="outside-heading">
            <h2 id="outside-heading">{ t(lang, Key::OutsideTitle) }</h2>
            <p>{ t(lang, Key::OutsideHint) }</p>
            <form onsubmit={oninvite}>
                <label for="invite-name">{ mt(lang, Mk::OutsideName) }</label>
                <div class="inline-field">
                    <input id="invite-name" type="text" autocomplete="given-name" maxlength="40" value={(*name).clone()} oninput={bind(&name)}
                        aria-invalid={missing_name.then_some("true")} aria-describedby="invite-name-error" />
                    <button type="submit" class="button">{ mt(lang, Mk::CreateInvite) }</button>
                </div>
                <p id="invite-name-error" class="field-error" role="alert">{ missing_name.then(|| mt(lang, Mk::InviteNeedsName)) }</p>
            </form>
            if let Some(Ok(link)) = (*invite).clone() {
                <CopyField {lang} id="invite-link" label={mt(lang, Mk::InviteLink)} value={link}
                    button={Key::CopyInvite} done={Key::LinkCopied} />
            }
            <OutsideCodeForm {lang} questionnaire={props.questionnaire.clone()} id="outside-code-input"
                label={Key::OutsideCodeLabel} onadd={props.onadd.clone()} />
            if props.stored > 0 {
                <button type="button" class="button primary" onclick={props.onshow.reform(|_| ())}>
                    { t(lang, Key::ShowComparison) }{ format!(" ({})", props.stored) }
                </button>
            }
        </section>
    }
}

/// The first page's stand-in for [`OutsideSection`]: what an outside view is for, and a button
/// that opens the comparison on the second page, where the invitation is made and codes are
/// brought back.
pub fn outside_teaser(props: &OutsideSectionProps) -> Html {
    let lang = props.lang;
    html! {
        <section class="outside no-print" aria-labelledby="outside-heading">
            <h2 id="outside-heading">{ t(lang, Key::OutsideTitle) }</h2>
            <p>{ t(lang, Key::OutsideHint) }</p>
            <button type="button" class="button primary" onclick={props.onshow.reform(|_| ())}>
                if props.stored > 0 {
                    { t(lang, Key::ShowComparison) }{ format!(" ({})", props.stored) }
                } else {
                    { t(lang, Key::OutsideTitle) }{ " →" }
                }
            </button>
        </section>
    }
}
