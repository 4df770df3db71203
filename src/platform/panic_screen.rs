//! Last line of defence: the localized texts of the error screen, ready before anything can panic.
//!
//! The release build aborts on a panic at once (std built with `panic=immediate-abort`, see
//! `scripts/build_release`): no Rust hook runs, the wasm instance traps and the trap reaches the
//! page as a `WebAssembly.RuntimeError`. The start-up script (`scripts/crash.js`) catches it and
//! builds the screen from the `data-crash-*` attributes written here on the mount point, so the
//! words stay in `crate::i18n`. Stored answers are left untouched, so the restart offers to
//! continue where the user was.

use crate::i18n::{t, Key, Lang};

/// Writes the error screen's texts in the stored language (else `<html lang>`, else the default).
/// Called once at start-up, before the first render.
pub fn install(lang_key: &'static str) {
    let lang = super::storage::load(lang_key)
        .ok()
        .flatten()
        .and_then(|c| Lang::from_code(&c))
        .or_else(|| {
            web_sys::window()?
                .document()?
                .document_element()?
                .get_attribute("lang")
                .and_then(|c| Lang::from_code(&c))
        })
        .unwrap_or_default();
    prepare(lang);
}

/// Writes the error screen's texts in `lang`; called again whenever the UI language changes.
pub fn prepare(lang: Lang) {
    let Some(root) = super::document::mount_point() else {
        return;
    };
    for (name, key) in [
        ("data-crash-title", Key::CrashTitle),
        ("data-crash-body", Key::CrashBody),
        ("data-crash-restart", Key::CrashRestart),
    ] {
        let _ = root.set_attribute(name, t(lang, key));
    }
}
