//! The outside views the seller brought back: kept in localStorage as the reducer changes them,
//! and handed to the second page, which draws the comparison.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::Lang;
use crate::model::{compare_fragment, Questionnaire, SmallJson, VariantId};
use crate::platform::{location, storage};
use crate::ui::components::outside_section::OutsideSectionProps;
use crate::ui::screens::comparison_view::OwnRun;
use crate::ui::state::{Action, State};

/// Storage key of the outside views the seller brought back (a JSON list of link codes).
pub const OUTSIDE_KEY: &str = "seller-check.outside-views";

/// The kept outside views, as the comparison screens use them.
pub struct OutsideViews {
    /// Link codes, in the order added.
    pub codes: Rc<Vec<String>>,
    /// Whether the comparison is shown instead of the result.
    pub comparing: bool,
    /// Adds a link code (once) and shows the comparison.
    pub onadd: Callback<String>,
    /// Shows (`true`) or leaves (`false`) the comparison.
    pub onshow: Callback<bool>,
    /// Forgets every outside view and leaves the comparison.
    pub onremove: Callback<()>,
}

impl OutsideViews {
    /// The outside views of `state`, with callbacks that dispatch to it.
    pub fn of(state: &UseReducerHandle<State>) -> OutsideViews {
        let to = |f: fn(()) -> Action| {
            let s = state.clone();
            Callback::from(move |_| s.dispatch(f(())))
        };
        OutsideViews {
            codes: state.outside.clone(),
            comparing: state.comparing(),
            onadd: state.dispatcher().to_callback().reform(Action::AddOutside),
            onshow: state
                .dispatcher()
                .to_callback()
                .reform(Action::ShowComparison),
            onremove: to(|_| Action::RemoveOutside),
        }
    }
}

impl OutsideViews {
    /// The props of the seller's invitation section on the result of `variant`.
    pub fn section(
        &self,
        lang: Lang,
        q: &Rc<Questionnaire>,
        variant: VariantId,
    ) -> OutsideSectionProps {
        OutsideSectionProps {
            lang,
            questionnaire: q.clone(),
            variant,
            stored: self.codes.len(),
            onadd: self.onadd.clone(),
            onshow: self.onshow.reform(|_| true),
        }
    }
}

/// The outside views kept in this browser: none when storage is blocked or holds something
/// else. Read through serde (a JSON list of strings); a list kept by an earlier version, one
/// code per line, is read too.
pub fn load_outside() -> Vec<String> {
    let kept = storage::load(OUTSIDE_KEY)
        .ok()
        .flatten()
        .unwrap_or_default();
    SmallJson::read(&kept).unwrap_or_else(|| {
        kept.lines()
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect()
    })
}

/// Keeps the outside views whenever the reducer changes them (removes the key when none).
#[hook]
pub fn use_kept_outside(codes: &Rc<Vec<String>>) {
    use_effect_with(codes.clone(), |codes| {
        let _ = match SmallJson::write(&**codes) {
            Some(text) if !codes.is_empty() => storage::save(OUTSIDE_KEY, &text),
            _ => storage::remove(OUTSIDE_KEY),
        };
    });
}

/// Where the first page sends a seller who opens the comparison: `#comparison` when the run and
/// the outside views are saved, else everything in the link, so nothing is lost without storage.
fn comparison_fragment(q: &Questionnaire, key: &str, own: &OwnRun, codes: &[String]) -> String {
    let saved = matches!(storage::load(key), Ok(Some(_))) && load_outside() == codes;
    if saved {
        "comparison".to_string()
    } else {
        compare_fragment(q, own.variant, &own.answers, codes)
    }
}

/// The first page has no comparison: when the seller opens it (`open` holds their run, saved
/// under `key`), it opens on the second page.
#[hook]
pub fn use_comparison_elsewhere(
    q: &Rc<Questionnaire>,
    key: &AttrValue,
    open: Option<Rc<OwnRun>>,
    codes: &Rc<Vec<String>>,
) {
    let (q, key, codes) = (q.clone(), key.clone(), codes.clone());
    use_effect_with(open, move |own| {
        if let Some(own) = own {
            location::open_more_page(&comparison_fragment(&q, &key, own, &codes), false);
        }
    });
}
