//! Last line of defence: a panic replaces the app with a localized error screen and a restart link.
//! Stored answers are left untouched, so the restart offers to continue where the user was.

use crate::i18n::{t, Key, Lang};

/// Installs the panic hook through Yew, which would otherwise replace it with its console hook.
pub fn install(lang_key: &'static str) {
    yew::set_custom_panic_hook(Box::new(move |_| {
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
        show(lang);
    }));
}

/// Replaces the app's content with the error screen in `lang`.
pub fn show(lang: Lang) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(root) = super::document::mount_point() else {
        return;
    };
    let build = || -> Option<()> {
        let section = doc.create_element("section").ok()?;
        section.set_class_name("crash");
        section.set_attribute("role", "alert").ok()?;
        let h1 = doc.create_element("h1").ok()?;
        h1.set_text_content(Some(t(lang, Key::CrashTitle)));
        let p = doc.create_element("p").ok()?;
        p.set_text_content(Some(t(lang, Key::CrashBody)));
        // A link, not a scripted button: it works even with the wasm instance gone.
        let a = doc.create_element("a").ok()?;
        a.set_class_name("button primary");
        a.set_attribute("href", "./").ok()?;
        a.set_text_content(Some(t(lang, Key::CrashRestart)));
        for child in [&h1, &p, &a] {
            section.append_child(child).ok()?;
        }
        root.set_text_content(None);
        root.append_child(&section).ok()?;
        Some(())
    };
    let _ = build();
}
