//! The screens of the second page (`more.html`): the workshop view, comparisons of self-image
//! and outside views, the run of someone invited to give an outside view, and any
//! questionnaire other than the one built in, validated, with its problems listed. Few visitors
//! need them, so the first page's wasm leaves them out (about 27 KB gzip of the first load)
//! and hands these routes to the second page, whose wasm has every screen.
//!
//! Leaving them out takes no feature flag: the first page's entry point passes no
//! [`MoreScreens`], so nothing reaches their code and the linker drops it.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::more_strings::{mt, Mk};
use crate::i18n::share_errors::share_code_error;
use crate::i18n::{t, Key, Lang};
use crate::model::{decode_invitation, Questionnaire, Route};
use crate::platform::location;
use crate::ui::components::outside_section::OutsideSection;
use crate::ui::components::past_results::PastResults;
use crate::ui::screens::compare_route::compare_route;
use crate::ui::screens::comparison_view::ComparisonView;
use crate::ui::screens::content_error_view::content_error_view;
use crate::ui::screens::flow::Flow;
use crate::ui::screens::outside_done::OutsideDone;
use crate::ui::screens::remind_view::RemindView;
use crate::ui::screens::then_view::ThenView;
use crate::ui::screens::workshop_view::WorkshopView;
use crate::ui::screens::{MoreScreens, Screens};

/// Every screen: the second page's.
pub static MORE: MoreScreens = MoreScreens {
    route,
    comparison: |lang, q, own, outside| {
        html! {
            <ComparisonView {lang} questionnaire={q.clone()} {own}
                codes={outside.codes.clone()} onadd={outside.onadd.clone()}
                onback={Some(outside.onshow.reform(|_| false))}
                onremove={Some(outside.onremove.clone())} />
        }
    },
    outside: |props| html! { <OutsideSection ..props /> },
    outside_done: |props| html! { <OutsideDone ..props /> },
    read: Questionnaire::from_json,
    content_errors: content_error_view,
};

fn route(lang: Lang, q: &Rc<Questionnaire>, route: &Route) -> Html {
    match route {
        Route::Workshop => html! { <WorkshopView {lang} questionnaire={q.clone()} /> },
        Route::Compare(codes) => compare_route(lang, q, codes),
        Route::Invite(code) => invite(lang, q, &AttrValue::from(code.clone())),
        Route::Results => html! { <PastResults {lang} /> },
        Route::Then(codes) => {
            html! { <ThenView {lang} questionnaire={q.clone()} codes={AttrValue::from(codes.clone())} /> }
        }
        Route::Remind(code) => {
            html! { <RemindView {lang} questionnaire={q.clone()} code={AttrValue::from(code.clone())} /> }
        }
        _ => Html::default(),
    }
}

fn invite(lang: Lang, q: &Rc<Questionnaire>, code: &AttrValue) -> Html {
    match decode_invitation(q, code) {
        // Answers about someone else are kept apart from the visitor's own check,
        // per invitation, and are not reported to the host page.
        Ok(invitation) => html! {
            <Flow key={code.to_string()} {lang} questionnaire={q.clone()}
                invitation={Some(Rc::new(invitation))} screens={Screens(Some(&MORE))}
                storage_key={AttrValue::from(format!("seller-check.outside-run.{code}"))} />
        },
        Err(e) => html! {
            <section class="content-error" role="alert">
                <h1>{ mt(lang, Mk::InviteBroken) }</h1>
                <p>{ share_code_error(lang, &e) }</p>
                <a class="button primary" href={location::page_url()}>{ t(lang, Key::OwnCheck) }</a>
            </section>
        },
    }
}
