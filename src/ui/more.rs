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

use crate::i18n::share_errors::share_code_error;
use crate::i18n::{t, Key, Lang};
use crate::model::{decode_invitation, ContentError, Questionnaire};
use crate::platform::location;
use crate::ui::compare_route::compare_route;
use crate::ui::comparison_view::{ComparisonView, OwnRun};
use crate::ui::content_error_view::content_error_view;
use crate::ui::flow::Flow;
use crate::ui::outside_done::{OutsideDone, OutsideDoneProps};
use crate::ui::use_outside_views::OutsideViews;
use crate::ui::workshop_view::WorkshopView;

/// The screens only the second page draws.
pub struct MoreScreens {
    /// The facilitator's view (`#workshop`).
    pub workshop: fn(Lang, &Rc<Questionnaire>) -> Html,
    /// A comparison from a link (`#compare=…`).
    pub compare: fn(Lang, &Rc<Questionnaire>, &str) -> Html,
    /// An invited person's run (`#invite=…`).
    pub invite: fn(Lang, &Rc<Questionnaire>, &AttrValue) -> Html,
    /// The seller's own comparison, in place of the result.
    pub comparison: fn(Lang, &Rc<Questionnaire>, Rc<OwnRun>, &OutsideViews) -> Html,
    /// The end of an invited person's run.
    pub outside_done: fn(OutsideDoneProps) -> Html,
    /// Reads and validates any questionnaire file (the first page runs only its own).
    pub read: fn(&str) -> Result<Questionnaire, Vec<ContentError>>,
    /// Every problem of a broken questionnaire file.
    pub content_errors: fn(Lang, &[ContentError]) -> Html,
}

/// Which screens this page has: `Screens(None)` on the first page, which hands the others on.
#[derive(Clone, Copy, Default)]
pub struct Screens(pub Option<&'static MoreScreens>);

impl PartialEq for Screens {
    fn eq(&self, other: &Self) -> bool {
        match (self.0, other.0) {
            (Some(a), Some(b)) => std::ptr::eq(a, b),
            (a, b) => a.is_none() && b.is_none(),
        }
    }
}

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
                <h1>{ t(lang, Key::InviteBroken) }</h1>
                <p>{ share_code_error(lang, &e) }</p>
                <a class="button primary" href={location::page_url()}>{ t(lang, Key::OwnCheck) }</a>
            </section>
        },
    }
}
