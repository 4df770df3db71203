//! Where the built-in questionnaire comes from.
//!
//! Release builds fetch `default.json` (copied next to `index.html`, precached by the service
//! worker) right after the first render, instead of carrying it inside the wasm: the start screen
//! shows at once from a summary computed at build time (`build.rs`), and the file is there by the
//! time a variant is chosen. Debug builds compile the file in, so the browser tests need no server.

include!(concat!(env!("OUT_DIR"), "/default_summary.rs"));

/// Where release builds fetch the questionnaire, relative to the page.
pub const URL: &str = "default.json";

/// The file's text, when compiled in.
#[cfg(debug_assertions)]
pub const EMBEDDED: Option<&str> = Some(include_str!("../../content/default.json"));
/// The file's text, when compiled in.
#[cfg(not(debug_assertions))]
pub const EMBEDDED: Option<&str> = None;
