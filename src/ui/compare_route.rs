//! A comparison opened from a link (`#compare=<own>.<outside>.<outside>`), e.g. by a coach.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::share_errors::share_code_error;
use crate::i18n::{t, Key, Lang};
use crate::model::{decode, Questionnaire};
use crate::platform::location;
use crate::ui::comparison_view::{ComparisonView, OwnRun, COMPARE_HEADING_ID};

/// Props of [`CompareRoute`].
#[derive(Properties, PartialEq)]
pub struct CompareRouteProps {
    /// UI language.
    pub lang: Lang,
    /// The questionnaire the codes must belong to.
    pub questionnaire: Rc<Questionnaire>,
    /// The fragment value: the own code, then outside codes, separated by `.`.
    pub codes: AttrValue,
}

/// Shows the comparison, or says why the own code cannot be read.
#[component]
pub fn CompareRoute(props: &CompareRouteProps) -> Html {
    let lang = props.lang;
    let q = &props.questionnaire;
    let parts: Vec<String> = props
        .codes
        .split('.')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_string)
        .collect();
    let own_code = parts.first().cloned().unwrap_or_default();
    let own = use_memo((q.clone(), own_code.clone()), |(q, code)| decode(q, code));
    let home = AttrValue::from(location::page_url());
    match &*own {
        Ok((variant, answers)) => {
            let onadd = {
                let parts = parts.clone();
                Callback::from(move |code: String| {
                    let mut all = parts.clone();
                    if !all[1..].contains(&code) {
                        all.push(code);
                    }
                    location::set_hash(&format!("compare={}", all.join(".")));
                })
            };
            html! {
                <ComparisonView {lang} questionnaire={q.clone()}
                    own={Rc::new(OwnRun { variant: *variant, answers: answers.clone() })}
                    codes={Rc::new(parts[1..].to_vec())} {onadd} />
            }
        }
        Err(e) => html! {
            <section class="content-error" role="alert" aria-labelledby={COMPARE_HEADING_ID}>
                <h1 id={COMPARE_HEADING_ID} tabindex="-1">{ t(lang, Key::CompareBroken) }</h1>
                <p>{ share_code_error(lang, e) }</p>
                <a class="button primary" href={home}>{ t(lang, Key::OwnCheck) }</a>
            </section>
        },
    }
}
