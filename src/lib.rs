//! The seller self-check: questionnaire model, locale tables, browser glue and Yew views.

pub mod i18n;
pub mod model;
pub mod platform;
pub mod ui;
