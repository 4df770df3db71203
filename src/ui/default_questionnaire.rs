//! Where the built-in questionnaire comes from.
//!
//! Release builds fetch `default.bin` (next to `index.html`, precached by the service worker;
//! the second page `default-more.bin`, with the texts only it shows)
//! right after the first render, instead of carrying it inside the wasm: the start screen shows
//! at once from a summary computed at build time (`build.rs`), and the file is there by the time
//! a variant is chosen. Debug builds compile it in, so the browser tests need no server. Both are
//! the binary forms `build.rs` writes (`Questionnaire::first_page_bytes`, `shipped_bytes`), whose
//! fingerprints it records.

include!(concat!(env!("OUT_DIR"), "/default_summary.rs"));

/// The built-in questionnaire as a page reads it: where release builds fetch it (relative to
/// the page), its bytes when compiled in (debug builds), and the fingerprint they must have.
pub struct BuiltIn {
    /// The file next to the page.
    pub url: &'static str,
    /// The bytes, compiled in by debug builds.
    pub embedded: Option<&'static [u8]>,
    /// What `build.rs` recorded for them.
    pub fingerprint: Option<u64>,
}

/// The first page's copy: without the outside view's wording and the gap texts.
pub const FIRST_PAGE: BuiltIn = BuiltIn {
    url: "default.bin",
    #[cfg(debug_assertions)]
    embedded: Some(include_bytes!(concat!(env!("OUT_DIR"), "/default.bin"))),
    #[cfg(not(debug_assertions))]
    embedded: None,
    fingerprint: DEFAULT_FINGERPRINT,
};

/// The second page's copy, with every text.
pub const SECOND_PAGE: BuiltIn = BuiltIn {
    url: "default-more.bin",
    #[cfg(debug_assertions)]
    embedded: Some(include_bytes!(concat!(
        env!("OUT_DIR"),
        "/default-more.bin"
    ))),
    #[cfg(not(debug_assertions))]
    embedded: None,
    fingerprint: MORE_FINGERPRINT,
};
