//! The screens, one per file, and which of them a page has: the first page's entry point passes none of the second page's
//! ([`Screens`]`(None)`), so nothing reaches their code and the linker drops it; the second
//! page passes [`crate::ui::screens::more::MORE`].

pub mod compare_route;
pub mod comparison_view;
pub mod content_error_view;
pub mod flow;
pub mod more;
pub mod outside_done;
pub mod outside_intro;
pub mod question_view;
pub mod remind_view;
pub mod result_view;
pub mod shared_result;
pub mod start_screen;
pub mod then_compare;
pub mod then_view;
pub mod workshop_view;

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::Lang;
use crate::model::{ContentError, Questionnaire, Route};
use crate::ui::components::outside_section::{outside_teaser, OutsideSectionProps};
use crate::ui::hooks::use_outside_views::OutsideViews;
use crate::ui::screens::comparison_view::OwnRun;
use crate::ui::screens::outside_done::OutsideDoneProps;

/// The screens only the second page draws.
pub struct MoreScreens {
    /// The screen of a route of its own (`#workshop`, `#compare=…`, `#invite=…`, `#then=…`,
    /// `#remind=…`); nothing for the others.
    pub route: fn(Lang, &Rc<Questionnaire>, &Route) -> Html,
    /// The seller's own comparison, in place of the result.
    pub comparison: fn(Lang, &Rc<Questionnaire>, Rc<OwnRun>, &OutsideViews) -> Html,
    /// The invitation of outside views on the seller's result (the first page shows a button
    /// that opens the comparison here instead).
    pub outside: fn(OutsideSectionProps) -> Html,
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

impl Screens {
    /// The seller's invitation of outside views on the result: the section on the second page;
    /// on the first, a button that opens the comparison there.
    pub fn outside(self, props: OutsideSectionProps) -> Html {
        match self.0 {
            Some(more) => (more.outside)(props),
            None => outside_teaser(&props),
        }
    }
}
