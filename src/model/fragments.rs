//! Fragment formats the model owns: what a link carries after `#`, and which screen it asks
//! for. `scripts/first_page.js` tests fragments before the wasm runs with the patterns below
//! (a native test holds the script to them).

use super::{encode, to_link_code, Answers, Questionnaire, VariantId};

/// The fragment of a comparison (without `#`): `compare=`, the link code of the seller's own
/// answers, then each outside code, joined by `.`.
pub fn compare_fragment(
    q: &Questionnaire,
    variant: VariantId,
    answers: &Answers,
    outside_codes: &[String],
) -> String {
    let mut fragment = format!("compare={}", to_link_code(&encode(q, variant, answers)));
    for c in outside_codes {
        fragment.push('.');
        fragment.push_str(c);
    }
    fragment
}

/// What a fragment (the part of the address after `#`, percent-decoded, without `#`) asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// The check itself (no fragment, or one this app does not know).
    Check,
    /// A shared result, read-only (`r=<code>`).
    Shared(String),
    /// The check within a workshop session (`join=<label>`, the label trimmed, at most
    /// [`JOIN_LABEL_MAX`] characters; an empty label is no session).
    Join(String),
    /// The facilitator's view (`workshop`).
    Workshop,
    /// Someone invited to answer about a seller (`invite=<code>`).
    Invite(String),
    /// Self-image against outside views (`compare=<own>.<outside>…`, see [`compare_fragment`]).
    Compare(String),
    /// The seller's own comparison, from this browser's saved run and outside views (`comparison`).
    Comparison,
    /// The earlier results kept in this browser (`results`, issue 19).
    Results,
    /// Then and now (issue 19): `then=<code>` picks an earlier result to compare the result of
    /// `<code>` with; `then=<earlier>.<later>` compares the two.
    Then(String),
    /// The reminder to take the check again, for the result of `remind=<code>` (issue 19).
    Remind(String),
}

/// Longest workshop session label a `join=` fragment carries, in characters.
pub const JOIN_LABEL_MAX: usize = 60;

/// The start-up script's test (a JavaScript regular expression on `location.hash`) for the
/// fragments whose screens live on the second page; see [`Route::on_more_page`].
pub const MORE_PAGE_PATTERN: &str =
    "^#(workshop|comparison|results)$|^#(compare|invite|then|remind)=";
/// The start-up script's test for the fragments that need the questionnaire at once.
pub const QUESTIONNAIRE_NOW_PATTERN: &str = "^#(r|join)=";

impl Route {
    /// The route `fragment` names (without `#`, percent-decoded).
    pub fn parse(fragment: &str) -> Route {
        if let Some(code) = fragment.strip_prefix("r=") {
            Route::Shared(code.to_string())
        } else if let Some(code) = fragment.strip_prefix("invite=") {
            Route::Invite(code.trim().to_string())
        } else if let Some(codes) = fragment.strip_prefix("compare=") {
            Route::Compare(codes.to_string())
        } else if let Some(codes) = fragment.strip_prefix("then=") {
            Route::Then(codes.trim().to_string())
        } else if let Some(code) = fragment.strip_prefix("remind=") {
            Route::Remind(code.trim().to_string())
        } else if let Some(label) = fragment
            .strip_prefix("join=")
            .map(str::trim)
            .filter(|l| !l.is_empty())
        {
            Route::Join(label.chars().take(JOIN_LABEL_MAX).collect())
        } else if fragment == "workshop" {
            Route::Workshop
        } else if fragment == "comparison" {
            Route::Comparison
        } else if fragment == "results" {
            Route::Results
        } else {
            Route::Check
        }
    }

    /// The fragment (without `#`, not percent-encoded) that names this route: the inverse of
    /// [`Route::parse`].
    pub fn fragment(&self) -> String {
        match self {
            Route::Check => String::new(),
            Route::Shared(code) => format!("r={code}"),
            Route::Join(label) => format!("join={label}"),
            Route::Workshop => "workshop".to_string(),
            Route::Invite(code) => format!("invite={code}"),
            Route::Compare(codes) => format!("compare={codes}"),
            Route::Comparison => "comparison".to_string(),
            Route::Results => "results".to_string(),
            Route::Then(codes) => format!("then={codes}"),
            Route::Remind(code) => format!("remind={code}"),
        }
    }

    /// Whether the screen lives on the second page (`more.html`), which the first load leaves out.
    pub fn on_more_page(&self) -> bool {
        matches!(
            self,
            Route::Workshop
                | Route::Invite(_)
                | Route::Compare(_)
                | Route::Comparison
                | Route::Results
                | Route::Then(_)
                | Route::Remind(_)
        )
    }
}
