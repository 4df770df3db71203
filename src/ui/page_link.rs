//! Links to this page with other settings: the start and language links, which work before the
//! app runs (the page opens with those settings) and which the app follows in place once it runs.

pub use crate::platform::document::in_place;
pub use crate::platform::location::page_link;
