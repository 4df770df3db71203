//! A comparison opened from a link (`#compare=<own>.<outside>.<outside>`), e.g. by a coach.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::more_strings::{mt, Mk};
use crate::i18n::share_errors::share_code_error;
use crate::i18n::{t, Key, Lang};
use crate::model::{decode, Questionnaire};
use crate::platform::location;
use crate::ui::screens::comparison_view::{ComparisonView, OwnRun, COMPARE_HEADING_ID};

/// Shows the comparison of `codes` (the fragment value: the own code, then outside codes,
/// separated by `.`), or says why the own code cannot be read. A plain function, not a
/// component: decoding the own code on each render of the app is cheap.
pub fn compare_route(lang: Lang, q: &Rc<Questionnaire>, codes: &str) -> Html {
    let parts: Vec<String> = codes
        .split('.')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_string)
        .collect();
    let own_code = parts.first().cloned().unwrap_or_default();
    let own = decode(q, &own_code);
    let home = AttrValue::from(location::page_url());
    match &own {
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
                <h1 id={COMPARE_HEADING_ID} tabindex="-1">{ mt(lang, Mk::CompareBroken) }</h1>
                <p>{ share_code_error(lang, e) }</p>
                <a class="button primary" href={home}>{ t(lang, Key::OwnCheck) }</a>
            </section>
        },
    }
}
