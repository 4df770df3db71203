//! The app's own hooks: the questionnaire to load, the run kept in storage, outside views, the
//! events a host page hears.

pub mod use_history;
pub mod use_host_events;
pub mod use_kept_run;
pub mod use_outside_views;
pub mod use_questionnaire;
