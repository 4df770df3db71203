//! The outside views the seller brought back: kept in localStorage, and whether the
//! comparison is on screen.

use std::rc::Rc;

use yew::prelude::*;

use crate::model::{compare_fragment, Questionnaire};
use crate::platform::{location, storage};

use crate::ui::screens::comparison_view::OwnRun;

/// Storage key of the outside views the seller brought back (link codes, one per line).
pub const OUTSIDE_KEY: &str = "seller-check.outside-views";

/// The kept outside views and what can be done with them.
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

fn keep(
    codes: &UseStateHandle<Rc<Vec<String>>>,
    comparing: &UseStateHandle<Option<u32>>,
    runs: u32,
    all: Vec<String>,
) {
    let _ = if all.is_empty() {
        storage::remove(OUTSIDE_KEY)
    } else {
        storage::save(OUTSIDE_KEY, &all.join("\n"))
    };
    comparing.set((!all.is_empty()).then_some(runs));
    codes.set(Rc::new(all));
}

/// The seller's outside views; a new run (`runs` changes) starts on its result, not the
/// comparison. `open`: the comparison is on screen from the start (the second page's `#comparison`).
#[hook]
pub fn use_outside_views(runs: u32, open: bool) -> OutsideViews {
    let codes = use_state(|| {
        let kept = storage::load(OUTSIDE_KEY)
            .ok()
            .flatten()
            .unwrap_or_default();
        Rc::new(kept.lines().map(str::to_string).collect::<Vec<_>>())
    });
    // The run the comparison was opened for: it closes when another run starts.
    let comparing = use_state(|| open.then_some(runs));
    let onadd = {
        let (codes, comparing) = (codes.clone(), comparing.clone());
        Callback::from(move |code: String| {
            let mut all = (*codes).to_vec();
            if !all.contains(&code) {
                all.push(code);
            }
            keep(&codes, &comparing, runs, all);
        })
    };
    let onremove = {
        let (codes, comparing) = (codes.clone(), comparing.clone());
        Callback::from(move |_| keep(&codes, &comparing, runs, Vec::new()))
    };
    let onshow = {
        let comparing = comparing.clone();
        Callback::from(move |on: bool| comparing.set(on.then_some(runs)))
    };
    OutsideViews {
        codes: (*codes).clone(),
        comparing: *comparing == Some(runs),
        onadd,
        onshow,
        onremove,
    }
}

/// Where the first page sends a seller who opens the comparison: `#comparison` when the run and
/// the outside views are saved, else everything in the link, so nothing is lost without storage.
fn comparison_fragment(q: &Questionnaire, key: &str, own: &OwnRun, codes: &[String]) -> String {
    let saved = matches!(storage::load(key), Ok(Some(_)))
        && matches!(storage::load(OUTSIDE_KEY), Ok(Some(c)) if c == codes.join("\n"));
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
