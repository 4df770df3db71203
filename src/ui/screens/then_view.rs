//! Then and now (issue 19), `#then=<later>` and `#then=<earlier>.<later>`: the first picks an
//! earlier result (one kept in this browser, or a pasted link or code), the second compares the
//! two (src/ui/screens/then_compare.rs).

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::more_strings::{mt, Mk};
use crate::i18n::share_errors::share_code_error;
use crate::i18n::{t, Key, Lang};
use crate::model::{decode, encode, to_link_code, PastResult, Questionnaire};
use crate::platform::{document, location};
use crate::ui::components::outside_code_form::bind;
use crate::ui::components::past_results::{kept_past, past_line};
use crate::ui::screens::then_compare::then_compare;

/// Id of the heading; focus moves here when the screen opens or changes.
pub const THEN_HEADING_ID: &str = "then-heading";

/// Props of [`ThenView`].
#[derive(Properties, PartialEq)]
pub struct ThenViewProps {
    /// UI language.
    pub lang: Lang,
    /// The questionnaire the codes belong to.
    pub questionnaire: Rc<Questionnaire>,
    /// What follows `then=`: one link code, or two joined by `.` (earlier first).
    pub codes: AttrValue,
}

/// Picks an earlier result, or compares two.
#[component]
pub fn ThenView(props: &ThenViewProps) -> Html {
    let (lang, q) = (props.lang, &props.questionnaire);
    let past = use_memo((), |_| kept_past());
    let problem = use_state(|| None::<AttrValue>);
    let pasted = use_state(String::new);
    use_effect_with(props.codes.clone(), |_| document::focus(THEN_HEADING_ID));
    let codes: Vec<&str> = props.codes.split('.').filter(|c| !c.is_empty()).collect();
    let read = |code: &str| decode(q, code).map_err(|e| share_code_error(lang, &e));
    let body = match codes.as_slice() {
        [earlier, later] => match (read(earlier), read(later)) {
            (Ok(a), Ok(b)) => {
                let date = |c: &str| past.iter().find(|p| p.code == c).map(|p| p.date.clone());
                then_compare(lang, q, (a, date(earlier)), (b, date(later)), &props.codes)
            }
            (Err(e), _) | (_, Err(e)) => html! { <p class="then-problem" role="alert">{ e }</p> },
        },
        [later] => match read(later) {
            Ok(_) => {
                let later = later.to_string();
                let onsubmit = {
                    let (q, problem, later) = (q.clone(), problem.clone(), later.clone());
                    let pasted = pasted.clone();
                    Callback::from(move |e: SubmitEvent| {
                        e.prevent_default();
                        match decode(&q, &pasted) {
                            Ok((variant, answers)) => {
                                problem.set(None);
                                let code = to_link_code(&encode(&q, variant, &answers));
                                location::set_hash(&format!("then={code}.{later}"));
                            }
                            Err(e) => problem.set(Some(share_code_error(lang, &e).into())),
                        }
                    })
                };
                let earlier: Vec<&PastResult> = past.iter().filter(|p| p.code != later).collect();
                html! {
                    <>
                        <h2>{ mt(lang, Mk::ThenChoose) }</h2>
                        if earlier.is_empty() {
                            <p>{ mt(lang, Mk::ThenNoneKept) }</p>
                        } else {
                            <ul class="past-results">
                                { for earlier.iter().map(|p| html! {
                                    <li><a href={format!("#then={}.{later}", p.code)}>{ past_line(lang, p) }</a></li>
                                }) }
                            </ul>
                        }
                        <form class="then-paste" {onsubmit}>
                            <label for="then-paste">{ mt(lang, Mk::ThenPasteLabel) }</label>
                            <input id="then-paste" type="text" autocomplete="off" spellcheck="false" value={(*pasted).clone()} oninput={bind(&pasted)}
                                aria-invalid={problem.is_some().then_some("true")}
                                aria-describedby={problem.is_some().then_some("then-paste-problem")} />
                            <button type="submit" class="button">{ t(lang, Key::CompareButton) }</button>
                            if let Some(p) = (*problem).clone() {
                                <p id="then-paste-problem" class="then-problem" role="alert">{ p }</p>
                            }
                        </form>
                    </>
                }
            }
            Err(e) => html! { <p class="then-problem" role="alert">{ e }</p> },
        },
        _ => html! { <p class="then-problem" role="alert">{ mt(lang, Mk::CompareBroken) }</p> },
    };
    html! {
        <article class="then-now" aria-labelledby={THEN_HEADING_ID}>
            <h1 id={THEN_HEADING_ID} tabindex="-1">{ mt(lang, Mk::ThenTitle) }</h1>
            <p>{ mt(lang, Mk::ThenIntro) }</p>
            { body }
            <div class="actions no-print">
                <a class="button" href={location::page_url()}>{ t(lang, Key::OwnCheck) }</a>
            </div>
        </article>
    }
}
