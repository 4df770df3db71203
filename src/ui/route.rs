//! Which screen the fragment asks for.

use yew::AttrValue;

use crate::platform::location;

/// What the fragment asks for.
#[derive(Clone, PartialEq)]
pub enum Route {
    /// The check itself.
    Check,
    /// A shared result, read-only (`#r=<code>`).
    Shared(AttrValue),
    /// The check within a workshop session (`#join=<label>`).
    Join(AttrValue),
    /// The facilitator's view (`#workshop`).
    Workshop,
    /// Someone invited to answer about a seller (`#invite=<code>`).
    Invite(AttrValue),
    /// Self-image against outside views (`#compare=<own>.<outside>…`).
    Compare(AttrValue),
    /// The seller's own comparison, from this browser's saved run and outside views (`#comparison`).
    Comparison,
}

impl Route {
    /// Whether the screen lives on the second page (`more.html`), which the first load leaves out.
    pub fn on_more_page(&self) -> bool {
        matches!(
            self,
            Route::Workshop | Route::Invite(_) | Route::Compare(_) | Route::Comparison
        )
    }
}

/// The route the current fragment names.
pub fn route() -> Route {
    let hash = location::hash();
    if let Some(code) = hash.strip_prefix("r=") {
        Route::Shared(code.to_string().into())
    } else if let Some(code) = hash.strip_prefix("invite=") {
        Route::Invite(code.trim().to_string().into())
    } else if let Some(codes) = hash.strip_prefix("compare=") {
        Route::Compare(codes.to_string().into())
    } else if let Some(label) = hash
        .strip_prefix("join=")
        .map(str::trim)
        .filter(|l| !l.is_empty())
    {
        Route::Join(label.chars().take(60).collect::<String>().into())
    } else if hash == "workshop" {
        Route::Workshop
    } else if hash == "comparison" {
        Route::Comparison
    } else {
        Route::Check
    }
}
