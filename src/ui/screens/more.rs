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
use crate::model::{decode_invitation, Questionnaire};
use crate::platform::location;
use crate::ui::screens::compare_route::compare_route;
use crate::ui::screens::comparison_view::ComparisonView;
use crate::ui::screens::content_error_view::content_error_view;
use crate::ui::screens::flow::Flow;
use crate::ui::screens::outside_done::OutsideDone;
use crate::ui::screens::workshop_view::WorkshopView;
use crate::ui::screens::{MoreScreens, Screens};

/// Every screen: the second page's.
pub static MORE: MoreScreens = MoreScreens {
    workshop: |lang, q| html! { <WorkshopView {lang} questionnaire={q.clone()} /> },
    compare: compare_route,
    invite,
    comparison: |lang, q, own, outside| {
        html! {
            <ComparisonView {lang} questionnaire={q.clone()} {own}
                codes={outside.codes.clone()} onadd={outside.onadd.clone()}
                onback={Some(outside.onshow.reform(|_| false))}
                onremove={Some(outside.onremove.clone())} />
        }
    },
    outside_done: |props| html! { <OutsideDone ..props /> },
    read: Questionnaire::from_json,
    content_errors: content_error_view,
};

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
