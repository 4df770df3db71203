//! Which screen the address's fragment asks for (the formats live in `model::fragments`).

pub use crate::model::Route;
use crate::platform::location;

/// The route the current fragment names.
pub fn route() -> Route {
    Route::parse(&location::hash())
}
