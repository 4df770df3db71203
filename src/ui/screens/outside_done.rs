//! The end of an outside view: an optional role, and the code to send back. No result is shown.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::more_strings::{mt, Mk};
use crate::i18n::outside_phrases::{outside_done, role_name};
use crate::i18n::{t, Key, Lang};
use crate::model::{encode_view, to_short_code, Answers, Questionnaire, Role, VariantId, View};
use crate::ui::components::copy_field::CopyField;

/// Id of the heading; focus moves here when the outside view is finished.
pub const DONE_HEADING_ID: &str = "outside-done-heading";

/// Props of [`OutsideDone`].
#[derive(Properties, PartialEq)]
pub struct OutsideDoneProps {
    /// UI language.
    pub lang: Lang,
    /// The questionnaire.
    pub questionnaire: Rc<Questionnaire>,
    /// The variant answered.
    pub variant: VariantId,
    /// The answers about the seller.
    pub answers: Answers,
    /// The seller's name or label.
    pub label: AttrValue,
    /// Back to the last question.
    pub onback: Callback<()>,
}

/// Thanks, asks for the role, shows the code.
#[component]
pub fn OutsideDone(props: &OutsideDoneProps) -> Html {
    let lang = props.lang;
    let role = use_state(Role::default);
    use_effect_with((), |_| crate::platform::document::focus(DONE_HEADING_ID));
    let code = to_short_code(&encode_view(
        &props.questionnaire,
        View::Outside(*role),
        props.variant,
        &props.answers,
    ));
    html! {
        <section class="outside-done" aria-labelledby={DONE_HEADING_ID}>
            <h1 id={DONE_HEADING_ID} tabindex="-1">{ mt(lang, Mk::OutsideDoneTitle) }</h1>
            <p>{ outside_done(lang, &props.label) }</p>
            <fieldset class="roles">
                <legend>{ mt(lang, Mk::RoleLegend) }</legend>
                { for Role::ALL.iter().map(|r| {
                    let (r, state) = (*r, role.clone());
                    html! {
                        <label class="role">
                            <input type="radio" name="role" checked={*role == r} onchange={move |_| state.set(r)} />
                            { role_name(lang, r) }
                        </label>
                    }
                }) }
            </fieldset>
            <div class="outside-code">
                <CopyField {lang} id="outside-code" label={mt(lang, Mk::OutsideCode)} value={code.clone()}
                    button={Key::CopyCode} done={Key::CodeCopied} />
                <p class="short-code"><code>{ code }</code></p>
            </div>
            <div class="actions no-print">
                <button type="button" class="button" onclick={props.onback.reform(|_| ())}>{ "← " }{ t(lang, Key::Back) }</button>
            </div>
        </section>
    }
}
