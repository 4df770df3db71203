//! The questionnaire studio (issue 20): a consultancy adapts the check in the browser. A package
//! of its own, built as `studio.html`: its JSON tree keeps the author's key order (serde_json's
//! `preserve_order`), and as a package of its own that feature reaches neither page of the check
//! (cargo unifies features only among the packages of one build; it cost the first page 0.2 KB
//! gzip when it was a feature of the check's package).

pub mod draft;
pub mod strings;
pub mod ui;
